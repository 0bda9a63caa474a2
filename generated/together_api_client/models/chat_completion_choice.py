from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.finish_reason import FinishReason
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionChoice")


@_attrs_define
class ChatCompletionChoice:
    """
    Attributes:
        delta (ChatCompletionChoiceChatCompletionChoiceDelta):
        finish_reason (FinishReason):
        index (int):
        logprobs (LogprobsPart | Unset):
    """

    delta: ChatCompletionChoiceChatCompletionChoiceDelta
    finish_reason: FinishReason
    index: int
    logprobs: LogprobsPart | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delta = self.delta.to_dict()

        finish_reason = self.finish_reason.value

        index = self.index

        logprobs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.logprobs, Unset):
            logprobs = self.logprobs.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["delta"] = delta
        field_dict["finish_reason"] = finish_reason
        field_dict["index"] = index
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        delta = ChatCompletionChoiceChatCompletionChoiceDelta.from_dict(d.pop("delta"))

        finish_reason = FinishReason(d.pop("finish_reason"))

        index = d.pop("index")

        _logprobs = d.pop("logprobs", UNSET)
        logprobs: LogprobsPart | Unset
        if isinstance(_logprobs, Unset):
            logprobs = UNSET
        else:
            logprobs = LogprobsPart.from_dict(_logprobs)

        obj = cls(
            delta=delta,
            finish_reason=finish_reason,
            index=index,
            logprobs=logprobs,
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
from ..models.chat_completion_choice_chat_completion_choice_delta import (
    ChatCompletionChoiceChatCompletionChoiceDelta,
)
from ..models.logprobs_part import LogprobsPart
