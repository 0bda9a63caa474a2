"""A stream accumulates the complete answer only when something asks for it, within a bound:
iterating chunks keeps the events' JSON (at most ``KEEP_BYTES`` of it) and builds nothing else;
``text``, ``get_final_completion()``, ``text_deltas()`` and an incomplete end see every chunk."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

import together_facade as tf
from together_facade import _streaming

MESSAGES = [{"role": "user", "content": "hi"}]


def _events(texts: list[str], finish: bool = True, odd_at: int | None = None) -> bytes:
    out = []
    for i, text in enumerate(texts):
        delta: dict[str, Any] = {"content": text}
        if i == odd_at:
            delta["content"] = {"not": "text"}  # the accumulator cannot read this one
        last = finish and i == len(texts) - 1
        chunk = {
            "id": "c1",
            "object": "chat.completion.chunk",
            "created": 1,
            "model": "m",
            "choices": [{"index": 0, "delta": delta, "finish_reason": "stop" if last else None}],
        }
        out.append(b"data: " + json.dumps(chunk).encode() + b"\n\n")
    if finish:
        out.append(b"data: [DONE]\n\n")
    return b"".join(out)


def _client(body: bytes) -> tf.Together:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=body)

    return tf.Together(api_key="k", base_url="https://t/v1", transport=httpx.MockTransport(answer))


def _stream(client: tf.Together) -> Any:
    return client.chat.completions.create(model="m", messages=MESSAGES, stream=True)


TEXTS = [f"w{i} " for i in range(200)]


def test_iterating_keeps_the_json_and_accumulates_nothing() -> None:
    stream = _stream(_client(_events(TEXTS)))
    chunks = list(stream)
    assert len(chunks) == 200
    reader = stream._reader
    assert reader.kept is not None and len(reader.kept) == 200
    assert reader._accumulator.chunks == 0  # nothing accumulated yet
    assert stream.text == "".join(TEXTS)  # asked for: accumulated now
    assert reader.kept == [] and reader._accumulator.chunks == 200
    final = stream.get_final_completion()
    assert final.choices[0].message.content == "".join(TEXTS)
    assert final.choices[0].finish_reason == "stop"


def test_text_mid_stream_sees_every_chunk_so_far() -> None:
    stream = _stream(_client(_events(TEXTS)))
    it = iter(stream)
    for _ in range(10):
        next(it)
    assert stream.text == "".join(TEXTS[:10])
    for _ in range(5):
        next(it)
    assert stream.text == "".join(TEXTS[:15])


def test_past_the_bound_it_accumulates_as_it_goes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_streaming, "KEEP_BYTES", 2000)
    stream = _stream(_client(_events(TEXTS)))
    it = iter(stream)
    seen = 0
    while stream._reader.kept is not None:
        next(it)
        seen += 1
        assert sum(map(len, stream._reader.kept or [])) <= 2000
    assert 0 < seen < 200  # the switch came while reading
    assert sum(1 for _ in it) == 200 - seen
    assert stream._reader._accumulator.chunks == 200
    assert stream.get_final_completion().choices[0].message.content == "".join(TEXTS)


def test_a_chunk_the_accumulator_cannot_read_fails_when_the_answer_is_asked_for() -> None:
    stream = _stream(_client(_events(TEXTS[:5], odd_at=2)))
    assert len(list(stream)) == 5  # iterating builds nothing from the odd chunk
    with pytest.raises(tf.APIResponseValidationError, match="not a string"):
        stream.get_final_completion()
    stream = _stream(_client(_events(TEXTS[:5], odd_at=2)))
    with pytest.raises(tf.APIResponseValidationError, match="not a string"):
        list(stream.text_deltas())  # text_deltas reads every chunk as it comes


def test_an_incomplete_stream_still_gives_its_partial_text() -> None:
    stream = _stream(_client(_events(TEXTS[:7], finish=False)))
    with pytest.raises(tf.IncompleteStreamError) as info:
        list(stream)
    assert info.value.partial_text == "".join(TEXTS[:7])
    assert len(info.value.chunks) == 7


def test_text_deltas_read_each_chunks_text_alone_and_the_answer_stays_whole() -> None:
    stream = _stream(_client(_events(TEXTS)))
    assert list(stream.text_deltas()) == TEXTS
    assert stream._reader._accumulator.chunks == 0  # no accumulation for the deltas
    assert stream.get_final_completion().choices[0].message.content == "".join(TEXTS)


def test_text_deltas_of_odd_chunks_come_from_the_accumulator() -> None:
    """A chunk listing a null choice first, or an empty delta, yields what the accumulator
    would: the text of the first choice listed, nothing for an empty one."""
    chunks = [
        {"id": "c", "choices": [None, {"index": 1, "delta": {"content": "a"}}]},
        {"id": "c", "choices": [{"index": 1, "delta": {}}]},
        {
            "id": "c",
            "choices": None,
            "usage": {"prompt_tokens": 1, "completion_tokens": 2, "total_tokens": 3},
        },
        {"id": "c", "choices": [{"index": 1, "delta": {"content": "b"}, "finish_reason": "stop"}]},
    ]
    body = b"".join(b"data: " + json.dumps(c).encode() + b"\n\n" for c in chunks)
    stream = _stream(_client(body + b"data: [DONE]\n\n"))
    assert list(stream.text_deltas()) == ["a", "b"]
    assert stream.get_final_completion().choices[0].message.content == "ab"
