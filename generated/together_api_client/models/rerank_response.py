from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rerank_response_object import RerankResponseObject
from ..types import Model


@_attrs_define
class RerankResponse(Model):
    """
    Attributes:
        model (str): The model to be used for the rerank request.
        object (RerankResponseObject): Object type
        results (list[RerankResponseResultsItem]):
        id (str | None): Request ID
        usage (UsageData | None):
    """

    model: str
    object: RerankResponseObject
    results: list[RerankResponseResultsItem]
    id: str | None = None
    usage: UsageData | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("model", "model"),
        ("object", "object"),
        ("results", "results"),
        ("id", "id"),
        ("usage", "usage"),
    )
    _keys: ClassVar[frozenset[str]] = frozenset(key for _, key in _fields)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        model = src_dict["model"]
        object_ = src_dict["object"]
        if object_ is not None:
            object_ = RerankResponseObject(object_)
        results = src_dict["results"]
        if results is not None:
            results = [
                None if x0 is None else RerankResponseResultsItem.from_dict(x0)
                for x0 in results
            ]
        id = _get("id")
        usage = _get("usage")
        if usage is not None:
            usage = UsageData.from_dict(usage)
        # Positional, in the order the fields are declared: cheaper than keywords.
        return cls(
            model,
            object_,
            results,
            id,
            usage,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.rerank_response_results_item import RerankResponseResultsItem
from ..models.usage_data import UsageData
