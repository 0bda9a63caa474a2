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
class RetrieveFineTuneMetricsBody(Model):
    """
    Attributes:
        global_step_from (int | None): Return only metrics with global_step >= this value.
        global_step_to (int | None): Return only metrics with global_step <= this value.
        logged_at_from (datetime.datetime | None): Return only metrics logged at or after this ISO-8601 timestamp.
        logged_at_to (datetime.datetime | None): Return only metrics logged at or before this ISO-8601 timestamp.
    """

    global_step_from: int | None = None
    global_step_to: int | None = None
    logged_at_from: datetime.datetime | None = None
    logged_at_to: datetime.datetime | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("global_step_from", "global_step_from"),
        ("global_step_to", "global_step_to"),
        ("logged_at_from", "logged_at_from"),
        ("logged_at_to", "logged_at_to"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is read from a JSON object, not {type(src_dict).__name__}"
            )
        self = _new(cls)
        self._wire = src_dict
        return self


def _build_logged_at_from(value: Any) -> Any:
    return _isoparse(value)


def _build_logged_at_to(value: Any) -> Any:
    return _isoparse(value)


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "global_step_from": ("global_step_from", None, None),
    "global_step_to": ("global_step_to", None, None),
    "logged_at_from": ("logged_at_from", _build_logged_at_from, None),
    "logged_at_to": ("logged_at_to", _build_logged_at_to, None),
}
RetrieveFineTuneMetricsBody._lazy = _LAZY


# The models this one refers to, imported after the class exists (cycles between models resolve).
from dateutil.parser import isoparse as _isoparse
