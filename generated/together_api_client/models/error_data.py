from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


@_attrs_define
class ErrorData(Model):
    """
    Attributes:
        error (ErrorDataError):
    """

    error: ErrorDataError
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (("error", "error"),)
    _keys: ClassVar[frozenset[str]] = frozenset(key for _, key in _fields)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        error = src_dict["error"]
        if error is not None:
            error = ErrorDataError.from_dict(error)
        # Positional, in the order the fields are declared: cheaper than keywords.
        return cls(
            error,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.error_data_error import ErrorDataError
