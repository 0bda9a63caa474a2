from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.volume_type import VolumeType
from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class CreateVolumeRequest(Model):
    """
    Attributes:
        content (VolumeContentRequest): Content specifies the new content that will be preloaded to this volume
        name (str): Name is the unique identifier for the volume within the project
        type (VolumeType):
    """

    content: VolumeContentRequest
    name: str
    type: VolumeType
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
        v_content = src_dict["content"]
        if v_content is not None:
            v_content = VolumeContentRequest.from_dict(v_content)
        v_name = src_dict["name"]
        v_type_ = src_dict["type"]
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
