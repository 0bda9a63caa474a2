from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LogprobsPart")


@_attrs_define
class LogprobsPart:
    """
    Attributes:
        token_ids (list[float] | Unset): List of token IDs corresponding to the logprobs
        token_logprobs (list[float] | Unset): List of token log probabilities
        tokens (list[str] | Unset): List of token strings
    """

    token_ids: list[float] | Unset = UNSET
    token_logprobs: list[float] | Unset = UNSET
    tokens: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token_ids: list[float] | Unset = UNSET
        if not isinstance(self.token_ids, Unset):
            token_ids = self.token_ids

        token_logprobs: list[float] | Unset = UNSET
        if not isinstance(self.token_logprobs, Unset):
            token_logprobs = self.token_logprobs

        tokens: list[str] | Unset = UNSET
        if not isinstance(self.tokens, Unset):
            tokens = self.tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if token_ids is not UNSET:
            field_dict["token_ids"] = token_ids
        if token_logprobs is not UNSET:
            field_dict["token_logprobs"] = token_logprobs
        if tokens is not UNSET:
            field_dict["tokens"] = tokens
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        token_ids = cast(list[float], d.pop("token_ids", UNSET))

        token_logprobs = cast(list[float], d.pop("token_logprobs", UNSET))

        tokens = cast(list[str], d.pop("tokens", UNSET))

        obj = cls(
            token_ids=token_ids,
            token_logprobs=token_logprobs,
            tokens=tokens,
        )
        obj.additional_properties = d
        return obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
