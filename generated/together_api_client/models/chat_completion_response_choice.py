from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.finish_reason import FinishReason
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionResponseChoice")


@_attrs_define
class ChatCompletionResponseChoice:
    """
    Attributes:
        finish_reason (FinishReason | None | Unset):
        index (int | Unset):
        logprobs (LogprobsPart | None | Unset):
        message (ChatCompletionMessage | Unset):
        seed (int | None | Unset):
        text (str | Unset):
    """

    finish_reason: FinishReason | None | Unset = UNSET
    index: int | Unset = UNSET
    logprobs: LogprobsPart | None | Unset = UNSET
    message: ChatCompletionMessage | Unset = UNSET
    seed: int | None | Unset = UNSET
    text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        finish_reason: None | str | Unset
        if isinstance(self.finish_reason, Unset):
            finish_reason = UNSET
        elif isinstance(self.finish_reason, FinishReason):
            finish_reason = self.finish_reason.value
        else:
            finish_reason = self.finish_reason

        index = self.index

        logprobs: dict[str, Any] | None | Unset
        if isinstance(self.logprobs, Unset):
            logprobs = UNSET
        elif isinstance(self.logprobs, LogprobsPart):
            logprobs = self.logprobs.to_dict()
        else:
            logprobs = self.logprobs

        message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message, Unset):
            message = self.message.to_dict()

        seed: int | None | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if finish_reason is not UNSET:
            field_dict["finish_reason"] = finish_reason
        if index is not UNSET:
            field_dict["index"] = index
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if message is not UNSET:
            field_dict["message"] = message
        if seed is not UNSET:
            field_dict["seed"] = seed
        if text is not UNSET:
            field_dict["text"] = text
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
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

        index = d.pop("index", UNSET)

        _logprobs = d.pop("logprobs", UNSET)
        logprobs: LogprobsPart | None | Unset
        if _logprobs is None or isinstance(_logprobs, Unset):
            logprobs = _logprobs
        else:
            try:
                if not isinstance(_logprobs, dict):
                    raise TypeError()
                logprobs_type_1 = LogprobsPart.from_dict(_logprobs)

                logprobs = logprobs_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                logprobs = _logprobs

        _message = d.pop("message", UNSET)
        message: ChatCompletionMessage | Unset
        if isinstance(_message, Unset):
            message = UNSET
        else:
            message = ChatCompletionMessage.from_dict(_message)

        seed = d.pop("seed", UNSET)

        text = d.pop("text", UNSET)

        obj = cls(
            finish_reason=finish_reason,
            index=index,
            logprobs=logprobs,
            message=message,
            seed=seed,
            text=text,
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
from ..models.chat_completion_message import ChatCompletionMessage
from ..models.logprobs_part import LogprobsPart
