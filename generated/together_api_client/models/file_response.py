from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_purpose import FilePurpose
from ..models.file_type import FileType
from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class FileResponse(Model):
    """Structured information describing a file uploaded to Together.

    Attributes:
        id (str): ID of the file.
        object (Literal['file'] | None): The object type, which is always `file`.
        created_at (int | None): The timestamp when the file was created.
        filename (str | None): The name of the file as it was uploaded.
        bytes (int | None): The number of bytes in the file.
        purpose (FilePurpose | None): The purpose of the file
        processed (bool | None): Whether the file has been parsed and analyzed for correctness for fine-tuning.
        file_type (FileType | None): The type of the file
    """

    id: str
    object: Literal["file"] | None = None
    created_at: int | None = None
    filename: str | None = None
    bytes: int | None = None
    purpose: FilePurpose | None = None
    processed: bool | None = None
    file_type: FileType | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("object", "object"),
        ("created_at", "created_at"),
        ("filename", "filename"),
        ("bytes", "bytes"),
        ("purpose", "purpose"),
        ("processed", "Processed"),
        ("file_type", "FileType"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_id = src_dict["id"]
        v_object_ = _get("object")
        v_created_at = _get("created_at")
        v_filename = _get("filename")
        v_bytes_ = _get("bytes")
        v_purpose = _get("purpose")
        if v_purpose is not None:
            v_purpose = FilePurpose(v_purpose)
        v_processed = _get("Processed")
        v_file_type = _get("FileType")
        if v_file_type is not None:
            v_file_type = FileType(v_file_type)
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_id,
            v_object_,
            v_created_at,
            v_filename,
            v_bytes_,
            v_purpose,
            v_processed,
            v_file_type,
            src_dict,
        )
