from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

_new = object.__new__


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class FineTuneModelLimitsLoraTraining(Model):
    """Limits for LoRA training.

    Attributes:
        max_batch_size (int): Maximum batch size for SFT LoRA training.
        max_batch_size_dpo (int): Maximum batch size for DPO LoRA training.
        min_batch_size (int): Minimum batch size for LoRA training.
        max_rank (int): Maximum LoRA rank.
        target_modules (list[str]): Available target modules for LoRA.
    """

    max_batch_size: int
    max_batch_size_dpo: int
    min_batch_size: int
    max_rank: int
    target_modules: list[str]
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("max_batch_size", "max_batch_size"),
        ("max_batch_size_dpo", "max_batch_size_dpo"),
        ("min_batch_size", "min_batch_size"),
        ("max_rank", "max_rank"),
        ("target_modules", "target_modules"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is read from a JSON object, not {type(src_dict).__name__}"
            )
        # The required fields must be there (a missing one fails here, at read time); every
        # field is read when first asked for (see types.Model.__getattr__).
        src_dict["max_batch_size"]
        src_dict["max_batch_size_dpo"]
        src_dict["min_batch_size"]
        src_dict["max_rank"]
        src_dict["target_modules"]
        self = _new(cls)
        self._wire = src_dict
        return self


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "max_batch_size": ("max_batch_size", None, None),
    "max_batch_size_dpo": ("max_batch_size_dpo", None, None),
    "min_batch_size": ("min_batch_size", None, None),
    "max_rank": ("max_rank", None, None),
    "target_modules": ("target_modules", None, None),
}
FineTuneModelLimitsLoraTraining._lazy = _LAZY
