from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_response_file_type import FileResponseFileType
from ..models.file_response_purpose import FileResponsePurpose
from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
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
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_id = src_dict["id"]
        v_file_type = _get("FileType")
        if v_file_type is not None:
            v_file_type = FileResponseFileType(v_file_type)
        v_line_count = _get("LineCount")
        v_processed = _get("Processed")
        v_bytes_ = _get("bytes")
        v_created_at = _get("created_at")
        v_filename = _get("filename")
        v_object_ = _get("object")
        v_purpose = _get("purpose")
        if v_purpose is not None:
            v_purpose = FileResponsePurpose(v_purpose)
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_id,
            v_file_type,
            v_line_count,
            v_processed,
            v_bytes_,
            v_created_at,
            v_filename,
            v_object_,
            v_purpose,
            src_dict,
        )
