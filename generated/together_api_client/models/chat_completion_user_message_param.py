from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_user_message_param_role import (
    ChatCompletionUserMessageParamRole,
)
from ..types import Model, is_known


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class ChatCompletionUserMessageParam(Model):
    """
    Attributes:
        content (list[ChatCompletionContentPartAudio | ChatCompletionContentPartImage |
            ChatCompletionContentPartInputAudio | ChatCompletionContentPartText | ChatCompletionContentPartVideo] | str):
            The content of the message, which can either be a simple string or a structured format.
        role (ChatCompletionUserMessageParamRole):
        name (str | None):
    """

    content: (
        list[
            ChatCompletionContentPartAudio
            | ChatCompletionContentPartImage
            | ChatCompletionContentPartInputAudio
            | ChatCompletionContentPartText
            | ChatCompletionContentPartVideo
        ]
        | str
    )
    role: ChatCompletionUserMessageParamRole
    name: str | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("content", "content"),
        ("role", "role"),
        ("name", "name"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_content = src_dict["content"]
        if v_content is not None:
            v_content = _read_content(v_content)
        v_role = src_dict["role"]
        if v_role is not None:
            v_role = ChatCompletionUserMessageParamRole(v_role)
        v_name = _get("name")
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_content,
            v_role,
            v_name,
            src_dict,
        )


def _read_componentsschemas_chat_completion_user_message_content_multimodal_item(
    data: Any,
) -> Any:
    """The first type that reads ``data`` with enum values it knows (so models are told apart
    by their discriminating enum); else ``data`` as it came."""
    value: Any
    if isinstance(data, dict):
        try:
            value = ChatCompletionContentPartText.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        else:
            if is_known(value):
                return value
    if isinstance(data, dict):
        try:
            value = ChatCompletionContentPartImage.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        else:
            if is_known(value):
                return value
    if isinstance(data, dict):
        try:
            value = ChatCompletionContentPartVideo.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        else:
            if is_known(value):
                return value
    if isinstance(data, dict):
        try:
            value = ChatCompletionContentPartAudio.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        else:
            if is_known(value):
                return value
    if isinstance(data, dict):
        try:
            value = ChatCompletionContentPartInputAudio.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        else:
            if is_known(value):
                return value
    return data


def _read_content(data: Any) -> Any:
    """The first type that reads ``data`` with enum values it knows (so models are told apart
    by their discriminating enum); else ``data`` as it came."""
    value: Any
    if isinstance(data, list):
        try:
            value = [
                None
                if x0 is None
                else _read_componentsschemas_chat_completion_user_message_content_multimodal_item(
                    x0
                )
                for x0 in data
            ]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        else:
            if is_known(value):
                return value
    return data


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.chat_completion_content_part_audio import ChatCompletionContentPartAudio
from ..models.chat_completion_content_part_image import ChatCompletionContentPartImage
from ..models.chat_completion_content_part_input_audio import (
    ChatCompletionContentPartInputAudio,
)
from ..models.chat_completion_content_part_text import ChatCompletionContentPartText
from ..models.chat_completion_content_part_video import ChatCompletionContentPartVideo
