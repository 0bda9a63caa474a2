from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.batch_job_status import BatchJobStatus
from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class BatchJob(Model):
    """
    Attributes:
        id (str | None):
        user_id (str | None):
        input_file_id (str | None):
        file_size_bytes (int | None): Size of input file in bytes
        status (BatchJobStatus | None): Current status of the batch job
        job_deadline (datetime.datetime | None):
        created_at (datetime.datetime | None):
        endpoint (str | None):
        progress (float | None): Completion progress (0.0 to 100)
        model_id (str | None): Model used for processing requests
        output_file_id (str | None):
        error_file_id (str | None):
        error (str | None):
        completed_at (datetime.datetime | None):
    """

    id: str | None = None
    user_id: str | None = None
    input_file_id: str | None = None
    file_size_bytes: int | None = None
    status: BatchJobStatus | None = None
    job_deadline: datetime.datetime | None = None
    created_at: datetime.datetime | None = None
    endpoint: str | None = None
    progress: float | None = None
    model_id: str | None = None
    output_file_id: str | None = None
    error_file_id: str | None = None
    error: str | None = None
    completed_at: datetime.datetime | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("user_id", "user_id"),
        ("input_file_id", "input_file_id"),
        ("file_size_bytes", "file_size_bytes"),
        ("status", "status"),
        ("job_deadline", "job_deadline"),
        ("created_at", "created_at"),
        ("endpoint", "endpoint"),
        ("progress", "progress"),
        ("model_id", "model_id"),
        ("output_file_id", "output_file_id"),
        ("error_file_id", "error_file_id"),
        ("error", "error"),
        ("completed_at", "completed_at"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_id = _get("id")
        v_user_id = _get("user_id")
        v_input_file_id = _get("input_file_id")
        v_file_size_bytes = _get("file_size_bytes")
        v_status = _get("status")
        if v_status is not None:
            v_status = BatchJobStatus(v_status)
        v_job_deadline = _get("job_deadline")
        if v_job_deadline is not None:
            v_job_deadline = _isoparse(v_job_deadline)
        v_created_at = _get("created_at")
        if v_created_at is not None:
            v_created_at = _isoparse(v_created_at)
        v_endpoint = _get("endpoint")
        v_progress = _get("progress")
        v_model_id = _get("model_id")
        v_output_file_id = _get("output_file_id")
        v_error_file_id = _get("error_file_id")
        v_error = _get("error")
        v_completed_at = _get("completed_at")
        if v_completed_at is not None:
            v_completed_at = _isoparse(v_completed_at)
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_id,
            v_user_id,
            v_input_file_id,
            v_file_size_bytes,
            v_status,
            v_job_deadline,
            v_created_at,
            v_endpoint,
            v_progress,
            v_model_id,
            v_output_file_id,
            v_error_file_id,
            v_error,
            v_completed_at,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from dateutil.parser import isoparse as _isoparse
