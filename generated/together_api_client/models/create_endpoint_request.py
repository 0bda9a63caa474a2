from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

_new = object.__new__


from ..models.create_endpoint_request_state import CreateEndpointRequestState


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class CreateEndpointRequest(Model):
    """
    Attributes:
        model (str): The model to deploy on this endpoint
        hardware (str): The hardware configuration to use for this endpoint
        autoscaling (Autoscaling): Configuration for automatic scaling of replicas based on demand.
        display_name (str | None): A human-readable name for the endpoint
        disable_prompt_cache (bool | None): This parameter is deprecated and no longer has any effect.
        disable_speculative_decoding (bool | None): Whether to disable speculative decoding for this endpoint
        state (CreateEndpointRequestState | None): The desired state of the endpoint
        inactive_timeout (int | None): The number of minutes of inactivity after which the endpoint will be
            automatically stopped. Set to null, omit or set to 0 to disable automatic timeout.
        availability_zone (str | None): Create the endpoint in a specified availability zone (e.g., us-central-4b)
    """

    model: str
    hardware: str
    autoscaling: Autoscaling
    display_name: str | None = None
    disable_prompt_cache: bool | None = None
    disable_speculative_decoding: bool | None = None
    state: CreateEndpointRequestState | None = None
    inactive_timeout: int | None = None
    availability_zone: str | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("model", "model"),
        ("hardware", "hardware"),
        ("autoscaling", "autoscaling"),
        ("display_name", "display_name"),
        ("disable_prompt_cache", "disable_prompt_cache"),
        ("disable_speculative_decoding", "disable_speculative_decoding"),
        ("state", "state"),
        ("inactive_timeout", "inactive_timeout"),
        ("availability_zone", "availability_zone"),
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
        src_dict["model"]
        src_dict["hardware"]
        src_dict["autoscaling"]
        self = _new(cls)
        self._wire = src_dict
        return self


def _build_autoscaling(value: Any) -> Any:
    return Autoscaling.from_dict(value)


def _build_state(value: Any) -> Any:
    return CreateEndpointRequestState(value)


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "model": ("model", None, None),
    "hardware": ("hardware", None, None),
    "autoscaling": ("autoscaling", _build_autoscaling, None),
    "display_name": ("display_name", None, None),
    "disable_prompt_cache": ("disable_prompt_cache", None, None),
    "disable_speculative_decoding": ("disable_speculative_decoding", None, None),
    "state": ("state", _build_state, None),
    "inactive_timeout": ("inactive_timeout", None, None),
    "availability_zone": ("availability_zone", None, None),
}
CreateEndpointRequest._lazy = _LAZY


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.autoscaling import Autoscaling
