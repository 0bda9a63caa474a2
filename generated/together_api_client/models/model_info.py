from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_info_type import ModelInfoType
from ..types import Model


@_attrs_define
class ModelInfo(Model):
    """
    Attributes:
        id (str):
        context_length (int | None):
        created (int | None):
        display_name (str | None):
        license (str | None):
        link (str | None):
        object (str | None):
        organization (str | None):
        pricing (Pricing | None):
        type (ModelInfoType | None):
    """

    id: str
    context_length: int | None = None
    created: int | None = None
    display_name: str | None = None
    license: str | None = None
    link: str | None = None
    object: str | None = None
    organization: str | None = None
    pricing: Pricing | None = None
    type: ModelInfoType | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("context_length", "context_length"),
        ("created", "created"),
        ("display_name", "display_name"),
        ("license", "license"),
        ("link", "link"),
        ("object", "object"),
        ("organization", "organization"),
        ("pricing", "pricing"),
        ("type", "type"),
    )
    _keys: ClassVar[frozenset[str]] = frozenset(key for _, key in _fields)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        id = src_dict["id"]
        context_length = _get("context_length")
        created = _get("created")
        display_name = _get("display_name")
        license_ = _get("license")
        link = _get("link")
        object_ = _get("object")
        organization = _get("organization")
        pricing = _get("pricing")
        if pricing is not None:
            pricing = Pricing.from_dict(pricing)
        type_ = _get("type")
        if type_ is not None:
            type_ = ModelInfoType(type_)
        # Positional, in the order the fields are declared: cheaper than keywords.
        return cls(
            id,
            context_length,
            created,
            display_name,
            license_,
            link,
            object_,
            organization,
            pricing,
            type_,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.pricing import Pricing
