from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_tool_message_param_role import (
    ChatCompletionToolMessageParamRole,
)

T = TypeVar("T", bound="ChatCompletionToolMessageParam")


@_attrs_define
class ChatCompletionToolMessageParam:
    """
    Attributes:
        content (str):
        role (ChatCompletionToolMessageParamRole):
        tool_call_id (str):
    """

    content: str
    role: ChatCompletionToolMessageParamRole
    tool_call_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        role = self.role.value

        tool_call_id = self.tool_call_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["content"] = content
        field_dict["role"] = role
        field_dict["tool_call_id"] = tool_call_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        content = d.pop("content")

        role = ChatCompletionToolMessageParamRole(d.pop("role"))

        tool_call_id = d.pop("tool_call_id")

        obj = cls(
            content=content,
            role=role,
            tool_call_id=tool_call_id,
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
