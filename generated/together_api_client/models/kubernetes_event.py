from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


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
        _get = src_dict.get
        v_action = _get("action")
        v_count = _get("count")
        v_first_seen = _get("first_seen")
        v_last_seen = _get("last_seen")
        v_message = _get("message")
        v_reason = _get("reason")
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_action,
            v_count,
            v_first_seen,
            v_last_seen,
            v_message,
            v_reason,
            src_dict,
        )
