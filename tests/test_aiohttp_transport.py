"""``AsyncTogether(transport="aiohttp")``: the calls go over aiohttp, answers and errors are the
same as on the default transport, streams give their connection back, and without aiohttp the
option says which extra to install."""

from __future__ import annotations

import asyncio
import gzip
import json
import socket
import subprocess
import sys
import time
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

import together_facade as tf

pytest.importorskip("aiohttp")

MESSAGES = [{"role": "user", "content": "hi"}]
ANSWER = {
    "id": "a1",
    "object": "chat.completion",
    "created": 1,
    "model": "m",
    "choices": [
        {"index": 0, "message": {"role": "assistant", "content": "hello"}, "finish_reason": "stop"}
    ],
}


def _client(base_url: str, **options: Any) -> tf.AsyncTogether:
    options.setdefault("max_retries", 0)
    return tf.AsyncTogether(api_key="key-1", base_url=base_url, transport="aiohttp", **options)


def test_a_call_goes_over_aiohttp_with_the_same_request(httpserver: HTTPServer) -> None:
    seen: list[Request] = []

    def handler(request: Request) -> Response:
        seen.append(request)
        return Response(json.dumps(ANSWER), content_type="application/json")

    httpserver.expect_request("/v1/chat/completions", method="POST").respond_with_handler(handler)

    async def main() -> Any:
        async with _client(httpserver.url_for("/v1")) as client:
            assert type(client._http._transport).__name__ == "AiohttpTransport"
            return await client.chat.completions.create(model="m", messages=MESSAGES)

    result = asyncio.run(main())
    assert result.choices[0].message.content == "hello"
    [request] = seen
    assert request.headers["Authorization"] == "Bearer key-1"
    assert request.headers["Content-Type"] == "application/json"
    assert request.headers["User-Agent"].startswith("together-facade/")
    assert json.loads(request.data) == {"model": "m", "messages": MESSAGES}


def test_a_gzip_answer_is_decoded_once(httpserver: HTTPServer) -> None:
    body = gzip.compress(json.dumps(ANSWER).encode())
    httpserver.expect_request("/v1/chat/completions").respond_with_data(
        body, content_type="application/json", headers={"Content-Encoding": "gzip"}
    )

    async def main() -> Any:
        async with _client(httpserver.url_for("/v1")) as client:
            return await client.chat.completions.create(model="m", messages=MESSAGES)

    assert asyncio.run(main()).id == "a1"


def test_an_error_status_is_the_same_typed_error(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1/chat/completions").respond_with_json(
        {"error": {"message": "bad model", "type": "invalid_request_error"}}, status=400
    )

    async def main() -> None:
        async with _client(httpserver.url_for("/v1")) as client:
            await client.chat.completions.create(model="m", messages=MESSAGES)

    with pytest.raises(tf.BadRequestError, match="bad model"):
        asyncio.run(main())


def test_a_refused_connection_is_a_connection_error() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nothing listens there

    async def main() -> None:
        async with _client(f"http://127.0.0.1:{port}/v1") as client:
            await client.models.list()

    with pytest.raises(tf.APIConnectionError) as info:
        asyncio.run(main())
    assert not isinstance(info.value, tf.APITimeoutError)


def test_a_silent_server_is_a_timeout() -> None:
    with socket.create_server(("127.0.0.1", 0)) as server:  # accepts, never answers
        port = server.getsockname()[1]

        async def main() -> None:
            async with _client(f"http://127.0.0.1:{port}/v1", timeout=0.3) as client:
                await client.models.list()

        started = time.monotonic()
        with pytest.raises(tf.APITimeoutError):
            asyncio.run(main())
        assert time.monotonic() - started < 5


def test_a_5xx_is_retried_over_aiohttp_too(httpserver: HTTPServer) -> None:
    httpserver.expect_ordered_request("/v1/models").respond_with_json({"error": "busy"}, 503)
    httpserver.expect_ordered_request("/v1/models").respond_with_json([])

    async def main() -> Any:
        async with _client(httpserver.url_for("/v1"), max_retries=1, initial_retry_delay=0.01) as c:
            return await c.models.list()

    assert asyncio.run(main()) == []
    assert len(httpserver.log) == 2


async def _texts(client: tf.AsyncTogether, n: int) -> list[str]:
    texts = []
    for _ in range(n):
        s = await client.chat.completions.create(model="m", messages=MESSAGES, stream=True)
        texts.append("".join([c.choices[0].delta.content or "" async for c in s]))
    return texts


@pytest.mark.parametrize("tail", ["end", "late", "more"])
def test_streams_over_aiohttp_reuse_one_connection(keepalive_server: Any, tail: str) -> None:
    server = keepalive_server(tail)

    async def main() -> list[str]:
        async with _client(server.base_url) as client:
            return await _texts(client, 10)

    assert asyncio.run(main()) == ["Hello"] * 10
    assert server.connections == 1


def test_a_body_held_open_after_done_costs_the_bound_only(keepalive_server: Any) -> None:
    from together_facade import _streaming

    server = keepalive_server("hold")

    async def main() -> list[str]:
        async with _client(server.base_url, timeout=30) as client:
            return await _texts(client, 3)

    started = time.monotonic()
    assert asyncio.run(main()) == ["Hello"] * 3
    assert time.monotonic() - started < 3 * (_streaming.DRAIN_SECONDS + 0.5)
    assert server.connections == 3


def test_the_sync_client_refuses_the_option() -> None:
    with pytest.raises(tf.InvalidRequestError, match="AsyncTogether"):
        tf.Together(api_key="k", transport="aiohttp")  # type: ignore[arg-type]


def test_without_aiohttp_the_option_names_the_extra() -> None:
    probe = (
        "import sys\nsys.modules['aiohttp'] = None\nimport together_facade as tf\n"
        "try:\n    tf.AsyncTogether(api_key='k', transport='aiohttp')\n"
        "except tf.MissingDependencyError as e:\n    print(e)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert 'pip install "together-facade[aiohttp]"' in out.stdout
