from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_info_success_response_status import JobInfoSuccessResponseStatus
from ..types import Model


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
        v_type_ = src_dict["type"]
        v_job_id = src_dict["job_id"]
        v_status = src_dict["status"]
        if v_status is not None:
            v_status = JobInfoSuccessResponseStatus(v_status)
        v_status_updates = src_dict["status_updates"]
        if v_status_updates is not None:
            v_status_updates = [
                None
                if x0 is None
                else JobInfoSuccessResponseStatusUpdatesItem.from_dict(x0)
                for x0 in v_status_updates
            ]
        v_args = src_dict["args"]
        if v_args is not None:
            v_args = JobInfoSuccessResponseArgs.from_dict(v_args)
        v_created_at = src_dict["created_at"]
        if v_created_at is not None:
            v_created_at = _isoparse(v_created_at)
        v_updated_at = src_dict["updated_at"]
        if v_updated_at is not None:
            v_updated_at = _isoparse(v_updated_at)
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_type_,
            v_job_id,
            v_status,
            v_status_updates,
            v_args,
            v_created_at,
            v_updated_at,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from dateutil.parser import isoparse as _isoparse

from ..models.job_info_success_response_args import JobInfoSuccessResponseArgs
from ..models.job_info_success_response_status_updates_item import (
    JobInfoSuccessResponseStatusUpdatesItem,
)
