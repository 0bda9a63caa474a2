from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fine_tune_event_level_type_1 import FineTuneEventLevelType1
from ..models.fine_tune_event_object import FineTuneEventObject
from ..models.fine_tune_event_type import FineTuneEventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="FineTuneEvent")


@_attrs_define
class FineTuneEvent:
    """
    Attributes:
        checkpoint_path (str | Unset):
        created_at (str | Unset):
        hash_ (str | Unset):
        level (FineTuneEventLevelType1 | None | Unset):
        message (str | Unset):
        model_path (str | Unset):
        object_ (FineTuneEventObject | Unset):
        param_count (int | Unset):
        step (int | Unset):
        token_count (int | Unset):
        total_steps (int | Unset):
        training_offset (int | Unset):
        type_ (FineTuneEventType | Unset):
        wandb_url (str | Unset):
    """

    checkpoint_path: str | Unset = UNSET
    created_at: str | Unset = UNSET
    hash_: str | Unset = UNSET
    level: FineTuneEventLevelType1 | None | Unset = UNSET
    message: str | Unset = UNSET
    model_path: str | Unset = UNSET
    object_: FineTuneEventObject | Unset = UNSET
    param_count: int | Unset = UNSET
    step: int | Unset = UNSET
    token_count: int | Unset = UNSET
    total_steps: int | Unset = UNSET
    training_offset: int | Unset = UNSET
    type_: FineTuneEventType | Unset = UNSET
    wandb_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checkpoint_path = self.checkpoint_path

        created_at = self.created_at

        hash_ = self.hash_

        level: None | str | Unset
        if isinstance(self.level, Unset):
            level = UNSET
        elif isinstance(self.level, FineTuneEventLevelType1):
            level = self.level.value
        else:
            level = self.level

        message = self.message

        model_path = self.model_path

        object_: str | Unset = UNSET
        if not isinstance(self.object_, Unset):
            object_ = self.object_.value

        param_count = self.param_count

        step = self.step

        token_count = self.token_count

        total_steps = self.total_steps

        training_offset = self.training_offset

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        wandb_url = self.wandb_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if checkpoint_path is not UNSET:
            field_dict["checkpoint_path"] = checkpoint_path
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if hash_ is not UNSET:
            field_dict["hash"] = hash_
        if level is not UNSET:
            field_dict["level"] = level
        if message is not UNSET:
            field_dict["message"] = message
        if model_path is not UNSET:
            field_dict["model_path"] = model_path
        if object_ is not UNSET:
            field_dict["object"] = object_
        if param_count is not UNSET:
            field_dict["param_count"] = param_count
        if step is not UNSET:
            field_dict["step"] = step
        if token_count is not UNSET:
            field_dict["token_count"] = token_count
        if total_steps is not UNSET:
            field_dict["total_steps"] = total_steps
        if training_offset is not UNSET:
            field_dict["training_offset"] = training_offset
        if type_ is not UNSET:
            field_dict["type"] = type_
        if wandb_url is not UNSET:
            field_dict["wandb_url"] = wandb_url
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        checkpoint_path = d.pop("checkpoint_path", UNSET)

        created_at = d.pop("created_at", UNSET)

        hash_ = d.pop("hash", UNSET)

        _level = d.pop("level", UNSET)
        level: FineTuneEventLevelType1 | None | Unset
        if _level is None or isinstance(_level, Unset):
            level = _level
        else:
            try:
                if not isinstance(_level, str):
                    raise TypeError()
                level_type_1 = FineTuneEventLevelType1(_level)

                level = level_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                level = _level

        message = d.pop("message", UNSET)

        model_path = d.pop("model_path", UNSET)

        _object_ = d.pop("object", UNSET)
        object_: FineTuneEventObject | Unset
        if isinstance(_object_, Unset):
            object_ = UNSET
        else:
            object_ = FineTuneEventObject(_object_)

        param_count = d.pop("param_count", UNSET)

        step = d.pop("step", UNSET)

        token_count = d.pop("token_count", UNSET)

        total_steps = d.pop("total_steps", UNSET)

        training_offset = d.pop("training_offset", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: FineTuneEventType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = FineTuneEventType(_type_)

        wandb_url = d.pop("wandb_url", UNSET)

        obj = cls(
            checkpoint_path=checkpoint_path,
            created_at=created_at,
            hash_=hash_,
            level=level,
            message=message,
            model_path=model_path,
            object_=object_,
            param_count=param_count,
            step=step,
            token_count=token_count,
            total_steps=total_steps,
            training_offset=training_offset,
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
