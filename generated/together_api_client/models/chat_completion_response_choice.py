from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.finish_reason import FinishReason
from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class ChatCompletionResponseChoice(Model):
    """
    Attributes:
        index (int):
        message (ChatCompletionMessage):
        text (str | None):
        seed (int | None):
        finish_reason (FinishReason | None):
        logprobs (LogprobsPart | None):
        top_logprobs (TopLogprobs | None): Top log probabilities for the tokens.
    """

    index: int
    message: ChatCompletionMessage
    text: str | None = None
    seed: int | None = None
    finish_reason: FinishReason | None = None
    logprobs: LogprobsPart | None = None
    top_logprobs: TopLogprobs | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("index", "index"),
        ("message", "message"),
        ("text", "text"),
        ("seed", "seed"),
        ("finish_reason", "finish_reason"),
        ("logprobs", "logprobs"),
        ("top_logprobs", "top_logprobs"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_index = src_dict["index"]
        v_message = src_dict["message"]
        if v_message is not None:
            v_message = ChatCompletionMessage.from_dict(v_message)
        v_text = _get("text")
        v_seed = _get("seed")
        v_finish_reason = _get("finish_reason")
        if v_finish_reason is not None:
            v_finish_reason = FinishReason(v_finish_reason)
        v_logprobs = _get("logprobs")
        if v_logprobs is not None:
            v_logprobs = LogprobsPart.from_dict(v_logprobs)
        v_top_logprobs = _get("top_logprobs")
        if v_top_logprobs is not None:
            v_top_logprobs = TopLogprobs.from_dict(v_top_logprobs)
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_index,
            v_message,
            v_text,
            v_seed,
            v_finish_reason,
            v_logprobs,
            v_top_logprobs,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.chat_completion_message import ChatCompletionMessage
from ..models.logprobs_part import LogprobsPart
from ..models.top_logprobs import TopLogprobs
