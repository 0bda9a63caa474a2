from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

_new = object.__new__

import datetime

from ..models.batch_job_status import BatchJobStatus


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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is read from a JSON object, not {type(src_dict).__name__}"
            )
        self = _new(cls)
        self._wire = src_dict
        return self


def _build_status(value: Any) -> Any:
    return BatchJobStatus(value)


def _build_job_deadline(value: Any) -> Any:
    return _isoparse(value)


def _build_created_at(value: Any) -> Any:
    return _isoparse(value)


def _build_completed_at(value: Any) -> Any:
    return _isoparse(value)


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "id": ("id", None, None),
    "user_id": ("user_id", None, None),
    "input_file_id": ("input_file_id", None, None),
    "file_size_bytes": ("file_size_bytes", None, None),
    "status": ("status", _build_status, None),
    "job_deadline": ("job_deadline", _build_job_deadline, None),
    "created_at": ("created_at", _build_created_at, None),
    "endpoint": ("endpoint", None, None),
    "progress": ("progress", None, None),
    "model_id": ("model_id", None, None),
    "output_file_id": ("output_file_id", None, None),
    "error_file_id": ("error_file_id", None, None),
    "error": ("error", None, None),
    "completed_at": ("completed_at", _build_completed_at, None),
}
BatchJob._lazy = _LAZY


# The models this one refers to, imported after the class exists (cycles between models resolve).
from dateutil.parser import isoparse as _isoparse
