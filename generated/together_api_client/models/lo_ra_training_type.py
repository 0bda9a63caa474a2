from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lo_ra_training_type_type import LoRATrainingTypeType
from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class LoRATrainingType(Model):
    """
    Attributes:
        type (LoRATrainingTypeType):
        lora_r (int):
        lora_alpha (int):
        lora_dropout (float | None):
        lora_trainable_modules (str | None):
    """

    type: LoRATrainingTypeType
    lora_r: int
    lora_alpha: int
    lora_dropout: float | None = None
    lora_trainable_modules: str | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("lora_r", "lora_r"),
        ("lora_alpha", "lora_alpha"),
        ("lora_dropout", "lora_dropout"),
        ("lora_trainable_modules", "lora_trainable_modules"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_type_ = src_dict["type"]
        if v_type_ is not None:
            v_type_ = LoRATrainingTypeType(v_type_)
        v_lora_r = src_dict["lora_r"]
        v_lora_alpha = src_dict["lora_alpha"]
        v_lora_dropout = _get("lora_dropout")
        v_lora_trainable_modules = _get("lora_trainable_modules")
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_type_,
            v_lora_r,
            v_lora_alpha,
            v_lora_dropout,
            v_lora_trainable_modules,
            src_dict,
        )
