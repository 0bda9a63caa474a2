from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_endpoint_body_state import UpdateEndpointBodyState
from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class UpdateEndpointBody(Model):
    """
    Attributes:
        display_name (str | None): A human-readable name for the endpoint
        state (UpdateEndpointBodyState | None): The desired state of the endpoint
        autoscaling (Autoscaling | None): Configuration for automatic scaling of replicas based on demand.
        inactive_timeout (int | None): The number of minutes of inactivity after which the endpoint will be
            automatically stopped. Set to 0 to disable automatic timeout.
    """

    display_name: str | None = None
    state: UpdateEndpointBodyState | None = None
    autoscaling: Autoscaling | None = None
    inactive_timeout: int | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("display_name", "display_name"),
        ("state", "state"),
        ("autoscaling", "autoscaling"),
        ("inactive_timeout", "inactive_timeout"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_display_name = _get("display_name")
        v_state = _get("state")
        if v_state is not None:
            v_state = UpdateEndpointBodyState(v_state)
        v_autoscaling = _get("autoscaling")
        if v_autoscaling is not None:
            v_autoscaling = Autoscaling.from_dict(v_autoscaling)
        v_inactive_timeout = _get("inactive_timeout")
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_display_name,
            v_state,
            v_autoscaling,
            v_inactive_timeout,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.autoscaling import Autoscaling
