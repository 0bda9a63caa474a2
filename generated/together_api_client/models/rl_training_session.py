from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

_new = object.__new__

import datetime

from ..models.rl_session_type import RLSessionType
from ..models.rl_training_session_status import RLTrainingSessionStatus


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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is read from a JSON object, not {type(src_dict).__name__}"
            )
        # The required fields must be there (a missing one fails here, at read time); every
        # field is read when first asked for (see types.Model.__getattr__).
        src_dict["id"]
        src_dict["status"]
        src_dict["base_model"]
        src_dict["inference_checkpoints"]
        src_dict["training_checkpoints"]
        src_dict["created_at"]
        src_dict["updated_at"]
        src_dict["lora_config"]
        src_dict["type"]
        self = _new(cls)
        self._wire = src_dict
        return self


def _build_status(value: Any) -> Any:
    return RLTrainingSessionStatus(value)


def _build_inference_checkpoints(value: Any) -> Any:
    return [None if x0 is None else RLInferenceCheckpoint.from_dict(x0) for x0 in value]


def _build_training_checkpoints(value: Any) -> Any:
    return [None if x0 is None else RLTrainingCheckpoint.from_dict(x0) for x0 in value]


def _build_created_at(value: Any) -> Any:
    return _isoparse(value)


def _build_updated_at(value: Any) -> Any:
    return _isoparse(value)


def _build_lora_config(value: Any) -> Any:
    return RLLoraConfig.from_dict(value)


def _build_type_(value: Any) -> Any:
    return RLSessionType(value)


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "id": ("id", None, None),
    "status": ("status", _build_status, None),
    "base_model": ("base_model", None, None),
    "inference_checkpoints": (
        "inference_checkpoints",
        _build_inference_checkpoints,
        None,
    ),
    "training_checkpoints": ("training_checkpoints", _build_training_checkpoints, None),
    "step": ("step", None, "0"),
    "created_at": ("created_at", _build_created_at, None),
    "updated_at": ("updated_at", _build_updated_at, None),
    "lora_config": ("lora_config", _build_lora_config, None),
    "type": ("type", _build_type_, None),
    "resume_from_checkpoint_id": ("resume_from_checkpoint_id", None, None),
}
RLTrainingSession._lazy = _LAZY


# The models this one refers to, imported after the class exists (cycles between models resolve).
from dateutil.parser import isoparse as _isoparse

from ..models.rl_inference_checkpoint import RLInferenceCheckpoint
from ..models.rl_lora_config import RLLoraConfig
from ..models.rl_training_checkpoint import RLTrainingCheckpoint
