from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.queue_job_status_response_status import QueueJobStatusResponseStatus
from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class QueueJobStatusResponse(Model):
    """
    Attributes:
        model (str): Model identifier the job was submitted to
        request_id (str): The request ID that was returned from the submit endpoint
        status (QueueJobStatusResponseStatus): Current job status. Transitions: pending → running → done/failed. A
            pending job may also be canceled.
        claimed_at (datetime.datetime | None): Timestamp when a worker claimed the job
        created_at (datetime.datetime | None): Timestamp when the job was created
        done_at (datetime.datetime | None): Timestamp when the job completed (done or failed)
        info (QueueJobStatusResponseInfo | None): Job metadata. Contains keys from the submit request, plus any
            modifications from the model or system (e.g. progress, retry
            history).
        inputs (QueueJobStatusResponseInputs | None): Freeform model input, as submitted
        outputs (QueueJobStatusResponseOutputs | None): Freeform model output, populated when the job reaches done
            status. Contents are model-specific.
        priority (int | None): Job priority. Higher values are processed first.
        retries (int | None): Number of times this job has been retried. Workers set a claim
            timeout and must send periodic status updates to keep the job alive.
            If no update is received within the timeout, the job is returned to
            the queue and retried. After 3 retries the job is permanently
            failed. Jobs explicitly failed by the model are not retried.
        warnings (list[str] | None): Non-fatal messages about the request (e.g. deprecation notices)
    """

    model: str
    request_id: str
    status: QueueJobStatusResponseStatus
    claimed_at: datetime.datetime | None = None
    created_at: datetime.datetime | None = None
    done_at: datetime.datetime | None = None
    info: QueueJobStatusResponseInfo | None = None
    inputs: QueueJobStatusResponseInputs | None = None
    outputs: QueueJobStatusResponseOutputs | None = None
    priority: int | None = None
    retries: int | None = None
    warnings: list[str] | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("model", "model"),
        ("request_id", "request_id"),
        ("status", "status"),
        ("claimed_at", "claimed_at"),
        ("created_at", "created_at"),
        ("done_at", "done_at"),
        ("info", "info"),
        ("inputs", "inputs"),
        ("outputs", "outputs"),
        ("priority", "priority"),
        ("retries", "retries"),
        ("warnings", "warnings"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_model = src_dict["model"]
        v_request_id = src_dict["request_id"]
        v_status = src_dict["status"]
        if v_status is not None:
            v_status = QueueJobStatusResponseStatus(v_status)
        v_claimed_at = _get("claimed_at")
        if v_claimed_at is not None:
            v_claimed_at = _isoparse(v_claimed_at)
        v_created_at = _get("created_at")
        if v_created_at is not None:
            v_created_at = _isoparse(v_created_at)
        v_done_at = _get("done_at")
        if v_done_at is not None:
            v_done_at = _isoparse(v_done_at)
        v_info = _get("info")
        if v_info is not None:
            v_info = QueueJobStatusResponseInfo.from_dict(v_info)
        v_inputs = _get("inputs")
        if v_inputs is not None:
            v_inputs = QueueJobStatusResponseInputs.from_dict(v_inputs)
        v_outputs = _get("outputs")
        if v_outputs is not None:
            v_outputs = QueueJobStatusResponseOutputs.from_dict(v_outputs)
        v_priority = _get("priority")
        v_retries = _get("retries")
        v_warnings = _get("warnings")
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_model,
            v_request_id,
            v_status,
            v_claimed_at,
            v_created_at,
            v_done_at,
            v_info,
            v_inputs,
            v_outputs,
            v_priority,
            v_retries,
            v_warnings,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from dateutil.parser import isoparse as _isoparse

from ..models.queue_job_status_response_info import QueueJobStatusResponseInfo
from ..models.queue_job_status_response_inputs import QueueJobStatusResponseInputs
from ..models.queue_job_status_response_outputs import QueueJobStatusResponseOutputs
