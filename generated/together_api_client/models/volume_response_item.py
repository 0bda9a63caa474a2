from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.volume_type import VolumeType
from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class VolumeResponseItem(Model):
    """
    Attributes:
        content (VolumeContent | None):
        created_at (str | None): CreatedAt is the ISO8601 timestamp when this volume was created
        current_version (int | None): CurrentVersion is the current version number of this volume
        id (str | None): ID is the unique identifier for this volume
        mounted_by (list[str] | None): MountedBy is the list of deployment IDs currently mounting current volume version
        name (str | None): Name is the name of the volume
        object (str | None): Object is the type identifier for this response (always "volume")
        type (VolumeType | None):
        updated_at (str | None): UpdatedAt is the ISO8601 timestamp when this volume was last updated
        version_history (VolumeResponseItemVersionHistory | None): VersionHistory contains previous versions of this
            volume, keyed by version number
    """

    content: VolumeContent | None = None
    created_at: str | None = None
    current_version: int | None = None
    id: str | None = None
    mounted_by: list[str] | None = None
    name: str | None = None
    object: str | None = None
    type: VolumeType | None = None
    updated_at: str | None = None
    version_history: VolumeResponseItemVersionHistory | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("content", "content"),
        ("created_at", "created_at"),
        ("current_version", "current_version"),
        ("id", "id"),
        ("mounted_by", "mounted_by"),
        ("name", "name"),
        ("object", "object"),
        ("type", "type"),
        ("updated_at", "updated_at"),
        ("version_history", "version_history"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_content = _get("content")
        if v_content is not None:
            v_content = VolumeContent.from_dict(v_content)
        v_created_at = _get("created_at")
        v_current_version = _get("current_version")
        v_id = _get("id")
        v_mounted_by = _get("mounted_by")
        v_name = _get("name")
        v_object_ = _get("object")
        v_type_ = _get("type")
        if v_type_ is not None:
            v_type_ = VolumeType(v_type_)
        v_updated_at = _get("updated_at")
        v_version_history = _get("version_history")
        if v_version_history is not None:
            v_version_history = VolumeResponseItemVersionHistory.from_dict(
                v_version_history
            )
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_content,
            v_created_at,
            v_current_version,
            v_id,
            v_mounted_by,
            v_name,
            v_object_,
            v_type_,
            v_updated_at,
            v_version_history,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.volume_content import VolumeContent
from ..models.volume_response_item_version_history import (
    VolumeResponseItemVersionHistory,
)
