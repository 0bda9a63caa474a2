from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class CosineLRSchedulerArgs(Model):
    """
    Attributes:
        min_lr_ratio (float): The ratio of the final learning rate to the peak learning rate
        num_cycles (float): Number or fraction of cycles for the cosine learning rate scheduler
    """

    min_lr_ratio: float = 0.0
    num_cycles: float = 0.5
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("min_lr_ratio", "min_lr_ratio"),
        ("num_cycles", "num_cycles"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_min_lr_ratio = _get("min_lr_ratio", 0.0)
        v_num_cycles = _get("num_cycles", 0.5)
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_min_lr_ratio,
            v_num_cycles,
            src_dict,
        )
