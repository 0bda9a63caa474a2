"""A fast local HTTP/1.1 stand-in for the Together API, for ``scripts/bench.py``.

Every answer is serialized once at startup (status line, headers and body as one ``bytes``), so a
request costs the server only parsing the request head and one ``transport.write``. The bodies
follow the real response shapes in ``tests/fixtures/real-responses``:

* ``POST /v1/chat/completions``: a non-stream chat completion, or, when the request body has
  ``"stream": true``, a ``text/event-stream`` of N chunks in Together's chunk shape ending with
  ``data: [DONE]`` (sent with Content-Length, or with ``--stream-chunked`` as Together's service
  sends it: ``Transfer-Encoding: chunked``, one HTTP chunk per event, the terminating
  ``0\\r\\n\\r\\n`` right after ``data: [DONE]``);
* ``POST /v1/embeddings``: a list of embeddings (by default 256 vectors of 1024 floats);
* ``GET /v1/models``: a bare JSON list of model entries (by default 200);
* ``GET /_stats``: the server's own CPU time, connection and request counts (for the bench to
  check that the server is not the bottleneck).

Connections are kept alive and pipelined requests are answered in order. Only 127.0.0.1 is
served; over TLS with ``--tls-cert``/``--tls-key`` (PEM files; ``scripts/bench.py`` makes a
throw-away CA and certificate for 127.0.0.1 with ``trustme``), where a connection is counted once
its handshake is done. Run it directly (``python scripts/bench_server.py --port 0``): it prints
``READY <port>`` once listening and stops on SIGINT/SIGTERM or when its stdin closes (so it never
outlives the bench that started it).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import random
import re
import signal
import ssl
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "real-responses"
CHAT_FIXTURE = FIXTURES / "chat-completions__hf-tape-llama33-70b-eos-2025-01-15.json"
STREAM_FIXTURE = FIXTURES / "chat-completions__stream-hf-tape-llama33-70b-2025-01-15.sse"

MODEL = "meta-llama/Llama-3.3-70B-Instruct-Turbo"
MAX_HEAD = 64 * 1024
_STREAM_FLAG = re.compile(rb'"stream"\s*:\s*true')
_WORDS = ("the", "of", "and", "to", "in", "is", "that", "it", "for", "on", "with", "as", "was")


DEFAULT_STREAM_CHUNKS = 2000
DEFAULT_EMBEDDINGS = 256
DEFAULT_DIMENSIONS = 1024
DEFAULT_MODELS = 200


@dataclass(frozen=True, slots=True)
class BodySizes:
    """How big the served bodies are."""

    stream_chunks: int = DEFAULT_STREAM_CHUNKS
    embeddings: int = DEFAULT_EMBEDDINGS
    dimensions: int = DEFAULT_DIMENSIONS
    models: int = DEFAULT_MODELS


# --- the bodies ----------------------------------------------------------------------------------


def _dumps(value: object) -> bytes:
    return json.dumps(value, separators=(",", ":")).encode()


def chat_body() -> bytes:
    """A real non-stream chat completion with a longer answer (about 120 words of content)."""
    data = json.loads(CHAT_FIXTURE.read_text())
    rng = random.Random(1)
    words = " ".join(rng.choice(_WORDS) for _ in range(120))
    data["choices"][0]["message"]["content"] = words.capitalize() + "."
    data["usage"] = {"prompt_tokens": 46, "completion_tokens": 121, "total_tokens": 167}
    return _dumps(data)


def _stream_templates() -> tuple[dict[str, object], dict[str, object]]:
    """The content chunk and the final chunk of the real captured stream."""
    events = [
        json.loads(line[len("data: ") :])
        for line in STREAM_FIXTURE.read_text().splitlines()
        if line.startswith("data: {")
    ]
    return events[0], events[-1]


def stream_events(chunks: int) -> list[bytes]:
    """``chunks`` SSE events in Together's chunk shape (the last one with finish reason and
    usage), then ``data: [DONE]``: one ``bytes`` per event, blank line included."""
    first, last = _stream_templates()
    rng = random.Random(2)
    parts: list[bytes] = []
    for i in range(chunks - 1):
        event = json.loads(json.dumps(first))
        word = rng.choice(_WORDS) + " "
        token_id = 1000 + i % 30000
        event["choices"][0]["text"] = word
        event["choices"][0]["delta"]["content"] = word
        event["choices"][0]["delta"]["token_id"] = token_id
        parts.append(b"data: " + _dumps(event) + b"\n\n")
    final = json.loads(json.dumps(last))
    final["usage"] = {"prompt_tokens": 48, "completion_tokens": chunks, "total_tokens": chunks + 48}
    parts.append(b"data: " + _dumps(final) + b"\n\n")
    parts.append(b"data: [DONE]\n\n")
    return parts


def stream_body(chunks: int) -> bytes:
    """The whole event stream of ``stream_events`` as one body."""
    return b"".join(stream_events(chunks))


def chunk_encode(parts: list[bytes]) -> bytes:
    """``parts`` in HTTP/1.1 chunked framing, one chunk each, then the terminating zero-size
    chunk (no trailers), as a server that flushes every event writes them."""
    framed = [f"{len(part):x}\r\n".encode() + part + b"\r\n" for part in parts if part]
    return b"".join(framed) + b"0\r\n\r\n"


def embeddings_body(count: int, dimensions: int) -> bytes:
    """An embeddings answer: ``count`` vectors of ``dimensions`` float32-like numbers."""
    rng = random.Random(3)
    data = [
        {
            "object": "embedding",
            "index": i,
            "embedding": [float(f"{rng.gauss(0.0, 0.05):.8g}") for _ in range(dimensions)],
        }
        for i in range(count)
    ]
    body = {
        "object": "list",
        "data": data,
        "model": "togethercomputer/m2-bert-80M-32k-retrieval",
        "request_id": "8b3e0c1d2f4a5b6c-SJC",
    }
    return _dumps(body)


_TEMPLATE = (
    "{{- bos_token }}{%- for message in messages %}{{- '<|start_header_id|>' + message['role'] + "
    "'<|end_header_id|>\\n\\n' + message['content'] | trim + '<|eot_id|>' }}{%- endfor %}"
    "{%- if add_generation_prompt %}{{- '<|start_header_id|>assistant<|end_header_id|>\\n\\n' }}"
    "{%- endif %}"
)
_TYPES = ["chat", "chat", "chat", "language", "code", "image", "embedding", "moderation", "rerank"]


def _model_entry(i: int, rng: random.Random) -> dict[str, object]:
    kind = _TYPES[i % len(_TYPES)]
    org = ["meta-llama", "mistralai", "Qwen", "google", "deepseek-ai"][i % 5]
    name = f"{org}/Model-{i}-{rng.choice(['8B', '70B', '7B', '32B'])}-Instruct-Turbo"
    entry: dict[str, object] = {
        "id": name,
        "object": "model",
        "created": 1692896905 + i * 86400,
        "type": kind,
        "running": False,
        "display_name": name.split("/")[1].replace("-", " "),
        "organization": org,
        "link": f"https://huggingface.co/{name}",
        "license": "apache-2.0" if i % 2 else "llama3.3",
        "context_length": [8192, 32768, 131072][i % 3],
        "config": {
            "chat_template": _TEMPLATE if kind == "chat" else None,
            "stop": ["<|eot_id|>", "<|eom_id|>"],
            "bos_token": "<|begin_of_text|>",
            "eos_token": "<|eot_id|>",
        },
        "pricing": {
            "hourly": 0,
            "input": round(rng.uniform(0.05, 3.5), 2),
            "output": round(rng.uniform(0.05, 3.5), 2),
            "base": 0,
            "finetune": 0,
        },
    }
    return entry


def models_body(count: int) -> bytes:
    """``GET /v1/models`` as the service sends it: a bare list of model entries."""
    rng = random.Random(4)
    return _dumps([_model_entry(i, rng) for i in range(count)])


def http_response(
    body: bytes, content_type: str, status: str = "200 OK", *, chunked: bool = False
) -> bytes:
    """A whole HTTP/1.1 response (head and body) as one ``bytes``; with ``chunked``, ``body`` is
    already chunk-encoded (``chunk_encode``) and the head says ``Transfer-Encoding: chunked``."""
    framing = "transfer-encoding: chunked" if chunked else f"content-length: {len(body)}"
    head = (
        f"HTTP/1.1 {status}\r\n"
        f"content-type: {content_type}\r\n"
        f"{framing}\r\n"
        "x-request-id: 9026c930e93f2a5e-CDG\r\n"
        "connection: keep-alive\r\n\r\n"
    )
    return head.encode() + body


@dataclass(frozen=True, slots=True)
class Responses:
    """Every answer the server gives, serialized once."""

    chat: bytes
    stream: bytes
    embeddings: bytes
    models: bytes
    not_found: bytes

    @classmethod
    def build(cls, sizes: BodySizes, stream_chunked: bool = False) -> Responses:
        error = _dumps({"error": {"message": "not found", "type": "invalid_request_error"}})
        return cls(
            chat=http_response(chat_body(), "application/json; charset=utf-8"),
            stream=_stream_response(sizes.stream_chunks, stream_chunked),
            embeddings=http_response(
                embeddings_body(sizes.embeddings, sizes.dimensions), "application/json"
            ),
            models=http_response(models_body(sizes.models), "application/json; charset=utf-8"),
            not_found=http_response(error, "application/json", "404 Not Found"),
        )


def _stream_response(chunks: int, chunked: bool) -> bytes:
    events = stream_events(chunks)
    body = chunk_encode(events) if chunked else b"".join(events)
    return http_response(body, "text/event-stream;charset=utf-8", chunked=chunked)


# --- the protocol --------------------------------------------------------------------------------


@dataclass(slots=True)
class Counters:
    """What ``GET /_stats`` reports."""

    connections: int = 0
    requests: int = 0


class _Head:
    """The parts of a request head the server needs."""

    __slots__ = ("chunked", "length", "method", "path")

    def __init__(self, head: bytes) -> None:
        first, _, rest = head.partition(b"\r\n")
        parts = first.split(b" ")
        self.method = parts[0]
        self.path = parts[1] if len(parts) > 1 else b"/"
        self.length = 0
        self.chunked = False
        for line in rest.split(b"\r\n"):
            name, _, value = line.partition(b":")
            lowered = name.strip().lower()
            if lowered == b"content-length":
                self.length = int(value.strip())
            elif lowered == b"transfer-encoding" and b"chunked" in value.lower():
                self.chunked = True


def _chunked_body(buffer: bytes, start: int) -> tuple[bytes, int] | None:
    """Decode a chunked body starting at ``start``: (body, end), or None if incomplete."""
    body: list[bytes] = []
    pos = start
    while True:
        line_end = buffer.find(b"\r\n", pos)
        if line_end < 0:
            return None
        size = int(buffer[pos:line_end].split(b";")[0], 16)
        pos = line_end + 2
        if size == 0:
            trailer_end = buffer.find(b"\r\n\r\n", pos - 2)
            return (b"".join(body), trailer_end + 4) if trailer_end >= 0 else None
        if len(buffer) < pos + size + 2:
            return None
        body.append(buffer[pos : pos + size])
        pos += size + 2


class BenchProtocol(asyncio.Protocol):
    """HTTP/1.1 with keep-alive and pipelining; answers from the pre-built ``Responses``."""

    def __init__(self, responses: Responses, counters: Counters) -> None:
        self.responses = responses
        self.counters = counters
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        self.counters.connections += 1

    def data_received(self, data: bytes) -> None:
        self.buffer = self.buffer + data if self.buffer else data
        while self.buffer and self._handle_one():
            pass

    def _handle_one(self) -> bool:
        """Answer the first complete request in the buffer; False if none is complete yet."""
        head_end = self.buffer.find(b"\r\n\r\n")
        if head_end < 0:
            if len(self.buffer) > MAX_HEAD:
                self._close()
            return False
        head = _Head(self.buffer[:head_end])
        start = head_end + 4
        if head.chunked:
            decoded = _chunked_body(self.buffer, start)
            if decoded is None:
                return False
            body, end = decoded
        else:
            end = start + head.length
            if len(self.buffer) < end:
                return False
            body = self.buffer[start:end]
        self.buffer = self.buffer[end:]
        self.counters.requests += 1
        assert self.transport is not None
        self.transport.write(self._answer(head.method, head.path, body))
        return True

    def _answer(self, method: bytes, path: bytes, body: bytes) -> bytes:
        path = path.split(b"?", 1)[0]
        r = self.responses
        if method == b"POST" and path == b"/v1/chat/completions":
            return r.stream if _STREAM_FLAG.search(body) else r.chat
        if method == b"POST" and path == b"/v1/embeddings":
            return r.embeddings
        if method == b"GET" and path == b"/v1/models":
            return r.models
        if method == b"GET" and path == b"/_stats":
            return http_response(self._stats(), "application/json")
        return r.not_found

    def _stats(self) -> bytes:
        return _dumps(
            {
                "cpu": time.process_time(),
                "connections": self.counters.connections,
                "requests": self.counters.requests,
            }
        )

    def _close(self) -> None:
        if self.transport is not None:
            self.transport.close()


# --- running -------------------------------------------------------------------------------------


def _watch_stdin(loop: asyncio.AbstractEventLoop, stop: asyncio.Event) -> None:
    """Set ``stop`` when stdin reaches EOF (the parent closed it or died). Runs in a thread."""

    def wait() -> None:
        sys.stdin.buffer.read()
        with contextlib.suppress(RuntimeError):  # the loop may be closed already
            loop.call_soon_threadsafe(stop.set)

    threading.Thread(target=wait, name="stdin-watch", daemon=True).start()


def tls_context(cert: Path, key: Path) -> ssl.SSLContext:
    """The server side of TLS, from a certificate (chain) and its private key, as PEM files."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    return context


