from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rl_session_type import RLSessionType
from ..models.rl_training_session_status import RLTrainingSessionStatus
from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class RLTrainingSession(Model):
    """A training session and its current state

    Attributes:
        id (str): ID of the training session
        status (RLTrainingSessionStatus): Status of the training session
        base_model (str): Base model used for the training session
        inference_checkpoints (list[RLInferenceCheckpoint]): List of saved inference checkpoints for this session
        training_checkpoints (list[RLTrainingCheckpoint]): List of saved training checkpoints for this session
        step (int | str): Current training step
        created_at (datetime.datetime): Timestamp when the training session was created
        updated_at (datetime.datetime): Timestamp when the training session was last updated
        lora_config (RLLoraConfig): LoRA adapter configuration
        type (RLSessionType): Type of a training session. TRAINER_AND_GENERATOR provisions both trainer and generator;
            TRAINER_ONLY provisions only the trainer and rejects generator-dependent operations such as sample.
        resume_from_checkpoint_id (str | None): Checkpoint ID this session was resumed from
    """

    id: str
    status: RLTrainingSessionStatus
    base_model: str
    inference_checkpoints: list[RLInferenceCheckpoint]
    training_checkpoints: list[RLTrainingCheckpoint]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    lora_config: RLLoraConfig
    type: RLSessionType
    step: int | str = "0"
    resume_from_checkpoint_id: str | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("status", "status"),
        ("base_model", "base_model"),
        ("inference_checkpoints", "inference_checkpoints"),
        ("training_checkpoints", "training_checkpoints"),
        ("step", "step"),
        ("created_at", "created_at"),
        ("updated_at", "updated_at"),
        ("lora_config", "lora_config"),
        ("type", "type"),
        ("resume_from_checkpoint_id", "resume_from_checkpoint_id"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_id = src_dict["id"]
        v_status = src_dict["status"]
        if v_status is not None:
            v_status = RLTrainingSessionStatus(v_status)
        v_base_model = src_dict["base_model"]
        v_inference_checkpoints = src_dict["inference_checkpoints"]
        if v_inference_checkpoints is not None:
            v_inference_checkpoints = [
                None if x0 is None else RLInferenceCheckpoint.from_dict(x0)
                for x0 in v_inference_checkpoints
            ]
        v_training_checkpoints = src_dict["training_checkpoints"]
        if v_training_checkpoints is not None:
            v_training_checkpoints = [
                None if x0 is None else RLTrainingCheckpoint.from_dict(x0)
                for x0 in v_training_checkpoints
            ]
        v_step = _get("step", "0")
        v_created_at = src_dict["created_at"]
        if v_created_at is not None:
            v_created_at = _isoparse(v_created_at)
        v_updated_at = src_dict["updated_at"]
        if v_updated_at is not None:
            v_updated_at = _isoparse(v_updated_at)
        v_lora_config = src_dict["lora_config"]
        if v_lora_config is not None:
            v_lora_config = RLLoraConfig.from_dict(v_lora_config)
        v_type_ = src_dict["type"]
        if v_type_ is not None:
            v_type_ = RLSessionType(v_type_)
        v_resume_from_checkpoint_id = _get("resume_from_checkpoint_id")
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_id,
            v_status,
            v_base_model,
            v_inference_checkpoints,
            v_training_checkpoints,
            v_created_at,
            v_updated_at,
            v_lora_config,
            v_type_,
            v_step,
            v_resume_from_checkpoint_id,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from dateutil.parser import isoparse as _isoparse

from ..models.rl_inference_checkpoint import RLInferenceCheckpoint
from ..models.rl_lora_config import RLLoraConfig
from ..models.rl_training_checkpoint import RLTrainingCheckpoint
