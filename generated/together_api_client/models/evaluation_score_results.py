from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

_new = object.__new__


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class EvaluationScoreResults(Model):
    """
    Attributes:
        aggregated_scores (EvaluationScoreResultsAggregatedScores | None):
        generation_fail_count (float | None): Number of failed generations.
        judge_fail_count (float | None): Number of failed judge generations
        invalid_score_count (float | None): number of invalid scores generated from model
        failed_samples (float | None): number of failed samples generated from model
        result_file_id (str | None): Data File ID
    """

    aggregated_scores: EvaluationScoreResultsAggregatedScores | None = None
    generation_fail_count: float | None = None
    judge_fail_count: float | None = None
    invalid_score_count: float | None = None
    failed_samples: float | None = None
    result_file_id: str | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("aggregated_scores", "aggregated_scores"),
        ("generation_fail_count", "generation_fail_count"),
        ("judge_fail_count", "judge_fail_count"),
        ("invalid_score_count", "invalid_score_count"),
        ("failed_samples", "failed_samples"),
        ("result_file_id", "result_file_id"),
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


def _build_aggregated_scores(value: Any) -> Any:
    return EvaluationScoreResultsAggregatedScores.from_dict(value)


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "aggregated_scores": ("aggregated_scores", _build_aggregated_scores, None),
    "generation_fail_count": ("generation_fail_count", None, None),
    "judge_fail_count": ("judge_fail_count", None, None),
    "invalid_score_count": ("invalid_score_count", None, None),
    "failed_samples": ("failed_samples", None, None),
    "result_file_id": ("result_file_id", None, None),
}
EvaluationScoreResults._lazy = _LAZY


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.evaluation_score_results_aggregated_scores import (
    EvaluationScoreResultsAggregatedScores,
)
