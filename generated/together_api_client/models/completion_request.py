from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class CompletionRequest(Model):
    """
    Attributes:
        model (str): The name of the model to query.
        prompt (str): A string providing context for the model to complete.
        echo (bool | None): If true, the response will contain the prompt. Can be used with `logprobs` to return prompt
            logprobs.
        frequency_penalty (float | None): A number between -2.0 and 2.0 where a positive value decreases the likelihood
            of repeating tokens that have already been mentioned.
        logit_bias (CompletionRequestLogitBias | None): Adjusts the likelihood of specific tokens appearing in the
            generated output.
        logprobs (int | None): Determines the number of most likely tokens to return at each token position log
            probabilities to return.
        max_tokens (int | None): The maximum number of tokens to generate.
        min_p (float | None): A number between 0 and 1 that can be used as an alternative to top-p and top-k.
        n (int | None): The number of completions to generate for each prompt.
        presence_penalty (float | None): A number between -2.0 and 2.0 where a positive value increases the likelihood
            of a model talking about new topics.
        repetition_penalty (float | None): A number that controls the diversity of generated text by reducing the
            likelihood of repeated sequences. Higher values decrease repetition.
        safety_model (str | None): The name of the moderation model used to validate tokens. Choose from the available
            moderation models found [here](https://docs.together.ai/docs/inference-models#moderation-models).
        seed (int | None): Seed value for reproducibility.
        stop (list[str] | str | None): A list of string sequences that will truncate (stop) inference text output. For
            example, "</s>" will stop generation as soon as the model generates the given token.
        stream (bool | None): If true, stream tokens as Server-Sent Events as the model generates them instead of
            waiting for the full model response. The stream terminates with `data: [DONE]`. If false, return a single JSON
            object containing the results.
        temperature (float | None): A decimal number from 0-1 that determines the degree of randomness in the response.
            A temperature less than 1 favors more correctness and is appropriate for question answering or summarization. A
            value closer to 1 introduces more randomness in the output.
        top_k (int | None): An integer that's used to limit the number of choices for the next predicted word or token.
            It specifies the maximum number of tokens to consider at each step, based on their probability of occurrence.
            This technique helps to speed up the generation process and can improve the quality of the generated text by
            focusing on the most likely options.
        top_p (float | None): A percentage (also called the nucleus parameter) that's used to dynamically adjust the
            number of choices for each predicted token based on the cumulative probabilities. It specifies a probability
            threshold below which all less likely tokens are filtered out. This technique helps maintain diversity and
            generate more fluent and natural-sounding text.
    """

    model: str
    prompt: str
    echo: bool | None = None
    frequency_penalty: float | None = None
    logit_bias: CompletionRequestLogitBias | None = None
    logprobs: int | None = None
    max_tokens: int | None = None
    min_p: float | None = None
    n: int | None = None
    presence_penalty: float | None = None
    repetition_penalty: float | None = None
    safety_model: str | None = None
    seed: int | None = None
    stop: list[str] | str | None = None
    stream: bool | None = None
    temperature: float | None = None
    top_k: int | None = None
    top_p: float | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("model", "model"),
        ("prompt", "prompt"),
        ("echo", "echo"),
        ("frequency_penalty", "frequency_penalty"),
        ("logit_bias", "logit_bias"),
        ("logprobs", "logprobs"),
        ("max_tokens", "max_tokens"),
        ("min_p", "min_p"),
        ("n", "n"),
        ("presence_penalty", "presence_penalty"),
        ("repetition_penalty", "repetition_penalty"),
        ("safety_model", "safety_model"),
        ("seed", "seed"),
        ("stop", "stop"),
        ("stream", "stream"),
        ("temperature", "temperature"),
        ("top_k", "top_k"),
        ("top_p", "top_p"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_model = src_dict["model"]
        v_prompt = src_dict["prompt"]
        v_echo = _get("echo")
        v_frequency_penalty = _get("frequency_penalty")
        v_logit_bias = _get("logit_bias")
        if v_logit_bias is not None:
            v_logit_bias = CompletionRequestLogitBias.from_dict(v_logit_bias)
        v_logprobs = _get("logprobs")
        v_max_tokens = _get("max_tokens")
        v_min_p = _get("min_p")
        v_n = _get("n")
        v_presence_penalty = _get("presence_penalty")
        v_repetition_penalty = _get("repetition_penalty")
        v_safety_model = _get("safety_model")
        v_seed = _get("seed")
        v_stop = _get("stop")
        v_stream = _get("stream")
        v_temperature = _get("temperature")
        v_top_k = _get("top_k")
        v_top_p = _get("top_p")
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_model,
            v_prompt,
            v_echo,
            v_frequency_penalty,
            v_logit_bias,
            v_logprobs,
            v_max_tokens,
            v_min_p,
            v_n,
            v_presence_penalty,
            v_repetition_penalty,
            v_safety_model,
            v_seed,
            v_stop,
            v_stream,
            v_temperature,
            v_top_k,
            v_top_p,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.completion_request_logit_bias import CompletionRequestLogitBias
