from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class RLTrainingSample(Model):
    """
    Attributes:
        model_input (RLModelInput):
        loss_inputs (RLLossInputs):
    """

    model_input: RLModelInput
    loss_inputs: RLLossInputs
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("model_input", "model_input"),
        ("loss_inputs", "loss_inputs"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        v_model_input = src_dict["model_input"]
        if v_model_input is not None:
            v_model_input = RLModelInput.from_dict(v_model_input)
        v_loss_inputs = src_dict["loss_inputs"]
        if v_loss_inputs is not None:
            v_loss_inputs = RLLossInputs.from_dict(v_loss_inputs)
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_model_input,
            v_loss_inputs,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.rl_loss_inputs import RLLossInputs
from ..models.rl_model_input import RLModelInput
