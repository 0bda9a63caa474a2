from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class HardwareWithStatus(Model):
    """Hardware configuration details with optional availability status

    Attributes:
        object (Literal['hardware']): The object type, which is always `hardware`.
        id (str): Unique identifier for the hardware configuration
        pricing (EndpointPricing): Pricing details for using an endpoint
        specs (HardwareSpec): Detailed specifications of a hardware configuration
        updated_at (datetime.datetime): Timestamp of when the hardware status was last updated
        availability (HardwareAvailability | None): Indicates the current availability status of a hardware
            configuration
    """

    object: Literal["hardware"]
    id: str
    pricing: EndpointPricing
    specs: HardwareSpec
    updated_at: datetime.datetime
    availability: HardwareAvailability | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("object", "object"),
        ("id", "id"),
        ("pricing", "pricing"),
        ("specs", "specs"),
        ("updated_at", "updated_at"),
        ("availability", "availability"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_object_ = src_dict["object"]
        v_id = src_dict["id"]
        v_pricing = src_dict["pricing"]
        if v_pricing is not None:
            v_pricing = EndpointPricing.from_dict(v_pricing)
        v_specs = src_dict["specs"]
        if v_specs is not None:
            v_specs = HardwareSpec.from_dict(v_specs)
        v_updated_at = src_dict["updated_at"]
        if v_updated_at is not None:
            v_updated_at = _isoparse(v_updated_at)
        v_availability = _get("availability")
        if v_availability is not None:
            v_availability = HardwareAvailability.from_dict(v_availability)
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_object_,
            v_id,
            v_pricing,
            v_specs,
            v_updated_at,
            v_availability,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from dateutil.parser import isoparse as _isoparse

from ..models.endpoint_pricing import EndpointPricing
from ..models.hardware_availability import HardwareAvailability
from ..models.hardware_spec import HardwareSpec
