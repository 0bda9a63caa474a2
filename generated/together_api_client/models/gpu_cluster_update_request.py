from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gpu_cluster_update_request_cluster_type import (
    GPUClusterUpdateRequestClusterType,
)
from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class GPUClusterUpdateRequest(Model):
    """
    Attributes:
        cluster_type (GPUClusterUpdateRequestClusterType | None): Type of cluster to update.
        num_gpus (int | None): Number of GPUs to allocate in the cluster. This must be multiple of 8. For example, 8, 16
            or 24
        reservation_end_time (datetime.datetime | None): Timestamp at which the cluster should be decommissioned. Only
            accepted for prepaid clusters.
    """

    cluster_type: GPUClusterUpdateRequestClusterType | None = None
    num_gpus: int | None = None
    reservation_end_time: datetime.datetime | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("cluster_type", "cluster_type"),
        ("num_gpus", "num_gpus"),
        ("reservation_end_time", "reservation_end_time"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_cluster_type = _get("cluster_type")
        if v_cluster_type is not None:
            v_cluster_type = GPUClusterUpdateRequestClusterType(v_cluster_type)
        v_num_gpus = _get("num_gpus")
        v_reservation_end_time = _get("reservation_end_time")
        if v_reservation_end_time is not None:
            v_reservation_end_time = _isoparse(v_reservation_end_time)
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_cluster_type,
            v_num_gpus,
            v_reservation_end_time,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from dateutil.parser import isoparse as _isoparse
