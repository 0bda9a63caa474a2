"""Answers that must not cost more than linear time: a call that takes minutes over one answer
is as much a defect as one that raises the wrong error (a server, or anything between, can send
it, and a client cannot interrupt a regex or a loop).

Each answer here is small (tens of KB) so that a failure costs seconds, not minutes; the time a
linear reading takes is a few milliseconds, far under ``LIMIT``. The message says what the
largest answer the library accepts would cost.
"""

from __future__ import annotations

import json
import time

import pytest

from tests.fuzz import strategies as s
from tests.fuzz.operations import BY_NAME, check

#: Seconds; a linear reading of these answers takes milliseconds (a quadratic one, seconds).
LIMIT = 0.5


def timed(name: str, answer: s.Answer, mode: str) -> float:
    """Seconds the call takes (a stream read by ``text_deltas()``: no chunk models are built),
    after a first call that pays for the imports."""
    op = BY_NAME[name]
    check(op, s.Answer(answer.status, b"{}"), mode=mode, backend="stdlib", how="text_deltas")
    start = time.perf_counter()
    check(op, answer, mode=mode, backend="stdlib", view="plain", how="text_deltas")
    return time.perf_counter() - start


def test_an_error_page_full_of_title_tags() -> None:
    """An error answer that is not JSON is searched for an HTML ``<title>``; with many opening
    tags and no closing one, a lazy ``(.*?)</title>`` scans to the end from each of them."""
    body = b"<title>" * 6000  # 42 KB
    elapsed = timed("list-models", s.Answer(502, body, content_type="text/html"), "sync")
    assert elapsed < LIMIT, (
        f"a {len(body):,}-byte error page of '<title>' took {elapsed:.1f} s to read (quadratic: "
        "the 1 MiB kept of an error answer would take about 20 minutes)"
    )


def _tool_call_chunk(pieces: list[dict[str, object]]) -> bytes:
    chunk = {
        "id": "x",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "m",
        "choices": [{"index": 0, "delta": {"tool_calls": pieces}, "finish_reason": "tool_calls"}],
    }
    return b"data: " + json.dumps(chunk).encode() + b"\n\ndata: [DONE]\n\n"


@pytest.mark.parametrize("pieces", ["indexed", "null-index", "null-index-with-ids"])
def test_a_stream_chunk_with_many_tool_call_pieces(pieces: str) -> None:
    """Tool call pieces with a null ``index`` (Together's parallel calls) are placed by looking
    at the pieces placed before them (``latest not in used``, ``max(self.tool_calls)``). The
    same event with indices ("indexed") is the control: it shows the limit is generous."""
    calls: list[dict[str, object]] = [
        {
            "index": i if pieces == "indexed" else None,
            **({"id": f"call_{i}"} if pieces != "null-index" else {}),
            "function": {"arguments": "x"},
        }
        for i in range(10_000)
    ]
    body = _tool_call_chunk(calls)
    answer = s.Answer(200, body, content_type="text/event-stream")
    elapsed = timed("chat-completions[stream]", answer, "sync")
    assert elapsed < LIMIT, (
        f"one {len(body):,}-byte event of {len(calls):,} {pieces} tool call pieces took "
        f"{elapsed:.1f} s (quadratic: an event of max_event_bytes, 16 MiB, would take hours)"
    )
