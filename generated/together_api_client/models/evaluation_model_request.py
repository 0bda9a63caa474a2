from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.evaluation_model_request_model_source import (
    EvaluationModelRequestModelSource,
)
from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class EvaluationModelRequest(Model):
    """
    Attributes:
        model (str): Name of the model to evaluate
        max_tokens (int): Maximum number of tokens to generate
        temperature (float): Sampling temperature
        system_template (str): System prompt template
        input_template (str): Input prompt template
        model_source (EvaluationModelRequestModelSource): Source of the model.
        external_api_token (str | None): Bearer/API token for external models.
        external_base_url (str | None): Base URL for external models. Must be OpenAI-compatible base URL
        num_workers (int | None): Number of concurrent workers for inference requests. Overrides the default concurrency
            for this model. Useful for tuning throughput when using proxy endpoints (e.g. OpenRouter) or rate-limited
            external APIs.
    """

    model: str
    max_tokens: int
    temperature: float
    system_template: str
    input_template: str
    model_source: EvaluationModelRequestModelSource
    external_api_token: str | None = None
    external_base_url: str | None = None
    num_workers: int | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("model", "model"),
        ("max_tokens", "max_tokens"),
        ("temperature", "temperature"),
        ("system_template", "system_template"),
        ("input_template", "input_template"),
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
        v_max_tokens = src_dict["max_tokens"]
        v_temperature = src_dict["temperature"]
        v_system_template = src_dict["system_template"]
        v_input_template = src_dict["input_template"]
        v_model_source = src_dict["model_source"]
        if v_model_source is not None:
            v_model_source = EvaluationModelRequestModelSource(v_model_source)
        v_external_api_token = _get("external_api_token")
        v_external_base_url = _get("external_base_url")
        v_num_workers = _get("num_workers")
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_model,
            v_max_tokens,
            v_temperature,
            v_system_template,
            v_input_template,
            v_model_source,
            v_external_api_token,
            v_external_base_url,
            v_num_workers,
            src_dict,
        )
