from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class VersionHistoryItem(Model):
    """
    Attributes:
        content (VolumeContentRequest | None): Content specifies the new content that will be preloaded to this volume
        mounted_by (list[str] | None):
        version (int | None):
    """

    content: VolumeContentRequest | None = None
    mounted_by: list[str] | None = None
    version: int | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("content", "content"),
        ("mounted_by", "mounted_by"),
        ("version", "version"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_content = _get("content")
        if v_content is not None:
            v_content = VolumeContentRequest.from_dict(v_content)
        v_mounted_by = _get("mounted_by")
        v_version = _get("version")
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_content,
            v_mounted_by,
            v_version,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.volume_content_request import VolumeContentRequest
