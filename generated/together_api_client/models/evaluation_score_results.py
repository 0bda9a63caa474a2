from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


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
        _get = src_dict.get
        v_aggregated_scores = _get("aggregated_scores")
        if v_aggregated_scores is not None:
            v_aggregated_scores = EvaluationScoreResultsAggregatedScores.from_dict(
                v_aggregated_scores
            )
        v_generation_fail_count = _get("generation_fail_count")
        v_judge_fail_count = _get("judge_fail_count")
        v_invalid_score_count = _get("invalid_score_count")
        v_failed_samples = _get("failed_samples")
        v_result_file_id = _get("result_file_id")
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_aggregated_scores,
            v_generation_fail_count,
            v_judge_fail_count,
            v_invalid_score_count,
            v_failed_samples,
            v_result_file_id,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.evaluation_score_results_aggregated_scores import (
    EvaluationScoreResultsAggregatedScores,
)
