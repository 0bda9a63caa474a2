from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lr_scheduler_lr_scheduler_type import LRSchedulerLrSchedulerType
from ..types import Model, is_known


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class LRScheduler(Model):
    """
    Attributes:
        lr_scheduler_type (LRSchedulerLrSchedulerType):
        lr_scheduler_args (CosineLRSchedulerArgs | LinearLRSchedulerArgs | None):
    """

    lr_scheduler_type: LRSchedulerLrSchedulerType
    lr_scheduler_args: CosineLRSchedulerArgs | LinearLRSchedulerArgs | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("lr_scheduler_type", "lr_scheduler_type"),
        ("lr_scheduler_args", "lr_scheduler_args"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_lr_scheduler_type = src_dict["lr_scheduler_type"]
        if v_lr_scheduler_type is not None:
            v_lr_scheduler_type = LRSchedulerLrSchedulerType(v_lr_scheduler_type)
        v_lr_scheduler_args = _get("lr_scheduler_args")
        if v_lr_scheduler_args is not None:
            v_lr_scheduler_args = _read_lr_scheduler_args(v_lr_scheduler_args)
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_lr_scheduler_type,
            v_lr_scheduler_args,
            src_dict,
        )


def _read_lr_scheduler_args(data: Any) -> Any:
    """The first type that reads ``data`` with enum values it knows (so models are told apart
    by their discriminating enum); else ``data`` as it came."""
    value: Any
    if isinstance(data, dict):
        try:
            value = LinearLRSchedulerArgs.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        else:
            if is_known(value):
                return value
    if isinstance(data, dict):
        try:
            value = CosineLRSchedulerArgs.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        else:
            if is_known(value):
                return value
    return data


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.cosine_lr_scheduler_args import CosineLRSchedulerArgs
from ..models.linear_lr_scheduler_args import LinearLRSchedulerArgs
