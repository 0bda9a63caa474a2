from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model, is_known

_new = object.__new__

import datetime

from ..models.evaluation_job_status import EvaluationJobStatus
from ..models.evaluation_job_type import EvaluationJobType


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class EvaluationJob(Model):
    """
    Attributes:
        workflow_id (str | None): The evaluation job ID
        type (EvaluationJobType | None): The type of evaluation
        owner_id (str | None): ID of the job owner (admin only)
        status (EvaluationJobStatus | None): Current status of the job
        status_updates (list[EvaluationJobStatusUpdate] | None): History of status updates (admin only)
        parameters (EvaluationJobParameters | None): The parameters used for this evaluation
        created_at (datetime.datetime | None): When the job was created
        updated_at (datetime.datetime | None): When the job was last updated
        results (EvaluationClassifyResults | EvaluationCompareResults | EvaluationJobResultsType3 |
            EvaluationScoreResults | None): Results of the evaluation (when completed)
    """

    workflow_id: str | None = None
    type: EvaluationJobType | None = None
    owner_id: str | None = None
    status: EvaluationJobStatus | None = None
    status_updates: list[EvaluationJobStatusUpdate] | None = None
    parameters: EvaluationJobParameters | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    results: (
        EvaluationClassifyResults
        | EvaluationCompareResults
        | EvaluationJobResultsType3
        | EvaluationScoreResults
        | None
    ) = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("workflow_id", "workflow_id"),
        ("type", "type"),
        ("owner_id", "owner_id"),
        ("status", "status"),
        ("status_updates", "status_updates"),
        ("parameters", "parameters"),
        ("created_at", "created_at"),
        ("updated_at", "updated_at"),
        ("results", "results"),
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


def _read_results(data: Any) -> Any:
    """The first type that reads ``data`` with enum values it knows (so models are told apart
    by their discriminating enum); else ``data`` as it came."""
    value: Any
    if isinstance(data, dict):
        try:
            value = EvaluationClassifyResults.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        else:
            if is_known(value):
                return value
    if isinstance(data, dict):
        try:
            value = EvaluationScoreResults.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        else:
            if is_known(value):
                return value
    if isinstance(data, dict):
        try:
            value = EvaluationCompareResults.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        else:
            if is_known(value):
                return value
    if isinstance(data, dict):
        try:
            value = EvaluationJobResultsType3.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        else:
            if is_known(value):
                return value
    return data


def _build_type_(value: Any) -> Any:
    return EvaluationJobType(value)


def _build_status(value: Any) -> Any:
    return EvaluationJobStatus(value)


def _build_status_updates(value: Any) -> Any:
    return [
        None if x0 is None else EvaluationJobStatusUpdate.from_dict(x0) for x0 in value
    ]


def _build_parameters(value: Any) -> Any:
    return EvaluationJobParameters.from_dict(value)


def _build_created_at(value: Any) -> Any:
    return _isoparse(value)


def _build_updated_at(value: Any) -> Any:
    return _isoparse(value)


def _build_results(value: Any) -> Any:
    return _read_results(value)


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "workflow_id": ("workflow_id", None, None),
    "type": ("type", _build_type_, None),
    "owner_id": ("owner_id", None, None),
    "status": ("status", _build_status, None),
    "status_updates": ("status_updates", _build_status_updates, None),
    "parameters": ("parameters", _build_parameters, None),
    "created_at": ("created_at", _build_created_at, None),
    "updated_at": ("updated_at", _build_updated_at, None),
    "results": ("results", _build_results, None),
}
EvaluationJob._lazy = _LAZY


# The models this one refers to, imported after the class exists (cycles between models resolve).
from dateutil.parser import isoparse as _isoparse

from ..models.evaluation_classify_results import EvaluationClassifyResults
from ..models.evaluation_compare_results import EvaluationCompareResults
from ..models.evaluation_job_parameters import EvaluationJobParameters
from ..models.evaluation_job_results_type_3 import EvaluationJobResultsType3
from ..models.evaluation_job_status_update import EvaluationJobStatusUpdate
from ..models.evaluation_score_results import EvaluationScoreResults
