from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model, is_known

_new = object.__new__


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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is read from a JSON object, not {type(src_dict).__name__}"
            )
        self = _new(cls)
        self._wire = src_dict
        return self


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


def _build_errors(value: Any) -> Any:
    return [None if x0 is None else _read_errors_item(x0) for x0 in value]


def _build_data(value: Any) -> Any:
    return SessionListResponseData.from_dict(value)


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "errors": ("errors", _build_errors, None),
    "data": ("data", _build_data, None),
}
SessionListResponse._lazy = _LAZY


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.session_list_response_data import SessionListResponseData
from ..models.session_list_response_errors_item_type_1 import (
    SessionListResponseErrorsItemType1,
)
