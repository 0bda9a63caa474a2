from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gpu_cluster_info_cluster_type import GPUClusterInfoClusterType
from ..models.gpu_cluster_info_gpu_type import GPUClusterInfoGpuType
from ..models.gpu_cluster_info_status import GPUClusterInfoStatus
from ..types import Model


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
        _get = src_dict.get
        v_cluster_id = src_dict["cluster_id"]
        v_cluster_type = src_dict["cluster_type"]
        if v_cluster_type is not None:
            v_cluster_type = GPUClusterInfoClusterType(v_cluster_type)
        v_region = src_dict["region"]
        v_gpu_type = src_dict["gpu_type"]
        if v_gpu_type is not None:
            v_gpu_type = GPUClusterInfoGpuType(v_gpu_type)
        v_cluster_name = src_dict["cluster_name"]
        v_volumes = src_dict["volumes"]
        if v_volumes is not None:
            v_volumes = [
                None if x0 is None else GPUClusterVolume.from_dict(x0)
                for x0 in v_volumes
            ]
        v_status = src_dict["status"]
        if v_status is not None:
            v_status = GPUClusterInfoStatus(v_status)
        v_control_plane_nodes = src_dict["control_plane_nodes"]
        if v_control_plane_nodes is not None:
            v_control_plane_nodes = [
                None if x0 is None else GPUClusterControlPlaneNode.from_dict(x0)
                for x0 in v_control_plane_nodes
            ]
        v_gpu_worker_nodes = src_dict["gpu_worker_nodes"]
        if v_gpu_worker_nodes is not None:
            v_gpu_worker_nodes = [
                None if x0 is None else GPUClusterGPUWorkerNode.from_dict(x0)
                for x0 in v_gpu_worker_nodes
            ]
        v_kube_config = src_dict["kube_config"]
        v_num_gpus = src_dict["num_gpus"]
        v_cuda_version = src_dict["cuda_version"]
        v_nvidia_driver_version = src_dict["nvidia_driver_version"]
        v_duration_hours = _get("duration_hours")
        v_slurm_shm_size_gib = _get("slurm_shm_size_gib")
        v_capacity_pool_id = _get("capacity_pool_id")
        v_reservation_start_time = _get("reservation_start_time")
        if v_reservation_start_time is not None:
            v_reservation_start_time = _isoparse(v_reservation_start_time)
        v_reservation_end_time = _get("reservation_end_time")
        if v_reservation_end_time is not None:
            v_reservation_end_time = _isoparse(v_reservation_end_time)
        v_install_traefik = _get("install_traefik")
        v_created_at = _get("created_at")
        if v_created_at is not None:
            v_created_at = _isoparse(v_created_at)
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_cluster_id,
            v_cluster_type,
            v_region,
            v_gpu_type,
            v_cluster_name,
            v_volumes,
            v_status,
            v_control_plane_nodes,
            v_gpu_worker_nodes,
            v_kube_config,
            v_num_gpus,
            v_cuda_version,
            v_nvidia_driver_version,
            v_duration_hours,
            v_slurm_shm_size_gib,
            v_capacity_pool_id,
            v_reservation_start_time,
            v_reservation_end_time,
            v_install_traefik,
            v_created_at,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from dateutil.parser import isoparse as _isoparse

from ..models.gpu_cluster_control_plane_node import GPUClusterControlPlaneNode
from ..models.gpu_cluster_gpu_worker_node import GPUClusterGPUWorkerNode
from ..models.gpu_cluster_volume import GPUClusterVolume
