"""Every operation, sync and async: method, path, JSON body and headers on the wire, and the
answer read from a real recorded response where one exists."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from tests.helpers import API_KEY, Invoker, fixture_bytes
from together_facade import types


@dataclass
class Case:
    name: str
    call: Callable[[Any], Any]
    method: str
    path: str
    body: Any = None
    query: dict[str, str] = field(default_factory=dict)
    answer: bytes = b"{}"
    content_type: str = "application/json"
    check: Callable[[Any], None] = lambda result: None
    accept: str = "application/json"


MESSAGES = [
    {"role": "system", "content": "You are terse."},
    {"role": "user", "content": [{"type": "text", "text": "What is in this image?"}]},
]


def _check_chat(r: Any) -> None:
    assert isinstance(r, types.ChatCompletionResponse)
    assert r.id == "9026c930e93f2a5e"
    assert r.choices[0].message.content == "one plus one is equal to two."
    assert r.choices[0].finish_reason == types.FinishReason.EOS
    assert r.usage is not None and r.usage.total_tokens == 55


def _check_completion(r: Any) -> None:
    assert isinstance(r, types.CompletionResponse)
    assert r.choices[0].text == " blue."
    assert r.choices[0].finish_reason == "length"


def _check_embeddings(r: Any) -> None:
    assert isinstance(r, types.EmbeddingsResponse)
    assert len(r.data) == 3 and len(r.data[0].embedding) > 10
    assert [d.index for d in r.data] == [0, 1, 2]


def _check_images(r: Any) -> None:
    assert isinstance(r, types.ImageResponse)
    assert r.data[0].url.startswith("https://api.together.ai/imgproxy/")


def _check_rerank(r: Any) -> None:
    assert isinstance(r, types.RerankResponse)
    assert [x.index for x in r.results] == [0, 5]


def _check_models(r: Any) -> None:
    assert [m.id for m in r] == [
        "meta-llama/Llama-3.3-70B-Instruct-Turbo",
        "openai/whisper-large-v3",
    ]
    assert r[1].type == "audio"


def _check_file(r: Any) -> None:
    assert isinstance(r, types.FileResponse)
    assert r.id == "file-d931200a-6b7f-476b-9ae2-8fddd5112308" and r.bytes == 5433223


def _check_deleted(r: Any) -> None:
    assert isinstance(r, types.FileDeleteResponse)
    assert r.deleted is True  # the service sent the string "true"


def _check_files(r: Any) -> None:
    assert isinstance(r, types.FileList)
    assert [f.filename for f in r.data] == ["a.jsonl"]


def _check_job(r: Any, kind: type = types.FinetuneResponse) -> None:
    # The job listing's entries are the spec's truncated form (FinetuneResponseTruncated).
    assert isinstance(r, kind)
    assert r.id == "ft-494cbd75-3057-44b4-8186-045c14be8d03"


def _check_content(r: Any) -> None:
    assert r == b'{"text": "one"}\n{"text": "two"}\n'


def _check_events(r: Any) -> None:
    assert isinstance(r, types.FinetuneListEvents)
    assert r.data[0].type == "JOB_PENDING" and r.data[0].level == ""


FILE_LIST = {"data": [{"id": "file-1", "object": "file", "filename": "a.jsonl", "bytes": 10}]}
JOB = {"id": "ft-494cbd75-3057-44b4-8186-045c14be8d03", "status": "running", "model": "m"}
EVENTS = {
    "data": [{"object": "fine-tune-event", "type": "JOB_PENDING", "level": "", "message": "m"}]
}
MODELS = [
    {
        "id": "meta-llama/Llama-3.3-70B-Instruct-Turbo",
        "object": "model",
        "created": 1,
        "type": "chat",
    },
    {"id": "openai/whisper-large-v3", "object": "model", "created": 2, "type": "audio"},
]

CASES = [
    Case(
        "chat",
        lambda c: c.chat.completions.create(
            model="meta-llama/Llama-3.3-70B-Instruct-Turbo",
            messages=MESSAGES,
            max_tokens=10,
            temperature=0.0,
            stop=["</s>"],
            response_format={
                "type": "json_schema",
                "json_schema": {"name": "x", "schema": {"type": "object"}},
            },
        ),
        "POST",
        "/v1/chat/completions",
        body={
            "model": "meta-llama/Llama-3.3-70B-Instruct-Turbo",
            "messages": MESSAGES,
            "max_tokens": 10,
            "temperature": 0.0,
            "stop": ["</s>"],
            "response_format": {
                "type": "json_schema",
                "json_schema": {"name": "x", "schema": {"type": "object"}},
            },
        },
        answer=fixture_bytes("chat-completions__hf-tape-llama33-70b-eos-2025-01-15.json"),
        check=_check_chat,
    ),
    Case(
        "completions",
        lambda c: c.completions.create(
            model="mistralai/Mixtral-8x7B-v0.1", prompt="The sky is", logprobs=1
        ),
        "POST",
        "/v1/completions",
        body={"model": "mistralai/Mixtral-8x7B-v0.1", "prompt": "The sky is", "logprobs": 1},
        answer=fixture_bytes("completions__modelgauge-mixtral-logprobs.json"),
        check=_check_completion,
    ),
    Case(
        "embeddings",
        lambda c: c.embeddings.create(model="m2-bert", input=["a", "b", "c"]),
        "POST",
        "/v1/embeddings",
        body={"model": "m2-bert", "input": ["a", "b", "c"]},
        answer=fixture_bytes(
            "embeddings__llamastack-recording-m2-bert-3-inputs-SDKNORMALIZED.json"
        ),
        check=_check_embeddings,
    ),
    Case(
        "images",
        lambda c: c.images.generate(
            model="black-forest-labs/FLUX.1-schnell-Free", prompt="a cat", steps=4, n=1
        ),
        "POST",
        "/v1/images/generations",
        body={
            "model": "black-forest-labs/FLUX.1-schnell-Free",
            "prompt": "a cat",
            "steps": 4,
            "n": 1,
        },
        answer=fixture_bytes("images-generations__flux-schnell-free-url-float-timings.json"),
        check=_check_images,
    ),
    Case(
        "rerank",
        lambda c: c.rerank.create(
            model="Salesforce/Llama-Rank-V1", query="q", documents=["a", "b", "c"], top_n=2
        ),
        "POST",
        "/v1/rerank",
        body={
            "model": "Salesforce/Llama-Rank-V1",
            "query": "q",
            "documents": ["a", "b", "c"],
            "top_n": 2,
        },
        answer=fixture_bytes("rerank__vercel-fixture-llama-rank-v1.json"),
        check=_check_rerank,
    ),
    Case(
        "models",
        lambda c: c.models.list(),
        "GET",
        "/v1/models",
        answer=json.dumps(MODELS).encode(),
        check=_check_models,
    ),
    Case(
        "files.list",
        lambda c: c.files.list(),
        "GET",
        "/v1/files",
        answer=json.dumps(FILE_LIST).encode(),
        check=_check_files,
    ),
    Case(
        "files.retrieve",
        lambda c: c.files.retrieve("file-d931200a-6b7f-476b-9ae2-8fddd5112308"),
        "GET",
        "/v1/files/file-d931200a-6b7f-476b-9ae2-8fddd5112308",
        answer=fixture_bytes("files__docs-cli-retrieve.json"),
        check=_check_file,
    ),
    Case(
        "files.retrieve_content",
        lambda c: c.files.retrieve_content("file-1"),
        "GET",
        "/v1/files/file-1/content",
        answer=b'{"text": "one"}\n{"text": "two"}\n',
        content_type="application/octet-stream",
        check=_check_content,
        accept="*/*",
    ),
    Case(
        "files.delete",
        lambda c: c.files.delete("file-d931200a-6b7f-476b-9ae2-8fddd5112308"),
        "DELETE",
        "/v1/files/file-d931200a-6b7f-476b-9ae2-8fddd5112308",
        answer=fixture_bytes("files__docs-cli-delete-deleted-string.json"),
        check=_check_deleted,
    ),
    Case(
        "fine_tuning.create",
        lambda c: c.fine_tuning.create(
            training_file="file-1",
            model="meta-llama/Meta-Llama-3.1-8B-Instruct-Reference",
            n_epochs=3,
            learning_rate=1e-5,
            training_type={"type": "Lora", "lora_r": 8, "lora_alpha": 16},
        ),
        "POST",
        "/v1/fine-tunes",
        body={
            "training_file": "file-1",
            "model": "meta-llama/Meta-Llama-3.1-8B-Instruct-Reference",
            "n_epochs": 3,
            "learning_rate": 1e-5,
            "training_type": {"type": "Lora", "lora_r": 8, "lora_alpha": 16},
        },
        answer=json.dumps(JOB).encode(),
        check=_check_job,
    ),
    Case(
        "fine_tuning.list",
        lambda c: c.fine_tuning.list(),
        "GET",
        "/v1/fine-tunes",
        answer=json.dumps({"data": [JOB]}).encode(),
        check=lambda r: _check_job(r.data[0], types.FinetuneResponseTruncated),
    ),
    Case(
        "fine_tuning.retrieve",
        lambda c: c.fine_tuning.retrieve("ft-494cbd75-3057-44b4-8186-045c14be8d03"),
        "GET",
        "/v1/fine-tunes/ft-494cbd75-3057-44b4-8186-045c14be8d03",
        answer=json.dumps(JOB).encode(),
        check=_check_job,
    ),
    Case(
        "fine_tuning.cancel",
        lambda c: c.fine_tuning.cancel("ft-494cbd75-3057-44b4-8186-045c14be8d03"),
        "POST",
        "/v1/fine-tunes/ft-494cbd75-3057-44b4-8186-045c14be8d03/cancel",
        answer=json.dumps({**JOB, "status": "cancel_requested"}).encode(),
        check=_check_job,
    ),
    Case(
        "fine_tuning.list_events",
        lambda c: c.fine_tuning.list_events("ft-1"),
        "GET",
        "/v1/fine-tunes/ft-1/events",
        answer=json.dumps(EVENTS).encode(),
        check=_check_events,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_operation(case: Case, invoke: Invoker, httpserver: HTTPServer) -> None:
    httpserver.expect_oneshot_request(case.path, method=case.method).respond_with_data(
        case.answer, content_type=case.content_type, headers={"x-request-id": "req-123"}
    )
    result = invoke(case.call)
    case.check(result)

    assert len(httpserver.log) == 1
    request = httpserver.log[0][0]
    assert request.headers["Authorization"] == f"Bearer {API_KEY}"
    assert request.headers["User-Agent"].startswith("together-facade/")
    assert request.headers["Accept"] == case.accept
    assert dict(request.args) == case.query
    if case.body is None:
        assert request.get_data() == b""
    else:
        assert request.headers["Content-Type"] == "application/json"
        assert json.loads(request.get_data()) == case.body


def test_every_operation_is_covered() -> None:
    sync_methods = {
        "chat",
        "completions",
        "embeddings",
        "images",
        "rerank",
        "models",
        "files.list",
        "files.retrieve",
        "files.retrieve_content",
        "files.delete",
        "fine_tuning.create",
        "fine_tuning.list",
        "fine_tuning.retrieve",
        "fine_tuning.cancel",
        "fine_tuning.list_events",
    }
    assert {c.name for c in CASES} == sync_methods
