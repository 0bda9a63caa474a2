"""Tests of the stand-in of the Together API (``together_facade.testing.StandIn``).

Every HTTP operation of the spec gets its default answer, checked against the spec with
jsonschema here (the validator is built from the spec by this module, not taken from the
stand-in); then the routing, the record, programmed answers, keep-alive, and the client flows
that need state (files, batches, endpoints, fine-tunes, evaluations, videos).
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]

from together_facade.testing import SampleRequest, StandIn
from together_facade.testing._spec import json_schema, load_spec

SPEC = load_spec()  # the packaged spec: the one the stand-in serves
COMPONENTS = {"schemas": {n: json_schema(s) for n, s in SPEC["components"]["schemas"].items()}}
METHODS = ("get", "put", "post", "delete", "patch")


def _success(responses: dict[str, Any]) -> int:
    codes = sorted(int(c) for c in responses if c.isdigit())
    return next((c for c in codes if 200 <= c < 300), None) or next(
        c for c in codes if 300 <= c < 400
    )


#: (key, success status) of every HTTP operation of the spec (not the two WebSocket ones).
HTTP_OPERATIONS = [
    (f"{method.upper()} {path}", _success(op["responses"]))
    for path, item in SPEC["paths"].items()
    for method, op in item.items()
    if method in METHODS and "101" not in op["responses"]
]


def validator(key: str, status: int | str, media: str = "application/json") -> Any:
    """A validator of the body of operation ``key``'s answer ``status`` (or "default")."""
    method, path = key.split(" ", 1)
    content = SPEC["paths"][path][method.lower()]["responses"][str(status)]["content"]
    return Draft202012Validator({**json_schema(content[media]["schema"]), "components": COMPONENTS})


def component(name: str) -> Any:
    return Draft202012Validator({"$ref": f"#/components/schemas/{name}", "components": COMPONENTS})


def send(client: httpx.Client, sample: SampleRequest) -> httpx.Response:
    url = sample.path.removeprefix("/v1")
    if sample.form is None:
        return client.request(sample.method, url, params=sample.query, json=sample.json)
    files = {k: ("data.jsonl", v) for k, v in sample.form.items() if isinstance(v, bytes)}
    data = {k: v for k, v in sample.form.items() if isinstance(v, str)}
    return client.request(sample.method, url, params=sample.query, files=files, data=data)


def sse_data(text: str) -> list[str]:
    return [line.removeprefix("data: ") for line in text.splitlines() if line.startswith("data:")]


@pytest.fixture(scope="module")
def shared() -> Iterator[StandIn]:
    """One stand-in for the tests that only read default answers."""
    with StandIn() as api:
        yield api


@pytest.fixture(scope="module")
def shared_client(shared: StandIn) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=shared.base_url) as client:
        yield client


@pytest.fixture
def api() -> Iterator[StandIn]:
    with StandIn() as api:
        yield api


@pytest.fixture
def client(api: StandIn) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=api.base_url) as client:
        yield client


def upload(client: httpx.Client, content: bytes, name: str = "data.jsonl", **fields: str) -> Any:
    data = {"purpose": "batch-api", "file_name": name, **fields}
    response = client.post("/files/upload", files={"file": (name, content)}, data=data)
    assert response.status_code == 200, response.text
    return response.json()


# --- every operation ----------------------------------------------------------------------------


def test_it_serves_every_http_operation_of_the_spec(shared: StandIn) -> None:
    served = {f"{method} {path}" for method, path, _, _ in shared.operations}
    assert served == {key for key, _ in HTTP_OPERATIONS}
    # openapi-fixes.yaml names the operations the published spec leaves without an operationId
    assert ("GET", "/batches/{id}", "retrieve-batch", "Batches") in shared.operations
    assert ("POST", "/chat/completions", "chat-completions", "Chat") in shared.operations


