from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model, is_known

_new = object.__new__

from typing import Literal

from ..models.chat_completion_request_context_length_exceeded_behavior import (
    ChatCompletionRequestContextLengthExceededBehavior,
)
from ..models.chat_completion_request_function_call_type_0 import (
    ChatCompletionRequestFunctionCallType0,
)
from ..models.chat_completion_request_reasoning_effort import (
    ChatCompletionRequestReasoningEffort,
)


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class ChatCompletionRequest(Model):
    """
    Attributes:
        messages (list[ChatCompletionAssistantMessageParam | ChatCompletionFunctionMessageParam |
            ChatCompletionSystemMessageParam | ChatCompletionToolMessageParam | ChatCompletionUserMessageParam]): A list of
            messages comprising the conversation so far.
        model (str): The name of the model to query.<br> <br> [See all of Together AI's chat
            models](https://docs.together.ai/docs/serverless-models#chat-models)
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
        context_length_exceeded_behavior (ChatCompletionRequestContextLengthExceededBehavior | None): Defined the
            behavior of the API when max_tokens exceed the maximum context length of the model. When set to 'error', API
            will return 400 with appropriate error message. When set to 'truncate', override the max_tokens with maximum
            context length of the model.
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
        min_p (float | None): A number between 0 and 1 that can be used as an alternative to top_p and top-k.
        presence_penalty (float | None): A number between -2.0 and 2.0 where a positive value increases the likelihood
            of a model talking about new topics.
        frequency_penalty (float | None): A number between -2.0 and 2.0 where a positive value decreases the likelihood
            of repeating tokens that have already been mentioned.
        logit_bias (ChatCompletionRequestLogitBias | None): Adjusts the likelihood of specific tokens appearing in the
            generated output.
        seed (int | None): Seed value for reproducibility.
        function_call (ChatCompletionRequestFunctionCallType0 | ChatCompletionRequestFunctionCallType1 | None):
        response_format (JSONObject | ResponseFormatJsonSchema | Text | None): An object specifying the format that the
            model must output.

            Setting to `{ "type": "json_schema", "json_schema": {...} }` enables
            Structured Outputs which ensures the model will match your supplied JSON
            schema. Learn more in the [Structured Outputs
            guide](https://docs.together.ai/docs/json-mode).

            Setting to `{ "type": "json_object" }` enables the older JSON mode, which
            ensures the message the model generates is valid JSON. Using `json_schema`
            is preferred for models that support it.
        tools (list[ToolsPart] | None): A list of tools the model may call. Currently, only functions are supported as a
            tool. Use this to provide a list of functions the model may generate JSON inputs for.
        tool_choice (ChatCompletionRequestToolChoiceType1 | str | None): Controls which (if any) function is called by
            the model. By default uses `auto`, which lets the model pick between generating a message or calling a function.
        compliance (Literal['hipaa'] | None):
        chat_template_kwargs (ChatCompletionRequestChatTemplateKwargs | None): Additional configuration to pass to model
            engine.
        safety_model (str | None): The name of the moderation model used to validate tokens. Choose from the available
            moderation models found [here](https://docs.together.ai/docs/inference-models#moderation-models).
        reasoning_effort (ChatCompletionRequestReasoningEffort | None): Controls the level of reasoning effort the model
            should apply when generating responses. Higher values may result in more thoughtful and detailed responses but
            may take longer to generate.
        reasoning (ChatCompletionRequestReasoning | None): For models that support toggling reasoning functionality,
            this object can be used to control that functionality.
        stream_options (ChatCompletionRequestStreamOptions | None): Streaming options: {"include_usage": true} adds a
            final chunk with the usage.
        parallel_tool_calls (bool | None): Whether the model may call several tools in one turn.
    """

    messages: list[
        ChatCompletionAssistantMessageParam
        | ChatCompletionFunctionMessageParam
        | ChatCompletionSystemMessageParam
        | ChatCompletionToolMessageParam
        | ChatCompletionUserMessageParam
    ]
    model: str
    max_tokens: int | None = None
    stop: list[str] | str | None = None
    temperature: float | None = None
    top_p: float | None = None
    top_k: int | None = None
    context_length_exceeded_behavior: (
        ChatCompletionRequestContextLengthExceededBehavior | None
    ) = None
    repetition_penalty: float | None = None
    stream: bool | None = None
    logprobs: int | None = None
    echo: bool | None = None
    n: int | None = None
    min_p: float | None = None
    presence_penalty: float | None = None
    frequency_penalty: float | None = None
    logit_bias: ChatCompletionRequestLogitBias | None = None
    seed: int | None = None
    function_call: (
        ChatCompletionRequestFunctionCallType0
        | ChatCompletionRequestFunctionCallType1
        | None
    ) = None
    response_format: JSONObject | ResponseFormatJsonSchema | Text | None = None
    tools: list[ToolsPart] | None = None
    tool_choice: ChatCompletionRequestToolChoiceType1 | str | None = None
    compliance: Literal["hipaa"] | None = None
    chat_template_kwargs: ChatCompletionRequestChatTemplateKwargs | None = None
    safety_model: str | None = None
    reasoning_effort: ChatCompletionRequestReasoningEffort | None = None
    reasoning: ChatCompletionRequestReasoning | None = None
    stream_options: ChatCompletionRequestStreamOptions | None = None
    parallel_tool_calls: bool | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("messages", "messages"),
        ("model", "model"),
        ("max_tokens", "max_tokens"),
        ("stop", "stop"),
        ("temperature", "temperature"),
        ("top_p", "top_p"),
        ("top_k", "top_k"),
        ("context_length_exceeded_behavior", "context_length_exceeded_behavior"),
        ("repetition_penalty", "repetition_penalty"),
        ("stream", "stream"),
        ("logprobs", "logprobs"),
        ("echo", "echo"),
        ("n", "n"),
        ("min_p", "min_p"),
        ("presence_penalty", "presence_penalty"),
        ("frequency_penalty", "frequency_penalty"),
        ("logit_bias", "logit_bias"),
        ("seed", "seed"),
        ("function_call", "function_call"),
        ("response_format", "response_format"),
        ("tools", "tools"),
        ("tool_choice", "tool_choice"),
        ("compliance", "compliance"),
        ("chat_template_kwargs", "chat_template_kwargs"),
        ("safety_model", "safety_model"),
        ("reasoning_effort", "reasoning_effort"),
        ("reasoning", "reasoning"),
        ("stream_options", "stream_options"),
        ("parallel_tool_calls", "parallel_tool_calls"),
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
        src_dict["messages"]
        src_dict["model"]
        self = _new(cls)
        self._wire = src_dict
        return self


