from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.finetune_event_levels_type_1 import FinetuneEventLevelsType1
from ..models.finetune_event_object import FinetuneEventObject
from ..models.finetune_event_type import FinetuneEventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="FinetuneEvent")


@_attrs_define
class FinetuneEvent:
    """
    Attributes:
        created_at (str | Unset):
        hash_ (str | Unset):
        level (FinetuneEventLevelsType1 | None | Unset):
        message (str | Unset):
        object_ (FinetuneEventObject | Unset):
        param_count (int | Unset):
        token_count (int | Unset):
        type_ (FinetuneEventType | Unset):
        wandb_url (str | Unset):
    """

    created_at: str | Unset = UNSET
    hash_: str | Unset = UNSET
    level: FinetuneEventLevelsType1 | None | Unset = UNSET
    message: str | Unset = UNSET
    object_: FinetuneEventObject | Unset = UNSET
    param_count: int | Unset = UNSET
    token_count: int | Unset = UNSET
    type_: FinetuneEventType | Unset = UNSET
    wandb_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        hash_ = self.hash_

        level: None | str | Unset
        if isinstance(self.level, Unset):
            level = UNSET
        elif isinstance(self.level, FinetuneEventLevelsType1):
            level = self.level.value
        else:
            level = self.level

        message = self.message

        object_: str | Unset = UNSET
        if not isinstance(self.object_, Unset):
            object_ = self.object_.value

        param_count = self.param_count

        token_count = self.token_count

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        wandb_url = self.wandb_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if hash_ is not UNSET:
            field_dict["hash"] = hash_
        if level is not UNSET:
            field_dict["level"] = level
        if message is not UNSET:
            field_dict["message"] = message
        if object_ is not UNSET:
            field_dict["object"] = object_
        if param_count is not UNSET:
            field_dict["param_count"] = param_count
        if token_count is not UNSET:
            field_dict["token_count"] = token_count
        if type_ is not UNSET:
            field_dict["type"] = type_
        if wandb_url is not UNSET:
            field_dict["wandb_url"] = wandb_url
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        created_at = d.pop("created_at", UNSET)

        hash_ = d.pop("hash", UNSET)

        _level = d.pop("level", UNSET)
        level: FinetuneEventLevelsType1 | None | Unset
        if _level is None or isinstance(_level, Unset):
            level = _level
        else:
            try:
                if not isinstance(_level, str):
                    raise TypeError()
                componentsschemas_finetune_event_levels_type_1 = (
                    FinetuneEventLevelsType1(_level)
                )

                level = componentsschemas_finetune_event_levels_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                level = _level

        message = d.pop("message", UNSET)

        _object_ = d.pop("object", UNSET)
        object_: FinetuneEventObject | Unset
        if isinstance(_object_, Unset):
            object_ = UNSET
        else:
            object_ = FinetuneEventObject(_object_)

        param_count = d.pop("param_count", UNSET)

        token_count = d.pop("token_count", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: FinetuneEventType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = FinetuneEventType(_type_)

        wandb_url = d.pop("wandb_url", UNSET)

        obj = cls(
            created_at=created_at,
            hash_=hash_,
            level=level,
            message=message,
            object_=object_,
            param_count=param_count,
            token_count=token_count,
            type_=type_,
            wandb_url=wandb_url,
        )
        obj.additional_properties = d
        return obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
