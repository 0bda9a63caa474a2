from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

_new = object.__new__


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class ReplicaEvent(Model):
    """
    Attributes:
        image (str | None): Image is the container image used for this replica
        replica_ready_since (str | None): ReplicaReadySince is the timestamp when the replica became ready to serve
            traffic
        replica_status (str | None): ReplicaStatus is the current status of the replica (e.g., "Running", "Waiting",
            "Terminated")
        replica_status_message (str | None): ReplicaStatusMessage provides a human-readable message explaining the
            replica's status
        replica_status_reason (str | None): ReplicaStatusReason provides a brief machine-readable reason for the
            replica's status
        revision_id (str | None): RevisionID is the deployment revision ID associated with this replica
        volume_preload_completed_at (str | None): VolumePreloadCompletedAt is the timestamp when the volume preload
            completed
        volume_preload_started_at (str | None): VolumePreloadStartedAt is the timestamp when the volume preload started
        volume_preload_status (str | None): VolumePreloadStatus is the status of the volume preload (e.g., "InProgress",
            "Completed", "Failed")
    """

    image: str | None = None
    replica_ready_since: str | None = None
    replica_status: str | None = None
    replica_status_message: str | None = None
    replica_status_reason: str | None = None
    revision_id: str | None = None
    volume_preload_completed_at: str | None = None
    volume_preload_started_at: str | None = None
    volume_preload_status: str | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("image", "image"),
        ("replica_ready_since", "replica_ready_since"),
        ("replica_status", "replica_status"),
        ("replica_status_message", "replica_status_message"),
        ("replica_status_reason", "replica_status_reason"),
        ("revision_id", "revision_id"),
        ("volume_preload_completed_at", "volume_preload_completed_at"),
        ("volume_preload_started_at", "volume_preload_started_at"),
        ("volume_preload_status", "volume_preload_status"),
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


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "image": ("image", None, None),
    "replica_ready_since": ("replica_ready_since", None, None),
    "replica_status": ("replica_status", None, None),
    "replica_status_message": ("replica_status_message", None, None),
    "replica_status_reason": ("replica_status_reason", None, None),
    "revision_id": ("revision_id", None, None),
    "volume_preload_completed_at": ("volume_preload_completed_at", None, None),
    "volume_preload_started_at": ("volume_preload_started_at", None, None),
    "volume_preload_status": ("volume_preload_status", None, None),
}
ReplicaEvent._lazy = _LAZY
