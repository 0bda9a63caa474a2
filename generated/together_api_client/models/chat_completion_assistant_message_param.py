from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_assistant_message_param_role import (
    ChatCompletionAssistantMessageParamRole,
)
from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class ChatCompletionAssistantMessageParam(Model):
    """
    Attributes:
        role (ChatCompletionAssistantMessageParamRole):
        content (None | str):
        name (str | None):
        tool_calls (list[ChatCompletionMessageToolCallParam] | None): The tool calls the model made on this turn, sent
            back as it made them.
        function_call (ChatCompletionAssistantMessageParamFunctionCall | None):
    """

    role: ChatCompletionAssistantMessageParamRole
    content: None | str = None
    name: str | None = None
    tool_calls: list[ChatCompletionMessageToolCallParam] | None = None
    function_call: ChatCompletionAssistantMessageParamFunctionCall | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("role", "role"),
        ("content", "content"),
        ("name", "name"),
        ("tool_calls", "tool_calls"),
        ("function_call", "function_call"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_role = src_dict["role"]
        if v_role is not None:
            v_role = ChatCompletionAssistantMessageParamRole(v_role)
        v_content = _get("content")
        v_name = _get("name")
        v_tool_calls = _get("tool_calls")
        if v_tool_calls is not None:
            v_tool_calls = [
                None if x0 is None else ChatCompletionMessageToolCallParam.from_dict(x0)
                for x0 in v_tool_calls
            ]
        v_function_call = _get("function_call")
        if v_function_call is not None:
            v_function_call = ChatCompletionAssistantMessageParamFunctionCall.from_dict(
                v_function_call
            )
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_role,
            v_content,
            v_name,
            v_tool_calls,
            v_function_call,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.chat_completion_assistant_message_param_function_call import (
    ChatCompletionAssistantMessageParamFunctionCall,
)
from ..models.chat_completion_message_tool_call_param import (
    ChatCompletionMessageToolCallParam,
)
