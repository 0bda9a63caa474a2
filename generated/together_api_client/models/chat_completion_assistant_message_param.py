from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_assistant_message_param_role import (
    ChatCompletionAssistantMessageParamRole,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionAssistantMessageParam")


@_attrs_define
class ChatCompletionAssistantMessageParam:
    """
    Attributes:
        role (ChatCompletionAssistantMessageParamRole):
        content (None | str | Unset):
        function_call (ChatCompletionAssistantMessageParamFunctionCall | Unset):
        name (str | Unset):
        tool_calls (list[ToolChoice] | Unset):
    """

    role: ChatCompletionAssistantMessageParamRole
    content: None | str | Unset = UNSET
    function_call: ChatCompletionAssistantMessageParamFunctionCall | Unset = UNSET
    name: str | Unset = UNSET
    tool_calls: list[ToolChoice] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role = self.role.value

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        function_call: dict[str, Any] | Unset = UNSET
        if not isinstance(self.function_call, Unset):
            function_call = self.function_call.to_dict()

        name = self.name

        tool_calls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tool_calls, Unset):
            tool_calls = []
            for tool_calls_item_data in self.tool_calls:
                tool_calls_item = tool_calls_item_data.to_dict()
                tool_calls.append(tool_calls_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["role"] = role
        if content is not UNSET:
            field_dict["content"] = content
        if function_call is not UNSET:
            field_dict["function_call"] = function_call
        if name is not UNSET:
            field_dict["name"] = name
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        role = ChatCompletionAssistantMessageParamRole(d.pop("role"))

        content = d.pop("content", UNSET)

        _function_call = d.pop("function_call", UNSET)
        function_call: ChatCompletionAssistantMessageParamFunctionCall | Unset
        if isinstance(_function_call, Unset):
            function_call = UNSET
        else:
            function_call = ChatCompletionAssistantMessageParamFunctionCall.from_dict(
                _function_call
            )

        name = d.pop("name", UNSET)

        _tool_calls = d.pop("tool_calls", UNSET)
        tool_calls: list[ToolChoice] | Unset = UNSET
        if _tool_calls is not UNSET:
            tool_calls = []
            for tool_calls_item_data in _tool_calls:
                tool_calls_item = ToolChoice.from_dict(tool_calls_item_data)

                tool_calls.append(tool_calls_item)

        obj = cls(
            role=role,
            content=content,
            function_call=function_call,
            name=name,
            tool_calls=tool_calls,
        )
        obj.additional_properties = d
        return obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.chat_completion_assistant_message_param_function_call import (
    ChatCompletionAssistantMessageParamFunctionCall,
)
from ..models.tool_choice import ToolChoice
