from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

_new = object.__new__

import datetime

from ..models.gpu_cluster_info_cluster_type import GPUClusterInfoClusterType
from ..models.gpu_cluster_info_gpu_type import GPUClusterInfoGpuType
from ..models.gpu_cluster_info_status import GPUClusterInfoStatus


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class GPUClusterInfo(Model):
    """
    Attributes:
        cluster_id (str):
        cluster_type (GPUClusterInfoClusterType): Type of cluster.
        region (str):
        gpu_type (GPUClusterInfoGpuType):
        cluster_name (str):
        volumes (list[GPUClusterVolume]):
        status (GPUClusterInfoStatus): Current status of the GPU cluster.
        control_plane_nodes (list[GPUClusterControlPlaneNode]):
        gpu_worker_nodes (list[GPUClusterGPUWorkerNode]):
        kube_config (str):
        num_gpus (int):
        cuda_version (str):
        nvidia_driver_version (str):
        duration_hours (int | None):
        slurm_shm_size_gib (int | None):
        capacity_pool_id (str | None):
        reservation_start_time (datetime.datetime | None):
        reservation_end_time (datetime.datetime | None):
        install_traefik (bool | None):
        created_at (datetime.datetime | None):
    """

    cluster_id: str
    cluster_type: GPUClusterInfoClusterType
    region: str
    gpu_type: GPUClusterInfoGpuType
    cluster_name: str
    volumes: list[GPUClusterVolume]
    status: GPUClusterInfoStatus
    control_plane_nodes: list[GPUClusterControlPlaneNode]
    gpu_worker_nodes: list[GPUClusterGPUWorkerNode]
    kube_config: str
    num_gpus: int
    cuda_version: str
    nvidia_driver_version: str
    duration_hours: int | None = None
    slurm_shm_size_gib: int | None = None
    capacity_pool_id: str | None = None
    reservation_start_time: datetime.datetime | None = None
    reservation_end_time: datetime.datetime | None = None
    install_traefik: bool | None = None
    created_at: datetime.datetime | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("cluster_id", "cluster_id"),
        ("cluster_type", "cluster_type"),
        ("region", "region"),
        ("gpu_type", "gpu_type"),
        ("cluster_name", "cluster_name"),
        ("volumes", "volumes"),
        ("status", "status"),
        ("control_plane_nodes", "control_plane_nodes"),
        ("gpu_worker_nodes", "gpu_worker_nodes"),
        ("kube_config", "kube_config"),
        ("num_gpus", "num_gpus"),
        ("cuda_version", "cuda_version"),
        ("nvidia_driver_version", "nvidia_driver_version"),
        ("duration_hours", "duration_hours"),
        ("slurm_shm_size_gib", "slurm_shm_size_gib"),
        ("capacity_pool_id", "capacity_pool_id"),
        ("reservation_start_time", "reservation_start_time"),
        ("reservation_end_time", "reservation_end_time"),
        ("install_traefik", "install_traefik"),
        ("created_at", "created_at"),
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
        src_dict["cluster_id"]
        src_dict["cluster_type"]
        src_dict["region"]
        src_dict["gpu_type"]
        src_dict["cluster_name"]
        src_dict["volumes"]
        src_dict["status"]
        src_dict["control_plane_nodes"]
        src_dict["gpu_worker_nodes"]
        src_dict["kube_config"]
        src_dict["num_gpus"]
        src_dict["cuda_version"]
        src_dict["nvidia_driver_version"]
        self = _new(cls)
        self._wire = src_dict
        return self


def _build_cluster_type(value: Any) -> Any:
    return GPUClusterInfoClusterType(value)


def _build_gpu_type(value: Any) -> Any:
    return GPUClusterInfoGpuType(value)


def _build_volumes(value: Any) -> Any:
    return [None if x0 is None else GPUClusterVolume.from_dict(x0) for x0 in value]


def _build_status(value: Any) -> Any:
    return GPUClusterInfoStatus(value)


def _build_control_plane_nodes(value: Any) -> Any:
    return [
        None if x0 is None else GPUClusterControlPlaneNode.from_dict(x0) for x0 in value
    ]


def _build_gpu_worker_nodes(value: Any) -> Any:
    return [
        None if x0 is None else GPUClusterGPUWorkerNode.from_dict(x0) for x0 in value
    ]


def _build_reservation_start_time(value: Any) -> Any:
    return _isoparse(value)


def _build_reservation_end_time(value: Any) -> Any:
    return _isoparse(value)


def _build_created_at(value: Any) -> Any:
    return _isoparse(value)


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "cluster_id": ("cluster_id", None, None),
    "cluster_type": ("cluster_type", _build_cluster_type, None),
    "region": ("region", None, None),
    "gpu_type": ("gpu_type", _build_gpu_type, None),
    "cluster_name": ("cluster_name", None, None),
    "volumes": ("volumes", _build_volumes, None),
    "status": ("status", _build_status, None),
    "control_plane_nodes": ("control_plane_nodes", _build_control_plane_nodes, None),
    "gpu_worker_nodes": ("gpu_worker_nodes", _build_gpu_worker_nodes, None),
    "kube_config": ("kube_config", None, None),
    "num_gpus": ("num_gpus", None, None),
    "cuda_version": ("cuda_version", None, None),
    "nvidia_driver_version": ("nvidia_driver_version", None, None),
    "duration_hours": ("duration_hours", None, None),
    "slurm_shm_size_gib": ("slurm_shm_size_gib", None, None),
    "capacity_pool_id": ("capacity_pool_id", None, None),
    "reservation_start_time": (
        "reservation_start_time",
        _build_reservation_start_time,
        None,
    ),
    "reservation_end_time": ("reservation_end_time", _build_reservation_end_time, None),
    "install_traefik": ("install_traefik", None, None),
    "created_at": ("created_at", _build_created_at, None),
}
GPUClusterInfo._lazy = _LAZY


# The models this one refers to, imported after the class exists (cycles between models resolve).
from dateutil.parser import isoparse as _isoparse

from ..models.gpu_cluster_control_plane_node import GPUClusterControlPlaneNode
from ..models.gpu_cluster_gpu_worker_node import GPUClusterGPUWorkerNode
from ..models.gpu_cluster_volume import GPUClusterVolume
