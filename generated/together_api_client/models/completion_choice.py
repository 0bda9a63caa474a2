from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class CompletionChoice(Model):
    """
    Attributes:
        index (int):
        text (str | None):
        delta (CompletionChoiceCompletionChoiceDelta | None):
    """

    index: int
    text: str | None = None
    delta: CompletionChoiceCompletionChoiceDelta | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("index", "index"),
        ("text", "text"),
        ("delta", "delta"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_index = src_dict["index"]
        v_text = _get("text")
        v_delta = _get("delta")
        if v_delta is not None:
            v_delta = CompletionChoiceCompletionChoiceDelta.from_dict(v_delta)
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_index,
            v_text,
            v_delta,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.completion_choice_completion_choice_delta import (
    CompletionChoiceCompletionChoiceDelta,
)
