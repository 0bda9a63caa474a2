from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.completion_response_object import CompletionResponseObject
from ..types import UNSET, Unset

T = TypeVar("T", bound="CompletionResponse")


@_attrs_define
class CompletionResponse:
    """
    Attributes:
        choices (list[CompletionResponseChoice]):
        created (int):
        id (str):
        model (str):
        object_ (CompletionResponseObject):
        usage (None | UsageData):
        prompt (list[PromptPartItem] | Unset):
    """

    choices: list[CompletionResponseChoice]
    created: int
    id: str
    model: str
    object_: CompletionResponseObject
    usage: None | UsageData
    prompt: list[PromptPartItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        choices = []
        for componentsschemas_completion_choices_data_item_data in self.choices:
            componentsschemas_completion_choices_data_item = (
                componentsschemas_completion_choices_data_item_data.to_dict()
            )
            choices.append(componentsschemas_completion_choices_data_item)

        created = self.created

        id = self.id

        model = self.model

        object_ = self.object_.value

        usage: dict[str, Any] | None
        if isinstance(self.usage, UsageData):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        prompt: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.prompt, Unset):
            prompt = []
            for componentsschemas_prompt_part_item_data in self.prompt:
                componentsschemas_prompt_part_item = (
                    componentsschemas_prompt_part_item_data.to_dict()
                )
                prompt.append(componentsschemas_prompt_part_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["choices"] = choices
        field_dict["created"] = created
        field_dict["id"] = id
        field_dict["model"] = model
        field_dict["object"] = object_
        field_dict["usage"] = usage
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        choices = []
        _choices = d.pop("choices")
        for componentsschemas_completion_choices_data_item_data in _choices:
            componentsschemas_completion_choices_data_item = (
                CompletionResponseChoice.from_dict(
                    componentsschemas_completion_choices_data_item_data
                )
            )

            choices.append(componentsschemas_completion_choices_data_item)

        created = d.pop("created")

        id = d.pop("id")

        model = d.pop("model")

        object_ = CompletionResponseObject(d.pop("object"))

        _usage = d.pop("usage")
        usage: None | UsageData
        if _usage is None:
            usage = _usage
        else:
            try:
                if not isinstance(_usage, dict):
                    raise TypeError()
                usage_type_1 = UsageData.from_dict(_usage)

                usage = usage_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                usage = _usage

        _prompt = d.pop("prompt", UNSET)
        prompt: list[PromptPartItem] | Unset = UNSET
        if _prompt is not UNSET:
            prompt = []
            for componentsschemas_prompt_part_item_data in _prompt:
                componentsschemas_prompt_part_item = PromptPartItem.from_dict(
                    componentsschemas_prompt_part_item_data
                )

                prompt.append(componentsschemas_prompt_part_item)

        obj = cls(
            choices=choices,
            created=created,
            id=id,
            model=model,
            object_=object_,
            usage=usage,
            prompt=prompt,
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
from ..models.completion_response_choice import CompletionResponseChoice
from ..models.prompt_part_item import PromptPartItem
from ..models.usage_data import UsageData