def _read_messages_item(data: Any) -> Any:
    """The first type that reads ``data`` with enum values it knows (so models are told apart
    by their discriminating enum); else ``data`` as it came."""
    value: Any
    if isinstance(data, dict):
        try:
            value = ChatCompletionSystemMessageParam.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        else:
            if is_known(value):
                return value
    if isinstance(data, dict):
        try:
            value = ChatCompletionUserMessageParam.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        else:
            if is_known(value):
                return value
    if isinstance(data, dict):
        try:
            value = ChatCompletionAssistantMessageParam.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        else:
            if is_known(value):
                return value
    if isinstance(data, dict):
        try:
            value = ChatCompletionToolMessageParam.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        else:
            if is_known(value):
                return value
    if isinstance(data, dict):
        try:
            value = ChatCompletionFunctionMessageParam.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        else:
            if is_known(value):
                return value
    return data


def _read_function_call(data: Any) -> Any:
    """The first type that reads ``data`` with enum values it knows (so models are told apart
    by their discriminating enum); else ``data`` as it came."""
    value: Any
    if not isinstance(data, dict | list):  # an enum: a scalar
        try:
            value = ChatCompletionRequestFunctionCallType0(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        else:
            if is_known(value):
                return value
    if isinstance(data, dict):
        try:
            value = ChatCompletionRequestFunctionCallType1.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        else:
            if is_known(value):
                return value
    return data


def _read_response_format(data: Any) -> Any:
    """The first type that reads ``data`` with enum values it knows (so models are told apart
    by their discriminating enum); else ``data`` as it came."""
    value: Any
    if isinstance(data, dict):
        try:
            value = Text.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        else:
            if is_known(value):
                return value
    if isinstance(data, dict):
        try:
            value = ResponseFormatJsonSchema.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        else:
            if is_known(value):
                return value
    if isinstance(data, dict):
        try:
            value = JSONObject.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        else:
            if is_known(value):
                return value
    return data


def _read_tool_choice(data: Any) -> Any:
    """The first type that reads ``data`` with enum values it knows (so models are told apart
    by their discriminating enum); else ``data`` as it came."""
    value: Any
    if isinstance(data, dict):
        try:
            value = ChatCompletionRequestToolChoiceType1.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        else:
            if is_known(value):
                return value
    return data


def _build_messages(value: Any) -> Any:
    return [None if x0 is None else _read_messages_item(x0) for x0 in value]


def _build_context_length_exceeded_behavior(value: Any) -> Any:
    return ChatCompletionRequestContextLengthExceededBehavior(value)


def _build_logit_bias(value: Any) -> Any:
    return ChatCompletionRequestLogitBias.from_dict(value)


def _build_function_call(value: Any) -> Any:
    return _read_function_call(value)


def _build_response_format(value: Any) -> Any:
    return _read_response_format(value)


def _build_tools(value: Any) -> Any:
    return [None if x0 is None else ToolsPart.from_dict(x0) for x0 in value]


def _build_tool_choice(value: Any) -> Any:
    return _read_tool_choice(value)


def _build_chat_template_kwargs(value: Any) -> Any:
    return ChatCompletionRequestChatTemplateKwargs.from_dict(value)


def _build_reasoning_effort(value: Any) -> Any:
    return ChatCompletionRequestReasoningEffort(value)


def _build_reasoning(value: Any) -> Any:
    return ChatCompletionRequestReasoning.from_dict(value)


def _build_stream_options(value: Any) -> Any:
    return ChatCompletionRequestStreamOptions.from_dict(value)


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "messages": ("messages", _build_messages, None),
    "model": ("model", None, None),
    "max_tokens": ("max_tokens", None, None),
    "stop": ("stop", None, None),
    "temperature": ("temperature", None, None),
    "top_p": ("top_p", None, None),
    "top_k": ("top_k", None, None),
    "context_length_exceeded_behavior": (
        "context_length_exceeded_behavior",
        _build_context_length_exceeded_behavior,
        None,
    ),
    "repetition_penalty": ("repetition_penalty", None, None),
    "stream": ("stream", None, None),
    "logprobs": ("logprobs", None, None),
    "echo": ("echo", None, None),
    "n": ("n", None, None),
    "min_p": ("min_p", None, None),
    "presence_penalty": ("presence_penalty", None, None),
    "frequency_penalty": ("frequency_penalty", None, None),
    "logit_bias": ("logit_bias", _build_logit_bias, None),
    "seed": ("seed", None, None),
    "function_call": ("function_call", _build_function_call, None),
    "response_format": ("response_format", _build_response_format, None),
    "tools": ("tools", _build_tools, None),
    "tool_choice": ("tool_choice", _build_tool_choice, None),
    "compliance": ("compliance", None, None),
    "chat_template_kwargs": ("chat_template_kwargs", _build_chat_template_kwargs, None),
    "safety_model": ("safety_model", None, None),
    "reasoning_effort": ("reasoning_effort", _build_reasoning_effort, None),
    "reasoning": ("reasoning", _build_reasoning, None),
    "stream_options": ("stream_options", _build_stream_options, None),
    "parallel_tool_calls": ("parallel_tool_calls", None, None),
}
ChatCompletionRequest._lazy = _LAZY


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.chat_completion_assistant_message_param import (
    ChatCompletionAssistantMessageParam,
)
from ..models.chat_completion_function_message_param import (
    ChatCompletionFunctionMessageParam,
)
from ..models.chat_completion_request_chat_template_kwargs import (
    ChatCompletionRequestChatTemplateKwargs,
)
from ..models.chat_completion_request_function_call_type_1 import (
    ChatCompletionRequestFunctionCallType1,
)
from ..models.chat_completion_request_logit_bias import ChatCompletionRequestLogitBias
from ..models.chat_completion_request_reasoning import ChatCompletionRequestReasoning
from ..models.chat_completion_request_stream_options import (
    ChatCompletionRequestStreamOptions,
)
from ..models.chat_completion_request_tool_choice_type_1 import (
    ChatCompletionRequestToolChoiceType1,
)
from ..models.chat_completion_system_message_param import (
    ChatCompletionSystemMessageParam,
)
from ..models.chat_completion_tool_message_param import ChatCompletionToolMessageParam
from ..models.chat_completion_user_message_param import ChatCompletionUserMessageParam
from ..models.json_object import JSONObject
from ..models.response_format_json_schema import ResponseFormatJsonSchema
from ..models.text import Text
from ..models.tools_part import ToolsPart
