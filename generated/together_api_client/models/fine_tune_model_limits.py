from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

_new = object.__new__


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class FineTuneModelLimits(Model):
    """Model limits for fine-tuning.

    Attributes:
        model_name (str): The name of the model.
        max_num_epochs (int): Maximum number of training epochs.
        max_num_evals (int): Maximum number of evaluations.
        max_learning_rate (float): Maximum learning rate.
        min_learning_rate (float): Minimum learning rate.
        supports_vision (bool): Whether the model supports vision/multimodal inputs.
        supports_tools (bool): Whether the model supports tool/function calling.
        supports_reasoning (bool): Whether the model supports reasoning.
        merge_output_lora (bool): Whether to merge the output LoRA.
        full_training (FineTuneModelLimitsFullTraining | None): Limits for full training.
        lora_training (FineTuneModelLimitsLoraTraining | None): Limits for LoRA training.
    """

    model_name: str
    max_num_epochs: int
    max_num_evals: int
    max_learning_rate: float
    min_learning_rate: float
    supports_vision: bool
    supports_tools: bool
    supports_reasoning: bool
    merge_output_lora: bool
    full_training: FineTuneModelLimitsFullTraining | None = None
    lora_training: FineTuneModelLimitsLoraTraining | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("model_name", "model_name"),
        ("max_num_epochs", "max_num_epochs"),
        ("max_num_evals", "max_num_evals"),
        ("max_learning_rate", "max_learning_rate"),
        ("min_learning_rate", "min_learning_rate"),
        ("supports_vision", "supports_vision"),
        ("supports_tools", "supports_tools"),
        ("supports_reasoning", "supports_reasoning"),
        ("merge_output_lora", "merge_output_lora"),
        ("full_training", "full_training"),
        ("lora_training", "lora_training"),
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
        src_dict["model_name"]
        src_dict["max_num_epochs"]
        src_dict["max_num_evals"]
        src_dict["max_learning_rate"]
        src_dict["min_learning_rate"]
        src_dict["supports_vision"]
        src_dict["supports_tools"]
        src_dict["supports_reasoning"]
        src_dict["merge_output_lora"]
        self = _new(cls)
        self._wire = src_dict
        return self


def _build_full_training(value: Any) -> Any:
    return FineTuneModelLimitsFullTraining.from_dict(value)


def _build_lora_training(value: Any) -> Any:
    return FineTuneModelLimitsLoraTraining.from_dict(value)


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "model_name": ("model_name", None, None),
    "max_num_epochs": ("max_num_epochs", None, None),
    "max_num_evals": ("max_num_evals", None, None),
    "max_learning_rate": ("max_learning_rate", None, None),
    "min_learning_rate": ("min_learning_rate", None, None),
    "supports_vision": ("supports_vision", None, None),
    "supports_tools": ("supports_tools", None, None),
    "supports_reasoning": ("supports_reasoning", None, None),
    "merge_output_lora": ("merge_output_lora", None, None),
    "full_training": ("full_training", _build_full_training, None),
    "lora_training": ("lora_training", _build_lora_training, None),
}
FineTuneModelLimits._lazy = _LAZY


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.fine_tune_model_limits_full_training import (
    FineTuneModelLimitsFullTraining,
)
from ..models.fine_tune_model_limits_lora_training import (
    FineTuneModelLimitsLoraTraining,
)
