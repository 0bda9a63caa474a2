from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Pricing")


@_attrs_define
class Pricing:
    """
    Attributes:
        base (float | Unset):  Example: 0.
        finetune (float | Unset):  Example: 0.
        hourly (float | Unset):  Example: 0.
        input_ (float | Unset):  Example: 0.3.
        output (float | Unset):  Example: 0.3.
    """

    base: float | Unset = UNSET
    finetune: float | Unset = UNSET
    hourly: float | Unset = UNSET
    input_: float | Unset = UNSET
    output: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base = self.base

        finetune = self.finetune

        hourly = self.hourly

        input_ = self.input_

        output = self.output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if base is not UNSET:
            field_dict["base"] = base
        if finetune is not UNSET:
            field_dict["finetune"] = finetune
        if hourly is not UNSET:
            field_dict["hourly"] = hourly
        if input_ is not UNSET:
            field_dict["input"] = input_
        if output is not UNSET:
            field_dict["output"] = output
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        base = d.pop("base", UNSET)

        finetune = d.pop("finetune", UNSET)

        hourly = d.pop("hourly", UNSET)

        input_ = d.pop("input", UNSET)

        output = d.pop("output", UNSET)

        obj = cls(
            base=base,
            finetune=finetune,
            hourly=hourly,
            input_=input_,
            output=output,
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
