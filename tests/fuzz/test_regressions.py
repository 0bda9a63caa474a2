"""The defects the fuzzing found, each as its minimal answer: run on every test run (the fuzz
tests meet most of them only in long runs), both clients, as the contract says (the call
returns, or raises a ``TogetherError``).

Nesting 1020 levels deep parses with orjson (its limit is 1024 levels) but is deeper than the
interpreter's recursion limit (1000): any ``repr``, ``str`` or ``json.dumps`` of such a value
recursed out of the library as a ``RecursionError``.
"""

from __future__ import annotations

import pytest

from tests.fuzz import strategies as s
from tests.fuzz.operations import BY_NAME, check

DEEP = s.nested(1020)
SSE = "text/event-stream"


def _chunk(**fields: object) -> dict[str, object]:
    return {"id": "x", "object": "chat.completion.chunk", "created": 1, "model": "m", **fields}


def _events(*chunks: object, done: bool = True) -> bytes:
    body = b"".join(b"data: " + s.encode(c) + b"\n\n" for c in chunks)
    return body + (b"data: [DONE]\n\n" if done else b"")


#: (id, operation, JSON backend, how a stream is consumed, the answer)
CASES = [
    (
        "enum-field-nested-deep-chat-object",
        "chat-completions", "orjson", "iter",
        s.Answer(200, s.encode(
            {"id": "x", "object": DEEP, "created": 1, "model": "m", "choices": []})),
    ),
    (
        "enum-field-nested-deep-finish-reason",
        "chat-completions", "orjson", "iter",
        s.Answer(200, s.encode({"id": "x", "object": "chat.completion", "created": 1, "model": "m",
                                "choices": [{"index": 0, "finish_reason": s.nested(1018),
                                             "message": {"role": "assistant", "content": "a"}}]})),
    ),
    (
        "enum-field-nested-deep-model-type",
        "list-models", "orjson", "iter",
        s.Answer(200, s.encode(
            [{"id": "a", "object": "model", "created": 1, "type": s.nested(1019)}])),
    ),
    (
        "enum-field-nested-deep-fine-tune-status",
        "retrieve-fine-tune", "orjson", "iter",
        s.Answer(200, s.encode({"id": "ft-1", "status": DEEP})),
    ),
    (
        "enum-field-nested-deep-file-type",
        "retrieve-file", "orjson", "iter",
        s.Answer(200, s.encode({"id": "file-1", "object": "file", "FileType": DEEP})),
    ),
    (
        "stream-finish-reason-nested-deep",
        "chat-completions[stream]", "orjson", "text_deltas",
        s.Answer(200, _events(_chunk(choices=[
            {"index": 0, "delta": {"content": "a"}, "finish_reason": s.nested(1018)}])),
            content_type=SSE),
    ),
    (
        "stream-chunk-unreadable-and-nested-deep",
        "chat-completions[stream]", "orjson", "iter",
        s.Answer(200, _events(_chunk(choices=[
            {"index": 0, "delta": {"content": "a"}, "finish_reason": None}], usage=DEEP)),
            content_type=SSE),
    ),
    (
        "stream-chunk-object-nested-deep",
        "chat-completions[stream]", "orjson", "iter",
        s.Answer(200, _events({**_chunk(choices=[
            {"index": 0, "delta": {"content": "a"}, "finish_reason": "stop"}]),
            "object": s.nested(1019)}), content_type=SSE),
    ),
    (
        "stream-chunk-unreadable-with-nan",
        "chat-completions[stream]", "stdlib", "iter",
        s.Answer(200, b'data: {"id": "x", "object": NaN, "created": 1, "model": "m", '
                      b'"choices": []}\n\ndata: [DONE]\n\n', content_type=SSE),
    ),
]  # fmt: skip


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize(
    ("name", "backend", "how", "answer"),
    [pytest.param(*case[1:], id=case[0]) for case in CASES],
)
def test_found_defect(name: str, backend: str, how: str, answer: s.Answer, mode: str) -> None:
    check(BY_NAME[name], answer, mode=mode, backend=backend, how=how)
