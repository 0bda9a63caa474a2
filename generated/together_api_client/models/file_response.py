from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

_new = object.__new__

from typing import Literal

from ..models.file_purpose import FilePurpose
from ..models.file_type import FileType


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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is read from a JSON object, not {type(src_dict).__name__}"
            )
        # The required fields must be there (a missing one fails here, at read time); every
        # field is read when first asked for (see types.Model.__getattr__).
        src_dict["id"]
        self = _new(cls)
        self._wire = src_dict
        return self


def _build_purpose(value: Any) -> Any:
    return FilePurpose(value)


def _build_file_type(value: Any) -> Any:
    return FileType(value)


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "id": ("id", None, None),
    "object": ("object", None, None),
    "created_at": ("created_at", None, None),
    "filename": ("filename", None, None),
    "bytes": ("bytes", None, None),
    "purpose": ("purpose", _build_purpose, None),
    "processed": ("Processed", None, None),
    "file_type": ("FileType", _build_file_type, None),
}
FileResponse._lazy = _LAZY
