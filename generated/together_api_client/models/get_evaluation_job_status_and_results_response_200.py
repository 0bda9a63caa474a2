from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_evaluation_job_status_and_results_response_200_status import (
    GetEvaluationJobStatusAndResultsResponse200Status,
)
from ..types import Model, is_known


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class GetEvaluationJobStatusAndResultsResponse200(Model):
    """
    Attributes:
        status (GetEvaluationJobStatusAndResultsResponse200Status | None): The status of the evaluation job
        results (EvaluationClassifyResults | EvaluationCompareResults | EvaluationScoreResults | None): The results of
            the evaluation job
    """

    status: GetEvaluationJobStatusAndResultsResponse200Status | None = None
    results: (
        EvaluationClassifyResults
        | EvaluationCompareResults
        | EvaluationScoreResults
        | None
    ) = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("status", "status"),
        ("results", "results"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_status = _get("status")
        if v_status is not None:
            v_status = GetEvaluationJobStatusAndResultsResponse200Status(v_status)
        v_results = _get("results")
        if v_results is not None:
            v_results = _read_results(v_results)
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_status,
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
    return data


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.evaluation_classify_results import EvaluationClassifyResults
from ..models.evaluation_compare_results import EvaluationCompareResults
from ..models.evaluation_score_results import EvaluationScoreResults
