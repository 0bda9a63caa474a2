from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lo_ra_training_type_type import LoRATrainingTypeType
from ..types import Model


@_attrs_define
class LoRATrainingType(Model):
    """
    Attributes:
        lora_alpha (int):
        lora_r (int):
        type (LoRATrainingTypeType):
        lora_dropout (float | None):
        lora_trainable_modules (str | None):
    """

    lora_alpha: int
    lora_r: int
    type: LoRATrainingTypeType
    lora_dropout: float | None = None
    lora_trainable_modules: str | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("lora_alpha", "lora_alpha"),
        ("lora_r", "lora_r"),
        ("type", "type"),
        ("lora_dropout", "lora_dropout"),
        ("lora_trainable_modules", "lora_trainable_modules"),
    )
    _keys: ClassVar[frozenset[str]] = frozenset(key for _, key in _fields)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        lora_alpha = src_dict["lora_alpha"]
        lora_r = src_dict["lora_r"]
        type_ = src_dict["type"]
        if type_ is not None:
            type_ = LoRATrainingTypeType(type_)
        lora_dropout = _get("lora_dropout")
        lora_trainable_modules = _get("lora_trainable_modules")
        # Positional, in the order the fields are declared: cheaper than keywords.
        return cls(
            lora_alpha,
            lora_r,
            type_,
            lora_dropout,
            lora_trainable_modules,
            src_dict,
        )
