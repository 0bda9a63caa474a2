from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.finetune_event_levels_type_1 import FinetuneEventLevelsType1
from ..models.finetune_event_type import FinetuneEventType
from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class FineTuneEvent(Model):
    """
    Attributes:
        object (Literal['fine-tune-event'] | None): The object type, which is always `fine-tune-event`.
        created_at (str | None):
        level (FinetuneEventLevelsType1 | None):
        message (str | None):
        type (FinetuneEventType | None):
        param_count (int | None):
        token_count (int | None):
        total_steps (int | None):
        wandb_url (str | None):
        step (int | None):
        checkpoint_path (str | None):
        model_path (str | None):
        training_offset (int | None):
        hash (str | None):
    """

    object: Literal["fine-tune-event"] | None = None
    created_at: str | None = None
    level: FinetuneEventLevelsType1 | None = None
    message: str | None = None
    type: FinetuneEventType | None = None
    param_count: int | None = None
    token_count: int | None = None
    total_steps: int | None = None
    wandb_url: str | None = None
    step: int | None = None
    checkpoint_path: str | None = None
    model_path: str | None = None
    training_offset: int | None = None
    hash: str | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("object", "object"),
        ("created_at", "created_at"),
        ("level", "level"),
        ("message", "message"),
        ("type", "type"),
        ("param_count", "param_count"),
        ("token_count", "token_count"),
        ("total_steps", "total_steps"),
        ("wandb_url", "wandb_url"),
        ("step", "step"),
        ("checkpoint_path", "checkpoint_path"),
        ("model_path", "model_path"),
        ("training_offset", "training_offset"),
        ("hash", "hash"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_object_ = _get("object")
        v_created_at = _get("created_at")
        v_level = _get("level")
        if v_level is not None:
            v_level = FinetuneEventLevelsType1(v_level)
        v_message = _get("message")
        v_type_ = _get("type")
        if v_type_ is not None:
            v_type_ = FinetuneEventType(v_type_)
        v_param_count = _get("param_count")
        v_token_count = _get("token_count")
        v_total_steps = _get("total_steps")
        v_wandb_url = _get("wandb_url")
        v_step = _get("step")
        v_checkpoint_path = _get("checkpoint_path")
        v_model_path = _get("model_path")
        v_training_offset = _get("training_offset")
        v_hash_ = _get("hash")
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_object_,
            v_created_at,
            v_level,
            v_message,
            v_type_,
            v_param_count,
            v_token_count,
            v_total_steps,
            v_wandb_url,
            v_step,
            v_checkpoint_path,
            v_model_path,
            v_training_offset,
            v_hash_,
            src_dict,
        )
