from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rl_session_type import RLSessionType
from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class RLStartTrainingSessionRequest(Model):
    """
    Attributes:
        base_model (str): Base model to use for the training session
        resume_from_checkpoint_id (str | None): Checkpoint ID to resume from
        type (RLSessionType | None): Type of a training session. TRAINER_AND_GENERATOR provisions both trainer and
            generator; TRAINER_ONLY provisions only the trainer and rejects generator-dependent operations such as sample.
        lora_config (RLLoraConfig | None): LoRA adapter configuration
    """

    base_model: str
    resume_from_checkpoint_id: str | None = None
    type: RLSessionType | None = None
    lora_config: RLLoraConfig | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("base_model", "base_model"),
        ("resume_from_checkpoint_id", "resume_from_checkpoint_id"),
        ("type", "type"),
        ("lora_config", "lora_config"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_base_model = src_dict["base_model"]
        v_resume_from_checkpoint_id = _get("resume_from_checkpoint_id")
        v_type_ = _get("type")
        if v_type_ is not None:
            v_type_ = RLSessionType(v_type_)
        v_lora_config = _get("lora_config")
        if v_lora_config is not None:
            v_lora_config = RLLoraConfig.from_dict(v_lora_config)
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_base_model,
            v_resume_from_checkpoint_id,
            v_type_,
            v_lora_config,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.rl_lora_config import RLLoraConfig
