from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.finish_reason import FinishReason
from ..types import Model


@_attrs_define
class ChatCompletionChunkChoice(Model):
    """
    Attributes:
        delta (ChatCompletionChunkDelta):
        index (int):
        finish_reason (FinishReason | None):
        logprobs (Any | None): Log probabilities of this chunk's tokens, when requested (shape varies by model).
        seed (int | None):
        text (None | str): The delta's text again (sent by the service, not in the published spec).
    """

    delta: ChatCompletionChunkDelta
    index: int
    finish_reason: FinishReason | None = None
    logprobs: Any | None = None
    seed: int | None = None
    text: None | str = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("delta", "delta"),
        ("index", "index"),
        ("finish_reason", "finish_reason"),
        ("logprobs", "logprobs"),
        ("seed", "seed"),
        ("text", "text"),
    )
    _keys: ClassVar[frozenset[str]] = frozenset(key for _, key in _fields)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        delta = src_dict["delta"]
        if delta is not None:
            delta = ChatCompletionChunkDelta.from_dict(delta)
        index = src_dict["index"]
        finish_reason = _get("finish_reason")
        if finish_reason is not None:
            finish_reason = FinishReason(finish_reason)
        logprobs = _get("logprobs")
        seed = _get("seed")
        text = _get("text")
        # Positional, in the order the fields are declared: cheaper than keywords.
        return cls(
            delta,
            index,
            finish_reason,
            logprobs,
            seed,
            text,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.chat_completion_chunk_delta import ChatCompletionChunkDelta
