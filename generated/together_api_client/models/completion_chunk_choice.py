from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.finish_reason import FinishReason
from ..types import UNSET, Unset

T = TypeVar("T", bound="CompletionChunkChoice")


@_attrs_define
class CompletionChunkChoice:
    """
    Attributes:
        index (int):
        text (None | str | Unset):
        finish_reason (FinishReason | None | Unset):
        logprobs (Any | Unset): Log probabilities of this chunk's tokens, when requested.
        seed (int | None | Unset):
        delta (CompletionChunkDelta | Unset):
    """

    index: int
    text: None | str | Unset = UNSET
    finish_reason: FinishReason | None | Unset = UNSET
    logprobs: Any | Unset = UNSET
    seed: int | None | Unset = UNSET
    delta: CompletionChunkDelta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        finish_reason: None | str | Unset
        if isinstance(self.finish_reason, Unset):
            finish_reason = UNSET
        elif isinstance(self.finish_reason, FinishReason):
            finish_reason = self.finish_reason.value
        else:
            finish_reason = self.finish_reason

        logprobs = self.logprobs

        seed: int | None | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        delta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delta, Unset):
            delta = self.delta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["index"] = index
        if text is not UNSET:
            field_dict["text"] = text
        if finish_reason is not UNSET:
            field_dict["finish_reason"] = finish_reason
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if seed is not UNSET:
            field_dict["seed"] = seed
        if delta is not UNSET:
            field_dict["delta"] = delta
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        index = d.pop("index")

        text = d.pop("text", UNSET)

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

        logprobs = d.pop("logprobs", UNSET)

        seed = d.pop("seed", UNSET)

        _delta = d.pop("delta", UNSET)
        delta: CompletionChunkDelta | Unset
        if isinstance(_delta, Unset):
            delta = UNSET
        else:
            delta = CompletionChunkDelta.from_dict(_delta)

        obj = cls(
            index=index,
            text=text,
            finish_reason=finish_reason,
            logprobs=logprobs,
            seed=seed,
            delta=delta,
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
from ..models.completion_chunk_delta import CompletionChunkDelta
