from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model, is_known

_new = object.__new__


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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is read from a JSON object, not {type(src_dict).__name__}"
            )
        self = _new(cls)
        self._wire = src_dict
        return self


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


def _build_top_logprobs(value: Any) -> Any:
    return _read_top_logprobs(value)


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "token_ids": ("token_ids", None, None),
    "tokens": ("tokens", None, None),
    "token_logprobs": ("token_logprobs", None, None),
    "top_logprobs": ("top_logprobs", _build_top_logprobs, None),
}
LogprobsPart._lazy = _LAZY


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.top_logprobs import TopLogprobs
