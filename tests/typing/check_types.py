"""Static checks of the public types, run by mypy (`make typecheck`), never executed.

Streams and whole answers are told apart by the type checker from the ``stream`` argument.
"""

from __future__ import annotations

from pathlib import Path
from typing import assert_type

from together_facade import APIResponse, AsyncStream, AsyncTogether, Stream, Together
from together_facade.params import (
    ChatCompletionContentPartParam,
    ChatCompletionMessageParam,
    ToolsPartParam,
)
from together_facade.types import (
    BatchJob,
    ChatCompletionChunk,
    ChatCompletionResponse,
    CompletionChunk,
    CompletionResponse,
    DeploymentListResponse,
    ModelInfo,
)

MESSAGES: list[ChatCompletionMessageParam] = [{"role": "user", "content": "hi"}]


def request_types_catch_mistakes(client: Together) -> None:
    """The request TypedDicts are generated from the spec: a misspelt role, a missing required
    key or an unknown field is a type error (each ignore below is needed: --strict warns on an
    unused one)."""
    client.chat.completions.create(
        model="m",
        messages=[{"role": "usr", "content": "hi"}],  # type: ignore[list-item]
    )
    client.chat.completions.create(
        model="m",
        messages=[{"role": "tool", "content": "21 C"}],  # type: ignore[list-item]
    )
    client.chat.completions.create(model="m", messages=MESSAGES, temprature=0.5)  # type: ignore[call-overload]
    tool: ToolsPartParam = {"type": "function", "function": {"name": "f", "parameters": {}}}
    part: ChatCompletionContentPartParam = {"type": "image_url", "image_url": {"url": "data:..."}}
    client.chat.completions.create(
        model="m",
        messages=[{"role": "user", "content": [{"type": "text", "text": "what is this?"}, part]}],
        tools=[tool],
        tool_choice={"type": "function", "function": {"name": "f"}},
        response_format={"type": "json_schema", "json_schema": {"name": "x", "schema": {}}},
        stop="\n",
    )


class MyTogether(Together):
    """A subclass keeps its type through the context manager and ``with_options``."""


class MyAsyncTogether(AsyncTogether):
    pass


def subclass_types() -> None:
    with MyTogether() as client:
        assert_type(client, MyTogether)
    with Together() as plain:
        assert_type(plain, Together)
    assert_type(MyTogether().with_options(max_retries=1), MyTogether)


async def async_subclass_types() -> None:
    async with MyAsyncTogether() as client:
        assert_type(client, MyAsyncTogether)
    async with AsyncTogether() as plain:
        assert_type(plain, AsyncTogether)


def sync_types(client: Together) -> None:
    assert_type(
        client.chat.completions.create(model="m", messages=MESSAGES), ChatCompletionResponse
    )
    stream = client.chat.completions.create(model="m", messages=MESSAGES, stream=True)
    assert_type(stream, Stream[ChatCompletionChunk])
    assert_type(stream.get_final_completion(), ChatCompletionResponse)
    assert_type(client.completions.create(model="m", prompt="p"), CompletionResponse)
    text_stream = client.completions.create(model="m", prompt="p", stream=True)
    assert_type(text_stream, Stream[CompletionChunk])
    assert_type(text_stream.get_final_completion(), CompletionResponse)
    assert_type(client.models.list(), list[ModelInfo])
    assert_type(client.files.retrieve_content("f"), bytes)
    assert_type(client.files.retrieve_content("f", output="out.jsonl"), Path)
    assert_type(client.with_raw_response(client.models.list), APIResponse[list[ModelInfo]])


async def async_types(client: AsyncTogether) -> None:
    assert_type(
        await client.chat.completions.create(model="m", messages=MESSAGES), ChatCompletionResponse
    )
    stream = await client.chat.completions.create(model="m", messages=MESSAGES, stream=True)
    assert_type(stream, AsyncStream[ChatCompletionChunk])
    assert_type(await stream.get_final_completion(), ChatCompletionResponse)
    assert_type(await client.with_raw_response(client.models.list), APIResponse[list[ModelInfo]])


def every_operation_is_typed(client: Together, aclient: AsyncTogether) -> None:
    """``client.api``: the generated methods of every operation are typed like the areas: the
    result is the spec's model, a misspelt body field or a missing path id is a type error."""
    assert_type(client.api.deployments.list_deployments(), DeploymentListResponse)
    assert_type(client.api.batches.retrieve_batch("b-1", timeout=5), BatchJob)
    assert_type(client.api.batches.list_batches(), list[BatchJob])
    client.api.secrets.create_secret(name="n", value="v", descripton="d")  # type: ignore[call-arg]
    client.api.secrets.retrieve_secret()  # type: ignore[call-arg]
    client.api.endpoints.list_endpoints(type="dedicated", extra_headers={"X-Trace": "1"})

    async def main() -> None:
        assert_type(await aclient.api.batches.retrieve_batch("b-1"), BatchJob)
