from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class RerankResponseResultsItem(Model):
    """
    Attributes:
        index (int):
        relevance_score (float):
        document (RerankResponseResultsItemDocument):
    """

    index: int
    relevance_score: float
    document: RerankResponseResultsItemDocument
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("index", "index"),
        ("relevance_score", "relevance_score"),
        ("document", "document"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        v_index = src_dict["index"]
        v_relevance_score = src_dict["relevance_score"]
        v_document = src_dict["document"]
        if v_document is not None:
            v_document = RerankResponseResultsItemDocument.from_dict(v_document)
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_index,
            v_relevance_score,
            v_document,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.rerank_response_results_item_document import (
    RerankResponseResultsItemDocument,
)
