from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.embeddings_response_data_item_object import (
    EmbeddingsResponseDataItemObject,
)
from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
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
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        v_embedding = src_dict["embedding"]
        v_index = src_dict["index"]
        v_object_ = src_dict["object"]
        if v_object_ is not None:
            v_object_ = EmbeddingsResponseDataItemObject(v_object_)
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_embedding,
            v_index,
            v_object_,
            src_dict,
        )
