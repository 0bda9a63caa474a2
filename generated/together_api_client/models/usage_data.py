from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


@_attrs_define
class UsageData(Model):
    """
    Attributes:
        completion_tokens (int):
        prompt_tokens (int):
        total_tokens (int):
    """

    completion_tokens: int
    prompt_tokens: int
    total_tokens: int
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("completion_tokens", "completion_tokens"),
        ("prompt_tokens", "prompt_tokens"),
        ("total_tokens", "total_tokens"),
    )
    _keys: ClassVar[frozenset[str]] = frozenset(key for _, key in _fields)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        completion_tokens = src_dict["completion_tokens"]
        prompt_tokens = src_dict["prompt_tokens"]
        total_tokens = src_dict["total_tokens"]
        # Positional, in the order the fields are declared: cheaper than keywords.
        return cls(
            completion_tokens,
            prompt_tokens,
            total_tokens,
            src_dict,
        )
