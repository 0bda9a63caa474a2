from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.volume_content_type import VolumeContentType
from ..types import Model


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
        _get = src_dict.get
        v_files = _get("files")
        if v_files is not None:
            v_files = [None if x0 is None else FileInfo.from_dict(x0) for x0 in v_files]
        v_source_prefix = _get("source_prefix")
        v_type_ = _get("type")
        if v_type_ is not None:
            v_type_ = VolumeContentType(v_type_)
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_files,
            v_source_prefix,
            v_type_,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.file_info import FileInfo
