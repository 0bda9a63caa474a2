from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fine_tune_event_level_type_1 import FineTuneEventLevelType1
from ..models.fine_tune_event_object import FineTuneEventObject
from ..models.fine_tune_event_type import FineTuneEventType
from ..types import Model


@_attrs_define
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
    _keys: ClassVar[frozenset[str]] = frozenset(key for _, key in _fields)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        checkpoint_path = _get("checkpoint_path")
        created_at = _get("created_at")
        hash_ = _get("hash")
        level = _get("level")
        if level is not None:
            level = FineTuneEventLevelType1(level)
        message = _get("message")
        model_path = _get("model_path")
        object_ = _get("object")
        if object_ is not None:
            object_ = FineTuneEventObject(object_)
        param_count = _get("param_count")
        step = _get("step")
        token_count = _get("token_count")
        total_steps = _get("total_steps")
        training_offset = _get("training_offset")
        type_ = _get("type")
        if type_ is not None:
            type_ = FineTuneEventType(type_)
        wandb_url = _get("wandb_url")
        # Positional, in the order the fields are declared: cheaper than keywords.
        return cls(
            checkpoint_path,
            created_at,
            hash_,
            level,
            message,
            model_path,
            object_,
            param_count,
            step,
            token_count,
            total_steps,
            training_offset,
            type_,
            wandb_url,
            src_dict,
        )
