from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_endpoint_request_state import CreateEndpointRequestState
from ..types import Model


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
        _get = src_dict.get
        v_model = src_dict["model"]
        v_hardware = src_dict["hardware"]
        v_autoscaling = src_dict["autoscaling"]
        if v_autoscaling is not None:
            v_autoscaling = Autoscaling.from_dict(v_autoscaling)
        v_display_name = _get("display_name")
        v_disable_prompt_cache = _get("disable_prompt_cache")
        v_disable_speculative_decoding = _get("disable_speculative_decoding")
        v_state = _get("state")
        if v_state is not None:
            v_state = CreateEndpointRequestState(v_state)
        v_inactive_timeout = _get("inactive_timeout")
        v_availability_zone = _get("availability_zone")
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_model,
            v_hardware,
            v_autoscaling,
            v_display_name,
            v_disable_prompt_cache,
            v_disable_speculative_decoding,
            v_state,
            v_inactive_timeout,
            v_availability_zone,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.autoscaling import Autoscaling
