"""The generated models read every real response of the live service in tests/fixtures/.

Left out, each for the reason MANIFEST.md gives: FRAGMENT and PARTIAL files (not whole bodies),
``endpoints__...`` (an operation outside the spec) and ``rerank__docs-return-documents-choices-key``
(an older docs shape with ``choices`` instead of ``results``).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from together_api_client.models import (
    ChatCompletionChunk,
    ChatCompletionResponse,
    CompletionChunk,
    CompletionResponse,
    EmbeddingsResponse,
    ErrorData,
    FileDeleteResponse,
    FileResponse,
    FinishReason,
    ImageResponse,
    RerankResponse,
)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "real-responses"
EXCLUDED = {
    "rerank__docs-return-documents-choices-key.json": "older docs shape: 'choices' not 'results'",
}


def _excluded(name: str) -> bool:
    return (
        "FRAGMENT" in name
        or "PARTIAL" in name
        or name.startswith("endpoints__")
        or name in EXCLUDED
    )


JSON_FILES = sorted(p.name for p in FIXTURES.glob("*.json") if not _excluded(p.name))
SSE_FILES = sorted(p.name for p in FIXTURES.glob("*.sse"))


def sse_payloads(name: str) -> list[str]:
    """The ``data:`` payloads of a captured stream, [DONE] excluded (one line per event here)."""
    lines = (FIXTURES / name).read_text().splitlines()
    payloads = [line[len("data:") :].strip() for line in lines if line.startswith("data:")]
    return [p for p in payloads if p != "[DONE]"]


def _known(value: Any) -> bool:
    return value is not None


def check_chat(body: dict[str, Any]) -> None:
    resp = ChatCompletionResponse.from_dict(body)
    assert resp.id == body["id"]
    assert len(resp.choices) == len(body["choices"]) >= 1
    for choice, raw in zip(resp.choices, body["choices"], strict=True):
        assert choice.message.content == raw["message"]["content"]
        if raw.get("finish_reason") is not None:
            assert choice.finish_reason == raw["finish_reason"]
        else:
            assert not _known(choice.finish_reason)
        for call, raw_call in zip(choice.message.tool_calls or [], raw["message"].get("tool_calls") or [], strict=True):
            assert call.id == raw_call["id"]
            assert call.function.name == raw_call["function"]["name"]
            assert call.function.arguments == raw_call["function"]["arguments"]
    if body.get("usage"):
        assert resp.usage is not None
        assert resp.usage.total_tokens == body["usage"]["total_tokens"]
    assert resp.to_dict()["id"] == body["id"]


def check_completion(body: dict[str, Any]) -> None:
    resp = CompletionResponse.from_dict(body)
    assert resp.id == body["id"]
    assert [c.text for c in resp.choices] == [c["text"] for c in body["choices"]]
    assert [c.finish_reason for c in resp.choices] == [c.get("finish_reason") for c in body["choices"]]
    assert isinstance(resp.usage, object)
    assert resp.usage is not None and resp.usage.total_tokens == body["usage"]["total_tokens"]


def check_embeddings(body: dict[str, Any]) -> None:
    resp = EmbeddingsResponse.from_dict(body)
    assert resp.model == body["model"]
    assert [d.embedding for d in resp.data] == [d["embedding"] for d in body["data"]]
    assert [d.index for d in resp.data] == list(range(len(body["data"])))
    if "request_id" in body:
        assert resp.additional_properties["request_id"] == body["request_id"]


def check_images(body: dict[str, Any]) -> None:
    resp = ImageResponse.from_dict(body)
    assert resp.id == body["id"]
    assert len(resp.data) == len(body["data"]) >= 1
    for image, raw in zip(resp.data, body["data"], strict=True):
        if "b64_json" in raw:
            assert image.b64_json == raw["b64_json"]
        else:
            assert image.url == raw["url"]


def check_rerank(body: dict[str, Any]) -> None:
    resp = RerankResponse.from_dict(body)
    assert resp.id == body["id"]
    assert [r.index for r in resp.results] == [r["index"] for r in body["results"]]
    assert [r.relevance_score for r in resp.results] == [r["relevance_score"] for r in body["results"]]
    assert resp.usage is not None
    assert resp.usage.total_tokens == body["usage"]["total_tokens"]


def check_error(body: dict[str, Any]) -> None:
    err = ErrorData.from_dict(body)
    assert err.error.message == body["error"]["message"]
    assert err.error.type == body["error"]["type"]
    if "code" in body["error"]:
        assert err.error.code == body["error"]["code"]


def check_file(body: dict[str, Any]) -> None:
    if "deleted" in body:
        deleted = FileDeleteResponse.from_dict(body)
        assert deleted.id == body["id"]
        assert deleted.deleted in (True, "true")
        return
    file = FileResponse.from_dict(body)
    assert (file.id, file.filename, file.bytes) == (body["id"], body["filename"], body["bytes"])


CHECKS: dict[str, Callable[[dict[str, Any]], None]] = {
    "chat-completions": check_chat,
    "completions": check_completion,
    "embeddings": check_embeddings,
    "images-generations": check_images,
    "rerank": check_rerank,
    "error": check_error,
    "files": check_file,
}


def test_every_fixture_is_covered_or_excluded_for_a_reason() -> None:
    everything = sorted(p.name for p in FIXTURES.iterdir() if p.name != "MANIFEST.md")
    assert len(everything) == 56
    assert len(JSON_FILES) + len(SSE_FILES) + sum(map(_excluded, everything)) == 56
    assert {name.split("__")[0] for name in JSON_FILES} == set(CHECKS)


@pytest.mark.parametrize("name", JSON_FILES)
def test_json_body_parses(name: str) -> None:
    body = json.loads((FIXTURES / name).read_text())
    CHECKS[name.split("__")[0]](body)


@pytest.mark.parametrize("name", [n for n in SSE_FILES if n.startswith("chat-completions")])
def test_chat_stream_chunks_parse(name: str) -> None:
    payloads = sse_payloads(name)
    assert payloads
    text = ""
    for payload in payloads:
        raw = json.loads(payload)
        chunk = ChatCompletionChunk.from_dict(raw)
        assert chunk.id == raw["id"]
        delta = chunk.choices[0].delta
        assert delta.content == raw["choices"][0]["delta"]["content"]
        text += delta.content or ""
        if raw.get("usage"):
            assert chunk.usage is not None
            assert chunk.usage.completion_tokens == raw["usage"]["completion_tokens"]
        finish = raw["choices"][0].get("finish_reason")
        assert chunk.choices[0].finish_reason == finish or (finish is None and not _known(chunk.choices[0].finish_reason))
    assert text == "".join(json.loads(p)["choices"][0]["delta"]["content"] for p in payloads)


@pytest.mark.parametrize("name", [n for n in SSE_FILES if n.startswith("completions")])
def test_completion_stream_chunks_parse(name: str) -> None:
    payloads = sse_payloads(name)
    assert payloads
    for payload in payloads:
        raw = json.loads(payload)
        chunk = CompletionChunk.from_dict(raw)
        assert chunk.id == raw["id"]
        assert chunk.choices[0].text == raw["choices"][0]["text"]
        assert chunk.choices[0].finish_reason == raw["choices"][0]["finish_reason"]
    last = CompletionChunk.from_dict(json.loads(payloads[-1]))
    assert last.choices[0].finish_reason == FinishReason.LENGTH
    assert last.usage is not None
    assert last.usage.total_tokens == 217


def test_big_seed_survives_exactly() -> None:
    body = json.loads((FIXTURES / "chat-completions__tool-calls-llama31-70b.json").read_text())
    resp = ChatCompletionResponse.from_dict(body)
    assert resp.choices[0].seed == 12601840720722268000
