from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_choice_chat_completion_choice_delta_role import (
    ChatCompletionChoiceChatCompletionChoiceDeltaRole,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionChoiceChatCompletionChoiceDelta")


@_attrs_define
class ChatCompletionChoiceChatCompletionChoiceDelta:
    """
    Attributes:
        role (ChatCompletionChoiceChatCompletionChoiceDeltaRole):
        content (None | str | Unset):
        function_call (ChatCompletionChoiceChatCompletionChoiceDeltaFunctionCallType0 | None | Unset):
        token_id (int | Unset):
        tool_calls (list[ToolChoice] | Unset):
    """

    role: ChatCompletionChoiceChatCompletionChoiceDeltaRole
    content: None | str | Unset = UNSET
    function_call: (
        ChatCompletionChoiceChatCompletionChoiceDeltaFunctionCallType0 | None | Unset
    ) = UNSET
    token_id: int | Unset = UNSET
    tool_calls: list[ToolChoice] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role = self.role.value

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        function_call: dict[str, Any] | None | Unset
        if isinstance(self.function_call, Unset):
            function_call = UNSET
        elif isinstance(
            self.function_call,
            ChatCompletionChoiceChatCompletionChoiceDeltaFunctionCallType0,
        ):
            function_call = self.function_call.to_dict()
        else:
            function_call = self.function_call

        token_id = self.token_id

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
        if token_id is not UNSET:
            field_dict["token_id"] = token_id
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        role = ChatCompletionChoiceChatCompletionChoiceDeltaRole(d.pop("role"))

        content = d.pop("content", UNSET)

        _function_call = d.pop("function_call", UNSET)
        function_call: (
            ChatCompletionChoiceChatCompletionChoiceDeltaFunctionCallType0
            | None
            | Unset
        )
        if _function_call is None or isinstance(_function_call, Unset):
            function_call = _function_call
        else:
            try:
                if not isinstance(_function_call, dict):
                    raise TypeError()
                function_call_type_0 = ChatCompletionChoiceChatCompletionChoiceDeltaFunctionCallType0.from_dict(
                    _function_call
                )

                function_call = function_call_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                function_call = _function_call

        token_id = d.pop("token_id", UNSET)

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
            token_id=token_id,
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
from ..models.chat_completion_choice_chat_completion_choice_delta_function_call_type_0 import (
    ChatCompletionChoiceChatCompletionChoiceDeltaFunctionCallType0,
)
from ..models.tool_choice import ToolChoice
