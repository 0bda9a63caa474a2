from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

_new = object.__new__

import datetime

from ..models.queue_job_status_response_status import QueueJobStatusResponseStatus


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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is read from a JSON object, not {type(src_dict).__name__}"
            )
        # The required fields must be there (a missing one fails here, at read time); every
        # field is read when first asked for (see types.Model.__getattr__).
        src_dict["model"]
        src_dict["request_id"]
        src_dict["status"]
        self = _new(cls)
        self._wire = src_dict
        return self


def _build_status(value: Any) -> Any:
    return QueueJobStatusResponseStatus(value)


def _build_claimed_at(value: Any) -> Any:
    return _isoparse(value)


def _build_created_at(value: Any) -> Any:
    return _isoparse(value)


def _build_done_at(value: Any) -> Any:
    return _isoparse(value)


def _build_info(value: Any) -> Any:
    return QueueJobStatusResponseInfo.from_dict(value)


def _build_inputs(value: Any) -> Any:
    return QueueJobStatusResponseInputs.from_dict(value)


def _build_outputs(value: Any) -> Any:
    return QueueJobStatusResponseOutputs.from_dict(value)


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "model": ("model", None, None),
    "request_id": ("request_id", None, None),
    "status": ("status", _build_status, None),
    "claimed_at": ("claimed_at", _build_claimed_at, None),
    "created_at": ("created_at", _build_created_at, None),
    "done_at": ("done_at", _build_done_at, None),
    "info": ("info", _build_info, None),
    "inputs": ("inputs", _build_inputs, None),
    "outputs": ("outputs", _build_outputs, None),
    "priority": ("priority", None, None),
    "retries": ("retries", None, None),
    "warnings": ("warnings", None, None),
}
QueueJobStatusResponse._lazy = _LAZY


# The models this one refers to, imported after the class exists (cycles between models resolve).
from dateutil.parser import isoparse as _isoparse

from ..models.queue_job_status_response_info import QueueJobStatusResponseInfo
from ..models.queue_job_status_response_inputs import QueueJobStatusResponseInputs
from ..models.queue_job_status_response_outputs import QueueJobStatusResponseOutputs
