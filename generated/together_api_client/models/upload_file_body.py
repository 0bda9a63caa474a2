from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_purpose import FilePurpose
from ..models.file_type import FileType
from ..types import File, Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class UploadFileBody(Model):
    """
    Attributes:
        purpose (FilePurpose): The purpose of the file
        file_name (str): The name of the file being uploaded
        file (File): The content of the file being uploaded
        file_type (FileType | None): The type of the file
    """

    purpose: FilePurpose
    file_name: str
    file: File
    file_type: FileType | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("purpose", "purpose"),
        ("file_name", "file_name"),
        ("file", "file"),
        ("file_type", "file_type"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_purpose = src_dict["purpose"]
        if v_purpose is not None:
            v_purpose = FilePurpose(v_purpose)
        v_file_name = src_dict["file_name"]
        v_file = src_dict["file"]
        v_file_type = _get("file_type")
        if v_file_type is not None:
            v_file_type = FileType(v_file_type)
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_purpose,
            v_file_name,
            v_file,
            v_file_type,
            src_dict,
        )

    def to_multipart(self) -> list[tuple[str, Any]]:
        """The body as multipart parts, for the generated request functions (the facade sends
        multipart bodies itself): a file as it is, any other value as text."""
        return [
            (
                key,
                value.to_tuple()
                if isinstance(value, File)
                else (None, str(value), "text/plain"),
            )
            for key, value in self.to_dict().items()
        ]
