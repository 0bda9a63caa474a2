from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class SessionListResponseData(Model):
    """
    Attributes:
        sessions (list[SessionListResponseDataSessionsItem]):
    """

    sessions: list[SessionListResponseDataSessionsItem]
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (("sessions", "sessions"),)
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        v_sessions = src_dict["sessions"]
        if v_sessions is not None:
            v_sessions = [
                None
                if x0 is None
                else SessionListResponseDataSessionsItem.from_dict(x0)
                for x0 in v_sessions
            ]
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_sessions,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.session_list_response_data_sessions_item import (
    SessionListResponseDataSessionsItem,
)
