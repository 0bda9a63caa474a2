from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

_new = object.__new__

from ..models.evaluation_judge_model_config_model_source import (
    EvaluationJudgeModelConfigModelSource,
)


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class EvaluationJudgeModelConfig(Model):
    """
    Attributes:
        model (str): Name of the judge model
        system_template (str): System prompt template for the judge
        model_source (EvaluationJudgeModelConfigModelSource): Source of the judge model.
        external_api_token (str | None): Bearer/API token for external judge models.
        external_base_url (str | None): Base URL for external judge models. Must be OpenAI-compatible base URL.
        num_workers (int | None): Number of concurrent workers for inference requests. Overrides the default concurrency
            for this model. Useful for tuning throughput when using proxy endpoints (e.g. OpenRouter) or rate-limited
            external APIs.
    """

    model: str
    system_template: str
    model_source: EvaluationJudgeModelConfigModelSource
    external_api_token: str | None = None
    external_base_url: str | None = None
    num_workers: int | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("model", "model"),
        ("system_template", "system_template"),
        ("model_source", "model_source"),
        ("external_api_token", "external_api_token"),
        ("external_base_url", "external_base_url"),
        ("num_workers", "num_workers"),
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
        src_dict["model"]
        src_dict["system_template"]
        src_dict["model_source"]
        self = _new(cls)
        self._wire = src_dict
        return self


def _build_model_source(value: Any) -> Any:
    return EvaluationJudgeModelConfigModelSource(value)


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "model": ("model", None, None),
    "system_template": ("system_template", None, None),
    "model_source": ("model_source", _build_model_source, None),
    "external_api_token": ("external_api_token", None, None),
    "external_base_url": ("external_base_url", None, None),
    "num_workers": ("num_workers", None, None),
}
EvaluationJudgeModelConfig._lazy = _LAZY
