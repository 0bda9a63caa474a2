from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

_new = object.__new__


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class KubernetesEvent(Model):
    """
    Attributes:
        action (str | None): Action is the action taken or reported by this event
        count (int | None): Count is the number of times this event has occurred
        first_seen (str | None): FirstSeen is the timestamp when this event was first observed
        last_seen (str | None): LastSeen is the timestamp when this event was last observed
        message (str | None): Message is a human-readable description of the event
        reason (str | None): Reason is a brief machine-readable reason for this event (e.g., "Pulling", "Started",
            "Failed")
    """

    action: str | None = None
    count: int | None = None
    first_seen: str | None = None
    last_seen: str | None = None
    message: str | None = None
    reason: str | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("action", "action"),
        ("count", "count"),
        ("first_seen", "first_seen"),
        ("last_seen", "last_seen"),
        ("message", "message"),
        ("reason", "reason"),
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


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "action": ("action", None, None),
    "count": ("count", None, None),
    "first_seen": ("first_seen", None, None),
    "last_seen": ("last_seen", None, None),
    "message": ("message", None, None),
    "reason": ("reason", None, None),
}
KubernetesEvent._lazy = _LAZY
