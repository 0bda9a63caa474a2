from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model, is_known


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class SessionListResponse(Model):
    """
    Attributes:
        errors (list[SessionListResponseErrorsItemType1 | str] | None):
        data (SessionListResponseData | None):
    """

    errors: list[SessionListResponseErrorsItemType1 | str] | None = None
    data: SessionListResponseData | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("errors", "errors"),
        ("data", "data"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_errors = _get("errors")
        if v_errors is not None:
            v_errors = [
                None if x0 is None else _read_errors_item(x0) for x0 in v_errors
            ]
        v_data = _get("data")
        if v_data is not None:
            v_data = SessionListResponseData.from_dict(v_data)
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_errors,
            v_data,
            src_dict,
        )


def _read_errors_item(data: Any) -> Any:
    """The first type that reads ``data`` with enum values it knows (so models are told apart
    by their discriminating enum); else ``data`` as it came."""
    value: Any
    if isinstance(data, dict):
        try:
            value = SessionListResponseErrorsItemType1.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        else:
            if is_known(value):
                return value
    return data


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.session_list_response_data import SessionListResponseData
from ..models.session_list_response_errors_item_type_1 import (
    SessionListResponseErrorsItemType1,
)