@pytest.mark.parametrize(("key", "status"), HTTP_OPERATIONS, ids=[k for k, _ in HTTP_OPERATIONS])
def test_default_answer_is_valid(
    shared: StandIn, shared_client: httpx.Client, key: str, status: int
) -> None:
    shared.reset()  # each operation answers from a fresh state
    response = send(shared_client, shared.sample_request(key))
    assert response.status_code == status, response.text
    assert shared.last.operation == key
    media = response.headers.get("content-type", "")
    if status == 204:
        assert response.content == b""
    elif 300 <= status < 400:
        assert response.headers["location"]
    elif media == "application/json":
        body = response.json()
        errors = sorted(validator(key, status).iter_errors(body), key=str)
        assert not errors, f"{key}: {errors[0].message} in {json.dumps(body)[:500]}"
    elif media == "text/event-stream":
        assert sse_data(response.text)[-1] == "[DONE]"
    else:
        assert response.content


def test_spec_examples_that_do_not_validate_are_listed(shared: StandIn) -> None:
    print(f"{len(shared.invalid_examples)} spec example(s) did not validate:")
    for line in shared.invalid_examples:
        print("  ", line)
    assert all(isinstance(line, str) for line in shared.invalid_examples)


def test_yaml_timestamps_become_iso_strings(shared: StandIn) -> None:
    endpoint = shared.example("GET /endpoints/{endpointId}")
    assert endpoint["created_at"] == "2025-02-04T10:43:55.405000+00:00"


def test_example_is_a_copy(shared: StandIn) -> None:
    shared.example("GET /models").append("changed")
    assert "changed" not in shared.example("GET /models")
    with pytest.raises(KeyError, match="no operation"):
        shared.example("GET /nowhere")
    with pytest.raises(LookupError, match="does not answer JSON"):
        shared.example("GET /files/{id}/content")


def test_path_ids_are_echoed_where_the_schema_has_an_id(shared_client: httpx.Client) -> None:
    assert shared_client.get("/fine-tunes/ft-abc").json()["id"] == "ft-abc"
    answer = shared_client.get("/rl/training-sessions/s-1/operations/sample/op-2").json()
    assert answer["id"] == "op-2"


# --- streams and binary answers -----------------------------------------------------------------


def test_chat_with_stream_answers_the_captured_stream(shared_client: httpx.Client) -> None:
    request = {"model": "m", "messages": [{"role": "user", "content": "Hi"}], "stream": True}
    response = shared_client.post("/chat/completions", json=request)
    assert response.headers["content-type"] == "text/event-stream"
    assert response.headers["transfer-encoding"] == "chunked"  # sent as it goes, as the service
    events = sse_data(response.text)
    assert events[-1] == "[DONE]"
    chunks = [json.loads(e) for e in events[:-1]]
    assert all(component("ChatCompletionChunk").is_valid(c) for c in chunks)
    text = "".join(c["choices"][0]["delta"]["content"] for c in chunks)
    assert text.startswith("Deep learning is a subset of machine learning")
    assert [c["choices"][0]["finish_reason"] for c in chunks] == [None] * 19 + ["length"]
    assert {c["model"] for c in chunks} == {"m"}  # the model asked for
    assert chunks[-1]["usage"] == {"prompt_tokens": 26, "completion_tokens": 20, "total_tokens": 46}
    plain = shared_client.post("/chat/completions", json={**request, "stream": False})
    assert plain.headers["content-type"] == "application/json"


def test_completions_stream_chunks_are_valid(shared_client: httpx.Client) -> None:
    response = shared_client.post(
        "/completions", json={"model": "m", "prompt": "a", "stream": True}
    )
    chunks = [json.loads(e) for e in sse_data(response.text)[:-1]]
    assert chunks
    assert all(component("CompletionChunk").is_valid(c) for c in chunks)


def test_speech_answers_the_asked_format(shared_client: httpx.Client) -> None:
    request = {"model": "cartesia/sonic", "input": "Hi", "voice": "v"}
    wav = shared_client.post("/audio/speech", json=request)
    assert wav.headers["content-type"] == "audio/wav"
    assert wav.content[:4] == b"RIFF" and wav.content[8:12] == b"WAVE"
    mp3 = shared_client.post("/audio/speech", json={**request, "response_format": "mp3"})
    assert (mp3.headers["content-type"], mp3.content[:2]) == ("audio/mpeg", b"\xff\xfb")
    raw = shared_client.post("/audio/speech", json={**request, "response_format": "raw"})
    assert raw.headers["content-type"] == "application/octet-stream"
    stream = shared_client.post("/audio/speech", json={**request, "stream": True})
    events = sse_data(stream.text)
    assert events[-1] == "[DONE]"
    assert all(component("AudioSpeechStreamChunk").is_valid(json.loads(e)) for e in events[:-1])


