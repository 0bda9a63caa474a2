from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

_new = object.__new__

from typing import Literal

from ..models.model_info_type import ModelInfoType


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class ModelInfo(Model):
    """
    Attributes:
        id (str):
        object (Literal['model'] | None): The object type, which is always `model`.
        created (int | None):
        type (ModelInfoType | None):
        display_name (str | None):
        organization (str | None):
        link (str | None):
        license (str | None):
        context_length (int | None):
        pricing (Pricing | None):
    """

    id: str
    object: Literal["model"] | None = None
    created: int | None = None
    type: ModelInfoType | None = None
    display_name: str | None = None
    organization: str | None = None
    link: str | None = None
    license: str | None = None
    context_length: int | None = None
    pricing: Pricing | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("object", "object"),
        ("created", "created"),
        ("type", "type"),
        ("display_name", "display_name"),
        ("organization", "organization"),
        ("link", "link"),
        ("license", "license"),
        ("context_length", "context_length"),
        ("pricing", "pricing"),
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
        src_dict["id"]
        self = _new(cls)
        self._wire = src_dict
        return self


def _build_type_(value: Any) -> Any:
    return ModelInfoType(value)


def _build_pricing(value: Any) -> Any:
    return Pricing.from_dict(value)


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "id": ("id", None, None),
    "object": ("object", None, None),
    "created": ("created", None, None),
    "type": ("type", _build_type_, None),
    "display_name": ("display_name", None, None),
    "organization": ("organization", None, None),
    "link": ("link", None, None),
    "license": ("license", None, None),
    "context_length": ("context_length", None, None),
    "pricing": ("pricing", _build_pricing, None),
}
ModelInfo._lazy = _LAZY


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.pricing import Pricing
