from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lo_ra_training_type_type import LoRATrainingTypeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="LoRATrainingType")


@_attrs_define
class LoRATrainingType:
    """
    Attributes:
        lora_alpha (int):
        lora_r (int):
        type_ (LoRATrainingTypeType):
        lora_dropout (float | Unset):  Default: 0.0.
        lora_trainable_modules (str | Unset):  Default: 'all-linear'.
    """

    lora_alpha: int
    lora_r: int
    type_: LoRATrainingTypeType
    lora_dropout: float | Unset = 0.0
    lora_trainable_modules: str | Unset = "all-linear"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lora_alpha = self.lora_alpha

        lora_r = self.lora_r

        type_ = self.type_.value

        lora_dropout = self.lora_dropout

        lora_trainable_modules = self.lora_trainable_modules

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["lora_alpha"] = lora_alpha
        field_dict["lora_r"] = lora_r
        field_dict["type"] = type_
        if lora_dropout is not UNSET:
            field_dict["lora_dropout"] = lora_dropout
        if lora_trainable_modules is not UNSET:
            field_dict["lora_trainable_modules"] = lora_trainable_modules
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        lora_alpha = d.pop("lora_alpha")

        lora_r = d.pop("lora_r")

        type_ = LoRATrainingTypeType(d.pop("type"))

        lora_dropout = d.pop("lora_dropout", UNSET)

        lora_trainable_modules = d.pop("lora_trainable_modules", UNSET)

        obj = cls(
            lora_alpha=lora_alpha,
            lora_r=lora_r,
            type_=type_,
            lora_dropout=lora_dropout,
            lora_trainable_modules=lora_trainable_modules,
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
