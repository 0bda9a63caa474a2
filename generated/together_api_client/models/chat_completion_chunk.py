from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_chunk_object import ChatCompletionChunkObject
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionChunk")


@_attrs_define
class ChatCompletionChunk:
    """
    Attributes:
        choices (list[ChatCompletionChunkChoice]):
        id (str):
        created (int | Unset):
        model (str | Unset):  Example: mistralai/Mixtral-8x7B-Instruct-v0.1.
        object_ (ChatCompletionChunkObject | Unset):
        system_fingerprint (str | Unset):
        usage (None | Unset | UsageData):
    """

    choices: list[ChatCompletionChunkChoice]
    id: str
    created: int | Unset = UNSET
    model: str | Unset = UNSET
    object_: ChatCompletionChunkObject | Unset = UNSET
    system_fingerprint: str | Unset = UNSET
    usage: None | Unset | UsageData = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        choices = []
        for choices_item_data in self.choices:
            choices_item = choices_item_data.to_dict()
            choices.append(choices_item)

        id = self.id

        created = self.created

        model = self.model

        object_: str | Unset = UNSET
        if not isinstance(self.object_, Unset):
            object_ = self.object_.value

        system_fingerprint = self.system_fingerprint

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
        field_dict["id"] = id
        if created is not UNSET:
            field_dict["created"] = created
        if model is not UNSET:
            field_dict["model"] = model
        if object_ is not UNSET:
            field_dict["object"] = object_
        if system_fingerprint is not UNSET:
            field_dict["system_fingerprint"] = system_fingerprint
        if usage is not UNSET:
            field_dict["usage"] = usage
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        choices = []
        _choices = d.pop("choices")
        for choices_item_data in _choices:
            choices_item = ChatCompletionChunkChoice.from_dict(choices_item_data)

            choices.append(choices_item)

        id = d.pop("id")

        created = d.pop("created", UNSET)

        model = d.pop("model", UNSET)

        _object_ = d.pop("object", UNSET)
        object_: ChatCompletionChunkObject | Unset
        if isinstance(_object_, Unset):
            object_ = UNSET
        else:
            object_ = ChatCompletionChunkObject(_object_)

        system_fingerprint = d.pop("system_fingerprint", UNSET)

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
            id=id,
            created=created,
            model=model,
            object_=object_,
            system_fingerprint=system_fingerprint,
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
from ..models.chat_completion_chunk_choice import ChatCompletionChunkChoice
from ..models.usage_data import UsageData
