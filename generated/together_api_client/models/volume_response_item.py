from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

_new = object.__new__


from ..models.volume_type import VolumeType


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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is read from a JSON object, not {type(src_dict).__name__}"
            )
        self = _new(cls)
        self._wire = src_dict
        return self


def _build_content(value: Any) -> Any:
    return VolumeContent.from_dict(value)


def _build_type_(value: Any) -> Any:
    return VolumeType(value)


def _build_version_history(value: Any) -> Any:
    return VolumeResponseItemVersionHistory.from_dict(value)


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "content": ("content", _build_content, None),
    "created_at": ("created_at", None, None),
    "current_version": ("current_version", None, None),
    "id": ("id", None, None),
    "mounted_by": ("mounted_by", None, None),
    "name": ("name", None, None),
    "object": ("object", None, None),
    "type": ("type", _build_type_, None),
    "updated_at": ("updated_at", None, None),
    "version_history": ("version_history", _build_version_history, None),
}
VolumeResponseItem._lazy = _LAZY


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.volume_content import VolumeContent
from ..models.volume_response_item_version_history import (
    VolumeResponseItemVersionHistory,
)
