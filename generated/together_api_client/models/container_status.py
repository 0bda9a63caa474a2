from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

_new = object.__new__


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class ContainerStatus(Model):
    """
    Attributes:
        finished_at (str | None): FinishedAt is the timestamp when the container finished execution (if terminated)
        message (str | None): Message provides a human-readable message with details about the container's status
        name (str | None): Name is the name of the container
        reason (str | None): Reason provides a brief machine-readable reason for the container's current status
        started_at (str | None): StartedAt is the timestamp when the container started execution
        status (str | None): Status is the current state of the container (e.g., "Running", "Terminated", "Waiting")
    """

    finished_at: str | None = None
    message: str | None = None
    name: str | None = None
    reason: str | None = None
    started_at: str | None = None
    status: str | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("finished_at", "finishedAt"),
        ("message", "message"),
        ("name", "name"),
        ("reason", "reason"),
        ("started_at", "startedAt"),
        ("status", "status"),
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
    "finished_at": ("finishedAt", None, None),
    "message": ("message", None, None),
    "name": ("name", None, None),
    "reason": ("reason", None, None),
    "started_at": ("startedAt", None, None),
    "status": ("status", None, None),
}
ContainerStatus._lazy = _LAZY
