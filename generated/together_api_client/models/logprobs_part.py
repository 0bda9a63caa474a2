from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model, is_known


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class LogprobsPart(Model):
    """
    Attributes:
        token_ids (list[float] | None): List of token IDs corresponding to the logprobs
        tokens (list[str] | None): List of token strings
        token_logprobs (list[float] | None): List of token log probabilities
        top_logprobs (list[TopLogprobs] | TopLogprobs | None): For each generated token, its most likely alternatives
            and their log probabilities (one map per token, as the service sends them), or one map (as the spec has it).
    """

    token_ids: list[float] | None = None
    tokens: list[str] | None = None
    token_logprobs: list[float] | None = None
    top_logprobs: list[TopLogprobs] | TopLogprobs | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("token_ids", "token_ids"),
        ("tokens", "tokens"),
        ("token_logprobs", "token_logprobs"),
        ("top_logprobs", "top_logprobs"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_token_ids = _get("token_ids")
        v_tokens = _get("tokens")
        v_token_logprobs = _get("token_logprobs")
        v_top_logprobs = _get("top_logprobs")
        if v_top_logprobs is not None:
            v_top_logprobs = _read_top_logprobs(v_top_logprobs)
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_token_ids,
            v_tokens,
            v_token_logprobs,
            v_top_logprobs,
            src_dict,
        )


def _read_top_logprobs(data: Any) -> Any:
    """The first type that reads ``data`` with enum values it knows (so models are told apart
    by their discriminating enum); else ``data`` as it came."""
    value: Any
    if isinstance(data, list):
        try:
            value = [None if x0 is None else TopLogprobs.from_dict(x0) for x0 in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        else:
            if is_known(value):
                return value
    if isinstance(data, dict):
        try:
            value = TopLogprobs.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        else:
            if is_known(value):
                return value
    return data


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.top_logprobs import TopLogprobs
