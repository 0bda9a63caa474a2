from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.evaluation_judge_model_config_model_source import (
    EvaluationJudgeModelConfigModelSource,
)
from ..types import Model


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
        _get = src_dict.get
        v_model = src_dict["model"]
        v_system_template = src_dict["system_template"]
        v_model_source = src_dict["model_source"]
        if v_model_source is not None:
            v_model_source = EvaluationJudgeModelConfigModelSource(v_model_source)
        v_external_api_token = _get("external_api_token")
        v_external_base_url = _get("external_base_url")
        v_num_workers = _get("num_workers")
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_model,
            v_system_template,
            v_model_source,
            v_external_api_token,
            v_external_base_url,
            v_num_workers,
            src_dict,
        )
