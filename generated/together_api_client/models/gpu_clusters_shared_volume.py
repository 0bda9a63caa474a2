from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gpu_clusters_shared_volume_status import GPUClustersSharedVolumeStatus
from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class GPUClustersSharedVolume(Model):
    """
    Attributes:
        volume_id (str): ID of the volume.
        volume_name (str): Provided name of the volume.
        size_tib (int): Size of the volume in whole tebibytes (TiB).
        status (GPUClustersSharedVolumeStatus): Deployment status of the volume.
    """

    volume_id: str
    volume_name: str
    size_tib: int
    status: GPUClustersSharedVolumeStatus
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("volume_id", "volume_id"),
        ("volume_name", "volume_name"),
        ("size_tib", "size_tib"),
        ("status", "status"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        v_volume_id = src_dict["volume_id"]
        v_volume_name = src_dict["volume_name"]
        v_size_tib = src_dict["size_tib"]
        v_status = src_dict["status"]
        if v_status is not None:
            v_status = GPUClustersSharedVolumeStatus(v_status)
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_volume_id,
            v_volume_name,
            v_size_tib,
            v_status,
            src_dict,
        )
