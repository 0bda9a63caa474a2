"""The models results are made of: the generated ``together_api_client`` models, re-exported.

They are attrs classes. Every field the service sends and the spec does not know is kept in
``.additional_properties`` (also reachable as ``obj["field"]``); an enum value the spec does not
list is kept as its raw string. Optional fields that were absent hold ``UNSET`` (falsy); test
with ``is_set(value)``.
"""

from __future__ import annotations

from together_api_client.models import (
    ChatCompletionChunk,
    ChatCompletionChunkChoice,
    ChatCompletionChunkDelta,
    ChatCompletionMessage,
    ChatCompletionResponse,
    ChatCompletionResponseChoice,
    ChatCompletionToolCallDelta,
    ChatCompletionToolCallDeltaFunction,
    CompletionChunk,
    CompletionChunkChoice,
    CompletionResponse,
    CompletionResponseChoice,
    EmbeddingsResponse,
    EmbeddingsResponseDataItem,
    ErrorData,
    FileDeleteResponse,
    FileList,
    FileResponse,
    FineTuneEvent,
    FinetuneJobStatus,
    FinetuneList,
    FinetuneListEvents,
    FinetuneResponse,
    FinishReason,
    FullTrainingType,
    ImageResponse,
    ImageResponseDataItem,
    LogprobsPart,
    LoRATrainingType,
    ModelInfo,
    ModelInfoType,
    Pricing,
    RerankResponse,
    RerankResponseResultsItem,
    ToolChoice,
    ToolChoiceFunction,
    UsageData,
)
from together_api_client.types import UNSET, Unset

#: A tool call on an assistant message (the spec calls this schema ``ToolChoice``).
ToolCall = ToolChoice
ToolCallFunction = ToolChoiceFunction


def is_set(value: object) -> bool:
    """True unless ``value`` is the ``UNSET`` marker of a field the response did not carry."""
    return not isinstance(value, Unset)


__all__ = [
    "ChatCompletionChunk",
    "ChatCompletionChunkChoice",
    "ChatCompletionChunkDelta",
    "ChatCompletionMessage",
    "ChatCompletionResponse",
    "ChatCompletionResponseChoice",
    "ChatCompletionToolCallDelta",
    "ChatCompletionToolCallDeltaFunction",
    "CompletionChunk",
    "CompletionChunkChoice",
    "CompletionResponse",
    "CompletionResponseChoice",
    "EmbeddingsResponse",
    "EmbeddingsResponseDataItem",
    "ErrorData",
    "FileDeleteResponse",
    "FileList",
    "FileResponse",
    "FineTuneEvent",
    "FinetuneJobStatus",
    "FinetuneList",
    "FinetuneListEvents",
    "FinetuneResponse",
    "FinishReason",
    "FullTrainingType",
    "ImageResponse",
    "ImageResponseDataItem",
    "LoRATrainingType",
    "LogprobsPart",
    "ModelInfo",
    "ModelInfoType",
    "Pricing",
    "RerankResponse",
    "RerankResponseResultsItem",
    "ToolCall",
    "ToolCallFunction",
    "ToolChoice",
    "ToolChoiceFunction",
    "UNSET",
    "Unset",
    "UsageData",
    "is_set",
]
