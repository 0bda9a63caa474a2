from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.embeddings_response_data_item_object import (
    EmbeddingsResponseDataItemObject,
)
from ..types import Model


@_attrs_define
class EmbeddingsResponseDataItem(Model):
    """
    Attributes:
        embedding (list[float]):
        index (int):
        object (EmbeddingsResponseDataItemObject):
    """

    embedding: list[float]
    index: int
    object: EmbeddingsResponseDataItemObject
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("embedding", "embedding"),
        ("index", "index"),
        ("object", "object"),
    )
    _keys: ClassVar[frozenset[str]] = frozenset(key for _, key in _fields)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        embedding = src_dict["embedding"]
        index = src_dict["index"]
        object_ = src_dict["object"]
        if object_ is not None:
            object_ = EmbeddingsResponseDataItemObject(object_)
        # Positional, in the order the fields are declared: cheaper than keywords.
        return cls(
            embedding,
            index,
            object_,
            src_dict,
        )
