from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model, is_known

_new = object.__new__


from ..models.create_deployment_request_gpu_type import CreateDeploymentRequestGpuType


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class CreateDeploymentRequest(Model):
    """
    Attributes:
        gpu_type (CreateDeploymentRequestGpuType): GPUType specifies the GPU hardware to use (e.g., "h100-80gb").
        image (str): Image is the container image to deploy from registry.together.ai.
        name (str): Name is the unique identifier for your deployment. Must contain only alphanumeric characters,
            underscores, or hyphens (1-100 characters)
        args (list[str] | None): Args overrides the container's CMD. Provide as an array of arguments (e.g., ["python",
            "app.py"])
        autoscaling (CustomMetricAutoscalingConfig | HTTPAutoscalingConfig | QueueAutoscalingConfig | None): Autoscaling
            configuration. Example: {"metric": "QueueBacklogPerWorker", "target": 1.01} to scale based on queue backlog.
            Omit or set to null to disable autoscaling
        command (list[str] | None): Command overrides the container's ENTRYPOINT. Provide as an array (e.g., ["/bin/sh",
            "-c"])
        cpu (float | None): CPU is the number of CPU cores to allocate per container instance (e.g., 0.1 = 100 milli
            cores)
        description (str | None): Description is an optional human-readable description of your deployment
        environment_variables (list[EnvironmentVariable] | None): EnvironmentVariables is a list of environment
            variables to set in the container. Each must have a name and either a value or value_from_secret
        gpu_count (int | None): GPUCount is the number of GPUs to allocate per container instance. Defaults to 0 if not
            specified
        health_check_path (str | None): HealthCheckPath is the HTTP path for health checks (e.g., "/health"). If set,
            the platform will check this endpoint to determine container health
        max_replicas (int | None): MaxReplicas is the maximum number of container instances that can be scaled up to. If
            not set, will be set to MinReplicas
        memory (float | None): Memory is the amount of RAM to allocate per container instance in GiB (e.g., 0.5 =
            512MiB)
        min_replicas (int | None): MinReplicas is the minimum number of container instances to run. Defaults to 1 if not
            specified
        port (int | None): Port is the container port your application listens on (e.g., 8080 for web servers). Required
            if your application serves traffic
        storage (int | None): Storage is the amount of ephemeral disk storage to allocate per container instance (e.g.,
            10 = 10GiB)
        termination_grace_period_seconds (int | None): TerminationGracePeriodSeconds is the time in seconds to wait for
            graceful shutdown before forcefully terminating the replica
        volumes (list[VolumeMount] | None): Volumes is a list of volume mounts to attach to the container. Each mount
            must reference an existing volume by name
    """

    gpu_type: CreateDeploymentRequestGpuType
    image: str
    name: str
    args: list[str] | None = None
    autoscaling: (
        CustomMetricAutoscalingConfig
        | HTTPAutoscalingConfig
        | QueueAutoscalingConfig
        | None
    ) = None
    command: list[str] | None = None
    cpu: float | None = None
    description: str | None = None
    environment_variables: list[EnvironmentVariable] | None = None
    gpu_count: int | None = None
    health_check_path: str | None = None
    max_replicas: int | None = None
    memory: float | None = None
    min_replicas: int | None = None
    port: int | None = None
    storage: int | None = None
    termination_grace_period_seconds: int | None = None
    volumes: list[VolumeMount] | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("gpu_type", "gpu_type"),
        ("image", "image"),
        ("name", "name"),
        ("args", "args"),
        ("autoscaling", "autoscaling"),
        ("command", "command"),
        ("cpu", "cpu"),
        ("description", "description"),
        ("environment_variables", "environment_variables"),
        ("gpu_count", "gpu_count"),
        ("health_check_path", "health_check_path"),
        ("max_replicas", "max_replicas"),
        ("memory", "memory"),
        ("min_replicas", "min_replicas"),
        ("port", "port"),
        ("storage", "storage"),
        ("termination_grace_period_seconds", "termination_grace_period_seconds"),
        ("volumes", "volumes"),
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
        src_dict["gpu_type"]
        src_dict["image"]
        src_dict["name"]
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


def _build_gpu_type(value: Any) -> Any:
    return CreateDeploymentRequestGpuType(value)


def _build_autoscaling(value: Any) -> Any:
    return _read_autoscaling(value)


def _build_environment_variables(value: Any) -> Any:
    return [None if x0 is None else EnvironmentVariable.from_dict(x0) for x0 in value]


def _build_volumes(value: Any) -> Any:
    return [None if x0 is None else VolumeMount.from_dict(x0) for x0 in value]


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "gpu_type": ("gpu_type", _build_gpu_type, None),
    "image": ("image", None, None),
    "name": ("name", None, None),
    "args": ("args", None, None),
    "autoscaling": ("autoscaling", _build_autoscaling, None),
    "command": ("command", None, None),
    "cpu": ("cpu", None, None),
    "description": ("description", None, None),
    "environment_variables": (
        "environment_variables",
        _build_environment_variables,
        None,
    ),
    "gpu_count": ("gpu_count", None, None),
    "health_check_path": ("health_check_path", None, None),
    "max_replicas": ("max_replicas", None, None),
    "memory": ("memory", None, None),
    "min_replicas": ("min_replicas", None, None),
    "port": ("port", None, None),
    "storage": ("storage", None, None),
    "termination_grace_period_seconds": (
        "termination_grace_period_seconds",
        None,
        None,
    ),
    "volumes": ("volumes", _build_volumes, None),
}
CreateDeploymentRequest._lazy = _LAZY


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.custom_metric_autoscaling_config import CustomMetricAutoscalingConfig
from ..models.environment_variable import EnvironmentVariable
from ..models.http_autoscaling_config import HTTPAutoscalingConfig
from ..models.queue_autoscaling_config import QueueAutoscalingConfig
from ..models.volume_mount import VolumeMount
