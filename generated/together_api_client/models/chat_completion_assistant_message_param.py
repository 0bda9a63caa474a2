from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_assistant_message_param_role import (
    ChatCompletionAssistantMessageParamRole,
)
from ..types import Model


@_attrs_define
class ChatCompletionAssistantMessageParam(Model):
    """
    Attributes:
        role (ChatCompletionAssistantMessageParamRole):
        content (None | str):
        function_call (ChatCompletionAssistantMessageParamFunctionCall | None):
        name (str | None):
        tool_calls (list[ToolChoice] | None):
    """

    role: ChatCompletionAssistantMessageParamRole
    content: None | str = None
    function_call: ChatCompletionAssistantMessageParamFunctionCall | None = None
    name: str | None = None
    tool_calls: list[ToolChoice] | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("role", "role"),
        ("content", "content"),
        ("function_call", "function_call"),
        ("name", "name"),
        ("tool_calls", "tool_calls"),
    )
    _keys: ClassVar[frozenset[str]] = frozenset(key for _, key in _fields)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        role = src_dict["role"]
        if role is not None:
            role = ChatCompletionAssistantMessageParamRole(role)
        content = _get("content")
        function_call = _get("function_call")
        if function_call is not None:
            function_call = ChatCompletionAssistantMessageParamFunctionCall.from_dict(
                function_call
            )
        name = _get("name")
        tool_calls = _get("tool_calls")
        if tool_calls is not None:
            tool_calls = [
                None if x0 is None else ToolChoice.from_dict(x0) for x0 in tool_calls
            ]
        # Positional, in the order the fields are declared: cheaper than keywords.
        return cls(
            role,
            content,
            function_call,
            name,
            tool_calls,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.chat_completion_assistant_message_param_function_call import (
    ChatCompletionAssistantMessageParamFunctionCall,
)
from ..models.tool_choice import ToolChoice
