from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_content_part_input_audio_input_audio_format import (
    ChatCompletionContentPartInputAudioInputAudioFormat,
)
from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class ChatCompletionContentPartInputAudioInputAudio(Model):
    """
    Attributes:
        data (str): The audio as base64.
        format (ChatCompletionContentPartInputAudioInputAudioFormat): The audio's format.
    """

    data: str
    format: ChatCompletionContentPartInputAudioInputAudioFormat
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("data", "data"),
        ("format", "format"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        v_data = src_dict["data"]
        v_format_ = src_dict["format"]
        if v_format_ is not None:
            v_format_ = ChatCompletionContentPartInputAudioInputAudioFormat(v_format_)
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_data,
            v_format_,
            src_dict,
        )
