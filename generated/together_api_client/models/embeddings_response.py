from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.embeddings_response_object import EmbeddingsResponseObject
from ..types import Model


@_attrs_define
class EmbeddingsResponse(Model):
    """
    Attributes:
        data (list[EmbeddingsResponseDataItem]):
        model (str):
        object (EmbeddingsResponseObject):
    """

    data: list[EmbeddingsResponseDataItem]
    model: str
    object: EmbeddingsResponseObject
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("data", "data"),
        ("model", "model"),
        ("object", "object"),
    )
    _keys: ClassVar[frozenset[str]] = frozenset(key for _, key in _fields)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        data = src_dict["data"]
        if data is not None:
            data = [
                None if x0 is None else EmbeddingsResponseDataItem.from_dict(x0)
                for x0 in data
            ]
        model = src_dict["model"]
        object_ = src_dict["object"]
        if object_ is not None:
            object_ = EmbeddingsResponseObject(object_)
        # Positional, in the order the fields are declared: cheaper than keywords.
        return cls(
            data,
            model,
            object_,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.embeddings_response_data_item import EmbeddingsResponseDataItem
