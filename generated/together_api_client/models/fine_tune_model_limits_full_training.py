from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class FineTuneModelLimitsFullTraining(Model):
    """Limits for full training.

    Attributes:
        max_batch_size (int): Maximum batch size for SFT full training.
        max_batch_size_dpo (int): Maximum batch size for DPO full training.
        min_batch_size (int): Minimum batch size for full training.
    """

    max_batch_size: int
    max_batch_size_dpo: int
    min_batch_size: int
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("max_batch_size", "max_batch_size"),
        ("max_batch_size_dpo", "max_batch_size_dpo"),
        ("min_batch_size", "min_batch_size"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        v_max_batch_size = src_dict["max_batch_size"]
        v_max_batch_size_dpo = src_dict["max_batch_size_dpo"]
        v_min_batch_size = src_dict["min_batch_size"]
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_max_batch_size,
            v_max_batch_size_dpo,
            v_min_batch_size,
            src_dict,
        )
