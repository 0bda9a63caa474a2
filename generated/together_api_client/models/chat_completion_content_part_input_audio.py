from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_content_part_input_audio_type import (
    ChatCompletionContentPartInputAudioType,
)
from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class ChatCompletionContentPartInputAudio(Model):
    """
    Attributes:
        type (ChatCompletionContentPartInputAudioType):
        input_audio (ChatCompletionContentPartInputAudioInputAudio):
    """

    type: ChatCompletionContentPartInputAudioType
    input_audio: ChatCompletionContentPartInputAudioInputAudio
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("input_audio", "input_audio"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        v_type_ = src_dict["type"]
        if v_type_ is not None:
            v_type_ = ChatCompletionContentPartInputAudioType(v_type_)
        v_input_audio = src_dict["input_audio"]
        if v_input_audio is not None:
            v_input_audio = ChatCompletionContentPartInputAudioInputAudio.from_dict(
                v_input_audio
            )
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_type_,
            v_input_audio,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.chat_completion_content_part_input_audio_input_audio import (
    ChatCompletionContentPartInputAudioInputAudio,
)
