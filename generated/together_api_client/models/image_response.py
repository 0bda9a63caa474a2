from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_response_object import ImageResponseObject
from ..types import Model


@_attrs_define
class ImageResponse(Model):
    """
    Attributes:
        data (list[ImageResponseDataItem]):
        id (str | None):
        model (str | None):
        object (ImageResponseObject | None):
    """

    data: list[ImageResponseDataItem]
    id: str | None = None
    model: str | None = None
    object: ImageResponseObject | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("data", "data"),
        ("id", "id"),
        ("model", "model"),
        ("object", "object"),
    )
    _keys: ClassVar[frozenset[str]] = frozenset(key for _, key in _fields)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        data = src_dict["data"]
        if data is not None:
            data = [
                None if x0 is None else ImageResponseDataItem.from_dict(x0)
                for x0 in data
            ]
        id = _get("id")
        model = _get("model")
        object_ = _get("object")
        if object_ is not None:
            object_ = ImageResponseObject(object_)
        # Positional, in the order the fields are declared: cheaper than keywords.
        return cls(
            data,
            id,
            model,
            object_,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.image_response_data_item import ImageResponseDataItem
