from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageResponseDataItem")


@_attrs_define
class ImageResponseDataItem:
    """
    Attributes:
        b64_json (str | Unset):
        index (int | Unset):
        url (str | Unset): Where to fetch the image, when the response format is url.
    """

    b64_json: str | Unset = UNSET
    index: int | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        b64_json = self.b64_json

        index = self.index

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if b64_json is not UNSET:
            field_dict["b64_json"] = b64_json
        if index is not UNSET:
            field_dict["index"] = index
        if url is not UNSET:
            field_dict["url"] = url
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        b64_json = d.pop("b64_json", UNSET)

        index = d.pop("index", UNSET)

        url = d.pop("url", UNSET)

        obj = cls(
            b64_json=b64_json,
            index=index,
            url=url,
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
