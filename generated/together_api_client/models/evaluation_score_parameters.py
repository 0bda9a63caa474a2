from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model, is_known


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class EvaluationScoreParameters(Model):
    """
    Attributes:
        judge (EvaluationJudgeModelConfig):
        min_score (float): Minimum possible score
        max_score (float): Maximum possible score
        pass_threshold (float): Score threshold for passing
        input_data_file_path (str): Data file ID
        model_to_evaluate (EvaluationModelRequest | str | None):
    """

    judge: EvaluationJudgeModelConfig
    min_score: float
    max_score: float
    pass_threshold: float
    input_data_file_path: str
    model_to_evaluate: EvaluationModelRequest | str | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("judge", "judge"),
        ("min_score", "min_score"),
        ("max_score", "max_score"),
        ("pass_threshold", "pass_threshold"),
        ("input_data_file_path", "input_data_file_path"),
        ("model_to_evaluate", "model_to_evaluate"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_judge = src_dict["judge"]
        if v_judge is not None:
            v_judge = EvaluationJudgeModelConfig.from_dict(v_judge)
        v_min_score = src_dict["min_score"]
        v_max_score = src_dict["max_score"]
        v_pass_threshold = src_dict["pass_threshold"]
        v_input_data_file_path = src_dict["input_data_file_path"]
        v_model_to_evaluate = _get("model_to_evaluate")
        if v_model_to_evaluate is not None:
            v_model_to_evaluate = _read_model_to_evaluate(v_model_to_evaluate)
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_judge,
            v_min_score,
            v_max_score,
            v_pass_threshold,
            v_input_data_file_path,
            v_model_to_evaluate,
            src_dict,
        )


def _read_model_to_evaluate(data: Any) -> Any:
    """The first type that reads ``data`` with enum values it knows (so models are told apart
    by their discriminating enum); else ``data`` as it came."""
    value: Any
    if isinstance(data, dict):
        try:
            value = EvaluationModelRequest.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        else:
            if is_known(value):
                return value
    return data


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.evaluation_judge_model_config import EvaluationJudgeModelConfig
from ..models.evaluation_model_request import EvaluationModelRequest
