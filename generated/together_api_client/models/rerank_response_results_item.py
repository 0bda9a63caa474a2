from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


@_attrs_define
class RerankResponseResultsItem(Model):
    """
    Attributes:
        document (RerankResponseResultsItemDocument):
        index (int):
        relevance_score (float):
    """

    document: RerankResponseResultsItemDocument
    index: int
    relevance_score: float
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("document", "document"),
        ("index", "index"),
        ("relevance_score", "relevance_score"),
    )
    _keys: ClassVar[frozenset[str]] = frozenset(key for _, key in _fields)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        document = src_dict["document"]
        if document is not None:
            document = RerankResponseResultsItemDocument.from_dict(document)
        index = src_dict["index"]
        relevance_score = src_dict["relevance_score"]
        # Positional, in the order the fields are declared: cheaper than keywords.
        return cls(
            document,
            index,
            relevance_score,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.rerank_response_results_item_document import (
    RerankResponseResultsItemDocument,
)
