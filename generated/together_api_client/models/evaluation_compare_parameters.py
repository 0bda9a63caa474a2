from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model, is_known


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class EvaluationCompareParameters(Model):
    """
    Attributes:
        judge (EvaluationJudgeModelConfig):
        input_data_file_path (str): Data file name
        model_a (EvaluationModelRequest | str | None):
        model_b (EvaluationModelRequest | str | None):
    """

    judge: EvaluationJudgeModelConfig
    input_data_file_path: str
    model_a: EvaluationModelRequest | str | None = None
    model_b: EvaluationModelRequest | str | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("judge", "judge"),
        ("input_data_file_path", "input_data_file_path"),
        ("model_a", "model_a"),
        ("model_b", "model_b"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_judge = src_dict["judge"]
        if v_judge is not None:
            v_judge = EvaluationJudgeModelConfig.from_dict(v_judge)
        v_input_data_file_path = src_dict["input_data_file_path"]
        v_model_a = _get("model_a")
        if v_model_a is not None:
            v_model_a = _read_model_a(v_model_a)
        v_model_b = _get("model_b")
        if v_model_b is not None:
            v_model_b = _read_model_b(v_model_b)
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_judge,
            v_input_data_file_path,
            v_model_a,
            v_model_b,
            src_dict,
        )


def _read_model_a(data: Any) -> Any:
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


def _read_model_b(data: Any) -> Any:
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