def test_redirect_leads_to_a_download(shared_client: httpx.Client) -> None:
    response = shared_client.get("/deployments/storage/model.bin")
    assert response.status_code == 307
    assert response.json() == response.headers["location"]
    assert httpx.get(response.headers["location"]).content == bytes(range(256))


def test_websocket_operations_answer_426(shared_client: httpx.Client) -> None:
    assert shared_client.get("/realtime").status_code == 426
    assert shared_client.get("/audio/speech/websocket").status_code == 426


# --- routing ------------------------------------------------------------------------------------


def test_literal_segments_beat_templates(shared: StandIn, shared_client: httpx.Client) -> None:
    shared_client.get("/fine-tunes/models/supported")
    assert shared.last.operation == "GET /fine-tunes/models/supported"
    shared_client.get("/fine-tunes/ft-1/events")
    assert shared.last.operation == "GET /fine-tunes/{id}/events"
    shared_client.get("/deployments/secrets")
    assert shared.last.operation == "GET /deployments/secrets"
    shared_client.post("/fine-tunes/estimate-price", json={"training_file": "file-1"})
    assert shared.last.operation == "POST /fine-tunes/estimate-price"


def test_path_segments_are_percent_decoded(shared_client: httpx.Client) -> None:
    assert shared_client.get("/fine-tunes/ft%2Fa%20b").json()["id"] == "ft/a b"


def test_unknown_path_is_404(shared: StandIn, shared_client: httpx.Client) -> None:
    for path in ("/nowhere", "/files/a/b/c", "/files/"):
        response = shared_client.get(path)
        assert response.status_code == 404
        assert response.json()["error"]["type"] == "invalid_request_error"
        assert shared.last.operation is None
    assert httpx.get(shared.base_url.removesuffix("/v1") + "/files").status_code == 404


def test_wrong_method_is_405(shared_client: httpx.Client) -> None:
    response = shared_client.put("/files/file-1")
    assert response.status_code == 405
    assert set(response.headers["allow"].split(", ")) == {"GET", "DELETE"}
    assert response.json()["error"]["type"] == "invalid_request_error"


# --- the record and programmed answers ----------------------------------------------------------


def test_requests_are_recorded(api: StandIn, client: httpx.Client) -> None:
    client.post("/embeddings?x=1&x=2&y=", json={"model": "m", "input": "a"}, headers={"X-Tag": "t"})
    client.get("/batches/b-1")
    first, second = api.requests
    assert (first.method, first.path, first.operation) == (
        "POST",
        "/v1/embeddings",
        "POST /embeddings",
    )
    assert first.query == {"x": ["1", "2"], "y": [""]}
    assert first.headers["x-tag"] == "t"
    assert first.json() == {"model": "m", "input": "a"}
    assert api.calls("GET /batches/{id}") == [second] == [api.last]
    assert api.calls("GET /batches") == []


def test_answer_for_one_call_then_the_usual_answer(api: StandIn, client: httpx.Client) -> None:
    key = "POST /chat/completions"
    api.answer(key, status=429, headers={"retry-after": "0"}, times=1)
    request = {"model": "m", "messages": []}
    limited = client.post("/chat/completions", json=request)
    assert (limited.status_code, limited.headers["retry-after"]) == (429, "0")
    assert validator(key, 429).is_valid(limited.json())
    assert limited.json()["error"]["type"] == "credit_limit"
    usual = client.post("/chat/completions", json=request).json()
    assert usual == {**api.example(key), "model": "m"}  # the default, with the model asked for


