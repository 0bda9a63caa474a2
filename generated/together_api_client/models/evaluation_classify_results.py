from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class EvaluationClassifyResults(Model):
    """
    Attributes:
        generation_fail_count (float | None): Number of failed generations.
        judge_fail_count (float | None): Number of failed judge generations
        invalid_label_count (float | None): Number of invalid labels
        result_file_id (str | None): Data File ID
        pass_percentage (float | None): Pecentage of pass labels.
        label_counts (str | None): JSON string representing label counts
    """

    generation_fail_count: float | None = None
    judge_fail_count: float | None = None
    invalid_label_count: float | None = None
    result_file_id: str | None = None
    pass_percentage: float | None = None
    label_counts: str | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("generation_fail_count", "generation_fail_count"),
        ("judge_fail_count", "judge_fail_count"),
        ("invalid_label_count", "invalid_label_count"),
        ("result_file_id", "result_file_id"),
        ("pass_percentage", "pass_percentage"),
        ("label_counts", "label_counts"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_generation_fail_count = _get("generation_fail_count")
        v_judge_fail_count = _get("judge_fail_count")
        v_invalid_label_count = _get("invalid_label_count")
        v_result_file_id = _get("result_file_id")
        v_pass_percentage = _get("pass_percentage")
        v_label_counts = _get("label_counts")
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_generation_fail_count,
            v_judge_fail_count,
            v_invalid_label_count,
            v_result_file_id,
            v_pass_percentage,
            v_label_counts,
            src_dict,
        )
