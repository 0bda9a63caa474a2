from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

_new = object.__new__

from typing import Literal

from ..models.finetune_event_levels_type_1 import FinetuneEventLevelsType1
from ..models.finetune_event_type import FinetuneEventType


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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is read from a JSON object, not {type(src_dict).__name__}"
            )
        self = _new(cls)
        self._wire = src_dict
        return self


def _build_level(value: Any) -> Any:
    return FinetuneEventLevelsType1(value)


def _build_type_(value: Any) -> Any:
    return FinetuneEventType(value)


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "object": ("object", None, None),
    "created_at": ("created_at", None, None),
    "level": ("level", _build_level, None),
    "message": ("message", None, None),
    "type": ("type", _build_type_, None),
    "param_count": ("param_count", None, None),
    "token_count": ("token_count", None, None),
    "total_steps": ("total_steps", None, None),
    "wandb_url": ("wandb_url", None, None),
    "step": ("step", None, None),
    "checkpoint_path": ("checkpoint_path", None, None),
    "model_path": ("model_path", None, None),
    "training_offset": ("training_offset", None, None),
    "hash": ("hash", None, None),
}
FineTuneEvent._lazy = _LAZY
