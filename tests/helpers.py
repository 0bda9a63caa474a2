"""Shared test helpers: the recorded responses and a way to run one test with both clients."""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import json
import socket
import threading
import time
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
        headers: dict[str, str] | None = None,
    ) -> None:
        import socket
        import threading

        self.steps, self.end, self.hold = steps, end, hold
        extra = "".join(f"{k}: {v}\r\n" for k, v in (headers or {}).items())
        self.head = (
            f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nTransfer-Encoding: chunked\r\n"
            f"x-request-id: stream-req-1\r\n{extra}\r\n"
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


class BlobServer:
    """A raw HTTP/1.1 server on 127.0.0.1 serving one blob, with ``Range`` support.

    ``cut_first_at``: the first answer announces the whole length but the socket is closed after
    that many bytes (an interrupted download). ``resume_blob``: what a Range request is served
    from (a file that changed in between: the sizes disagree). ``honour_range``: answer a Range
    request with 206 (else with the whole blob and 200).
    """

    def __init__(
        self,
        blob: bytes,
        cut_first_at: int | None = None,
        resume_blob: bytes | None = None,
        honour_range: bool = True,
    ) -> None:
        import socket
        import threading

        self.blob, self.cut_first_at, self.resume_blob = blob, cut_first_at, resume_blob
        self.honour_range = honour_range
        self.requests: list[dict[str, str]] = []
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn, contextlib.suppress(OSError):  # the client may go away: tests do that
                self._answer(conn)

    def _answer(self, conn: Any) -> None:
        data = b""
        while b"\r\n\r\n" not in data:
            data += conn.recv(65536)
        lines = data.split(b"\r\n\r\n")[0].decode().split("\r\n")
        headers = {
            k.strip().lower(): v.strip() for k, _, v in (ln.partition(":") for ln in lines[1:])
        }
        headers["request-line"] = lines[0]
        self.requests.append(headers)
        first = len(self.requests) == 1
        start = 0
        if self.honour_range and headers.get("range", "").startswith("bytes="):
            start = int(headers["range"][6:].split("-")[0])
        source = self.resume_blob if start and self.resume_blob is not None else self.blob
        body = source[start:]
        if start:
            head = (
                f"HTTP/1.1 206 Partial Content\r\nContent-Length: {len(body)}\r\n"
                f"Content-Range: bytes {start}-{len(source) - 1}/{len(source)}\r\n"
            )
        else:
            head = f"HTTP/1.1 200 OK\r\nContent-Length: {len(body)}\r\n"
        head += "Content-Type: application/octet-stream\r\nConnection: close\r\n\r\n"
        conn.sendall(head.encode())
        if first and self.cut_first_at is not None:
            conn.sendall(body[: self.cut_first_at])
            return
        conn.sendall(body)

    def close(self) -> None:
        self.sock.close()
        self._thread.join(timeout=2)


def http_response(
    status: int = 200,
    content: bytes = b"",
    headers: dict[str, str] | None = None,
    url: str = "https://api.example.test/v1/chat/completions",
) -> Any:
    """An ``httpx.Response`` with its body read and a request attached, as the core hands over
    (for unit tests of what reads answers: ``parse_model``, ``status_error``, ``APIResponse``)."""
    import httpx

    request = httpx.Request("POST", url)
    return httpx.Response(status, content=content, headers=headers or {}, request=request)


# --- a keep-alive server for streams (connection reuse) ------------------------------------


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
