from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RerankResponseResultsItem")


@_attrs_define
class RerankResponseResultsItem:
    """
    Attributes:
        document (RerankResponseResultsItemDocument):
        index (int):
        relevance_score (float):
    """

    document: RerankResponseResultsItemDocument
    index: int
    relevance_score: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document = self.document.to_dict()

        index = self.index

        relevance_score = self.relevance_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["document"] = document
        field_dict["index"] = index
        field_dict["relevance_score"] = relevance_score
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        document = RerankResponseResultsItemDocument.from_dict(d.pop("document"))

        index = d.pop("index")

        relevance_score = d.pop("relevance_score")

        obj = cls(
            document=document,
            index=index,
            relevance_score=relevance_score,
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
from ..models.rerank_response_results_item_document import (
    RerankResponseResultsItemDocument,
)
