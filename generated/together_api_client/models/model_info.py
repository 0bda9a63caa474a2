from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_info_type import ModelInfoType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelInfo")


@_attrs_define
class ModelInfo:
    """
    Attributes:
        id (str):  Example: Austism/chronos-hermes-13b.
        context_length (int | Unset):  Example: 2048.
        created (int | Unset):  Example: 1692896905.
        display_name (str | Unset):  Example: Chronos Hermes (13B).
        license_ (str | Unset):  Example: other.
        link (str | Unset):
        object_ (str | Unset):  Example: model.
        organization (str | Unset):  Example: Austism.
        pricing (Pricing | Unset):
        type_ (ModelInfoType | Unset):  Example: chat.
    """

    id: str
    context_length: int | Unset = UNSET
    created: int | Unset = UNSET
    display_name: str | Unset = UNSET
    license_: str | Unset = UNSET
    link: str | Unset = UNSET
    object_: str | Unset = UNSET
    organization: str | Unset = UNSET
    pricing: Pricing | Unset = UNSET
    type_: ModelInfoType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        context_length = self.context_length

        created = self.created

        display_name = self.display_name

        license_ = self.license_

        link = self.link

        object_ = self.object_

        organization = self.organization

        pricing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pricing, Unset):
            pricing = self.pricing.to_dict()

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        if context_length is not UNSET:
            field_dict["context_length"] = context_length
        if created is not UNSET:
            field_dict["created"] = created
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if license_ is not UNSET:
            field_dict["license"] = license_
        if link is not UNSET:
            field_dict["link"] = link
        if object_ is not UNSET:
            field_dict["object"] = object_
        if organization is not UNSET:
            field_dict["organization"] = organization
        if pricing is not UNSET:
            field_dict["pricing"] = pricing
        if type_ is not UNSET:
            field_dict["type"] = type_
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        context_length = d.pop("context_length", UNSET)

        created = d.pop("created", UNSET)

        display_name = d.pop("display_name", UNSET)

        license_ = d.pop("license", UNSET)

        link = d.pop("link", UNSET)

        object_ = d.pop("object", UNSET)

        organization = d.pop("organization", UNSET)

        _pricing = d.pop("pricing", UNSET)
        pricing: Pricing | Unset
        if isinstance(_pricing, Unset):
            pricing = UNSET
        else:
            pricing = Pricing.from_dict(_pricing)

        _type_ = d.pop("type", UNSET)
        type_: ModelInfoType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ModelInfoType(_type_)

        obj = cls(
            id=id,
            context_length=context_length,
            created=created,
            display_name=display_name,
            license_=license_,
            link=link,
            object_=object_,
            organization=organization,
            pricing=pricing,
            type_=type_,
        )
        obj.additional_properties = d
        return obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.pricing import Pricing