def test_error_answers_fit_the_operation_error_schema(api: StandIn, client: httpx.Client) -> None:
    api.answer("POST /batches", status=500, times=1)
    response = client.post(
        "/batches", json={"input_file_id": "f", "endpoint": "/v1/chat/completions"}
    )
    assert response.status_code == 500
    assert validator("POST /batches", 500).is_valid(response.json())
    assert isinstance(response.json()["error"], str)


def test_default_error_schema_is_used(api: StandIn, client: httpx.Client) -> None:
    api.answer("GET /rl/training-sessions", status=503, times=1)
    response = client.get("/rl/training-sessions")
    assert response.status_code == 503
    assert validator("GET /rl/training-sessions", "default").is_valid(response.json())


def test_queued_answers_play_in_order(api: StandIn, client: httpx.Client) -> None:
    api.answer("GET /models", json=["standing"], check=False)
    api.answer("GET /models", json=["first"], times=1, check=False)
    api.answer("GET /models", json=["second"], times=2, check=False)
    answers = [client.get("/models").json()[0] for _ in range(5)]
    assert answers == ["first", "second", "second", "standing", "standing"]


def test_answer_with_events_body_and_status(api: StandIn, client: httpx.Client) -> None:
    api.answer("POST /completions", sse=[{"a": 1}, "raw text"], times=1, check=False)
    response = client.post("/completions", json={"model": "m", "prompt": "p"})
    assert response.headers["content-type"] == "text/event-stream"
    assert response.text == 'data: {"a": 1}\n\ndata: raw text\n\ndata: [DONE]\n\n'
    api.answer("GET /files/{id}/content", body=b"\x00\x01", status=206, times=1)
    response = client.get("/files/f/content")
    assert (response.status_code, response.content) == (206, b"\x00\x01")
    api.answer("DELETE /endpoints/{endpointId}", status=200, headers={"X-A": "b"}, times=1)
    response = client.delete("/endpoints/e-1")
    assert (response.status_code, response.headers["x-a"]) == (200, "b")


def test_answer_checks_its_arguments(api: StandIn) -> None:
    with pytest.raises(KeyError):
        api.answer("GET /nowhere", status=500)
    with pytest.raises(ValueError, match="one of"):
        api.answer("GET /models", json=[], body=b"")
    with pytest.raises(ValueError, match="times"):
        api.answer("GET /models", status=500, times=0)


def test_reset_forgets_requests_answers_and_state(api: StandIn, client: httpx.Client) -> None:
    api.answer("GET /models", json=["set"], check=False)
    ident = upload(client, b"{}\n")["id"]
    api.reset()
    assert api.requests == []
    assert client.get("/models").json() == api.example("GET /models")
    assert client.get("/files").json() == {"data": []}
    assert client.get(f"/files/{ident}").json()["id"] == ident  # unknown again: the default


def test_delay_holds_the_answer_back(api: StandIn, client: httpx.Client) -> None:
    api.answer("GET /models", delay=0.3, times=1)
    started = time.monotonic()
    assert client.get("/models").status_code == 200
    assert time.monotonic() - started >= 0.3
    started = time.monotonic()
    client.get("/models")
    assert time.monotonic() - started < 0.3


# --- HTTP ---------------------------------------------------------------------------------------


def test_keep_alive_uses_one_connection(api: StandIn, client: httpx.Client) -> None:
    client.get("/models")
    client.post("/embeddings", json={"model": "m", "input": "a"})
    client.delete("/endpoints/e-1")  # 204: no body
    client.get("/models")
    assert api.connections == 1


def test_chunked_request_bodies_are_read(api: StandIn, client: httpx.Client) -> None:
    parts = [b'{"model": "m", ', b'"input": "a"}']
    response = client.post("/embeddings", content=iter(parts))
    assert response.status_code == 200
    assert api.last.headers["transfer-encoding"] == "chunked"
    assert api.last.json() == {"model": "m", "input": "a"}


def test_stop_closes_open_connections_and_joins_threads() -> None:
    before = threading.active_count()
    with StandIn() as api, httpx.Client(base_url=api.base_url) as client:
        client.get("/models")
        assert threading.active_count() > before
        started = time.monotonic()
        api.stop()  # the client still holds its connection open
        assert time.monotonic() - started < 2
        assert threading.active_count() == before, threading.enumerate()


