from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

_new = object.__new__


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class EvaluationCompareResults(Model):
    """
    Attributes:
        num_samples (int | None): Total number of samples compared
        a_wins (int | None): Number of times model A won
        b_wins (int | None): Number of times model B won
        ties (int | None): Number of ties
        generation_fail_count (float | None): Number of failed generations.
        judge_fail_count (float | None): Number of failed judge generations
        result_file_id (str | None): Data File ID
    """

    num_samples: int | None = None
    a_wins: int | None = None
    b_wins: int | None = None
    ties: int | None = None
    generation_fail_count: float | None = None
    judge_fail_count: float | None = None
    result_file_id: str | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("num_samples", "num_samples"),
        ("a_wins", "A_wins"),
        ("b_wins", "B_wins"),
        ("ties", "Ties"),
        ("generation_fail_count", "generation_fail_count"),
        ("judge_fail_count", "judge_fail_count"),
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


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "num_samples": ("num_samples", None, None),
    "a_wins": ("A_wins", None, None),
    "b_wins": ("B_wins", None, None),
    "ties": ("Ties", None, None),
    "generation_fail_count": ("generation_fail_count", None, None),
    "judge_fail_count": ("judge_fail_count", None, None),
    "result_file_id": ("result_file_id", None, None),
}
EvaluationCompareResults._lazy = _LAZY
