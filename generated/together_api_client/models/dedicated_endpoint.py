from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

_new = object.__new__

import datetime
from typing import Literal

from ..models.dedicated_endpoint_state import DedicatedEndpointState
from ..models.dedicated_endpoint_type import DedicatedEndpointType


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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is read from a JSON object, not {type(src_dict).__name__}"
            )
        # The required fields must be there (a missing one fails here, at read time); every
        # field is read when first asked for (see types.Model.__getattr__).
        src_dict["object"]
        src_dict["id"]
        src_dict["name"]
        src_dict["display_name"]
        src_dict["model"]
        src_dict["hardware"]
        src_dict["type"]
        src_dict["owner"]
        src_dict["state"]
        src_dict["autoscaling"]
        src_dict["created_at"]
        self = _new(cls)
        self._wire = src_dict
        return self


def _build_type_(value: Any) -> Any:
    return DedicatedEndpointType(value)


def _build_state(value: Any) -> Any:
    return DedicatedEndpointState(value)


def _build_autoscaling(value: Any) -> Any:
    return Autoscaling.from_dict(value)


def _build_created_at(value: Any) -> Any:
    return _isoparse(value)


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "object": ("object", None, None),
    "id": ("id", None, None),
    "name": ("name", None, None),
    "display_name": ("display_name", None, None),
    "model": ("model", None, None),
    "hardware": ("hardware", None, None),
    "type": ("type", _build_type_, None),
    "owner": ("owner", None, None),
    "state": ("state", _build_state, None),
    "autoscaling": ("autoscaling", _build_autoscaling, None),
    "created_at": ("created_at", _build_created_at, None),
}
DedicatedEndpoint._lazy = _LAZY


# The models this one refers to, imported after the class exists (cycles between models resolve).
from dateutil.parser import isoparse as _isoparse

from ..models.autoscaling import Autoscaling
