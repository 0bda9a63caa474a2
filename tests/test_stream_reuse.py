"""Streams give their connection back: after ``[DONE]`` the rest of the body is read (within a
short bound), so the next call reuses the connection instead of opening a new one (against the
real service, a TCP and TLS handshake saved per stream). A server that holds the body open
after ``[DONE]`` costs at most that bound, and its connection is closed, not reused."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest

import together_facade as tf
from together_facade import _streaming

MESSAGES = [{"role": "user", "content": "hi"}]


def _texts(client: tf.Together, n: int) -> list[str]:
    out = []
    for _ in range(n):
        stream = client.chat.completions.create(model="m", messages=MESSAGES, stream=True)
        out.append("".join(c.choices[0].delta.content or "" for c in stream))
    return out


async def _atexts(client: tf.AsyncTogether, n: int) -> list[str]:
    out = []
    for _ in range(n):
        stream = await client.chat.completions.create(model="m", messages=MESSAGES, stream=True)
        out.append("".join([c.choices[0].delta.content or "" async for c in stream]))
    return out


@pytest.mark.parametrize("tail", ["end", "late", "more"])
def test_sequential_streams_reuse_one_connection(keepalive_server: Any, tail: str) -> None:
    server = keepalive_server(tail)
    with tf.Together(api_key="k", base_url=server.base_url, max_retries=0) as client:
        assert _texts(client, 20) == ["Hello"] * 20
    assert server.connections == 1


@pytest.mark.parametrize("tail", ["end", "late"])
def test_sequential_async_streams_reuse_one_connection(keepalive_server: Any, tail: str) -> None:
    server = keepalive_server(tail)

    async def main() -> list[str]:
        async with tf.AsyncTogether(api_key="k", base_url=server.base_url, max_retries=0) as c:
            return await _atexts(c, 20)

    assert asyncio.run(main()) == ["Hello"] * 20
    assert server.connections == 1


def test_the_other_ways_to_read_a_stream_reuse_it_too(keepalive_server: Any) -> None:
    server = keepalive_server()
    with tf.Together(api_key="k", base_url=server.base_url, max_retries=0) as client:
        for _ in range(3):
            stream = client.chat.completions.create(model="m", messages=MESSAGES, stream=True)
            assert "".join(stream.text_deltas()) == "Hello"
            stream = client.chat.completions.create(model="m", messages=MESSAGES, stream=True)
            assert stream.get_final_completion().choices[0].message.content == "Hello"
    assert server.connections == 1


def test_a_body_held_open_after_done_costs_the_bound_only(keepalive_server: Any) -> None:
    """The server never ends the body: each stream still ends within the bound (not the read
    timeout, 30 s here), and its connection is closed rather than reused."""
    server = keepalive_server("hold")
    with tf.Together(api_key="k", base_url=server.base_url, max_retries=0, timeout=30) as client:
        started = time.monotonic()
        assert _texts(client, 3) == ["Hello"] * 3
        took = time.monotonic() - started
    assert took < 3 * (_streaming.DRAIN_SECONDS + 0.5)
    assert server.connections == 3


def test_an_async_body_held_open_after_done_costs_the_bound_only(keepalive_server: Any) -> None:
    server = keepalive_server("hold")

    async def main() -> list[str]:
        async with tf.AsyncTogether(
            api_key="k", base_url=server.base_url, max_retries=0, timeout=30
        ) as client:
            return await _atexts(client, 3)

    started = time.monotonic()
    assert asyncio.run(main()) == ["Hello"] * 3
    assert time.monotonic() - started < 3 * (_streaming.DRAIN_SECONDS + 0.5)
    assert server.connections == 3


def test_a_terminator_later_than_the_bound_is_not_waited_for(keepalive_server: Any) -> None:
    server = keepalive_server("late", late=_streaming.DRAIN_SECONDS + 1.0)
    with tf.Together(api_key="k", base_url=server.base_url, max_retries=0) as client:
        started = time.monotonic()
        assert _texts(client, 2) == ["Hello"] * 2
        took = time.monotonic() - started
    assert took < 2 * (_streaming.DRAIN_SECONDS + 0.5)
    assert server.connections == 2


def test_leaving_a_stream_early_closes_its_connection(keepalive_server: Any) -> None:
    """Breaking out before [DONE] does not read the rest (it may be long): the connection goes."""
    server = keepalive_server()
    with tf.Together(api_key="k", base_url=server.base_url, max_retries=0) as client:
        for _ in range(2):
            with client.chat.completions.create(model="m", messages=MESSAGES, stream=True) as s:
                next(iter(s))
    assert server.connections == 2
