from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class ImageResponse(Model):
    """
    Attributes:
        data (list[ImageResponseImageData]):
        id (str | None):
        model (str | None):
        object (Literal['list'] | None): The object type, which is always `list`.
    """

    data: list[ImageResponseImageData]
    id: str | None = None
    model: str | None = None
    object: Literal["list"] | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("data", "data"),
        ("id", "id"),
        ("model", "model"),
        ("object", "object"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_data = src_dict["data"]
        if v_data is not None:
            v_data = [
                None if x0 is None else ImageResponseImageData.from_dict(x0)
                for x0 in v_data
            ]
        v_id = _get("id")
        v_model = _get("model")
        v_object_ = _get("object")
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_data,
            v_id,
            v_model,
            v_object_,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.image_response_image_data import ImageResponseImageData
