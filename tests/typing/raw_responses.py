"""Static checks of the per-method raw and streamed responses and of the generic requests, run
by mypy --strict (`make typecheck`), never executed.

``with_raw_response`` / ``with_streaming_response`` keep each method's own signature and result
type, overloads included (``stream=True`` gives the ``Stream``).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any, assert_type

import httpx

from together_facade import (
    APIResponse,
    AsyncStream,
    AsyncStreamedAPIResponse,
    AsyncTogether,
    RateLimitInfo,
    Stream,
    StreamedAPIResponse,
    Together,
)
from together_facade._resource import RawResponses, StreamingResponses
from together_facade.params import ChatCompletionMessageParam
from together_facade.types import (
    ChatCompletionChunk,
    ChatCompletionResponse,
    FileResponse,
    FinetuneResponse,
    ModelInfo,
)

MESSAGES: list[ChatCompletionMessageParam] = [{"role": "user", "content": "hi"}]


def raw_responses(client: Together) -> None:
    raw = client.chat.completions.with_raw_response.create(model="m", messages=MESSAGES)
    assert_type(raw, APIResponse[ChatCompletionResponse])
    assert_type(raw.parse(), ChatCompletionResponse)
    assert_type(raw.parsed, ChatCompletionResponse)
    assert_type(raw.headers, httpx.Headers)
    assert_type(raw.status_code, int)
    assert_type(raw.request_id, str | None)
    assert_type(raw.ratelimit, RateLimitInfo)
    assert_type(raw.http_response, httpx.Response)
    streamed = client.chat.completions.with_raw_response.create(
        model="m", messages=MESSAGES, stream=True
    )
    assert_type(streamed.parse(), Stream[ChatCompletionChunk])
    assert_type(client.models.with_raw_response.list().parse(), list[ModelInfo])
    assert_type(client.files.with_raw_response.retrieve("file-1").parse(), FileResponse)
    assert_type(client.files.with_raw_response.retrieve_content("file-1").parse(), bytes)
    assert_type(
        client.files.with_raw_response.retrieve_content("f", output="o.jsonl").parse(), Path
    )
    assert_type(client.fine_tuning.with_raw_response.retrieve("ft-1").parse(), FinetuneResponse)
    jobs = client.fine_tuning.jobs.with_raw_response
    assert_type(jobs.retrieve("ft-1").parse(), FinetuneResponse)
    # An area with no methods of its own gets the generic view.
    assert_type(client.chat.with_raw_response, RawResponses)
    # A misspelt method, or one of the generic view, is an error (under --strict, an ignore
    # that is not needed is one too).
    client.models.with_raw_response.lst()  # type: ignore[attr-defined]
    client.chat.with_streaming_response.create()  # type: ignore[attr-defined]
    # The call form still works.
    assert_type(client.with_raw_response(client.models.list), APIResponse[list[ModelInfo]])


def streaming_responses(client: Together) -> None:
    with client.chat.completions.with_streaming_response.create(
        model="m", messages=MESSAGES
    ) as response:
        assert_type(response, StreamedAPIResponse[ChatCompletionResponse])
        assert_type(response.headers, httpx.Headers)
        assert_type(response.request_id, str | None)
        assert_type(response.iter_bytes(), Iterator[bytes])
        assert_type(response.iter_text(), Iterator[str])
        assert_type(response.iter_lines(), Iterator[str])
        assert_type(response.read(), bytes)
        assert_type(response.parse(), ChatCompletionResponse)
    with client.chat.completions.with_streaming_response.create(
        model="m", messages=MESSAGES, stream=True
    ) as events:
        assert_type(events.parse(), Stream[ChatCompletionChunk])
    with client.files.with_streaming_response.retrieve_content("file-1") as content:
        assert_type(content.parse(), bytes)
    assert_type(client.chat.with_streaming_response, StreamingResponses)


async def async_responses(client: AsyncTogether) -> None:
    raw = await client.chat.completions.with_raw_response.create(model="m", messages=MESSAGES)
    assert_type(raw.parse(), ChatCompletionResponse)
    stream = await client.chat.completions.with_raw_response.create(
        model="m", messages=MESSAGES, stream=True
    )
    assert_type(stream.parse(), AsyncStream[ChatCompletionChunk])
    assert_type((await client.models.with_raw_response.list()).parse(), list[ModelInfo])
    async with client.files.with_streaming_response.retrieve("file-1") as response:
        assert_type(response, AsyncStreamedAPIResponse[FileResponse])
        assert_type(response.iter_bytes(), AsyncIterator[bytes])
        assert_type(response.iter_lines(), AsyncIterator[str])
        assert_type(await response.read(), bytes)
        assert_type(await response.parse(), FileResponse)
    method: Callable[[], Awaitable[APIResponse[list[ModelInfo]]]]
    method = client.models.with_raw_response.list  # the method's own signature, wrapped
    assert_type((await method()).parse(), list[ModelInfo])


def generic_requests(client: Together) -> None:
    assert_type(client.get("/models"), object)
    assert_type(client.get("/models", cast_to=list[ModelInfo]), list[ModelInfo])
    assert_type(client.get("/files/file-1", cast_to=FileResponse), FileResponse)
    assert_type(client.post("/rerank", body={"model": "m"}, cast_to=dict), dict[Any, Any])
    assert_type(client.delete("/files/file-1", cast_to=httpx.Response), httpx.Response)
    assert_type(client.get("/files/file-1/content", cast_to=bytes), bytes)
    chunks = client.post(
        "/chat/completions",
        body={"model": "m", "messages": MESSAGES, "stream": True},
        cast_to=ChatCompletionChunk,
        stream=True,
    )
    assert_type(chunks, Stream[ChatCompletionChunk])


async def async_generic_requests(client: AsyncTogether) -> None:
    assert_type(await client.get("/models", cast_to=list[ModelInfo]), list[ModelInfo])
    assert_type(await client.patch("/x", body={}), object)
    chunks = await client.post(
        "/chat/completions", body={"stream": True}, cast_to=ChatCompletionChunk, stream=True
    )
    assert_type(chunks, AsyncStream[ChatCompletionChunk])
