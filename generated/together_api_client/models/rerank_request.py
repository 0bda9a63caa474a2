from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RerankRequest")


@_attrs_define
class RerankRequest:
    """
    Attributes:
        documents (list[RerankRequestDocumentsItemType1 | str]): List of documents, which can be either strings or
            objects.
        model (str): The model to be used for the rerank request. Example: Salesforce/Llama-Rank-V1.
        query (str): The search query to be used for ranking. Example: What animals can I find near Peru?.
        rank_fields (list[str] | Unset): List of keys in the JSON Object document to rank by. Defaults to use all
            supplied keys for ranking. Example: ['title', 'text'].
        return_documents (bool | Unset): Whether to return supplied documents with the response. Example: True.
        top_n (int | Unset): The number of top results to return. Example: 2.
    """

    documents: list[RerankRequestDocumentsItemType1 | str]
    model: str
    query: str
    rank_fields: list[str] | Unset = UNSET
    return_documents: bool | Unset = UNSET
    top_n: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        documents = []
        for documents_item_data in self.documents:
            documents_item: dict[str, Any] | str
            if isinstance(documents_item_data, RerankRequestDocumentsItemType1):
                documents_item = documents_item_data.to_dict()
            else:
                documents_item = documents_item_data

            documents.append(documents_item)

        model = self.model

        query = self.query

        rank_fields: list[str] | Unset = UNSET
        if not isinstance(self.rank_fields, Unset):
            rank_fields = self.rank_fields

        return_documents = self.return_documents

        top_n = self.top_n

        field_dict: dict[str, Any] = {}
        field_dict["documents"] = documents
        field_dict["model"] = model
        field_dict["query"] = query
        if rank_fields is not UNSET:
            field_dict["rank_fields"] = rank_fields
        if return_documents is not UNSET:
            field_dict["return_documents"] = return_documents
        if top_n is not UNSET:
            field_dict["top_n"] = top_n
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        documents = []
        _documents = d.pop("documents")
        for documents_item_data in _documents:
            _documents_item = documents_item_data
            documents_item: RerankRequestDocumentsItemType1 | str
            try:
                if not isinstance(_documents_item, dict):
                    raise TypeError()
                documents_item_type_1 = RerankRequestDocumentsItemType1.from_dict(
                    _documents_item
                )

                documents_item = documents_item_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                documents_item = _documents_item

            documents.append(documents_item)

        model = d.pop("model")

        query = d.pop("query")

        rank_fields = cast(list[str], d.pop("rank_fields", UNSET))

        return_documents = d.pop("return_documents", UNSET)

        top_n = d.pop("top_n", UNSET)

        obj = cls(
            documents=documents,
            model=model,
            query=query,
            rank_fields=rank_fields,
            return_documents=return_documents,
            top_n=top_n,
        )
        return obj


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.rerank_request_documents_item_type_1 import (
    RerankRequestDocumentsItemType1,
)