def test_a_delayed_answer_does_not_hold_stop_back() -> None:
    with StandIn() as api:
        api.answer("GET /models", delay=30)

        def call() -> None:
            with contextlib.suppress(httpx.HTTPError):  # the stand-in hangs up as it stops
                httpx.get(api.base_url + "/models")

        thread = threading.Thread(target=call)
        thread.start()
        while not api.requests:
            time.sleep(0.01)
        started = time.monotonic()
    assert time.monotonic() - started < 2
    thread.join()


# --- state --------------------------------------------------------------------------------------


def test_file_upload_and_content_round_trip(api: StandIn, client: httpx.Client) -> None:
    content = bytes(range(256)) * 3 + b"\r\n--end\r\n"
    record = upload(client, content, "weights.bin", purpose="fine-tune")
    assert record["id"].startswith("file-")
    assert (record["bytes"], record["filename"], record["purpose"]) == (
        len(content),
        "weights.bin",
        "fine-tune",
    )
    assert component("FileResponse").is_valid(record)
    ident = record["id"]
    assert client.get(f"/files/{ident}").json() == record
    assert client.get("/files").json() == {"data": [record]}
    assert client.get(f"/files/{ident}/content").content == content
    assert client.delete(f"/files/{ident}").json() == {"id": ident, "deleted": True}
    assert client.get(f"/files/{ident}").status_code == 404
    assert client.get(f"/files/{ident}/content").status_code == 404
    assert client.get("/files").json() == {"data": []}


def test_content_of_an_unknown_file_is_a_jsonl_line(client: httpx.Client) -> None:
    content = client.get("/files/file-never-seen/content").content
    assert json.loads(content)["messages"]


def test_upload_with_an_unknown_purpose_is_400(client: httpx.Client) -> None:
    response = client.post(
        "/files/upload", files={"file": ("a.jsonl", b"{}")}, data={"purpose": "x", "file_name": "a"}
    )
    assert response.status_code == 400


def batch_input(*lines: dict[str, Any]) -> bytes:
    return b"".join(json.dumps(line).encode() + b"\n" for line in lines)


def test_batch_runs_to_completion_with_an_output_file(api: StandIn, client: httpx.Client) -> None:
    lines = [
        {"custom_id": f"req-{i}", "method": "POST", "url": "/v1/chat/completions", "body": {}}
        for i in (3, 1, 2)
    ]
    source = upload(client, batch_input(*lines))
    request = {"input_file_id": source["id"], "endpoint": "/v1/chat/completions"}
    created = client.post("/batches", json=request)
    assert created.status_code == 201
    assert validator("POST /batches", 201).is_valid(created.json())
    job = created.json()["job"]
    assert (job["status"], job["input_file_id"]) == ("VALIDATING", source["id"])
    polls = [client.get(f"/batches/{job['id']}").json() for _ in range(3)]
    assert [p["status"] for p in polls] == ["IN_PROGRESS", "COMPLETED", "COMPLETED"]
    assert all(component("BatchJob").is_valid(p) for p in polls)
    done = polls[-1]
    assert "error_file_id" not in done
    output = client.get(f"/files/{done['output_file_id']}/content").content.splitlines()
    rows = [json.loads(line) for line in output]
    assert [r["custom_id"] for r in rows] == ["req-3", "req-1", "req-2"]
    assert all(r["response"]["status_code"] == 200 for r in rows)
    assert all(component("ChatCompletionResponse").is_valid(r["response"]["body"]) for r in rows)
    assert [b["id"] for b in client.get("/batches").json()] == [job["id"]]


