from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


@_attrs_define
class ErrorDataError(Model):
    """
    Attributes:
        message (str):
        code (None | str):
        param (None | str):
        type (str | None):
    """

    message: str
    code: None | str = None
    param: None | str = None
    type: str | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("message", "message"),
        ("code", "code"),
        ("param", "param"),
        ("type", "type"),
    )
    _keys: ClassVar[frozenset[str]] = frozenset(key for _, key in _fields)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        message = src_dict["message"]
        code = _get("code")
        param = _get("param")
        type_ = _get("type")
        # Positional, in the order the fields are declared: cheaper than keywords.
        return cls(
            message,
            code,
            param,
            type_,
            src_dict,
        )
