"""The models results are made of: the generated ``together_api_client`` models, re-exported.

They are attrs classes whose attributes have the wire names (``r.object``, ``m.type``,
``f.bytes``). A field the answer did not carry is ``None``. Every field the service sends and the
spec does not know is kept in ``.additional_properties`` (also reachable as ``obj["field"]``); an
enum value the spec does not list is kept as its raw string. ``to_dict()`` gives the JSON a
result was read from (``model_dump()`` and ``model_dump_json()`` work as in the official SDKs),
and a result can be sent back wherever a request takes a dict (``messages.append(message)``).
List results (``files.list()``, ...) iterate, index and have a ``len()`` like their ``data``.
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
from together_api_client.types import ListModel, Model

#: A tool call on an assistant message (the spec calls this schema ``ToolChoice``).
ToolCall = ToolChoice
ToolCallFunction = ToolChoiceFunction


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
    "ListModel",
    "LoRATrainingType",
    "LogprobsPart",
    "Model",
    "ModelInfo",
    "ModelInfoType",
    "Pricing",
    "RerankResponse",
    "RerankResponseResultsItem",
    "ToolCall",
    "ToolCallFunction",
    "ToolChoice",
    "ToolChoiceFunction",
    "UsageData",
]
