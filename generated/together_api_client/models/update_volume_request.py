from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.volume_type import VolumeType
from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class UpdateVolumeRequest(Model):
    """
    Attributes:
        content (VolumeContentRequest | None): Content specifies the new content that will be preloaded to this volume
        name (str | None): Name is the new unique identifier for the volume within the project
        type (VolumeType | None):
    """

    content: VolumeContentRequest | None = None
    name: str | None = None
    type: VolumeType | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("content", "content"),
        ("name", "name"),
        ("type", "type"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_content = _get("content")
        if v_content is not None:
            v_content = VolumeContentRequest.from_dict(v_content)
        v_name = _get("name")
        v_type_ = _get("type")
        if v_type_ is not None:
            v_type_ = VolumeType(v_type_)
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_content,
            v_name,
            v_type_,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.volume_content_request import VolumeContentRequest
