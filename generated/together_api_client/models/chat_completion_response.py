from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_response_object import ChatCompletionResponseObject
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionResponse")


@_attrs_define
class ChatCompletionResponse:
    """
    Attributes:
        choices (list[ChatCompletionResponseChoice]):
        created (int):
        id (str):
        model (str):
        object_ (ChatCompletionResponseObject):
        usage (None | Unset | UsageData):
    """

    choices: list[ChatCompletionResponseChoice]
    created: int
    id: str
    model: str
    object_: ChatCompletionResponseObject
    usage: None | Unset | UsageData = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        choices = []
        for componentsschemas_chat_completion_choices_data_item_data in self.choices:
            componentsschemas_chat_completion_choices_data_item = (
                componentsschemas_chat_completion_choices_data_item_data.to_dict()
            )
            choices.append(componentsschemas_chat_completion_choices_data_item)

        created = self.created

        id = self.id

        model = self.model

        object_ = self.object_.value

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, UsageData):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["choices"] = choices
        field_dict["created"] = created
        field_dict["id"] = id
        field_dict["model"] = model
        field_dict["object"] = object_
        if usage is not UNSET:
            field_dict["usage"] = usage
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        choices = []
        _choices = d.pop("choices")
        for componentsschemas_chat_completion_choices_data_item_data in _choices:
            componentsschemas_chat_completion_choices_data_item = (
                ChatCompletionResponseChoice.from_dict(
                    componentsschemas_chat_completion_choices_data_item_data
                )
            )

            choices.append(componentsschemas_chat_completion_choices_data_item)

        created = d.pop("created")

        id = d.pop("id")

        model = d.pop("model")

        object_ = ChatCompletionResponseObject(d.pop("object"))

        _usage = d.pop("usage", UNSET)
        usage: None | Unset | UsageData
        if _usage is None or isinstance(_usage, Unset):
            usage = _usage
        else:
            try:
                if not isinstance(_usage, dict):
                    raise TypeError()
                usage_type_1 = UsageData.from_dict(_usage)

                usage = usage_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                usage = _usage

        obj = cls(
            choices=choices,
            created=created,
            id=id,
            model=model,
            object_=object_,
            usage=usage,
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
from ..models.chat_completion_response_choice import ChatCompletionResponseChoice
from ..models.usage_data import UsageData
