from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model, is_known

_new = object.__new__


from ..models.completion_request_model_type_0 import CompletionRequestModelType0
from ..models.completion_request_safety_model_type_0 import (
    CompletionRequestSafetyModelType0,
)


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class CompletionRequest(Model):
    """
    Attributes:
        prompt (str): A string providing context for the model to complete.
        model (CompletionRequestModelType0 | str): The name of the model to query.<br> <br> [See all of Together AI's
            chat models](https://docs.together.ai/docs/serverless-models#chat-models)
        max_tokens (int | None): The maximum number of tokens to generate.
        stop (list[str] | str | None): A list of string sequences that will truncate (stop) inference text output. For
            example, "</s>" will stop generation as soon as the model generates the given token.
        temperature (float | None): A decimal number from 0-1 that determines the degree of randomness in the response.
            A temperature less than 1 favors more correctness and is appropriate for question answering or summarization. A
            value closer to 1 introduces more randomness in the output.
        top_p (float | None): A percentage (also called the nucleus parameter) that's used to dynamically adjust the
            number of choices for each predicted token based on the cumulative probabilities. It specifies a probability
            threshold below which all less likely tokens are filtered out. This technique helps maintain diversity and
            generate more fluent and natural-sounding text.
        top_k (int | None): An integer that's used to limit the number of choices for the next predicted word or token.
            It specifies the maximum number of tokens to consider at each step, based on their probability of occurrence.
            This technique helps to speed up the generation process and can improve the quality of the generated text by
            focusing on the most likely options.
        repetition_penalty (float | None): A number that controls the diversity of generated text by reducing the
            likelihood of repeated sequences. Higher values decrease repetition.
        stream (bool | None): If true, stream tokens as Server-Sent Events as the model generates them instead of
            waiting for the full model response. The stream terminates with `data: [DONE]`. If false, return a single JSON
            object containing the results.
        logprobs (int | None): An integer between 0 and 20 of the top k tokens to return log probabilities for at each
            generation step, instead of just the sampled token. Log probabilities help assess model confidence in token
            predictions.
        echo (bool | None): If true, the response will contain the prompt. Can be used with `logprobs` to return prompt
            logprobs.
        n (int | None): The number of completions to generate for each prompt.
        safety_model (CompletionRequestSafetyModelType0 | str | None): The name of the moderation model used to validate
            tokens. Choose from the available moderation models found [here](https://docs.together.ai/docs/inference-
            models#moderation-models).
        min_p (float | None): A number between 0 and 1 that can be used as an alternative to top-p and top-k.
        presence_penalty (float | None): A number between -2.0 and 2.0 where a positive value increases the likelihood
            of a model talking about new topics.
        frequency_penalty (float | None): A number between -2.0 and 2.0 where a positive value decreases the likelihood
            of repeating tokens that have already been mentioned.
        logit_bias (CompletionRequestLogitBias | None): Adjusts the likelihood of specific tokens appearing in the
            generated output.
        seed (int | None): Seed value for reproducibility.
    """

    prompt: str
    model: CompletionRequestModelType0 | str
    max_tokens: int | None = None
    stop: list[str] | str | None = None
    temperature: float | None = None
    top_p: float | None = None
    top_k: int | None = None
    repetition_penalty: float | None = None
    stream: bool | None = None
    logprobs: int | None = None
    echo: bool | None = None
    n: int | None = None
    safety_model: CompletionRequestSafetyModelType0 | str | None = None
    min_p: float | None = None
    presence_penalty: float | None = None
    frequency_penalty: float | None = None
    logit_bias: CompletionRequestLogitBias | None = None
    seed: int | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("prompt", "prompt"),
        ("model", "model"),
        ("max_tokens", "max_tokens"),
        ("stop", "stop"),
        ("temperature", "temperature"),
        ("top_p", "top_p"),
        ("top_k", "top_k"),
        ("repetition_penalty", "repetition_penalty"),
        ("stream", "stream"),
        ("logprobs", "logprobs"),
        ("echo", "echo"),
        ("n", "n"),
        ("safety_model", "safety_model"),
        ("min_p", "min_p"),
        ("presence_penalty", "presence_penalty"),
        ("frequency_penalty", "frequency_penalty"),
        ("logit_bias", "logit_bias"),
        ("seed", "seed"),
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
        src_dict["prompt"]
        src_dict["model"]
        self = _new(cls)
        self._wire = src_dict
        return self


def _read_model(data: Any) -> Any:
    """The first type that reads ``data`` with enum values it knows (so models are told apart
    by their discriminating enum); else ``data`` as it came."""
    value: Any
    if not isinstance(data, dict | list):  # an enum: a scalar
        try:
            value = CompletionRequestModelType0(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        else:
            if is_known(value):
                return value
    return data


def _read_safety_model(data: Any) -> Any:
    """The first type that reads ``data`` with enum values it knows (so models are told apart
    by their discriminating enum); else ``data`` as it came."""
    value: Any
    if not isinstance(data, dict | list):  # an enum: a scalar
        try:
            value = CompletionRequestSafetyModelType0(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        else:
            if is_known(value):
                return value
    return data


def _build_model(value: Any) -> Any:
    return _read_model(value)


def _build_safety_model(value: Any) -> Any:
    return _read_safety_model(value)


def _build_logit_bias(value: Any) -> Any:
    return CompletionRequestLogitBias.from_dict(value)


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "prompt": ("prompt", None, None),
    "model": ("model", _build_model, None),
    "max_tokens": ("max_tokens", None, None),
    "stop": ("stop", None, None),
    "temperature": ("temperature", None, None),
    "top_p": ("top_p", None, None),
    "top_k": ("top_k", None, None),
    "repetition_penalty": ("repetition_penalty", None, None),
    "stream": ("stream", None, None),
    "logprobs": ("logprobs", None, None),
    "echo": ("echo", None, None),
    "n": ("n", None, None),
    "safety_model": ("safety_model", _build_safety_model, None),
    "min_p": ("min_p", None, None),
    "presence_penalty": ("presence_penalty", None, None),
    "frequency_penalty": ("frequency_penalty", None, None),
    "logit_bias": ("logit_bias", _build_logit_bias, None),
    "seed": ("seed", None, None),
}
CompletionRequest._lazy = _LAZY


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.completion_request_logit_bias import CompletionRequestLogitBias
