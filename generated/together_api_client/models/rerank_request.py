from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model, is_known


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class RerankRequest(Model):
    """
    Attributes:
        documents (list[RerankRequestDocumentsItemType1 | str]): List of documents, which can be either strings or
            objects.
        model (str): The model to be used for the rerank request.
        query (str): The search query to be used for ranking.
        rank_fields (list[str] | None): List of keys in the JSON Object document to rank by. Defaults to use all
            supplied keys for ranking.
        return_documents (bool | None): Whether to return supplied documents with the response.
        top_n (int | None): The number of top results to return.
    """

    documents: list[RerankRequestDocumentsItemType1 | str]
    model: str
    query: str
    rank_fields: list[str] | None = None
    return_documents: bool | None = None
    top_n: int | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("documents", "documents"),
        ("model", "model"),
        ("query", "query"),
        ("rank_fields", "rank_fields"),
        ("return_documents", "return_documents"),
        ("top_n", "top_n"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_documents = src_dict["documents"]
        if v_documents is not None:
            v_documents = [
                None if x0 is None else _read_documents_item(x0) for x0 in v_documents
            ]
        v_model = src_dict["model"]
        v_query = src_dict["query"]
        v_rank_fields = _get("rank_fields")
        v_return_documents = _get("return_documents")
        v_top_n = _get("top_n")
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_documents,
            v_model,
            v_query,
            v_rank_fields,
            v_return_documents,
            v_top_n,
            src_dict,
        )


def _read_documents_item(data: Any) -> Any:
    """The first type that reads ``data`` with enum values it knows (so models are told apart
    by their discriminating enum); else ``data`` as it came."""
    value: Any
    if isinstance(data, dict):
        try:
            value = RerankRequestDocumentsItemType1.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        else:
            if is_known(value):
                return value
    return data


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.rerank_request_documents_item_type_1 import (
    RerankRequestDocumentsItemType1,
)
