from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


@_attrs_define
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
    _keys: ClassVar[frozenset[str]] = frozenset(key for _, key in _fields)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        token_ids = _get("token_ids")
        token_logprobs = _get("token_logprobs")
        tokens = _get("tokens")
        # Positional, in the order the fields are declared: cheaper than keywords.
        return cls(
            token_ids,
            token_logprobs,
            tokens,
            src_dict,
        )
