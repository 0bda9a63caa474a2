from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

_new = object.__new__

import datetime

from ..models.gpu_cluster_create_request_billing_type import (
    GPUClusterCreateRequestBillingType,
)
from ..models.gpu_cluster_create_request_cluster_type import (
    GPUClusterCreateRequestClusterType,
)
from ..models.gpu_cluster_create_request_gpu_type import GPUClusterCreateRequestGpuType


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class GPUClusterCreateRequest(Model):
    """GPU Cluster create request

    Attributes:
        region (str): Region to create the GPU cluster in. Usable regions can be found from
            `client.clusters.list_regions()`
        gpu_type (GPUClusterCreateRequestGpuType): Type of GPU to use in the cluster
        num_gpus (int): Number of GPUs to allocate in the cluster. This must be multiple of 8. For example, 8, 16 or 24
        cluster_name (str): Name of the GPU cluster.
        billing_type (GPUClusterCreateRequestBillingType): RESERVED billing types allow you to specify the duration of
            the cluster reservation via the duration_days field.
            ON_DEMAND billing types will give you ownership of the cluster until you delete it.
            SCHEDULED_CAPACITY billing types allow you to reserve capacity for a scheduled time window. You must specify the
            reservation_start_time and reservation_end_time with this request.
        cuda_version (str): CUDA version for this cluster. For example, 12.5
        nvidia_driver_version (str): Nvidia driver version for this cluster. For example, 550. Only some combination of
            cuda_version and nvidia_driver_version are supported.
        cluster_type (GPUClusterCreateRequestClusterType | None): Type of cluster to create.
        duration_days (int | None): Duration in days to keep the cluster running.
        shared_volume (GPUClustersSharedVolumeCreateRequest | None):
        volume_id (str | None): ID of an existing volume to use with the cluster creation.
        gpu_node_failover_enabled (bool | None): Whether automated GPU node failover should be enabled for this cluster.
            By default, it is disabled.
        auto_scaled (bool | None): Whether GPU cluster should be auto-scaled based on the workload. By default, it is
            not auto-scaled.
        auto_scale_max_gpus (int | None): Maximum number of GPUs to which the cluster can be auto-scaled up. This field
            is required if auto_scaled is true.
        slurm_shm_size_gib (int | None): Shared memory size in GiB for Slurm cluster. This field is required if
            cluster_type is SLURM.
        capacity_pool_id (str | None): ID of the capacity pool to use for the cluster. This field is optional and only
            applicable if the cluster is created from a capacity pool.
        reservation_start_time (datetime.datetime | None): Reservation start time of the cluster. This field is required
            for SCHEDULED billing to specify the reservation start time for the cluster. If not provided, the cluster will
            be provisioned immediately.
        reservation_end_time (datetime.datetime | None): Reservation end time of the cluster. This field is required for
            SCHEDULED billing to specify the reservation end time for the cluster.
        install_traefik (bool | None): Whether to install Traefik ingress controller in the cluster. This field is only
            applicable for Kubernetes clusters and is false by default.
        slurm_image (str | None): Custom Slurm image for Slurm clusters.
    """

    region: str
    gpu_type: GPUClusterCreateRequestGpuType
    num_gpus: int
    cluster_name: str
    billing_type: GPUClusterCreateRequestBillingType
    cuda_version: str
    nvidia_driver_version: str
    cluster_type: GPUClusterCreateRequestClusterType | None = None
    duration_days: int | None = None
    shared_volume: GPUClustersSharedVolumeCreateRequest | None = None
    volume_id: str | None = None
    gpu_node_failover_enabled: bool | None = None
    auto_scaled: bool | None = None
    auto_scale_max_gpus: int | None = None
    slurm_shm_size_gib: int | None = None
    capacity_pool_id: str | None = None
    reservation_start_time: datetime.datetime | None = None
    reservation_end_time: datetime.datetime | None = None
    install_traefik: bool | None = None
    slurm_image: str | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("region", "region"),
        ("gpu_type", "gpu_type"),
        ("num_gpus", "num_gpus"),
        ("cluster_name", "cluster_name"),
        ("billing_type", "billing_type"),
        ("cuda_version", "cuda_version"),
        ("nvidia_driver_version", "nvidia_driver_version"),
        ("cluster_type", "cluster_type"),
        ("duration_days", "duration_days"),
        ("shared_volume", "shared_volume"),
        ("volume_id", "volume_id"),
        ("gpu_node_failover_enabled", "gpu_node_failover_enabled"),
        ("auto_scaled", "auto_scaled"),
        ("auto_scale_max_gpus", "auto_scale_max_gpus"),
        ("slurm_shm_size_gib", "slurm_shm_size_gib"),
        ("capacity_pool_id", "capacity_pool_id"),
        ("reservation_start_time", "reservation_start_time"),
        ("reservation_end_time", "reservation_end_time"),
        ("install_traefik", "install_traefik"),
        ("slurm_image", "slurm_image"),
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
        src_dict["region"]
        src_dict["gpu_type"]
        src_dict["num_gpus"]
        src_dict["cluster_name"]
        src_dict["billing_type"]
        src_dict["cuda_version"]
        src_dict["nvidia_driver_version"]
        self = _new(cls)
        self._wire = src_dict
        return self


def _build_gpu_type(value: Any) -> Any:
    return GPUClusterCreateRequestGpuType(value)


def _build_billing_type(value: Any) -> Any:
    return GPUClusterCreateRequestBillingType(value)


def _build_cluster_type(value: Any) -> Any:
    return GPUClusterCreateRequestClusterType(value)


def _build_shared_volume(value: Any) -> Any:
    return GPUClustersSharedVolumeCreateRequest.from_dict(value)


def _build_reservation_start_time(value: Any) -> Any:
    return _isoparse(value)


def _build_reservation_end_time(value: Any) -> Any:
    return _isoparse(value)


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "region": ("region", None, None),
    "gpu_type": ("gpu_type", _build_gpu_type, None),
    "num_gpus": ("num_gpus", None, None),
    "cluster_name": ("cluster_name", None, None),
    "billing_type": ("billing_type", _build_billing_type, None),
    "cuda_version": ("cuda_version", None, None),
    "nvidia_driver_version": ("nvidia_driver_version", None, None),
    "cluster_type": ("cluster_type", _build_cluster_type, None),
    "duration_days": ("duration_days", None, None),
    "shared_volume": ("shared_volume", _build_shared_volume, None),
    "volume_id": ("volume_id", None, None),
    "gpu_node_failover_enabled": ("gpu_node_failover_enabled", None, None),
    "auto_scaled": ("auto_scaled", None, None),
    "auto_scale_max_gpus": ("auto_scale_max_gpus", None, None),
    "slurm_shm_size_gib": ("slurm_shm_size_gib", None, None),
    "capacity_pool_id": ("capacity_pool_id", None, None),
    "reservation_start_time": (
        "reservation_start_time",
        _build_reservation_start_time,
        None,
    ),
    "reservation_end_time": ("reservation_end_time", _build_reservation_end_time, None),
    "install_traefik": ("install_traefik", None, None),
    "slurm_image": ("slurm_image", None, None),
}
GPUClusterCreateRequest._lazy = _LAZY


# The models this one refers to, imported after the class exists (cycles between models resolve).
from dateutil.parser import isoparse as _isoparse

from ..models.gpu_clusters_shared_volume_create_request import (
    GPUClustersSharedVolumeCreateRequest,
)
