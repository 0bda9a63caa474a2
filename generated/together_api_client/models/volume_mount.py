from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class VolumeMount(Model):
    """
    Attributes:
        mount_path (str): MountPath is the path in the container where the volume will be mounted (e.g., "/data")
        name (str): Name is the name of the volume to mount. Must reference an existing volume by name or ID
        version (int | None): Version is the volume version to mount. On create, defaults to the latest version. On
            update, defaults to the currently mounted version.
    """

    mount_path: str
    name: str
    version: int | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("mount_path", "mount_path"),
        ("name", "name"),
        ("version", "version"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_mount_path = src_dict["mount_path"]
        v_name = src_dict["name"]
        v_version = _get("version")
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_mount_path,
            v_name,
            v_version,
            src_dict,
        )
