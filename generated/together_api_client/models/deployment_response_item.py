from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model, is_known

_new = object.__new__

import datetime
from typing import Literal

from ..models.deployment_response_item_gpu_type import DeploymentResponseItemGpuType
from ..models.deployment_status import DeploymentStatus


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class DeploymentResponseItem(Model):
    """
    Attributes:
        args (list[str] | None): Args are the arguments passed to the container's command
        autoscaling (CustomMetricAutoscalingConfig | HTTPAutoscalingConfig | QueueAutoscalingConfig | None): Autoscaling
            contains autoscaling configuration parameters for this deployment. Omitted when autoscaling is disabled (nil)
        command (list[str] | None): Command is the entrypoint command run in the container
        cpu (float | None): CPU is the amount of CPU resource allocated to each replica in cores (fractional value is
            allowed)
        created_at (datetime.datetime | None): CreatedAt is the ISO8601 timestamp when this deployment was created
        description (str | None): Description provides a human-readable explanation of the deployment's purpose or
            content
        desired_replicas (int | None): DesiredReplicas is the number of replicas that the orchestrator is targeting
        environment_variables (list[EnvironmentVariable] | None): EnvironmentVariables is a list of environment
            variables set in the container
        gpu_count (int | None): GPUCount is the number of GPUs allocated to each replica in this deployment
        gpu_type (DeploymentResponseItemGpuType | None): GPUType specifies the type of GPU requested (if any) for this
            deployment
        health_check_path (str | None): HealthCheckPath is the HTTP path used for health checks of the application
        id (str | None): ID is the unique identifier of the deployment
        image (str | None): Image specifies the container image used for this deployment
        max_replicas (int | None): MaxReplicas is the maximum number of replicas to run for this deployment
        memory (float | None): Memory is the amount of memory allocated to each replica in GiB (fractional value is
            allowed)
        min_replicas (int | None): MinReplicas is the minimum number of replicas to run for this deployment
        name (str | None): Name is the name of the deployment
        object (Literal['deployment'] | None): The object type, which is always `deployment`.
        port (int | None): Port is the container port that the deployment exposes
        ready_replicas (int | None): ReadyReplicas is the current number of replicas that are in the Ready state
        replica_events (DeploymentResponseItemReplicaEvents | None): ReplicaEvents is a mapping of replica names or IDs
            to their status events
        status (DeploymentStatus | None):
        storage (int | None): Storage is the amount of storage (in MB or units as defined by the platform) allocated to
            each replica
        updated_at (datetime.datetime | None): UpdatedAt is the ISO8601 timestamp when this deployment was last updated
        volumes (list[VolumeMount] | None): Volumes is a list of volume mounts for this deployment
    """

    args: list[str] | None = None
    autoscaling: (
        CustomMetricAutoscalingConfig
        | HTTPAutoscalingConfig
        | QueueAutoscalingConfig
        | None
    ) = None
    command: list[str] | None = None
    cpu: float | None = None
    created_at: datetime.datetime | None = None
    description: str | None = None
    desired_replicas: int | None = None
    environment_variables: list[EnvironmentVariable] | None = None
    gpu_count: int | None = None
    gpu_type: DeploymentResponseItemGpuType | None = None
    health_check_path: str | None = None
    id: str | None = None
    image: str | None = None
    max_replicas: int | None = None
    memory: float | None = None
    min_replicas: int | None = None
    name: str | None = None
    object: Literal["deployment"] | None = None
    port: int | None = None
    ready_replicas: int | None = None
    replica_events: DeploymentResponseItemReplicaEvents | None = None
    status: DeploymentStatus | None = None
    storage: int | None = None
    updated_at: datetime.datetime | None = None
    volumes: list[VolumeMount] | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("args", "args"),
        ("autoscaling", "autoscaling"),
        ("command", "command"),
        ("cpu", "cpu"),
        ("created_at", "created_at"),
        ("description", "description"),
        ("desired_replicas", "desired_replicas"),
        ("environment_variables", "environment_variables"),
        ("gpu_count", "gpu_count"),
        ("gpu_type", "gpu_type"),
        ("health_check_path", "health_check_path"),
        ("id", "id"),
        ("image", "image"),
        ("max_replicas", "max_replicas"),
        ("memory", "memory"),
        ("min_replicas", "min_replicas"),
        ("name", "name"),
        ("object", "object"),
        ("port", "port"),
        ("ready_replicas", "ready_replicas"),
        ("replica_events", "replica_events"),
        ("status", "status"),
        ("storage", "storage"),
        ("updated_at", "updated_at"),
        ("volumes", "volumes"),
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


