from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_response_file_type import FileResponseFileType
from ..models.file_response_purpose import FileResponsePurpose
from ..types import UNSET, Unset

T = TypeVar("T", bound="FileResponse")


@_attrs_define
class FileResponse:
    """
    Attributes:
        id (str):
        file_type (FileResponseFileType | Unset):  Example: jsonl.
        line_count (int | Unset):
        processed (bool | Unset):
        bytes_ (int | Unset):  Example: 2664.
        created_at (int | Unset):  Example: 1715021438.
        filename (str | Unset):  Example: my_file.jsonl.
        object_ (str | Unset):  Example: file.
        purpose (FileResponsePurpose | Unset):  Example: fine-tune.
    """

    id: str
    file_type: FileResponseFileType | Unset = UNSET
    line_count: int | Unset = UNSET
    processed: bool | Unset = UNSET
    bytes_: int | Unset = UNSET
    created_at: int | Unset = UNSET
    filename: str | Unset = UNSET
    object_: str | Unset = UNSET
    purpose: FileResponsePurpose | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        file_type: str | Unset = UNSET
        if not isinstance(self.file_type, Unset):
            file_type = self.file_type.value

        line_count = self.line_count

        processed = self.processed

        bytes_ = self.bytes_

        created_at = self.created_at

        filename = self.filename

        object_ = self.object_

        purpose: str | Unset = UNSET
        if not isinstance(self.purpose, Unset):
            purpose = self.purpose.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        if file_type is not UNSET:
            field_dict["FileType"] = file_type
        if line_count is not UNSET:
            field_dict["LineCount"] = line_count
        if processed is not UNSET:
            field_dict["Processed"] = processed
        if bytes_ is not UNSET:
            field_dict["bytes"] = bytes_
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if filename is not UNSET:
            field_dict["filename"] = filename
        if object_ is not UNSET:
            field_dict["object"] = object_
        if purpose is not UNSET:
            field_dict["purpose"] = purpose
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        _file_type = d.pop("FileType", UNSET)
        file_type: FileResponseFileType | Unset
        if isinstance(_file_type, Unset):
            file_type = UNSET
        else:
            file_type = FileResponseFileType(_file_type)

        line_count = d.pop("LineCount", UNSET)

        processed = d.pop("Processed", UNSET)

        bytes_ = d.pop("bytes", UNSET)

        created_at = d.pop("created_at", UNSET)

        filename = d.pop("filename", UNSET)

        object_ = d.pop("object", UNSET)

        _purpose = d.pop("purpose", UNSET)
        purpose: FileResponsePurpose | Unset
        if isinstance(_purpose, Unset):
            purpose = UNSET
        else:
            purpose = FileResponsePurpose(_purpose)

        obj = cls(
            id=id,
            file_type=file_type,
            line_count=line_count,
            processed=processed,
            bytes_=bytes_,
            created_at=created_at,
            filename=filename,
            object_=object_,
            purpose=purpose,
        )
        obj.additional_properties = d
        return obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
