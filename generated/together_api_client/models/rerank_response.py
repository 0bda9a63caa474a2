from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class RerankResponse(Model):
    """
    Attributes:
        object (Literal['rerank']): The object type, which is always `rerank`.
        model (str): The model to be used for the rerank request.
        results (list[RerankResponseResultsItem]):
        id (str | None): Request ID
        usage (UsageData | None):
    """

    object: Literal["rerank"]
    model: str
    results: list[RerankResponseResultsItem]
    id: str | None = None
    usage: UsageData | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("object", "object"),
        ("model", "model"),
        ("results", "results"),
        ("id", "id"),
        ("usage", "usage"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_object_ = src_dict["object"]
        v_model = src_dict["model"]
        v_results = src_dict["results"]
        if v_results is not None:
            v_results = [
                None if x0 is None else RerankResponseResultsItem.from_dict(x0)
                for x0 in v_results
            ]
        v_id = _get("id")
        v_usage = _get("usage")
        if v_usage is not None:
            v_usage = UsageData.from_dict(v_usage)
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_object_,
            v_model,
            v_results,
            v_id,
            v_usage,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.rerank_response_results_item import RerankResponseResultsItem
from ..models.usage_data import UsageData
