from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


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
        _get = src_dict.get
        v_model_name = src_dict["model_name"]
        v_max_num_epochs = src_dict["max_num_epochs"]
        v_max_num_evals = src_dict["max_num_evals"]
        v_max_learning_rate = src_dict["max_learning_rate"]
        v_min_learning_rate = src_dict["min_learning_rate"]
        v_supports_vision = src_dict["supports_vision"]
        v_supports_tools = src_dict["supports_tools"]
        v_supports_reasoning = src_dict["supports_reasoning"]
        v_merge_output_lora = src_dict["merge_output_lora"]
        v_full_training = _get("full_training")
        if v_full_training is not None:
            v_full_training = FineTuneModelLimitsFullTraining.from_dict(v_full_training)
        v_lora_training = _get("lora_training")
        if v_lora_training is not None:
            v_lora_training = FineTuneModelLimitsLoraTraining.from_dict(v_lora_training)
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_model_name,
            v_max_num_epochs,
            v_max_num_evals,
            v_max_learning_rate,
            v_min_learning_rate,
            v_supports_vision,
            v_supports_tools,
            v_supports_reasoning,
            v_merge_output_lora,
            v_full_training,
            v_lora_training,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.fine_tune_model_limits_full_training import (
    FineTuneModelLimitsFullTraining,
)
from ..models.fine_tune_model_limits_lora_training import (
    FineTuneModelLimitsLoraTraining,
)
