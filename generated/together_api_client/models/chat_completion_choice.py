from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.finish_reason import FinishReason
from ..types import Model


@_attrs_define
class ChatCompletionChoice(Model):
    """
    Attributes:
        delta (ChatCompletionChoiceChatCompletionChoiceDelta):
        finish_reason (FinishReason):
        index (int):
        logprobs (LogprobsPart | None):
    """

    delta: ChatCompletionChoiceChatCompletionChoiceDelta
    finish_reason: FinishReason
    index: int
    logprobs: LogprobsPart | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("delta", "delta"),
        ("finish_reason", "finish_reason"),
        ("index", "index"),
        ("logprobs", "logprobs"),
    )
    _keys: ClassVar[frozenset[str]] = frozenset(key for _, key in _fields)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        delta = src_dict["delta"]
        if delta is not None:
            delta = ChatCompletionChoiceChatCompletionChoiceDelta.from_dict(delta)
        finish_reason = src_dict["finish_reason"]
        if finish_reason is not None:
            finish_reason = FinishReason(finish_reason)
        index = src_dict["index"]
        logprobs = _get("logprobs")
        if logprobs is not None:
            logprobs = LogprobsPart.from_dict(logprobs)
        # Positional, in the order the fields are declared: cheaper than keywords.
        return cls(
            delta,
            finish_reason,
            index,
            logprobs,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.chat_completion_choice_chat_completion_choice_delta import (
    ChatCompletionChoiceChatCompletionChoiceDelta,
)
from ..models.logprobs_part import LogprobsPart
