from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

_new = object.__new__


from ..models.chat_completion_chunk_delta_role import ChatCompletionChunkDeltaRole


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class ChatCompletionChunkDelta(Model):
    """
    Attributes:
        token_id (int | None):
        role (ChatCompletionChunkDeltaRole | None):
        content (None | str):
        reasoning (None | str):
        tool_calls (list[ChatCompletionToolCallDelta] | None):
        function_call (ChatCompletionChunkDeltaFunctionCallType0 | None):
    """

    token_id: int | None = None
    role: ChatCompletionChunkDeltaRole | None = None
    content: None | str = None
    reasoning: None | str = None
    tool_calls: list[ChatCompletionToolCallDelta] | None = None
    function_call: ChatCompletionChunkDeltaFunctionCallType0 | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("token_id", "token_id"),
        ("role", "role"),
        ("content", "content"),
        ("reasoning", "reasoning"),
        ("tool_calls", "tool_calls"),
        ("function_call", "function_call"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is read from a JSON object, not {type(src_dict).__name__}"
            )
        self = _new(cls)
        self._wire = src_dict
        return self


def _build_role(value: Any) -> Any:
    return ChatCompletionChunkDeltaRole(value)


def _build_tool_calls(value: Any) -> Any:
    return [
        None if x0 is None else ChatCompletionToolCallDelta.from_dict(x0)
        for x0 in value
    ]


def _build_function_call(value: Any) -> Any:
    return ChatCompletionChunkDeltaFunctionCallType0.from_dict(value)


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "token_id": ("token_id", None, None),
    "role": ("role", _build_role, None),
    "content": ("content", None, None),
    "reasoning": ("reasoning", None, None),
    "tool_calls": ("tool_calls", _build_tool_calls, None),
    "function_call": ("function_call", _build_function_call, None),
}
ChatCompletionChunkDelta._lazy = _LAZY


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.chat_completion_chunk_delta_function_call_type_0 import (
    ChatCompletionChunkDeltaFunctionCallType0,
)
from ..models.chat_completion_tool_call_delta import ChatCompletionToolCallDelta
