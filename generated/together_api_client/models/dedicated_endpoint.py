from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dedicated_endpoint_state import DedicatedEndpointState
from ..models.dedicated_endpoint_type import DedicatedEndpointType
from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class DedicatedEndpoint(Model):
    """Details about a dedicated endpoint deployment

    Attributes:
        object (Literal['endpoint']): The object type, which is always `endpoint`.
        id (str): Unique identifier for the endpoint
        name (str): System name for the endpoint
        display_name (str): Human-readable name for the endpoint
        model (str): The model deployed on this endpoint
        hardware (str): The hardware configuration used for this endpoint
        type (DedicatedEndpointType): The type of endpoint
        owner (str): The owner of this endpoint
        state (DedicatedEndpointState): Current state of the endpoint
        autoscaling (Autoscaling): Configuration for automatic scaling of replicas based on demand.
        created_at (datetime.datetime): Timestamp when the endpoint was created
    """

    object: Literal["endpoint"]
    id: str
    name: str
    display_name: str
    model: str
    hardware: str
    type: DedicatedEndpointType
    owner: str
    state: DedicatedEndpointState
    autoscaling: Autoscaling
    created_at: datetime.datetime
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("object", "object"),
        ("id", "id"),
        ("name", "name"),
        ("display_name", "display_name"),
        ("model", "model"),
        ("hardware", "hardware"),
        ("type", "type"),
        ("owner", "owner"),
        ("state", "state"),
        ("autoscaling", "autoscaling"),
        ("created_at", "created_at"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        v_object_ = src_dict["object"]
        v_id = src_dict["id"]
        v_name = src_dict["name"]
        v_display_name = src_dict["display_name"]
        v_model = src_dict["model"]
        v_hardware = src_dict["hardware"]
        v_type_ = src_dict["type"]
        if v_type_ is not None:
            v_type_ = DedicatedEndpointType(v_type_)
        v_owner = src_dict["owner"]
        v_state = src_dict["state"]
        if v_state is not None:
            v_state = DedicatedEndpointState(v_state)
        v_autoscaling = src_dict["autoscaling"]
        if v_autoscaling is not None:
            v_autoscaling = Autoscaling.from_dict(v_autoscaling)
        v_created_at = src_dict["created_at"]
        if v_created_at is not None:
            v_created_at = _isoparse(v_created_at)
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_object_,
            v_id,
            v_name,
            v_display_name,
            v_model,
            v_hardware,
            v_type_,
            v_owner,
            v_state,
            v_autoscaling,
            v_created_at,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from dateutil.parser import isoparse as _isoparse

from ..models.autoscaling import Autoscaling
