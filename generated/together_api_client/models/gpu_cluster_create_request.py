from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gpu_cluster_create_request_billing_type import (
    GPUClusterCreateRequestBillingType,
)
from ..models.gpu_cluster_create_request_cluster_type import (
    GPUClusterCreateRequestClusterType,
)
from ..models.gpu_cluster_create_request_gpu_type import GPUClusterCreateRequestGpuType
from ..types import Model


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
        _get = src_dict.get
        v_region = src_dict["region"]
        v_gpu_type = src_dict["gpu_type"]
        if v_gpu_type is not None:
            v_gpu_type = GPUClusterCreateRequestGpuType(v_gpu_type)
        v_num_gpus = src_dict["num_gpus"]
        v_cluster_name = src_dict["cluster_name"]
        v_billing_type = src_dict["billing_type"]
        if v_billing_type is not None:
            v_billing_type = GPUClusterCreateRequestBillingType(v_billing_type)
        v_cuda_version = src_dict["cuda_version"]
        v_nvidia_driver_version = src_dict["nvidia_driver_version"]
        v_cluster_type = _get("cluster_type")
        if v_cluster_type is not None:
            v_cluster_type = GPUClusterCreateRequestClusterType(v_cluster_type)
        v_duration_days = _get("duration_days")
        v_shared_volume = _get("shared_volume")
        if v_shared_volume is not None:
            v_shared_volume = GPUClustersSharedVolumeCreateRequest.from_dict(
                v_shared_volume
            )
        v_volume_id = _get("volume_id")
        v_gpu_node_failover_enabled = _get("gpu_node_failover_enabled")
        v_auto_scaled = _get("auto_scaled")
        v_auto_scale_max_gpus = _get("auto_scale_max_gpus")
        v_slurm_shm_size_gib = _get("slurm_shm_size_gib")
        v_capacity_pool_id = _get("capacity_pool_id")
        v_reservation_start_time = _get("reservation_start_time")
        if v_reservation_start_time is not None:
            v_reservation_start_time = _isoparse(v_reservation_start_time)
        v_reservation_end_time = _get("reservation_end_time")
        if v_reservation_end_time is not None:
            v_reservation_end_time = _isoparse(v_reservation_end_time)
        v_install_traefik = _get("install_traefik")
        v_slurm_image = _get("slurm_image")
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_region,
            v_gpu_type,
            v_num_gpus,
            v_cluster_name,
            v_billing_type,
            v_cuda_version,
            v_nvidia_driver_version,
            v_cluster_type,
            v_duration_days,
            v_shared_volume,
            v_volume_id,
            v_gpu_node_failover_enabled,
            v_auto_scaled,
            v_auto_scale_max_gpus,
            v_slurm_shm_size_gib,
            v_capacity_pool_id,
            v_reservation_start_time,
            v_reservation_end_time,
            v_install_traefik,
            v_slurm_image,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from dateutil.parser import isoparse as _isoparse

from ..models.gpu_clusters_shared_volume_create_request import (
    GPUClustersSharedVolumeCreateRequest,
)
