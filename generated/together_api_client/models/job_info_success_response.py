from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

_new = object.__new__

import datetime

from ..models.job_info_success_response_status import JobInfoSuccessResponseStatus


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class JobInfoSuccessResponse(Model):
    """
    Attributes:
        type (str):
        job_id (str):
        status (JobInfoSuccessResponseStatus):
        status_updates (list[JobInfoSuccessResponseStatusUpdatesItem]):
        args (JobInfoSuccessResponseArgs):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    type: str
    job_id: str
    status: JobInfoSuccessResponseStatus
    status_updates: list[JobInfoSuccessResponseStatusUpdatesItem]
    args: JobInfoSuccessResponseArgs
    created_at: datetime.datetime
    updated_at: datetime.datetime
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("job_id", "job_id"),
        ("status", "status"),
        ("status_updates", "status_updates"),
        ("args", "args"),
        ("created_at", "created_at"),
        ("updated_at", "updated_at"),
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
        src_dict["type"]
        src_dict["job_id"]
        src_dict["status"]
        src_dict["status_updates"]
        src_dict["args"]
        src_dict["created_at"]
        src_dict["updated_at"]
        self = _new(cls)
        self._wire = src_dict
        return self


def _build_status(value: Any) -> Any:
    return JobInfoSuccessResponseStatus(value)


def _build_status_updates(value: Any) -> Any:
    return [
        None if x0 is None else JobInfoSuccessResponseStatusUpdatesItem.from_dict(x0)
        for x0 in value
    ]


def _build_args(value: Any) -> Any:
    return JobInfoSuccessResponseArgs.from_dict(value)


def _build_created_at(value: Any) -> Any:
    return _isoparse(value)


def _build_updated_at(value: Any) -> Any:
    return _isoparse(value)


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "type": ("type", None, None),
    "job_id": ("job_id", None, None),
    "status": ("status", _build_status, None),
    "status_updates": ("status_updates", _build_status_updates, None),
    "args": ("args", _build_args, None),
    "created_at": ("created_at", _build_created_at, None),
    "updated_at": ("updated_at", _build_updated_at, None),
}
JobInfoSuccessResponse._lazy = _LAZY


# The models this one refers to, imported after the class exists (cycles between models resolve).
from dateutil.parser import isoparse as _isoparse

from ..models.job_info_success_response_args import JobInfoSuccessResponseArgs
from ..models.job_info_success_response_status_updates_item import (
    JobInfoSuccessResponseStatusUpdatesItem,
)
