from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model, is_known

_new = object.__new__


from ..models.lr_scheduler_lr_scheduler_type import LRSchedulerLrSchedulerType


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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is read from a JSON object, not {type(src_dict).__name__}"
            )
        # The required fields must be there (a missing one fails here, at read time); every
        # field is read when first asked for (see types.Model.__getattr__).
        src_dict["lr_scheduler_type"]
        self = _new(cls)
        self._wire = src_dict
        return self


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


def _build_lr_scheduler_type(value: Any) -> Any:
    return LRSchedulerLrSchedulerType(value)


def _build_lr_scheduler_args(value: Any) -> Any:
    return _read_lr_scheduler_args(value)


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "lr_scheduler_type": ("lr_scheduler_type", _build_lr_scheduler_type, None),
    "lr_scheduler_args": ("lr_scheduler_args", _build_lr_scheduler_args, None),
}
LRScheduler._lazy = _LAZY


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.cosine_lr_scheduler_args import CosineLRSchedulerArgs
from ..models.linear_lr_scheduler_args import LinearLRSchedulerArgs
