from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_response_data_url_type import ImageResponseDataUrlType
from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class ImageResponseDataUrl(Model):
    """
    Attributes:
        index (int):
        url (str):
        type (ImageResponseDataUrlType):
    """

    index: int
    url: str
    type: ImageResponseDataUrlType
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("index", "index"),
        ("url", "url"),
        ("type", "type"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        v_index = src_dict["index"]
        v_url = src_dict["url"]
        v_type_ = src_dict["type"]
        if v_type_ is not None:
            v_type_ = ImageResponseDataUrlType(v_type_)
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_index,
            v_url,
            v_type_,
            src_dict,
        )
