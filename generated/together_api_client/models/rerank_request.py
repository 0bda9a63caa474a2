from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rerank_request_model_type_0 import RerankRequestModelType0
from ..types import Model, is_known


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class RerankRequest(Model):
    """
    Attributes:
        model (RerankRequestModelType0 | str): The model to be used for the rerank request.<br> <br> [See all of
            Together AI's rerank models](https://docs.together.ai/docs/serverless-models#rerank-models)
        query (str): The search query to be used for ranking.
        documents (list[RerankRequestDocumentsItemType1 | str]): List of documents, which can be either strings or
            objects.
        top_n (int | None): The number of top results to return.
        return_documents (bool | None): Whether to return supplied documents with the response.
        rank_fields (list[str] | None): List of keys in the JSON Object document to rank by. Defaults to use all
            supplied keys for ranking.
    """

    model: RerankRequestModelType0 | str
    query: str
    documents: list[RerankRequestDocumentsItemType1 | str]
    top_n: int | None = None
    return_documents: bool | None = None
    rank_fields: list[str] | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("model", "model"),
        ("query", "query"),
        ("documents", "documents"),
        ("top_n", "top_n"),
        ("return_documents", "return_documents"),
        ("rank_fields", "rank_fields"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_model = src_dict["model"]
        if v_model is not None:
            v_model = _read_model(v_model)
        v_query = src_dict["query"]
        v_documents = src_dict["documents"]
        if v_documents is not None:
            v_documents = [
                None if x0 is None else _read_documents_item(x0) for x0 in v_documents
            ]
        v_top_n = _get("top_n")
        v_return_documents = _get("return_documents")
        v_rank_fields = _get("rank_fields")
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_model,
            v_query,
            v_documents,
            v_top_n,
            v_return_documents,
            v_rank_fields,
            src_dict,
        )


def _read_model(data: Any) -> Any:
    """The first type that reads ``data`` with enum values it knows (so models are told apart
    by their discriminating enum); else ``data`` as it came."""
    value: Any
    if not isinstance(data, dict | list):  # an enum: a scalar
        try:
            value = RerankRequestModelType0(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        else:
            if is_known(value):
                return value
    return data


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
