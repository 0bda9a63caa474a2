from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class FileInfo(Model):
    """
    Attributes:
        last_modified (str | None): LastModified is the timestamp when the file was last modified
        name (str | None): Name is the filename including extension (e.g., "model_weights.bin")
        size (int | None): Size is the file size in bytes
    """

    last_modified: str | None = None
    name: str | None = None
    size: int | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("last_modified", "last_modified"),
        ("name", "name"),
        ("size", "size"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_last_modified = _get("last_modified")
        v_name = _get("name")
        v_size = _get("size")
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_last_modified,
            v_name,
            v_size,
            src_dict,
        )
