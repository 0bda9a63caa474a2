from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rerank_response_object import RerankResponseObject
from ..types import UNSET, Unset

T = TypeVar("T", bound="RerankResponse")


@_attrs_define
class RerankResponse:
    """
    Attributes:
        model (str): The model to be used for the rerank request. Example: salesforce/turboranker-0.8-3778-6328.
        object_ (RerankResponseObject): Object type Example: rerank.
        results (list[RerankResponseResultsItem]):  Example: [{'document': {'text': '{"title":"Llama","text":"The llama
            is a domesticated South American camelid, widely used as a meat and pack animal by Andean cultures since the
            pre-Columbian era."}'}, 'index': 0, 'relevance_score': 0.29980177813003117}, {'document': {'text':
            '{"title":"Guanaco","text":"The guanaco is a camelid native to South America, closely related to the llama.
            Guanacos are one of two wild South American camelids; the other species is the vicuña, which lives at higher
            elevations."}'}, 'index': 2, 'relevance_score': 0.2752447527354349}].
        id (str | Unset): Request ID Example: 9dfa1a09-5ebc-4a40-970f-586cb8f4ae47.
        usage (UsageData | Unset):
    """

    model: str
    object_: RerankResponseObject
    results: list[RerankResponseResultsItem]
    id: str | Unset = UNSET
    usage: UsageData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        object_ = self.object_.value

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        id = self.id

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["model"] = model
        field_dict["object"] = object_
        field_dict["results"] = results
        if id is not UNSET:
            field_dict["id"] = id
        if usage is not UNSET:
            field_dict["usage"] = usage
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = d.pop("model")

        object_ = RerankResponseObject(d.pop("object"))

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = RerankResponseResultsItem.from_dict(results_item_data)

            results.append(results_item)

        id = d.pop("id", UNSET)

        _usage = d.pop("usage", UNSET)
        usage: UsageData | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = UsageData.from_dict(_usage)

        obj = cls(
            model=model,
            object_=object_,
            results=results,
            id=id,
            usage=usage,
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
from ..models.rerank_response_results_item import RerankResponseResultsItem
from ..models.usage_data import UsageData
