from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_info_type import ModelInfoType
from ..types import Model


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
        _get = src_dict.get
        v_id = src_dict["id"]
        v_object_ = _get("object")
        v_created = _get("created")
        v_type_ = _get("type")
        if v_type_ is not None:
            v_type_ = ModelInfoType(v_type_)
        v_display_name = _get("display_name")
        v_organization = _get("organization")
        v_link = _get("link")
        v_license_ = _get("license")
        v_context_length = _get("context_length")
        v_pricing = _get("pricing")
        if v_pricing is not None:
            v_pricing = Pricing.from_dict(v_pricing)
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_id,
            v_object_,
            v_created,
            v_type_,
            v_display_name,
            v_organization,
            v_link,
            v_license_,
            v_context_length,
            v_pricing,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.pricing import Pricing
