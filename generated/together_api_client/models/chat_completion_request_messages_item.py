from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_request_messages_item_role import (
    ChatCompletionRequestMessagesItemRole,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionRequestMessagesItem")


@_attrs_define
class ChatCompletionRequestMessagesItem:
    """
    Attributes:
        role (ChatCompletionRequestMessagesItemRole): The role of the message author: system, user, assistant or tool.
        content (list[ChatCompletionRequestMessagesItemContentType1Item] | None | str | Unset): The contents of the
            message: a string, or a list of content parts.
        name (str | Unset): An optional name for the participant.
        tool_call_id (str | Unset): On a tool message, the id of the call it answers.
        tool_calls (list[ChatCompletionRequestMessagesItemToolCallsItem] | Unset): On an assistant message, the tool
            calls it made.
    """

    role: ChatCompletionRequestMessagesItemRole
    content: (
        list[ChatCompletionRequestMessagesItemContentType1Item] | None | str | Unset
    ) = UNSET
    name: str | Unset = UNSET
    tool_call_id: str | Unset = UNSET
    tool_calls: list[ChatCompletionRequestMessagesItemToolCallsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role = self.role.value

        content: list[dict[str, Any]] | None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item = content_type_1_item_data.to_dict()
                content.append(content_type_1_item)

        else:
            content = self.content

        name = self.name

        tool_call_id = self.tool_call_id

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
        if name is not UNSET:
            field_dict["name"] = name
        if tool_call_id is not UNSET:
            field_dict["tool_call_id"] = tool_call_id
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        role = ChatCompletionRequestMessagesItemRole(d.pop("role"))

        _content = d.pop("content", UNSET)
        content: (
            list[ChatCompletionRequestMessagesItemContentType1Item] | None | str | Unset
        )
        if _content is None or isinstance(_content, Unset):
            content = _content
        else:
            try:
                if not isinstance(_content, list):
                    raise TypeError()
                content_type_1 = []
                _content_type_1 = _content
                for content_type_1_item_data in _content_type_1:
                    content_type_1_item = (
                        ChatCompletionRequestMessagesItemContentType1Item.from_dict(
                            content_type_1_item_data
                        )
                    )

                    content_type_1.append(content_type_1_item)

                content = content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                content = _content

        name = d.pop("name", UNSET)

        tool_call_id = d.pop("tool_call_id", UNSET)

        _tool_calls = d.pop("tool_calls", UNSET)
        tool_calls: list[ChatCompletionRequestMessagesItemToolCallsItem] | Unset = UNSET
        if _tool_calls is not UNSET:
            tool_calls = []
            for tool_calls_item_data in _tool_calls:
                tool_calls_item = (
                    ChatCompletionRequestMessagesItemToolCallsItem.from_dict(
                        tool_calls_item_data
                    )
                )

                tool_calls.append(tool_calls_item)

        obj = cls(
            role=role,
            content=content,
            name=name,
            tool_call_id=tool_call_id,
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
from ..models.chat_completion_request_messages_item_content_type_1_item import (
    ChatCompletionRequestMessagesItemContentType1Item,
)
from ..models.chat_completion_request_messages_item_tool_calls_item import (
    ChatCompletionRequestMessagesItemToolCallsItem,
)
