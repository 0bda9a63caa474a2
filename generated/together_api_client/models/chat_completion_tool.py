from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_tool_type import ChatCompletionToolType

T = TypeVar("T", bound="ChatCompletionTool")


@_attrs_define
class ChatCompletionTool:
    """
    Attributes:
        function (ChatCompletionToolFunction):
        type_ (ChatCompletionToolType):
    """

    function: ChatCompletionToolFunction
    type_: ChatCompletionToolType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        function = self.function.to_dict()

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["function"] = function
        field_dict["type"] = type_
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        function = ChatCompletionToolFunction.from_dict(d.pop("function"))

        type_ = ChatCompletionToolType(d.pop("type"))

        obj = cls(
            function=function,
            type_=type_,
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
from ..models.chat_completion_tool_function import ChatCompletionToolFunction
