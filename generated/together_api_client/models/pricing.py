from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


@_attrs_define
class Pricing(Model):
    """
    Attributes:
        base (float | None):
        finetune (float | None):
        hourly (float | None):
        input (float | None):
        output (float | None):
    """

    base: float | None = None
    finetune: float | None = None
    hourly: float | None = None
    input: float | None = None
    output: float | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("base", "base"),
        ("finetune", "finetune"),
        ("hourly", "hourly"),
        ("input", "input"),
        ("output", "output"),
    )
    _keys: ClassVar[frozenset[str]] = frozenset(key for _, key in _fields)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        base = _get("base")
        finetune = _get("finetune")
        hourly = _get("hourly")
        input_ = _get("input")
        output = _get("output")
        # Positional, in the order the fields are declared: cheaper than keywords.
        return cls(
            base,
            finetune,
            hourly,
            input_,
            output,
            src_dict,
        )
