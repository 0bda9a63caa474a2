from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.completion_chunk_object import CompletionChunkObject
from ..models.finish_reason import FinishReason
from ..types import UNSET, Unset

T = TypeVar("T", bound="CompletionChunk")


@_attrs_define
class CompletionChunk:
    """
    Attributes:
        choices (list[CompletionChunkChoice]):
        id (str):
        finish_reason (FinishReason | None | Unset):
        seed (int | Unset):
        token (CompletionToken | Unset):
        usage (None | Unset | UsageData):
        object_ (CompletionChunkObject | Unset):
        created (int | Unset):
        model (str | Unset):
    """

    choices: list[CompletionChunkChoice]
    id: str
    finish_reason: FinishReason | None | Unset = UNSET
    seed: int | Unset = UNSET
    token: CompletionToken | Unset = UNSET
    usage: None | Unset | UsageData = UNSET
    object_: CompletionChunkObject | Unset = UNSET
    created: int | Unset = UNSET
    model: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        choices = []
        for choices_item_data in self.choices:
            choices_item = choices_item_data.to_dict()
            choices.append(choices_item)

        id = self.id

        finish_reason: None | str | Unset
        if isinstance(self.finish_reason, Unset):
            finish_reason = UNSET
        elif isinstance(self.finish_reason, FinishReason):
            finish_reason = self.finish_reason.value
        else:
            finish_reason = self.finish_reason

        seed = self.seed

        token: dict[str, Any] | Unset = UNSET
        if not isinstance(self.token, Unset):
            token = self.token.to_dict()

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, UsageData):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        object_: str | Unset = UNSET
        if not isinstance(self.object_, Unset):
            object_ = self.object_.value

        created = self.created

        model = self.model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["choices"] = choices
        field_dict["id"] = id
        if finish_reason is not UNSET:
            field_dict["finish_reason"] = finish_reason
        if seed is not UNSET:
            field_dict["seed"] = seed
        if token is not UNSET:
            field_dict["token"] = token
        if usage is not UNSET:
            field_dict["usage"] = usage
        if object_ is not UNSET:
            field_dict["object"] = object_
        if created is not UNSET:
            field_dict["created"] = created
        if model is not UNSET:
            field_dict["model"] = model
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        choices = []
        _choices = d.pop("choices")
        for choices_item_data in _choices:
            choices_item = CompletionChunkChoice.from_dict(choices_item_data)

            choices.append(choices_item)

        id = d.pop("id")

        _finish_reason = d.pop("finish_reason", UNSET)
        finish_reason: FinishReason | None | Unset
        if _finish_reason is None or isinstance(_finish_reason, Unset):
            finish_reason = _finish_reason
        else:
            try:
                if not isinstance(_finish_reason, str):
                    raise TypeError()
                finish_reason_type_1 = FinishReason(_finish_reason)

                finish_reason = finish_reason_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                finish_reason = _finish_reason

        seed = d.pop("seed", UNSET)

        _token = d.pop("token", UNSET)
        token: CompletionToken | Unset
        if isinstance(_token, Unset):
            token = UNSET
        else:
            token = CompletionToken.from_dict(_token)

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

        _object_ = d.pop("object", UNSET)
        object_: CompletionChunkObject | Unset
        if isinstance(_object_, Unset):
            object_ = UNSET
        else:
            object_ = CompletionChunkObject(_object_)

        created = d.pop("created", UNSET)

        model = d.pop("model", UNSET)

        obj = cls(
            choices=choices,
            id=id,
            finish_reason=finish_reason,
            seed=seed,
            token=token,
            usage=usage,
            object_=object_,
            created=created,
            model=model,
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
from ..models.completion_chunk_choice import CompletionChunkChoice
from ..models.completion_token import CompletionToken
from ..models.usage_data import UsageData
