from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_function_message_param_role import (
    ChatCompletionFunctionMessageParamRole,
)

T = TypeVar("T", bound="ChatCompletionFunctionMessageParam")


@_attrs_define
class ChatCompletionFunctionMessageParam:
    """
    Attributes:
        content (str):
        name (str):
        role (ChatCompletionFunctionMessageParamRole):
    """

    content: str
    name: str
    role: ChatCompletionFunctionMessageParamRole
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        name = self.name

        role = self.role.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["content"] = content
        field_dict["name"] = name
        field_dict["role"] = role
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        content = d.pop("content")

        name = d.pop("name")

        role = ChatCompletionFunctionMessageParamRole(d.pop("role"))

        obj = cls(
            content=content,
            name=name,
            role=role,
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
