from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_chunk_delta_role import ChatCompletionChunkDeltaRole
from ..types import Model


@_attrs_define
class ChatCompletionChunkDelta(Model):
    """
    Attributes:
        content (None | str):
        function_call (ChatCompletionChunkDeltaFunctionCallType0 | None):
        role (ChatCompletionChunkDeltaRole | None):
        token_id (int | None):
        tool_calls (list[ChatCompletionToolCallDelta] | None):
        reasoning (None | str): Reasoning text of a reasoning model, streamed beside content.
    """

    content: None | str = None
    function_call: ChatCompletionChunkDeltaFunctionCallType0 | None = None
    role: ChatCompletionChunkDeltaRole | None = None
    token_id: int | None = None
    tool_calls: list[ChatCompletionToolCallDelta] | None = None
    reasoning: None | str = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("content", "content"),
        ("function_call", "function_call"),
        ("role", "role"),
        ("token_id", "token_id"),
        ("tool_calls", "tool_calls"),
        ("reasoning", "reasoning"),
    )
    _keys: ClassVar[frozenset[str]] = frozenset(key for _, key in _fields)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        content = _get("content")
        function_call = _get("function_call")
        if function_call is not None:
            function_call = ChatCompletionChunkDeltaFunctionCallType0.from_dict(
                function_call
            )
        role = _get("role")
        if role is not None:
            role = ChatCompletionChunkDeltaRole(role)
        token_id = _get("token_id")
        tool_calls = _get("tool_calls")
        if tool_calls is not None:
            tool_calls = [
                None if x0 is None else ChatCompletionToolCallDelta.from_dict(x0)
                for x0 in tool_calls
            ]
        reasoning = _get("reasoning")
        # Positional, in the order the fields are declared: cheaper than keywords.
        return cls(
            content,
            function_call,
            role,
            token_id,
            tool_calls,
            reasoning,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.chat_completion_chunk_delta_function_call_type_0 import (
    ChatCompletionChunkDeltaFunctionCallType0,
)
from ..models.chat_completion_tool_call_delta import ChatCompletionToolCallDelta
