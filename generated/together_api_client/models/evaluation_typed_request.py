from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.evaluation_typed_request_type import EvaluationTypedRequestType
from ..types import Model, is_known


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class EvaluationTypedRequest(Model):
    """
    Attributes:
        type (EvaluationTypedRequestType): The type of evaluation to perform
        parameters (EvaluationClassifyParameters | EvaluationCompareParameters | EvaluationScoreParameters): Type-
            specific parameters for the evaluation
    """

    type: EvaluationTypedRequestType
    parameters: (
        EvaluationClassifyParameters
        | EvaluationCompareParameters
        | EvaluationScoreParameters
    )
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("parameters", "parameters"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        v_type_ = src_dict["type"]
        if v_type_ is not None:
            v_type_ = EvaluationTypedRequestType(v_type_)
        v_parameters = src_dict["parameters"]
        if v_parameters is not None:
            v_parameters = _read_parameters(v_parameters)
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_type_,
            v_parameters,
            src_dict,
        )


def _read_parameters(data: Any) -> Any:
    """The first type that reads ``data`` with enum values it knows (so models are told apart
    by their discriminating enum); else ``data`` as it came."""
    value: Any
    if isinstance(data, dict):
        try:
            value = EvaluationClassifyParameters.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        else:
            if is_known(value):
                return value
    if isinstance(data, dict):
        try:
            value = EvaluationScoreParameters.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        else:
            if is_known(value):
                return value
    if isinstance(data, dict):
        try:
            value = EvaluationCompareParameters.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        else:
            if is_known(value):
                return value
    return data


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.evaluation_classify_parameters import EvaluationClassifyParameters
from ..models.evaluation_compare_parameters import EvaluationCompareParameters
from ..models.evaluation_score_parameters import EvaluationScoreParameters