async def serve(
    port: int,
    sizes: BodySizes,
    watch_stdin: bool,
    *,
    tls: ssl.SSLContext | None = None,
    stream_chunked: bool = False,
) -> None:
    """Serve until SIGINT/SIGTERM or (with ``watch_stdin``) until stdin closes; over TLS when
    ``tls`` is given."""
    responses = Responses.build(sizes, stream_chunked)
    counters = Counters()
    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        lambda: BenchProtocol(responses, counters), "127.0.0.1", port, backlog=1024, ssl=tls
    )
    stop = asyncio.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    if watch_stdin:
        _watch_stdin(loop, stop)
    bound = server.sockets[0].getsockname()[1]
    print(f"READY {bound}", flush=True)
    async with server:
        await stop.wait()


def _parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--stream-chunks", type=int, default=DEFAULT_STREAM_CHUNKS)
    parser.add_argument(
        "--stream-chunked",
        action="store_true",
        help="send the event stream with Transfer-Encoding: chunked, as Together does",
    )
    parser.add_argument("--tls-cert", type=Path, help="serve TLS: the certificate chain (PEM)")
    parser.add_argument("--tls-key", type=Path, help="serve TLS: the certificate's key (PEM)")
    parser.add_argument("--embeddings", type=int, default=DEFAULT_EMBEDDINGS)
    parser.add_argument("--dimensions", type=int, default=DEFAULT_DIMENSIONS)
    parser.add_argument("--models", type=int, default=DEFAULT_MODELS)
    parser.add_argument(
        "--watch-stdin", action="store_true", help="stop when stdin closes (used by bench.py)"
    )
    args = parser.parse_args(argv)
    if (args.tls_cert is None) != (args.tls_key is None):
        parser.error("--tls-cert and --tls-key go together")
    return args


def main(argv: list[str] | None = None) -> None:
    args = _parse_args(argv)
    sizes = BodySizes(args.stream_chunks, args.embeddings, args.dimensions, args.models)
    tls = tls_context(args.tls_cert, args.tls_key) if args.tls_cert else None
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(
            serve(args.port, sizes, args.watch_stdin, tls=tls, stream_chunked=args.stream_chunked)
        )


if __name__ == "__main__":
    main()
