from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model, is_known

_new = object.__new__


from ..models.get_evaluation_job_status_and_results_response_200_status import (
    GetEvaluationJobStatusAndResultsResponse200Status,
)


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
    return data


def _build_status(value: Any) -> Any:
    return GetEvaluationJobStatusAndResultsResponse200Status(value)


def _build_results(value: Any) -> Any:
    return _read_results(value)


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "status": ("status", _build_status, None),
    "results": ("results", _build_results, None),
}
GetEvaluationJobStatusAndResultsResponse200._lazy = _LAZY


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.evaluation_classify_results import EvaluationClassifyResults
from ..models.evaluation_compare_results import EvaluationCompareResults
from ..models.evaluation_score_results import EvaluationScoreResults
