from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.evaluation_job_status import EvaluationJobStatus
from ..models.evaluation_job_type import EvaluationJobType
from ..types import Model, is_known


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
        _get = src_dict.get
        v_workflow_id = _get("workflow_id")
        v_type_ = _get("type")
        if v_type_ is not None:
            v_type_ = EvaluationJobType(v_type_)
        v_owner_id = _get("owner_id")
        v_status = _get("status")
        if v_status is not None:
            v_status = EvaluationJobStatus(v_status)
        v_status_updates = _get("status_updates")
        if v_status_updates is not None:
            v_status_updates = [
                None if x0 is None else EvaluationJobStatusUpdate.from_dict(x0)
                for x0 in v_status_updates
            ]
        v_parameters = _get("parameters")
        if v_parameters is not None:
            v_parameters = EvaluationJobParameters.from_dict(v_parameters)
        v_created_at = _get("created_at")
        if v_created_at is not None:
            v_created_at = _isoparse(v_created_at)
        v_updated_at = _get("updated_at")
        if v_updated_at is not None:
            v_updated_at = _isoparse(v_updated_at)
        v_results = _get("results")
        if v_results is not None:
            v_results = _read_results(v_results)
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_workflow_id,
            v_type_,
            v_owner_id,
            v_status,
            v_status_updates,
            v_parameters,
            v_created_at,
            v_updated_at,
            v_results,
            src_dict,
        )


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


# The models this one refers to, imported after the class exists (cycles between models resolve).
from dateutil.parser import isoparse as _isoparse

from ..models.evaluation_classify_results import EvaluationClassifyResults
from ..models.evaluation_compare_results import EvaluationCompareResults
from ..models.evaluation_job_parameters import EvaluationJobParameters
from ..models.evaluation_job_results_type_3 import EvaluationJobResultsType3
from ..models.evaluation_job_status_update import EvaluationJobStatusUpdate
from ..models.evaluation_score_results import EvaluationScoreResults
