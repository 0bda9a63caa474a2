from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


@_attrs_define
class FileObject(Model):
    """
    Attributes:
        filename (str | None):
        id (str | None):
        object (str | None):
        size (int | None):
    """

    filename: str | None = None
    id: str | None = None
    object: str | None = None
    size: int | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("filename", "filename"),
        ("id", "id"),
        ("object", "object"),
        ("size", "size"),
    )
    _keys: ClassVar[frozenset[str]] = frozenset(key for _, key in _fields)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        filename = _get("filename")
        id = _get("id")
        object_ = _get("object")
        size = _get("size")
        # Positional, in the order the fields are declared: cheaper than keywords.
        return cls(
            filename,
            id,
            object_,
            size,
            src_dict,
        )
