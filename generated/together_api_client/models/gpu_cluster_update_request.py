from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

_new = object.__new__

import datetime

from ..models.gpu_cluster_update_request_cluster_type import (
    GPUClusterUpdateRequestClusterType,
)


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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is read from a JSON object, not {type(src_dict).__name__}"
            )
        self = _new(cls)
        self._wire = src_dict
        return self


def _build_cluster_type(value: Any) -> Any:
    return GPUClusterUpdateRequestClusterType(value)


def _build_reservation_end_time(value: Any) -> Any:
    return _isoparse(value)


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "cluster_type": ("cluster_type", _build_cluster_type, None),
    "num_gpus": ("num_gpus", None, None),
    "reservation_end_time": ("reservation_end_time", _build_reservation_end_time, None),
}
GPUClusterUpdateRequest._lazy = _LAZY


# The models this one refers to, imported after the class exists (cycles between models resolve).
from dateutil.parser import isoparse as _isoparse
