from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_request_function_call_type_0 import (
    ChatCompletionRequestFunctionCallType0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionRequest")


@_attrs_define
class ChatCompletionRequest:
    """
    Attributes:
        messages (list[ChatCompletionRequestMessagesItem]): A list of messages comprising the conversation so far.
        model (str): The name of the model to query. Example: mistralai/Mixtral-8x7B-Instruct-v0.1.
        echo (bool | Unset): If true, the response will contain the prompt. Can be used with `logprobs` to return prompt
            logprobs.
        frequency_penalty (float | Unset): A number between -2.0 and 2.0 where a positive value decreases the likelihood
            of repeating tokens that have already been mentioned.
        function_call (ChatCompletionRequestFunctionCallType0 | ChatCompletionRequestFunctionCallType1 | Unset):
        logit_bias (ChatCompletionRequestLogitBias | Unset): Adjusts the likelihood of specific tokens appearing in the
            generated output. Example: {'1024': -10.5, '105': 21.4}.
        logprobs (int | Unset): Determines the number of most likely tokens to return at each token position log
            probabilities to return.
        max_tokens (int | Unset): The maximum number of tokens to generate.
        min_p (float | Unset): A number between 0 and 1 that can be used as an alternative to top_p and top-k.
        n (int | Unset): The number of completions to generate for each prompt.
        presence_penalty (float | Unset): A number between -2.0 and 2.0 where a positive value increases the likelihood
            of a model talking about new topics.
        repetition_penalty (float | Unset): A number that controls the diversity of generated text by reducing the
            likelihood of repeated sequences. Higher values decrease repetition.
        response_format (ChatCompletionRequestResponseFormat | Unset): An object specifying the format that the model
            must output.
        safety_model (str | Unset): The name of the moderation model used to validate tokens. Choose from the available
            moderation models found [here](https://docs.together.ai/docs/inference-models#moderation-models). Example:
            safety_model_name.
        seed (int | Unset): Seed value for reproducibility. Example: 42.
        stop (list[str] | Unset): A list of string sequences that will truncate (stop) inference text output. For
            example, "</s>" will stop generation as soon as the model generates the given token.
        stream (bool | Unset): If true, stream tokens as Server-Sent Events as the model generates them instead of
            waiting for the full model response. The stream terminates with `data: [DONE]`. If false, return a single JSON
            object containing the results.
        temperature (float | Unset): A decimal number from 0-1 that determines the degree of randomness in the response.
            A temperature less than 1 favors more correctness and is appropriate for question answering or summarization. A
            value closer to 1 introduces more randomness in the output.
        tool_choice (ChatCompletionRequestToolChoiceType1 | str | Unset): Controls which (if any) function is called by
            the model. By default uses `auto`, which lets the model pick between generating a message or calling a function.
        tools (list[ToolsPart] | Unset): A list of tools the model may call. Currently, only functions are supported as
            a tool. Use this to provide a list of functions the model may generate JSON inputs for.
        top_k (int | Unset): An integer that's used to limit the number of choices for the next predicted word or token.
            It specifies the maximum number of tokens to consider at each step, based on their probability of occurrence.
            This technique helps to speed up the generation process and can improve the quality of the generated text by
            focusing on the most likely options.
        top_p (float | Unset): A percentage (also called the nucleus parameter) that's used to dynamically adjust the
            number of choices for each predicted token based on the cumulative probabilities. It specifies a probability
            threshold below which all less likely tokens are filtered out. This technique helps maintain diversity and
            generate more fluent and natural-sounding text.
    """

    messages: list[ChatCompletionRequestMessagesItem]
    model: str
    echo: bool | Unset = UNSET
    frequency_penalty: float | Unset = UNSET
    function_call: (
        ChatCompletionRequestFunctionCallType0
        | ChatCompletionRequestFunctionCallType1
        | Unset
    ) = UNSET
    logit_bias: ChatCompletionRequestLogitBias | Unset = UNSET
    logprobs: int | Unset = UNSET
    max_tokens: int | Unset = UNSET
    min_p: float | Unset = UNSET
    n: int | Unset = UNSET
    presence_penalty: float | Unset = UNSET
    repetition_penalty: float | Unset = UNSET
    response_format: ChatCompletionRequestResponseFormat | Unset = UNSET
    safety_model: str | Unset = UNSET
    seed: int | Unset = UNSET
    stop: list[str] | Unset = UNSET
    stream: bool | Unset = UNSET
    temperature: float | Unset = UNSET
    tool_choice: ChatCompletionRequestToolChoiceType1 | str | Unset = UNSET
    tools: list[ToolsPart] | Unset = UNSET
    top_k: int | Unset = UNSET
    top_p: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        model = self.model

        echo = self.echo

        frequency_penalty = self.frequency_penalty

        function_call: dict[str, Any] | str | Unset
        if isinstance(self.function_call, Unset):
            function_call = UNSET
        elif isinstance(self.function_call, ChatCompletionRequestFunctionCallType0):
            function_call = self.function_call.value
        elif isinstance(self.function_call, ChatCompletionRequestFunctionCallType1):
            function_call = self.function_call.to_dict()
        else:
            function_call = self.function_call

        logit_bias: dict[str, Any] | Unset = UNSET
        if not isinstance(self.logit_bias, Unset):
            logit_bias = self.logit_bias.to_dict()

        logprobs = self.logprobs

        max_tokens = self.max_tokens

        min_p = self.min_p

        n = self.n

        presence_penalty = self.presence_penalty

        repetition_penalty = self.repetition_penalty

        response_format: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response_format, Unset):
            response_format = self.response_format.to_dict()

        safety_model = self.safety_model

        seed = self.seed

        stop: list[str] | Unset = UNSET
        if not isinstance(self.stop, Unset):
            stop = self.stop

        stream = self.stream

        temperature = self.temperature

        tool_choice: dict[str, Any] | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, ChatCompletionRequestToolChoiceType1):
            tool_choice = self.tool_choice.to_dict()
        else:
            tool_choice = self.tool_choice

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        top_k = self.top_k

        top_p = self.top_p

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["messages"] = messages
        field_dict["model"] = model
        if echo is not UNSET:
            field_dict["echo"] = echo
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if function_call is not UNSET:
            field_dict["function_call"] = function_call
        if logit_bias is not UNSET:
            field_dict["logit_bias"] = logit_bias
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if min_p is not UNSET:
            field_dict["min_p"] = min_p
        if n is not UNSET:
            field_dict["n"] = n
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if repetition_penalty is not UNSET:
            field_dict["repetition_penalty"] = repetition_penalty
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if safety_model is not UNSET:
            field_dict["safety_model"] = safety_model
        if seed is not UNSET:
            field_dict["seed"] = seed
        if stop is not UNSET:
            field_dict["stop"] = stop
        if stream is not UNSET:
            field_dict["stream"] = stream
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if tools is not UNSET:
            field_dict["tools"] = tools
        if top_k is not UNSET:
            field_dict["top_k"] = top_k
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = ChatCompletionRequestMessagesItem.from_dict(
                messages_item_data
            )

            messages.append(messages_item)

        model = d.pop("model")

        echo = d.pop("echo", UNSET)

        frequency_penalty = d.pop("frequency_penalty", UNSET)

        _function_call = d.pop("function_call", UNSET)
        function_call: (
            ChatCompletionRequestFunctionCallType0
            | ChatCompletionRequestFunctionCallType1
            | Unset
        )
        if isinstance(_function_call, Unset):
            function_call = _function_call
        else:
            try:
                if not isinstance(_function_call, str):
                    raise TypeError()
                function_call_type_0 = ChatCompletionRequestFunctionCallType0(
                    _function_call
                )

                function_call = function_call_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                if not isinstance(_function_call, dict):
                    raise TypeError()
                function_call_type_1 = ChatCompletionRequestFunctionCallType1.from_dict(
                    _function_call
                )

                function_call = function_call_type_1

        _logit_bias = d.pop("logit_bias", UNSET)
        logit_bias: ChatCompletionRequestLogitBias | Unset
        if isinstance(_logit_bias, Unset):
            logit_bias = UNSET
        else:
            logit_bias = ChatCompletionRequestLogitBias.from_dict(_logit_bias)

        logprobs = d.pop("logprobs", UNSET)

        max_tokens = d.pop("max_tokens", UNSET)

        min_p = d.pop("min_p", UNSET)

        n = d.pop("n", UNSET)

        presence_penalty = d.pop("presence_penalty", UNSET)

        repetition_penalty = d.pop("repetition_penalty", UNSET)

        _response_format = d.pop("response_format", UNSET)
        response_format: ChatCompletionRequestResponseFormat | Unset
        if isinstance(_response_format, Unset):
            response_format = UNSET
        else:
            response_format = ChatCompletionRequestResponseFormat.from_dict(
                _response_format
            )

        safety_model = d.pop("safety_model", UNSET)

        seed = d.pop("seed", UNSET)

        stop = cast(list[str], d.pop("stop", UNSET))

        stream = d.pop("stream", UNSET)

        temperature = d.pop("temperature", UNSET)

        _tool_choice = d.pop("tool_choice", UNSET)
        tool_choice: ChatCompletionRequestToolChoiceType1 | str | Unset
        if isinstance(_tool_choice, Unset):
            tool_choice = _tool_choice
        else:
            try:
                if not isinstance(_tool_choice, dict):
                    raise TypeError()
                tool_choice_type_1 = ChatCompletionRequestToolChoiceType1.from_dict(
                    _tool_choice
                )

                tool_choice = tool_choice_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                tool_choice = _tool_choice

        _tools = d.pop("tools", UNSET)
        tools: list[ToolsPart] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:
                tools_item = ToolsPart.from_dict(tools_item_data)

                tools.append(tools_item)

        top_k = d.pop("top_k", UNSET)

        top_p = d.pop("top_p", UNSET)

        obj = cls(
            messages=messages,
            model=model,
            echo=echo,
            frequency_penalty=frequency_penalty,
            function_call=function_call,
            logit_bias=logit_bias,
            logprobs=logprobs,
            max_tokens=max_tokens,
            min_p=min_p,
            n=n,
            presence_penalty=presence_penalty,
            repetition_penalty=repetition_penalty,
            response_format=response_format,
            safety_model=safety_model,
            seed=seed,
            stop=stop,
            stream=stream,
            temperature=temperature,
            tool_choice=tool_choice,
            tools=tools,
            top_k=top_k,
            top_p=top_p,
        )
        obj.additional_properties = d
        return obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.chat_completion_request_function_call_type_1 import (
    ChatCompletionRequestFunctionCallType1,
)
from ..models.chat_completion_request_logit_bias import ChatCompletionRequestLogitBias
from ..models.chat_completion_request_messages_item import (
    ChatCompletionRequestMessagesItem,
)
from ..models.chat_completion_request_response_format import (
    ChatCompletionRequestResponseFormat,
)
from ..models.chat_completion_request_tool_choice_type_1 import (
    ChatCompletionRequestToolChoiceType1,
)
from ..models.tools_part import ToolsPart
