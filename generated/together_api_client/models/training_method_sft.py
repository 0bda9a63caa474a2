from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model, is_known

_new = object.__new__


from ..models.training_method_sft_method import TrainingMethodSFTMethod
from ..models.training_method_sft_train_on_inputs_type_1 import (
    TrainingMethodSFTTrainOnInputsType1,
)


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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is read from a JSON object, not {type(src_dict).__name__}"
            )
        # The required fields must be there (a missing one fails here, at read time); every
        # field is read when first asked for (see types.Model.__getattr__).
        src_dict["method"]
        src_dict["train_on_inputs"]
        self = _new(cls)
        self._wire = src_dict
        return self


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


def _build_method(value: Any) -> Any:
    return TrainingMethodSFTMethod(value)


def _build_train_on_inputs(value: Any) -> Any:
    return _read_train_on_inputs(value)


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "method": ("method", _build_method, None),
    "train_on_inputs": ("train_on_inputs", _build_train_on_inputs, None),
}
TrainingMethodSFT._lazy = _LAZY
