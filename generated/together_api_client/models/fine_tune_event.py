from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fine_tune_event_level_type_1 import FineTuneEventLevelType1
from ..models.fine_tune_event_object import FineTuneEventObject
from ..models.fine_tune_event_type import FineTuneEventType
from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class FineTuneEvent(Model):
    """
    Attributes:
        checkpoint_path (str | None):
        created_at (str | None):
        hash (str | None):
        level (FineTuneEventLevelType1 | None):
        message (str | None):
        model_path (str | None):
        object (FineTuneEventObject | None):
        param_count (int | None):
        step (int | None):
        token_count (int | None):
        total_steps (int | None):
        training_offset (int | None):
        type (FineTuneEventType | None):
        wandb_url (str | None):
    """

    checkpoint_path: str | None = None
    created_at: str | None = None
    hash: str | None = None
    level: FineTuneEventLevelType1 | None = None
    message: str | None = None
    model_path: str | None = None
    object: FineTuneEventObject | None = None
    param_count: int | None = None
    step: int | None = None
    token_count: int | None = None
    total_steps: int | None = None
    training_offset: int | None = None
    type: FineTuneEventType | None = None
    wandb_url: str | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("checkpoint_path", "checkpoint_path"),
        ("created_at", "created_at"),
        ("hash", "hash"),
        ("level", "level"),
        ("message", "message"),
        ("model_path", "model_path"),
        ("object", "object"),
        ("param_count", "param_count"),
        ("step", "step"),
        ("token_count", "token_count"),
        ("total_steps", "total_steps"),
        ("training_offset", "training_offset"),
        ("type", "type"),
        ("wandb_url", "wandb_url"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_checkpoint_path = _get("checkpoint_path")
        v_created_at = _get("created_at")
        v_hash_ = _get("hash")
        v_level = _get("level")
        if v_level is not None:
            v_level = FineTuneEventLevelType1(v_level)
        v_message = _get("message")
        v_model_path = _get("model_path")
        v_object_ = _get("object")
        if v_object_ is not None:
            v_object_ = FineTuneEventObject(v_object_)
        v_param_count = _get("param_count")
        v_step = _get("step")
        v_token_count = _get("token_count")
        v_total_steps = _get("total_steps")
        v_training_offset = _get("training_offset")
        v_type_ = _get("type")
        if v_type_ is not None:
            v_type_ = FineTuneEventType(v_type_)
        v_wandb_url = _get("wandb_url")
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_checkpoint_path,
            v_created_at,
            v_hash_,
            v_level,
            v_message,
            v_model_path,
            v_object_,
            v_param_count,
            v_step,
            v_token_count,
            v_total_steps,
            v_training_offset,
            v_type_,
            v_wandb_url,
            src_dict,
        )
