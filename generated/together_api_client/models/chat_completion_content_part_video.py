from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_content_part_video_type import (
    ChatCompletionContentPartVideoType,
)
from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class ChatCompletionContentPartVideo(Model):
    """
    Attributes:
        type (ChatCompletionContentPartVideoType):
        video_url (ChatCompletionContentPartVideoVideoUrl):
    """

    type: ChatCompletionContentPartVideoType
    video_url: ChatCompletionContentPartVideoVideoUrl
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("video_url", "video_url"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        v_type_ = src_dict["type"]
        if v_type_ is not None:
            v_type_ = ChatCompletionContentPartVideoType(v_type_)
        v_video_url = src_dict["video_url"]
        if v_video_url is not None:
            v_video_url = ChatCompletionContentPartVideoVideoUrl.from_dict(v_video_url)
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_type_,
            v_video_url,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.chat_completion_content_part_video_video_url import (
    ChatCompletionContentPartVideoVideoUrl,
)
