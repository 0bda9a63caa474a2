from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.finetune_event_levels_type_1 import FinetuneEventLevelsType1
from ..models.finetune_event_object import FinetuneEventObject
from ..models.finetune_event_type import FinetuneEventType
from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
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
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_created_at = _get("created_at")
        v_hash_ = _get("hash")
        v_level = _get("level")
        if v_level is not None:
            v_level = FinetuneEventLevelsType1(v_level)
        v_message = _get("message")
        v_object_ = _get("object")
        if v_object_ is not None:
            v_object_ = FinetuneEventObject(v_object_)
        v_param_count = _get("param_count")
        v_token_count = _get("token_count")
        v_type_ = _get("type")
        if v_type_ is not None:
            v_type_ = FinetuneEventType(v_type_)
        v_wandb_url = _get("wandb_url")
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_created_at,
            v_hash_,
            v_level,
            v_message,
            v_object_,
            v_param_count,
            v_token_count,
            v_type_,
            v_wandb_url,
            src_dict,
        )
