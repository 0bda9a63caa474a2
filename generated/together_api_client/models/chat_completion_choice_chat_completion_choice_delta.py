from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_choice_chat_completion_choice_delta_role import (
    ChatCompletionChoiceChatCompletionChoiceDeltaRole,
)
from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class ChatCompletionChoiceChatCompletionChoiceDelta(Model):
    """
    Attributes:
        role (ChatCompletionChoiceChatCompletionChoiceDeltaRole):
        token_id (int | None):
        content (None | str):
        tool_calls (list[ToolChoice] | None):
        function_call (ChatCompletionChoiceChatCompletionChoiceDeltaFunctionCallType0 | None):
        reasoning (None | str):
    """

    role: ChatCompletionChoiceChatCompletionChoiceDeltaRole
    token_id: int | None = None
    content: None | str = None
    tool_calls: list[ToolChoice] | None = None
    function_call: (
        ChatCompletionChoiceChatCompletionChoiceDeltaFunctionCallType0 | None
    ) = None
    reasoning: None | str = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("role", "role"),
        ("token_id", "token_id"),
        ("content", "content"),
        ("tool_calls", "tool_calls"),
        ("function_call", "function_call"),
        ("reasoning", "reasoning"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_role = src_dict["role"]
        if v_role is not None:
            v_role = ChatCompletionChoiceChatCompletionChoiceDeltaRole(v_role)
        v_token_id = _get("token_id")
        v_content = _get("content")
        v_tool_calls = _get("tool_calls")
        if v_tool_calls is not None:
            v_tool_calls = [
                None if x0 is None else ToolChoice.from_dict(x0) for x0 in v_tool_calls
            ]
        v_function_call = _get("function_call")
        if v_function_call is not None:
            v_function_call = ChatCompletionChoiceChatCompletionChoiceDeltaFunctionCallType0.from_dict(
                v_function_call
            )
        v_reasoning = _get("reasoning")
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_role,
            v_token_id,
            v_content,
            v_tool_calls,
            v_function_call,
            v_reasoning,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.chat_completion_choice_chat_completion_choice_delta_function_call_type_0 import (
    ChatCompletionChoiceChatCompletionChoiceDeltaFunctionCallType0,
)
from ..models.tool_choice import ToolChoice
