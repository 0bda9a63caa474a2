from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


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
        v_execute_count = src_dict["execute_count"]
        v_expires_at = src_dict["expires_at"]
        if v_expires_at is not None:
            v_expires_at = _isoparse(v_expires_at)
        v_id = src_dict["id"]
        v_last_execute_at = src_dict["last_execute_at"]
        if v_last_execute_at is not None:
            v_last_execute_at = _isoparse(v_last_execute_at)
        v_started_at = src_dict["started_at"]
        if v_started_at is not None:
            v_started_at = _isoparse(v_started_at)
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_execute_count,
            v_expires_at,
            v_id,
            v_last_execute_at,
            v_started_at,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from dateutil.parser import isoparse as _isoparse
