"""The async pool the client makes (``_pool.LeanAsyncPool``): the same behaviour as httpcore's
(reuse, limits, no request on a dead connection), with less work per request."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpcore
import httpx
import pytest

import together_facade as tf
from together_facade import _pool
from together_facade._pool import LeanAsyncPool, lean_async_pool

MESSAGES = [{"role": "user", "content": "hi"}]


async def _one(client: tf.AsyncTogether) -> str:
    stream = await client.chat.completions.create(model="m", messages=MESSAGES, stream=True)
    return "".join([c.choices[0].delta.content or "" async for c in stream])


def _pool_of(client: tf.AsyncTogether) -> Any:
    return client._http._transport._pool


def test_the_clients_own_pool_is_lean_and_a_pool_brought_is_left_alone() -> None:
    async def main() -> None:
        async with tf.AsyncTogether(api_key="k") as client:
            assert type(_pool_of(client)) is LeanAsyncPool
        mine = httpx.AsyncClient()
        async with mine, tf.AsyncTogether(api_key="k", http_client=mine) as c:
            assert type(_pool_of(c)) is httpcore.AsyncConnectionPool
        async with tf.AsyncTogether(api_key="k", transport=httpx.AsyncHTTPTransport()) as c:
            assert type(_pool_of(c)) is httpcore.AsyncConnectionPool

    asyncio.run(main())


def test_concurrent_calls_reuse_their_connections(keepalive_server: Any) -> None:
    server = keepalive_server()

    async def main() -> None:
        async with tf.AsyncTogether(api_key="k", base_url=server.base_url, max_retries=0) as c:
            assert await asyncio.gather(*(_one(c) for _ in range(16))) == ["Hello"] * 16
            opened = server.connections
            assert 1 <= opened <= 16
            for _ in range(3):
                assert await asyncio.gather(*(_one(c) for _ in range(16))) == ["Hello"] * 16
            assert server.connections == opened  # every later call reused one

    asyncio.run(main())


def test_more_calls_than_connections_wait_their_turn(keepalive_server: Any) -> None:
    """At the pool's limit, requests queue and are given connections as others come back."""
    server = keepalive_server("late", late=0.05)

    async def main() -> None:
        http = lean_async_pool(httpx.AsyncClient(limits=httpx.Limits(max_connections=3)))
        async with (
            http,
            tf.AsyncTogether(
                api_key="k", base_url=server.base_url, max_retries=0, http_client=http
            ) as c,
        ):
            assert type(http._transport._pool) is LeanAsyncPool
            got = await asyncio.wait_for(asyncio.gather(*(_one(c) for _ in range(12))), 20)
            assert got == ["Hello"] * 12
            assert len(http._transport._pool.connections) <= 3

    asyncio.run(main())
    assert server.connections <= 3


def test_idle_connections_beyond_the_keepalive_limit_are_closed(keepalive_server: Any) -> None:
    server = keepalive_server()

    async def main() -> None:
        limits = httpx.Limits(max_connections=10, max_keepalive_connections=2)
        http = lean_async_pool(httpx.AsyncClient(limits=limits))
        async with (
            http,
            tf.AsyncTogether(
                api_key="k", base_url=server.base_url, max_retries=0, http_client=http
            ) as c,
        ):
            await asyncio.gather(*(_one(c) for _ in range(8)))
            assert len(http._transport._pool.connections) <= 2

    asyncio.run(main())


def test_a_connection_the_server_closed_is_not_reused(
    keepalive_server: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The server closes each connection once idle: the next call, even right after the sweep
    time was pushed far away, notices it before sending and opens a new one (no error)."""
    server = keepalive_server("close", late=0.0)
    monkeypatch.setattr(_pool, "SWEEP_SECONDS", 3600.0)

    async def main() -> None:
        async with tf.AsyncTogether(api_key="k", base_url=server.base_url, max_retries=0) as c:
            for _ in range(5):
                assert await _one(c) == "Hello"
                await asyncio.sleep(0.05)  # the server's close arrives

    started = time.monotonic()
    asyncio.run(main())
    assert server.connections == 5
    assert time.monotonic() - started < 10