def _read_autoscaling(data: Any) -> Any:
    """The first type that reads ``data`` with enum values it knows (so models are told apart
    by their discriminating enum); else ``data`` as it came."""
    value: Any
    if isinstance(data, dict):
        try:
            value = HTTPAutoscalingConfig.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        else:
            if is_known(value):
                return value
    if isinstance(data, dict):
        try:
            value = QueueAutoscalingConfig.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        else:
            if is_known(value):
                return value
    if isinstance(data, dict):
        try:
            value = CustomMetricAutoscalingConfig.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        else:
            if is_known(value):
                return value
    return data


def _build_autoscaling(value: Any) -> Any:
    return _read_autoscaling(value)


def _build_created_at(value: Any) -> Any:
    return _isoparse(value)


def _build_environment_variables(value: Any) -> Any:
    return [None if x0 is None else EnvironmentVariable.from_dict(x0) for x0 in value]


def _build_gpu_type(value: Any) -> Any:
    return DeploymentResponseItemGpuType(value)


def _build_replica_events(value: Any) -> Any:
    return DeploymentResponseItemReplicaEvents.from_dict(value)


def _build_status(value: Any) -> Any:
    return DeploymentStatus(value)


def _build_updated_at(value: Any) -> Any:
    return _isoparse(value)


def _build_volumes(value: Any) -> Any:
    return [None if x0 is None else VolumeMount.from_dict(x0) for x0 in value]


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "args": ("args", None, None),
    "autoscaling": ("autoscaling", _build_autoscaling, None),
    "command": ("command", None, None),
    "cpu": ("cpu", None, None),
    "created_at": ("created_at", _build_created_at, None),
    "description": ("description", None, None),
    "desired_replicas": ("desired_replicas", None, None),
    "environment_variables": (
        "environment_variables",
        _build_environment_variables,
        None,
    ),
    "gpu_count": ("gpu_count", None, None),
    "gpu_type": ("gpu_type", _build_gpu_type, None),
    "health_check_path": ("health_check_path", None, None),
    "id": ("id", None, None),
    "image": ("image", None, None),
    "max_replicas": ("max_replicas", None, None),
    "memory": ("memory", None, None),
    "min_replicas": ("min_replicas", None, None),
    "name": ("name", None, None),
    "object": ("object", None, None),
    "port": ("port", None, None),
    "ready_replicas": ("ready_replicas", None, None),
    "replica_events": ("replica_events", _build_replica_events, None),
    "status": ("status", _build_status, None),
    "storage": ("storage", None, None),
    "updated_at": ("updated_at", _build_updated_at, None),
    "volumes": ("volumes", _build_volumes, None),
}
DeploymentResponseItem._lazy = _LAZY


# The models this one refers to, imported after the class exists (cycles between models resolve).
from dateutil.parser import isoparse as _isoparse

from ..models.custom_metric_autoscaling_config import CustomMetricAutoscalingConfig
from ..models.deployment_response_item_replica_events import (
    DeploymentResponseItemReplicaEvents,
)
from ..models.environment_variable import EnvironmentVariable
from ..models.http_autoscaling_config import HTTPAutoscalingConfig
from ..models.queue_autoscaling_config import QueueAutoscalingConfig
from ..models.volume_mount import VolumeMount
