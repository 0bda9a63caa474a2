from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.finish_reason import FinishReason
from ..types import Model


@_attrs_define
class CompletionChunkChoice(Model):
    """
    Attributes:
        index (int):
        text (None | str):
        finish_reason (FinishReason | None):
        logprobs (Any | None): Log probabilities of this chunk's tokens, when requested.
        seed (int | None):
        delta (CompletionChunkDelta | None):
    """

    index: int
    text: None | str = None
    finish_reason: FinishReason | None = None
    logprobs: Any | None = None
    seed: int | None = None
    delta: CompletionChunkDelta | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("index", "index"),
        ("text", "text"),
        ("finish_reason", "finish_reason"),
        ("logprobs", "logprobs"),
        ("seed", "seed"),
        ("delta", "delta"),
    )
    _keys: ClassVar[frozenset[str]] = frozenset(key for _, key in _fields)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        index = src_dict["index"]
        text = _get("text")
        finish_reason = _get("finish_reason")
        if finish_reason is not None:
            finish_reason = FinishReason(finish_reason)
        logprobs = _get("logprobs")
        seed = _get("seed")
        delta = _get("delta")
        if delta is not None:
            delta = CompletionChunkDelta.from_dict(delta)
        # Positional, in the order the fields are declared: cheaper than keywords.
        return cls(
            index,
            text,
            finish_reason,
            logprobs,
            seed,
            delta,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.completion_chunk_delta import CompletionChunkDelta
