from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_response_file_type import FileResponseFileType
from ..models.file_response_purpose import FileResponsePurpose
from ..types import Model


@_attrs_define
class FileResponse(Model):
    """
    Attributes:
        id (str):
        file_type (FileResponseFileType | None):
        line_count (int | None):
        processed (bool | None):
        bytes (int | None):
        created_at (int | None):
        filename (str | None):
        object (str | None):
        purpose (FileResponsePurpose | None):
    """

    id: str
    file_type: FileResponseFileType | None = None
    line_count: int | None = None
    processed: bool | None = None
    bytes: int | None = None
    created_at: int | None = None
    filename: str | None = None
    object: str | None = None
    purpose: FileResponsePurpose | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("file_type", "FileType"),
        ("line_count", "LineCount"),
        ("processed", "Processed"),
        ("bytes", "bytes"),
        ("created_at", "created_at"),
        ("filename", "filename"),
        ("object", "object"),
        ("purpose", "purpose"),
    )
    _keys: ClassVar[frozenset[str]] = frozenset(key for _, key in _fields)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        id = src_dict["id"]
        file_type = _get("FileType")
        if file_type is not None:
            file_type = FileResponseFileType(file_type)
        line_count = _get("LineCount")
        processed = _get("Processed")
        bytes_ = _get("bytes")
        created_at = _get("created_at")
        filename = _get("filename")
        object_ = _get("object")
        purpose = _get("purpose")
        if purpose is not None:
            purpose = FileResponsePurpose(purpose)
        # Positional, in the order the fields are declared: cheaper than keywords.
        return cls(
            id,
            file_type,
            line_count,
            processed,
            bytes_,
            created_at,
            filename,
            object_,
            purpose,
            src_dict,
        )
