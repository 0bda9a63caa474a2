from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class QueueError(Model):
    """
    Attributes:
        code (str | None): Machine-readable error code
        message (str | None): Human-readable error message
        param (str | None): The parameter that caused the error, if applicable
        type (str | None): Error category (e.g. "invalid_request_error", "not_found_error")
    """

    code: str | None = None
    message: str | None = None
    param: str | None = None
    type: str | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("code", "code"),
        ("message", "message"),
        ("param", "param"),
        ("type", "type"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_code = _get("code")
        v_message = _get("message")
        v_param = _get("param")
        v_type_ = _get("type")
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_code,
            v_message,
            v_param,
            v_type_,
            src_dict,
        )
