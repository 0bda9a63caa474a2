"""Answers: what the stand-in sends back, the answers a test programs, and the faults it injects.

A ``Reply`` is a whole answer (status, headers, body) or an event stream (its events, sent one
at a time with chunked transfer encoding, as the service streams), with an optional ``Fault``
that changes how it is sent. A ``Plan`` holds what a test programmed for one operation: answers
(``Override``: for some calls, in order, then one for good) and faults (``Fault``: likewise).
"""

from __future__ import annotations

import datetime as dt
import json
import math
import struct
import uuid
from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, Literal, TypeVar

from ._chat import ToolCall
from ._spec import JSON, SSE

__all__ = [
    "JSONL_LINE",
    "Fault",
    "Override",
    "Plan",
    "Reply",
    "binary",
    "error_body",
    "json_reply",
    "new_id",
    "now",
    "pcm",
    "sse_reply",
]

JSONL_LINE = (
    b'{"messages": [{"role": "user", "content": "Hello"}, '
    b'{"role": "assistant", "content": "Hi! How can I help?"}]}\n'
)
#: What a malformed chunk looks like: an event whose data is cut in the middle of its JSON.
MALFORMED_EVENT = b'data: {"id": "standin-malformed", "choices": [{"index": 0, "delta": {"con\n\n'


@dataclass(frozen=True)
class Fault:
    """How an answer goes wrong (``StandIn.rate_limit`` and the other fault methods):

    * ``rate_limit`` / ``server_error``: the answer is replaced by a 429 (with ``Retry-After``)
      or a 5xx and its error body;
    * ``slow``: the headers go out, then nothing for ``delay`` seconds, then the body (a
      stream's first event: a slow first token);
    * ``cut``: ``after`` events of a stream go out, then the body ends and the connection
      closes: no ``[DONE]`` (``abrupt``: the connection drops, without the end of the chunked
      body); an answer that is not a stream: half its body, then the connection drops;
    * ``malformed``: the event after ``after`` good ones is cut in the middle of its JSON (the
      body itself, for an answer that is not a stream);
    * ``hold``: the headers go out, then nothing until the test ends (``reset()``) or the
      stand-in stops; then the connection closes.
    """

    kind: Literal["rate_limit", "server_error", "slow", "cut", "malformed", "hold"]
    status: int = 0
    after: int = 0
    delay: float = 0.0
    retry_after: float = 0.0
    abrupt: bool = False

    @property
    def replaces(self) -> bool:
        """Whether the fault is an answer of its own (no programmed answer is used up)."""
        return self.kind in ("rate_limit", "server_error")


@dataclass
class Reply:
    """An answer: a whole body (its length known before it is sent), or an event stream."""

    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    events: list[bytes] | None = None  # an event stream: each event's bytes, [DONE] last
    fault: Fault | None = None


@dataclass(frozen=True)
class ChatScript:
    """A chat answer set with ``StandIn.chat_reply``: chunks when the request streams, a
    whole completion otherwise, with the model the request names."""

    content: tuple[str, ...]
    tool_calls: tuple[ToolCall, ...]
    reasoning: tuple[str, ...] | None
    finish_reason: str | None
    usage: Mapping[str, int] | None


@dataclass(frozen=True)
class Override:
    """An answer set with ``StandIn.answer`` (or ``chat_reply``): a body of its own (``json``,
    ``body``, ``sse``, ``chat``), or an error status (its body made for it), or neither (the
    usual answer, changed by the status, headers and delay given)."""

    status: int | None
    json: Any
    body: bytes | None
    sse: tuple[Any, ...] | None
    headers: Mapping[str, str]
    delay: float
    chat: ChatScript | None = None


T = TypeVar("T")


class _Queue(Generic[T]):
    """Items each for some calls, in order, then a standing one (for good), then nothing."""

    def __init__(self) -> None:
        self.standing: T | None = None
        self.queued: deque[list[Any]] = deque()  # [item, calls left]

    def add(self, item: T, times: int | None) -> None:
        if times is None:
            self.standing = item
        else:
            self.queued.append([item, times])

    def peek(self) -> T | None:
        return self.queued[0][0] if self.queued else self.standing

    def next(self) -> T | None:
        if not self.queued:
            return self.standing
        entry = self.queued[0]
        entry[1] -= 1
        if entry[1] <= 0:
            self.queued.popleft()
        item: T = entry[0]
        return item


class Plan:
    """What a test programmed for one operation: its answers and its faults, each a queue.

    On a call, a fault that is an answer of its own (429, 5xx) is sent instead of the
    programmed answer, which stays for the next call (a client's retry gets it); any other fault
    changes how the next answer is sent.
    """

    def __init__(self) -> None:
        self.answers: _Queue[Override] = _Queue()
        self.faults: _Queue[Fault] = _Queue()

    def next(self) -> tuple[Override | None, Fault | None]:
        fault = self.faults.next()
        if fault is not None and fault.replaces:
            return None, fault
        return self.answers.next(), fault


# --- bodies -------------------------------------------------------------------------------------


def json_reply(status: int, value: Any, headers: Mapping[str, str] | None = None) -> Reply:
    return Reply(status, json.dumps(value).encode(), {"content-type": JSON, **(headers or {})})


def sse_reply(status: int, events: Iterable[Any]) -> Reply:
    """``events`` (dicts as JSON, strings as they are) as ``data:`` events, then ``[DONE]``."""
    encoded = []
    for event in [*events, "[DONE]"]:
        text = event if isinstance(event, str) else json.dumps(event)
        encoded.append(("".join(f"data: {line}\n" for line in text.split("\n")) + "\n").encode())
    headers = {"content-type": SSE, "cache-control": "no-cache"}
    return Reply(status, b"", headers, events=encoded)


def error_body(status: int, message: str) -> dict[str, Any]:
    """Together's error body (as real answers have it)."""
    kind = "credit_limit" if status == 429 else "server_error" if status >= 500 else None
    error = {"message": message, "type": kind or "invalid_request_error"}
    return {"error": {**error, "param": None, "code": None}}


def pcm(samples: int = 800, rate: int = 8000) -> bytes:
    """A short 440 Hz tone, 16-bit mono little-endian PCM."""
    wave = (round(3000 * math.sin(2 * math.pi * 440 * i / rate)) for i in range(samples))
    return struct.pack(f"<{samples}h", *wave)


def _wav(rate: int = 8000) -> bytes:
    samples = pcm(rate=rate)
    fmt = struct.pack("<HHIIHH", 1, 1, rate, 2 * rate, 2, 16)  # PCM, mono, 16-bit
    chunks = b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt
    chunks += b"data" + struct.pack("<I", len(samples)) + samples
    return b"RIFF" + struct.pack("<I", len(chunks)) + chunks


MP3_FRAME = b"\xff\xfb\x90\x64" + bytes(413)  # an MPEG-1 layer III frame header, then silence


def binary(media: str) -> bytes:
    """A body of a non-JSON content type."""
    if media in ("audio/wav", "audio/x-wav", "audio/wave"):
        return _wav()
    if media == "audio/mpeg":
        return MP3_FRAME * 2
    if media.startswith("audio/"):
        return pcm()
    if media.startswith("text/"):
        return JSONL_LINE
    return bytes(range(256))


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def new_id(prefix: str) -> str:
    return f"{prefix}{uuid.uuid4()}"
