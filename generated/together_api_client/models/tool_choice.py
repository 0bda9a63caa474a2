from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tool_choice_type import ToolChoiceType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ToolChoice")


@_attrs_define
class ToolChoice:
    """
    Attributes:
        function (ToolChoiceFunction):
        id (str):
        type_ (ToolChoiceType):
        index (int | None | Unset):
    """

    function: ToolChoiceFunction
    id: str
    type_: ToolChoiceType
    index: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        function = self.function.to_dict()

        id = self.id

        type_ = self.type_.value

        index: int | None | Unset
        if isinstance(self.index, Unset):
            index = UNSET
        else:
            index = self.index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["function"] = function
        field_dict["id"] = id
        field_dict["type"] = type_
        if index is not UNSET:
            field_dict["index"] = index
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        function = ToolChoiceFunction.from_dict(d.pop("function"))

        id = d.pop("id")

        type_ = ToolChoiceType(d.pop("type"))

        index = d.pop("index", UNSET)

        obj = cls(
            function=function,
            id=id,
            type_=type_,
            index=index,
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
from ..models.tool_choice_function import ToolChoiceFunction
