"""Shared test helpers: the recorded responses and a way to run one test with both clients."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pytest_httpserver import HTTPServer

from together_facade import AsyncTogether, Together

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "real-responses"
API_KEY = "sk-test-0123456789abcdef-SECRET"


def fixture_bytes(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


class Invoker:
    """Runs ``fn(client)`` on a sync ``Together`` or an ``AsyncTogether`` (awaiting as needed)."""

    def __init__(self, mode: str, server: HTTPServer) -> None:
        self.mode = mode
        self.server = server

    @property
    def is_async(self) -> bool:
        return self.mode == "async"

    def __call__(self, fn: Callable[[Any], Any], **client_options: Any) -> Any:
        options = {"api_key": API_KEY, "base_url": self.server.url_for("/v1"), **client_options}
        if self.mode == "sync":
            with Together(**options) as client:
                return fn(client)

        async def main() -> Any:
            async with AsyncTogether(**options) as client:
                result = fn(client)
                return await result if inspect.isawaitable(result) else result

        return asyncio.run(main())


class ScriptedServer:
    """A raw HTTP/1.1 server on 127.0.0.1 that answers every request with one scripted stream.

    ``steps`` are bytes (sent as one chunk of a chunked body) or floats (seconds to pause).
    ``end`` says how the answer ends: "done" (the final empty chunk), "close" (the socket is
    closed mid-body: a truncated answer), "reset" (a TCP reset), or "hold" (nothing more is sent
    and the socket stays open for ``hold`` seconds).
    """

    def __init__(
        self,
        steps: list[bytes | float],
        end: str = "done",
        status: str = "200 OK",
        content_type: str = "text/event-stream",
        hold: float = 5.0,
    ) -> None:
        import socket
        import threading

        self.steps, self.end, self.hold = steps, end, hold
        self.head = (
            f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nTransfer-Encoding: chunked\r\n"
            "x-request-id: stream-req-1\r\n\r\n"
        ).encode()
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.requests: list[bytes] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def _serve(self) -> None:
        import threading

        self.sock.settimeout(0.2)
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            threading.Thread(target=self._answer, args=(conn,), daemon=True).start()

    def _answer(self, conn: Any) -> None:
        import socket
        import struct
        import time

        with conn:
            data = b""
            while b"\r\n\r\n" not in data:
                data += conn.recv(65536)
            head, _, rest = data.partition(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n"):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            while len(rest) < length:
                rest += conn.recv(65536)
            self.requests.append(head + b"\r\n\r\n" + rest)
            try:
                conn.sendall(self.head)
                for step in self.steps:
                    if isinstance(step, float):
                        time.sleep(step)
                    else:
                        conn.sendall(b"%x\r\n%s\r\n" % (len(step), step))
                if self.end == "done":
                    conn.sendall(b"0\r\n\r\n")
                    time.sleep(0.2)
                elif self.end == "reset":
                    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                elif self.end == "hold":
                    deadline = time.monotonic() + self.hold
                    while time.monotonic() < deadline and not self._stop.is_set():
                        time.sleep(0.05)
            except OSError:
                pass  # the client went away: that is what some tests do

    def close(self) -> None:
        self._stop.set()
        self.sock.close()
        self._thread.join(timeout=2)


def checked_out(http: Any) -> list[Any]:
    """The connections of an httpx client's pool that are still in use by a request."""
    pool = http._transport._pool
    return [c for c in pool.connections if not c.is_idle() and not c.is_closed()]
