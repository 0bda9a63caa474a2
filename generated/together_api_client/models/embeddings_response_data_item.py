from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.embeddings_response_data_item_object import (
    EmbeddingsResponseDataItemObject,
)

T = TypeVar("T", bound="EmbeddingsResponseDataItem")


@_attrs_define
class EmbeddingsResponseDataItem:
    """
    Attributes:
        embedding (list[float]):
        index (int):
        object_ (EmbeddingsResponseDataItemObject):
    """

    embedding: list[float]
    index: int
    object_: EmbeddingsResponseDataItemObject
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        embedding = self.embedding

        index = self.index

        object_ = self.object_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["embedding"] = embedding
        field_dict["index"] = index
        field_dict["object"] = object_
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        embedding = cast(list[float], d.pop("embedding"))

        index = d.pop("index")

        object_ = EmbeddingsResponseDataItemObject(d.pop("object"))

        obj = cls(
            embedding=embedding,
            index=index,
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