def test_batch_failures_go_to_an_error_file(api: StandIn, client: httpx.Client) -> None:
    api.batch_steps = 1
    lines = [{"custom_id": "ok", "body": {}}, {"custom_id": "bad", "body": {"fail": True}}]
    source = upload(client, batch_input(*lines))
    request = {"input_file_id": source["id"], "endpoint": "/v1/completions"}
    job = client.post("/batches", json=request).json()["job"]
    done = client.get(f"/batches/{job['id']}").json()
    assert done["status"] == "COMPLETED"
    output = json.loads(client.get(f"/files/{done['output_file_id']}/content").content)
    assert output["custom_id"] == "ok"
    assert component("CompletionResponse").is_valid(output["response"]["body"])
    errors = json.loads(client.get(f"/files/{done['error_file_id']}/content").content)
    assert errors["custom_id"] == "bad"


def test_batch_cancel(client: httpx.Client) -> None:
    source = upload(client, batch_input({"custom_id": "a", "body": {}}))
    request = {"input_file_id": source["id"], "endpoint": "/v1/chat/completions"}
    job = client.post("/batches", json=request).json()["job"]
    assert client.post(f"/batches/{job['id']}/cancel").json()["status"] == "CANCELLED"
    assert client.get(f"/batches/{job['id']}").json()["status"] == "CANCELLED"


def test_endpoint_lifecycle(client: httpx.Client) -> None:
    request = {
        "model": "deepseek-ai/DeepSeek-R1",
        "hardware": "1x_nvidia_a100_80gb_sxm",
        "autoscaling": {"min_replicas": 1, "max_replicas": 2},
        "display_name": "mine",
    }
    created = client.post("/endpoints", json=request)
    assert created.status_code == 200, created.text
    endpoint = created.json()
    assert component("DedicatedEndpoint").is_valid(endpoint)
    assert endpoint["id"].startswith("endpoint-")
    assert {k: endpoint[k] for k in request} == request
    url = f"/endpoints/{endpoint['id']}"
    assert client.get(url).json() == endpoint
    patched = client.patch(url, json={"state": "STOPPED"}).json()
    assert (patched["state"], client.get(url).json()["state"]) == ("STOPPED", "STOPPED")
    assert [e["id"] for e in client.get("/endpoints").json()["data"]] == [endpoint["id"]]
    deleted = client.delete(url)
    assert (deleted.status_code, deleted.content) == (204, b"")
    assert client.get(url).status_code == 404
    assert client.delete(url).status_code == 404
    assert client.get("/endpoints").json()["data"] == []


def test_fine_tune_is_stored(client: httpx.Client) -> None:
    request = {"training_file": "file-1", "model": "meta-llama/Llama-3-8b", "n_epochs": 2}
    job = client.post("/fine-tunes", json=request).json()
    assert job["id"].startswith("ft-") and job["status"] == "pending"
    assert (job["training_file"], job["model"], job["n_epochs"]) == ("file-1", request["model"], 2)
    fetched = client.get(f"/fine-tunes/{job['id']}").json()
    assert (fetched["id"], fetched["model"]) == (job["id"], request["model"])
    assert validator("GET /fine-tunes/{id}", 200).is_valid(fetched)
    assert [j["id"] for j in client.get("/fine-tunes").json()["data"]] == [job["id"]]
    cancelled = client.post(f"/fine-tunes/{job['id']}/cancel").json()
    assert cancelled["status"] == "cancelled"


def test_evaluation_completes_with_results(client: httpx.Client) -> None:
    request = {"type": "score", "parameters": {}}
    created = client.post("/evaluation", json=request).json()
    assert created["status"] == "pending"
    ident = created["workflow_id"]
    job = client.get(f"/evaluation/{ident}").json()
    assert (job["workflow_id"], job["type"], job["status"]) == (ident, "score", "completed")
    assert component("EvaluationScoreResults").is_valid(job["results"])
    status = client.get(f"/evaluation/{ident}/status").json()
    assert status == {"status": "completed", "results": job["results"]}


def test_video_completes(client: httpx.Client) -> None:
    job = client.post("/videos", json={"model": "video-model", "prompt": "a cat"}).json()
    assert (job["model"], job["status"]) == ("video-model", "in_progress")
    done = client.get(f"/videos/{job['id']}").json()
    assert done["status"] == "completed" and done["outputs"]["video_url"]
    assert component("VideoJob").is_valid(done)
