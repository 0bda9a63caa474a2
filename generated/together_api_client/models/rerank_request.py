from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model, is_known

_new = object.__new__


from ..models.rerank_request_model_type_0 import RerankRequestModelType0


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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is read from a JSON object, not {type(src_dict).__name__}"
            )
        # The required fields must be there (a missing one fails here, at read time); every
        # field is read when first asked for (see types.Model.__getattr__).
        src_dict["model"]
        src_dict["query"]
        src_dict["documents"]
        self = _new(cls)
        self._wire = src_dict
        return self


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


def _build_model(value: Any) -> Any:
    return _read_model(value)


def _build_documents(value: Any) -> Any:
    return [None if x0 is None else _read_documents_item(x0) for x0 in value]


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "model": ("model", _build_model, None),
    "query": ("query", None, None),
    "documents": ("documents", _build_documents, None),
    "top_n": ("top_n", None, None),
    "return_documents": ("return_documents", None, None),
    "rank_fields": ("rank_fields", None, None),
}
RerankRequest._lazy = _LAZY


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.rerank_request_documents_item_type_1 import (
    RerankRequestDocumentsItemType1,
)
