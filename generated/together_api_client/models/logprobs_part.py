from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class LogprobsPart(Model):
    """
    Attributes:
        token_ids (list[float] | None): List of token IDs corresponding to the logprobs
        token_logprobs (list[float] | None): List of token log probabilities
        tokens (list[str] | None): List of token strings
    """

    token_ids: list[float] | None = None
    token_logprobs: list[float] | None = None
    tokens: list[str] | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("token_ids", "token_ids"),
        ("token_logprobs", "token_logprobs"),
        ("tokens", "tokens"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_token_ids = _get("token_ids")
        v_token_logprobs = _get("token_logprobs")
        v_tokens = _get("tokens")
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_token_ids,
            v_token_logprobs,
            v_tokens,
            src_dict,
        )
