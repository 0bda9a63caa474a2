from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


@_attrs_define
class StartFileUploadBody(Model):
    """
    Attributes:
        purpose (str): fine-tune or eval
        file_name (str):
        file_type (str | None): jsonl, parquet or csv
    """

    purpose: str
    file_name: str
    file_type: str | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("purpose", "purpose"),
        ("file_name", "file_name"),
        ("file_type", "file_type"),
    )
    _keys: ClassVar[frozenset[str]] = frozenset(key for _, key in _fields)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        purpose = src_dict["purpose"]
        file_name = src_dict["file_name"]
        file_type = _get("file_type")
        # Positional, in the order the fields are declared: cheaper than keywords.
        return cls(
            purpose,
            file_name,
            file_type,
            src_dict,
        )
