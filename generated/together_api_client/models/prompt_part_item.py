from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


@_attrs_define
class PromptPartItem(Model):
    """
    Attributes:
        logprobs (LogprobsPart | None):
        text (str | None):
    """

    logprobs: LogprobsPart | None = None
    text: str | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("logprobs", "logprobs"),
        ("text", "text"),
    )
    _keys: ClassVar[frozenset[str]] = frozenset(key for _, key in _fields)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        logprobs = _get("logprobs")
        if logprobs is not None:
            logprobs = LogprobsPart.from_dict(logprobs)
        text = _get("text")
        # Positional, in the order the fields are declared: cheaper than keywords.
        return cls(
            logprobs,
            text,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.logprobs_part import LogprobsPart
