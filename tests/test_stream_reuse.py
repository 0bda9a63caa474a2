"""Streams give their connection back: after ``[DONE]`` the rest of the body is read (within a
short bound), so the next call reuses the connection instead of opening a new one (against the
real service, a TCP and TLS handshake saved per stream). A server that holds the body open
after ``[DONE]`` costs at most that bound, and its connection is closed, not reused."""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from typing import Any

import pytest

import together_facade as tf
from together_facade import _streaming

MESSAGES = [{"role": "user", "content": "hi"}]


def _event(text: str, finish: str | None = None) -> bytes:
    chunk = {
        "id": "c1",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "m",
        "choices": [{"index": 0, "delta": {"content": text}, "finish_reason": finish}],
    }
    return b"data: " + json.dumps(chunk).encode() + b"\n\n"


STREAM = _event("Hel") + _event("lo", "stop") + b"data: [DONE]\n\n"


class KeepAliveServer:
    """HTTP/1.1 on 127.0.0.1 with keep-alive: every request gets ``STREAM`` as a chunked body.

    ``tail`` says what follows ``[DONE]``: "end" (the final empty chunk at once), "late" (it
    comes after ``late`` seconds), "hold" (never: the body stays open until the client goes),
    "more" (more events after [DONE], then the end), or "close" (the end, then the socket is
    closed ``late`` seconds later). ``connections`` counts accepted sockets.
    """

    def __init__(self, tail: str = "end", late: float = 0.02) -> None:
        self.tail, self.late = tail, late
        self.connections = 0
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self._stop = threading.Event()
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def _accept(self) -> None:
        self.sock.settimeout(0.1)
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        buffer = b""
        with conn:
            while not self._stop.is_set():
                while b"\r\n\r\n" not in buffer:
                    data = conn.recv(65536)
                    if not data:
                        return
                    buffer += data
                head, _, buffer = buffer.partition(b"\r\n\r\n")
                length = 0
                for line in head.split(b"\r\n"):
                    if line.lower().startswith(b"content-length:"):
                        length = int(line.split(b":")[1])
                while len(buffer) < length:
                    buffer += conn.recv(65536)
                buffer = buffer[length:]
                body = STREAM + (_event("after") if self.tail == "more" else b"")
                conn.sendall(
                    b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\n"
                    b"transfer-encoding: chunked\r\n\r\n" + b"%x\r\n%s\r\n" % (len(body), body)
                )
                if self.tail == "hold":
                    while not self._stop.is_set():
                        if conn.recv(65536) == b"":  # until the client closes its side
                            return
                    return
                if self.tail == "late":
                    time.sleep(self.late)
                conn.sendall(b"0\r\n\r\n")
                if self.tail == "close":  # the server ends the connection once idle
                    time.sleep(self.late)
                    return

    def close(self) -> None:
        self._stop.set()
        self.sock.close()


@pytest.fixture
def server_factory() -> Any:
    servers: list[KeepAliveServer] = []

    def make(tail: str = "end", late: float = 0.02) -> KeepAliveServer:
        servers.append(KeepAliveServer(tail, late))
        return servers[-1]

    yield make
    for s in servers:
        s.close()


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
def test_sequential_streams_reuse_one_connection(server_factory: Any, tail: str) -> None:
    server = server_factory(tail)
    with tf.Together(api_key="k", base_url=server.base_url, max_retries=0) as client:
        assert _texts(client, 20) == ["Hello"] * 20
    assert server.connections == 1


@pytest.mark.parametrize("tail", ["end", "late"])
def test_sequential_async_streams_reuse_one_connection(server_factory: Any, tail: str) -> None:
    server = server_factory(tail)

    async def main() -> list[str]:
        async with tf.AsyncTogether(api_key="k", base_url=server.base_url, max_retries=0) as c:
            return await _atexts(c, 20)

    assert asyncio.run(main()) == ["Hello"] * 20
    assert server.connections == 1


def test_the_other_ways_to_read_a_stream_reuse_it_too(server_factory: Any) -> None:
    server = server_factory()
    with tf.Together(api_key="k", base_url=server.base_url, max_retries=0) as client:
        for _ in range(3):
            stream = client.chat.completions.create(model="m", messages=MESSAGES, stream=True)
            assert "".join(stream.text_deltas()) == "Hello"
            stream = client.chat.completions.create(model="m", messages=MESSAGES, stream=True)
            assert stream.get_final_completion().choices[0].message.content == "Hello"
    assert server.connections == 1


def test_a_body_held_open_after_done_costs_the_bound_only(server_factory: Any) -> None:
    """The server never ends the body: each stream still ends within the bound (not the read
    timeout, 30 s here), and its connection is closed rather than reused."""
    server = server_factory("hold")
    with tf.Together(api_key="k", base_url=server.base_url, max_retries=0, timeout=30) as client:
        started = time.monotonic()
        assert _texts(client, 3) == ["Hello"] * 3
        took = time.monotonic() - started
    assert took < 3 * (_streaming.DRAIN_SECONDS + 0.5)
    assert server.connections == 3


def test_an_async_body_held_open_after_done_costs_the_bound_only(server_factory: Any) -> None:
    server = server_factory("hold")

    async def main() -> list[str]:
        async with tf.AsyncTogether(
            api_key="k", base_url=server.base_url, max_retries=0, timeout=30
        ) as client:
            return await _atexts(client, 3)

    started = time.monotonic()
    assert asyncio.run(main()) == ["Hello"] * 3
    assert time.monotonic() - started < 3 * (_streaming.DRAIN_SECONDS + 0.5)
    assert server.connections == 3


def test_a_terminator_later_than_the_bound_is_not_waited_for(server_factory: Any) -> None:
    server = server_factory("late", late=_streaming.DRAIN_SECONDS + 1.0)
    with tf.Together(api_key="k", base_url=server.base_url, max_retries=0) as client:
        started = time.monotonic()
        assert _texts(client, 2) == ["Hello"] * 2
        took = time.monotonic() - started
    assert took < 2 * (_streaming.DRAIN_SECONDS + 0.5)
    assert server.connections == 2


def test_leaving_a_stream_early_closes_its_connection(server_factory: Any) -> None:
    """Breaking out before [DONE] does not read the rest (it may be long): the connection goes."""
    server = server_factory()
    with tf.Together(api_key="k", base_url=server.base_url, max_retries=0) as client:
        for _ in range(2):
            with client.chat.completions.create(model="m", messages=MESSAGES, stream=True) as s:
                next(iter(s))
    assert server.connections == 2
