from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

_new = object.__new__

import datetime


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class SessionListResponseDataSessionsItem(Model):
    """
    Attributes:
        execute_count (int):
        expires_at (datetime.datetime):
        id (str): Session Identifier. Used to make follow-up calls.
        last_execute_at (datetime.datetime):
        started_at (datetime.datetime):
    """

    execute_count: int
    expires_at: datetime.datetime
    id: str
    last_execute_at: datetime.datetime
    started_at: datetime.datetime
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("execute_count", "execute_count"),
        ("expires_at", "expires_at"),
        ("id", "id"),
        ("last_execute_at", "last_execute_at"),
        ("started_at", "started_at"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is read from a JSON object, not {type(src_dict).__name__}"
            )
        # The required fields must be there (a missing one fails here, at read time); every
        # field is read when first asked for (see types.Model.__getattr__).
        src_dict["execute_count"]
        src_dict["expires_at"]
        src_dict["id"]
        src_dict["last_execute_at"]
        src_dict["started_at"]
        self = _new(cls)
        self._wire = src_dict
        return self


def _build_expires_at(value: Any) -> Any:
    return _isoparse(value)


def _build_last_execute_at(value: Any) -> Any:
    return _isoparse(value)


def _build_started_at(value: Any) -> Any:
    return _isoparse(value)


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "execute_count": ("execute_count", None, None),
    "expires_at": ("expires_at", _build_expires_at, None),
    "id": ("id", None, None),
    "last_execute_at": ("last_execute_at", _build_last_execute_at, None),
    "started_at": ("started_at", _build_started_at, None),
}
SessionListResponseDataSessionsItem._lazy = _LAZY


# The models this one refers to, imported after the class exists (cycles between models resolve).
from dateutil.parser import isoparse as _isoparse
