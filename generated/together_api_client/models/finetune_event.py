from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.finetune_event_levels_type_1 import FinetuneEventLevelsType1
from ..models.finetune_event_object import FinetuneEventObject
from ..models.finetune_event_type import FinetuneEventType
from ..types import Model


@_attrs_define
class FinetuneEvent(Model):
    """
    Attributes:
        created_at (str | None):
        hash (str | None):
        level (FinetuneEventLevelsType1 | None):
        message (str | None):
        object (FinetuneEventObject | None):
        param_count (int | None):
        token_count (int | None):
        type (FinetuneEventType | None):
        wandb_url (str | None):
    """

    created_at: str | None = None
    hash: str | None = None
    level: FinetuneEventLevelsType1 | None = None
    message: str | None = None
    object: FinetuneEventObject | None = None
    param_count: int | None = None
    token_count: int | None = None
    type: FinetuneEventType | None = None
    wandb_url: str | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("created_at", "created_at"),
        ("hash", "hash"),
        ("level", "level"),
        ("message", "message"),
        ("object", "object"),
        ("param_count", "param_count"),
        ("token_count", "token_count"),
        ("type", "type"),
        ("wandb_url", "wandb_url"),
    )
    _keys: ClassVar[frozenset[str]] = frozenset(key for _, key in _fields)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        created_at = _get("created_at")
        hash_ = _get("hash")
        level = _get("level")
        if level is not None:
            level = FinetuneEventLevelsType1(level)
        message = _get("message")
        object_ = _get("object")
        if object_ is not None:
            object_ = FinetuneEventObject(object_)
        param_count = _get("param_count")
        token_count = _get("token_count")
        type_ = _get("type")
        if type_ is not None:
            type_ = FinetuneEventType(type_)
        wandb_url = _get("wandb_url")
        # Positional, in the order the fields are declared: cheaper than keywords.
        return cls(
            created_at,
            hash_,
            level,
            message,
            object_,
            param_count,
            token_count,
            type_,
            wandb_url,
            src_dict,
        )
