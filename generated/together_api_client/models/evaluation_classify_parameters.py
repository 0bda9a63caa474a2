from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model, is_known

_new = object.__new__


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class EvaluationClassifyParameters(Model):
    """
    Attributes:
        judge (EvaluationJudgeModelConfig):
        labels (list[str]): List of possible classification labels
        pass_labels (list[str]): List of labels that are considered passing
        input_data_file_path (str): Data file ID
        model_to_evaluate (EvaluationModelRequest | str | None):
    """

    judge: EvaluationJudgeModelConfig
    labels: list[str]
    pass_labels: list[str]
    input_data_file_path: str
    model_to_evaluate: EvaluationModelRequest | str | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("judge", "judge"),
        ("labels", "labels"),
        ("pass_labels", "pass_labels"),
        ("input_data_file_path", "input_data_file_path"),
        ("model_to_evaluate", "model_to_evaluate"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is read from a JSON object, not {type(src_dict).__name__}"
            )
        # The required fields must be there (a missing one fails here, at read time); every
        # field is read when first asked for (see types.Model.__getattr__).
        src_dict["judge"]
        src_dict["labels"]
        src_dict["pass_labels"]
        src_dict["input_data_file_path"]
        self = _new(cls)
        self._wire = src_dict
        return self


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


def _build_judge(value: Any) -> Any:
    return EvaluationJudgeModelConfig.from_dict(value)


def _build_model_to_evaluate(value: Any) -> Any:
    return _read_model_to_evaluate(value)


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "judge": ("judge", _build_judge, None),
    "labels": ("labels", None, None),
    "pass_labels": ("pass_labels", None, None),
    "input_data_file_path": ("input_data_file_path", None, None),
    "model_to_evaluate": ("model_to_evaluate", _build_model_to_evaluate, None),
}
EvaluationClassifyParameters._lazy = _LAZY


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.evaluation_judge_model_config import EvaluationJudgeModelConfig
from ..models.evaluation_model_request import EvaluationModelRequest
