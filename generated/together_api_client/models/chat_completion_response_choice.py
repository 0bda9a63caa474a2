from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.finish_reason import FinishReason
from ..types import Model


@_attrs_define
class ChatCompletionResponseChoice(Model):
    """
    Attributes:
        index (int):
        message (ChatCompletionMessage):
        finish_reason (FinishReason | None):
        logprobs (LogprobsPart | None):
        seed (int | None):
        text (str | None):
    """

    index: int
    message: ChatCompletionMessage
    finish_reason: FinishReason | None = None
    logprobs: LogprobsPart | None = None
    seed: int | None = None
    text: str | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("index", "index"),
        ("message", "message"),
        ("finish_reason", "finish_reason"),
        ("logprobs", "logprobs"),
        ("seed", "seed"),
        ("text", "text"),
    )
    _keys: ClassVar[frozenset[str]] = frozenset(key for _, key in _fields)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        index = src_dict["index"]
        message = src_dict["message"]
        if message is not None:
            message = ChatCompletionMessage.from_dict(message)
        finish_reason = _get("finish_reason")
        if finish_reason is not None:
            finish_reason = FinishReason(finish_reason)
        logprobs = _get("logprobs")
        if logprobs is not None:
            logprobs = LogprobsPart.from_dict(logprobs)
        seed = _get("seed")
        text = _get("text")
        # Positional, in the order the fields are declared: cheaper than keywords.
        return cls(
            index,
            message,
            finish_reason,
            logprobs,
            seed,
            text,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.chat_completion_message import ChatCompletionMessage
from ..models.logprobs_part import LogprobsPart
