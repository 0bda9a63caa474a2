from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

_new = object.__new__

import datetime
from typing import Literal


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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is read from a JSON object, not {type(src_dict).__name__}"
            )
        # The required fields must be there (a missing one fails here, at read time); every
        # field is read when first asked for (see types.Model.__getattr__).
        src_dict["object"]
        src_dict["id"]
        src_dict["pricing"]
        src_dict["specs"]
        src_dict["updated_at"]
        self = _new(cls)
        self._wire = src_dict
        return self


def _build_pricing(value: Any) -> Any:
    return EndpointPricing.from_dict(value)


def _build_specs(value: Any) -> Any:
    return HardwareSpec.from_dict(value)


def _build_updated_at(value: Any) -> Any:
    return _isoparse(value)


def _build_availability(value: Any) -> Any:
    return HardwareAvailability.from_dict(value)


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "object": ("object", None, None),
    "id": ("id", None, None),
    "pricing": ("pricing", _build_pricing, None),
    "specs": ("specs", _build_specs, None),
    "updated_at": ("updated_at", _build_updated_at, None),
    "availability": ("availability", _build_availability, None),
}
HardwareWithStatus._lazy = _LAZY


# The models this one refers to, imported after the class exists (cycles between models resolve).
from dateutil.parser import isoparse as _isoparse

from ..models.endpoint_pricing import EndpointPricing
from ..models.hardware_availability import HardwareAvailability
from ..models.hardware_spec import HardwareSpec
