from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.training_method_sft_method import TrainingMethodSFTMethod
from ..models.training_method_sft_train_on_inputs_type_1 import (
    TrainingMethodSFTTrainOnInputsType1,
)
from ..types import Model, is_known


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class TrainingMethodSFT(Model):
    """
    Attributes:
        method (TrainingMethodSFTMethod):
        train_on_inputs (bool | TrainingMethodSFTTrainOnInputsType1): Whether to mask the user messages in
            conversational data or prompts in instruction data.
    """

    method: TrainingMethodSFTMethod
    train_on_inputs: bool | TrainingMethodSFTTrainOnInputsType1
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("method", "method"),
        ("train_on_inputs", "train_on_inputs"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        v_method = src_dict["method"]
        if v_method is not None:
            v_method = TrainingMethodSFTMethod(v_method)
        v_train_on_inputs = src_dict["train_on_inputs"]
        if v_train_on_inputs is not None:
            v_train_on_inputs = _read_train_on_inputs(v_train_on_inputs)
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_method,
            v_train_on_inputs,
            src_dict,
        )


def _read_train_on_inputs(data: Any) -> Any:
    """The first type that reads ``data`` with enum values it knows (so models are told apart
    by their discriminating enum); else ``data`` as it came."""
    value: Any
    if not isinstance(data, dict | list):  # an enum: a scalar
        try:
            value = TrainingMethodSFTTrainOnInputsType1(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        else:
            if is_known(value):
                return value
    return data
