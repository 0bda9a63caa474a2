from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class RLSampleSequence(Model):
    """A single generated completion sequence with tokens and logprobs

    Attributes:
        tokens (list[int | str]): Generated token IDs
        logprobs (list[float] | None): Log probabilities for each generated token
        stop_reason (str | None): Reason for stopping generation
    """

    tokens: list[int | str]
    logprobs: list[float] | None = None
    stop_reason: str | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("tokens", "tokens"),
        ("logprobs", "logprobs"),
        ("stop_reason", "stop_reason"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_tokens = src_dict["tokens"]
        v_logprobs = _get("logprobs")
        v_stop_reason = _get("stop_reason")
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_tokens,
            v_logprobs,
            v_stop_reason,
            src_dict,
        )
