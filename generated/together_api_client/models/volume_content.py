from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

_new = object.__new__


from ..models.volume_content_type import VolumeContentType


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class VolumeContent(Model):
    """
    Attributes:
        files (list[FileInfo] | None): Files is the list of files that will be preloaded into the volume, if the volume
            content type is "files"
        source_prefix (str | None): SourcePrefix is the file path prefix for the content to be preloaded into the volume
        type (VolumeContentType | None): Type is the content type (currently only "files" is supported which allows
            preloading files uploaded via Files API into the volume)
    """

    files: list[FileInfo] | None = None
    source_prefix: str | None = None
    type: VolumeContentType | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("files", "files"),
        ("source_prefix", "source_prefix"),
        ("type", "type"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is read from a JSON object, not {type(src_dict).__name__}"
            )
        self = _new(cls)
        self._wire = src_dict
        return self


def _build_files(value: Any) -> Any:
    return [None if x0 is None else FileInfo.from_dict(x0) for x0 in value]


def _build_type_(value: Any) -> Any:
    return VolumeContentType(value)


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "files": ("files", _build_files, None),
    "source_prefix": ("source_prefix", None, None),
    "type": ("type", _build_type_, None),
}
VolumeContent._lazy = _LAZY


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.file_info import FileInfo
