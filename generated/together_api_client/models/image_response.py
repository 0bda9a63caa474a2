from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_response_object import ImageResponseObject
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageResponse")


@_attrs_define
class ImageResponse:
    """
    Attributes:
        data (list[ImageResponseDataItem]):
        id (str | Unset):
        model (str | Unset):
        object_ (ImageResponseObject | Unset):  Example: list.
    """

    data: list[ImageResponseDataItem]
    id: str | Unset = UNSET
    model: str | Unset = UNSET
    object_: ImageResponseObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        id = self.id

        model = self.model

        object_: str | Unset = UNSET
        if not isinstance(self.object_, Unset):
            object_ = self.object_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["data"] = data
        if id is not UNSET:
            field_dict["id"] = id
        if model is not UNSET:
            field_dict["model"] = model
        if object_ is not UNSET:
            field_dict["object"] = object_
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = ImageResponseDataItem.from_dict(data_item_data)

            data.append(data_item)

        id = d.pop("id", UNSET)

        model = d.pop("model", UNSET)

        _object_ = d.pop("object", UNSET)
        object_: ImageResponseObject | Unset
        if isinstance(_object_, Unset):
            object_ = UNSET
        else:
            object_ = ImageResponseObject(_object_)

        obj = cls(
            data=data,
            id=id,
            model=model,
            object_=object_,
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
from ..models.image_response_data_item import ImageResponseDataItem
