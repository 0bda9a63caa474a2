from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import File, Model

_new = object.__new__


from ..models.file_purpose import FilePurpose
from ..models.file_type import FileType


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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is read from a JSON object, not {type(src_dict).__name__}"
            )
        # The required fields must be there (a missing one fails here, at read time); every
        # field is read when first asked for (see types.Model.__getattr__).
        src_dict["purpose"]
        src_dict["file_name"]
        src_dict["file"]
        self = _new(cls)
        self._wire = src_dict
        return self

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


def _build_purpose(value: Any) -> Any:
    return FilePurpose(value)


def _build_file_type(value: Any) -> Any:
    return FileType(value)


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "purpose": ("purpose", _build_purpose, None),
    "file_name": ("file_name", None, None),
    "file": ("file", None, None),
    "file_type": ("file_type", _build_file_type, None),
}
UploadFileBody._lazy = _LAZY
