from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class VideoJobOutputs(Model):
    """Available upon completion, the outputs provides the cost charged and the hosted url to access the video

    Attributes:
        cost (int): The cost of generated video charged to the owners account.
        video_url (str): URL hosting the generated video
    """

    cost: int
    video_url: str
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("cost", "cost"),
        ("video_url", "video_url"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        v_cost = src_dict["cost"]
        v_video_url = src_dict["video_url"]
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_cost,
            v_video_url,
            src_dict,
        )
