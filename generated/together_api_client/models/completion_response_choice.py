from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.finish_reason import FinishReason
from ..types import Model


@_attrs_define
class CompletionResponseChoice(Model):
    """
    Attributes:
        text (str):
        finish_reason (FinishReason | None):
        logprobs (LogprobsPart | None):
        seed (int | None):
    """

    text: str
    finish_reason: FinishReason | None = None
    logprobs: LogprobsPart | None = None
    seed: int | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("text", "text"),
        ("finish_reason", "finish_reason"),
        ("logprobs", "logprobs"),
        ("seed", "seed"),
    )
    _keys: ClassVar[frozenset[str]] = frozenset(key for _, key in _fields)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        text = src_dict["text"]
        finish_reason = _get("finish_reason")
        if finish_reason is not None:
            finish_reason = FinishReason(finish_reason)
        logprobs = _get("logprobs")
        if logprobs is not None:
            logprobs = LogprobsPart.from_dict(logprobs)
        seed = _get("seed")
        # Positional, in the order the fields are declared: cheaper than keywords.
        return cls(
            text,
            finish_reason,
            logprobs,
            seed,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.logprobs_part import LogprobsPart
