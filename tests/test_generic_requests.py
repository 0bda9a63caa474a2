"""Generic requests: ``client.get/post/put/patch/delete(path, cast_to=..., ...)``, for endpoints
the SDK has no method for. They go through the same core as every call (key, retries, typed
errors, logging), under ``base_url`` and never to another origin. Each behaviour is checked with
``Together`` and ``AsyncTogether``."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer

import together_facade as tf
from tests.helpers import API_KEY, FIXTURES, Invoker, fixture_bytes
from together_facade import _logs, types
from together_facade._generic_call import api_path

MESSAGES = [{"role": "user", "content": "hi"}]


# --- paths -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("base_url", "path", "expected"),
    [
        ("https://h/v1", "/models", "/models"),
        ("https://h/v1", "models", "/models"),
        ("https://h/v1", "/v1/models", "/models"),  # already under base_url: not doubled
        ("https://h/v1", "v1/models", "/models"),
        ("https://h/v1", "/v1", ""),
        ("https://h/v1", "/v10/models", "/v10/models"),
        ("https://h/v1", "/files/f-1/content?x=1", "/files/f-1/content?x=1"),
        ("https://h/v1", "/v1/models?v1=v1", "/models?v1=v1"),
        ("https://h/v1", "/models/", "/models/"),
        ("https://proxy/together/v1", "/models", "/models"),
        ("https://proxy/together/v1", "/v1/models", "/models"),  # the end it shares
        ("https://proxy/together/v1", "/together/v1/models", "/models"),
        ("https://proxy/together/v1", "/together/models", "/together/models"),
        ("https://h/v1", "https://h/v1/models", "/models"),
        ("https://h/v1", "https://H:443/v1/models?a=b", "/models?a=b"),
        ("https://h/v1", "https://h/health", "/../health"),  # the origin, outside base_url
        ("https://proxy/together/v1", "https://proxy/status", "/../../status"),
        ("http://127.0.0.1:8000/v1", "http://127.0.0.1:8000/v1/x", "/x"),
    ],
)
def test_a_path_is_relative_to_the_base_url(base_url: str, path: str, expected: str) -> None:
    assert api_path(base_url, path, "client.get") == expected


def test_a_path_reaching_out_of_base_url_stays_on_its_origin() -> None:
    assert str(httpx.URL("https://h/v1" + api_path("https://h/v1", "https://h/health", ""))) == (
        "https://h/health"
    )


@pytest.mark.parametrize(
    "path",
    [
        "https://evil.example/v1/models",  # another host
        "http://h/v1/models",  # another scheme
        "https://h:8443/v1/models",  # another port
        "//evil.example/v1/models",  # a network-path reference: another host
        "https://h.evil.example/v1/models",
        "https:evil.example",
    ],
)
def test_another_origin_is_refused(path: str) -> None:
    with pytest.raises(tf.InvalidRequestError) as info:
        api_path("https://h/v1", path, "client.get")
    message = str(info.value)
    assert "client.get()" in message and "not on the API's origin (https://h)" in message
    assert "API key" in message


def test_a_path_that_is_no_path_is_refused() -> None:
    with pytest.raises(TypeError, match="path must be a string"):
        api_path("https://h/v1", 5, "client.get")
    with pytest.raises(tf.InvalidRequestError, match="path is empty"):
        api_path("https://h/v1", " ", "client.get")
    with pytest.raises(tf.InvalidRequestError, match="cannot be read as a URL"):
        api_path("https://h/v1", "http://[::1", "client.get")


# --- requests --------------------------------------------------------------------------------


def test_get_returns_the_json_with_the_key_and_the_clients_headers(
    invoke: Invoker, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/v1/models").respond_with_json([{"id": "a"}, {"id": "b"}])
    assert invoke(lambda c: c.get("/models")) == [{"id": "a"}, {"id": "b"}]
    assert invoke(lambda c: c.get("/v1/models", cast_to=object)) == [{"id": "a"}, {"id": "b"}]
    assert invoke(lambda c: c.get("models", cast_to=list)) == [{"id": "a"}, {"id": "b"}]
    request = httpserver.log[0][0]
    assert request.method == "GET" and request.headers["Authorization"] == f"Bearer {API_KEY}"
    assert request.headers["Accept"] == "application/json"
    assert "together-facade" in request.headers["User-Agent"]
    assert len(httpserver.log) == 3


def test_cast_to_a_model_reads_it_and_a_list_of_them(
    invoke: Invoker, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/v1/models").respond_with_json([{"id": "a"}, {"id": "b"}])
    httpserver.expect_request("/v1/files/file-1").respond_with_data(
        fixture_bytes("files__docs-cli-retrieve.json"), content_type="application/json"
    )
    listed = invoke(lambda c: c.get("/models", cast_to=list[types.ModelInfo]))
    assert [m.id for m in listed] == ["a", "b"]
    assert all(isinstance(m, types.ModelInfo) for m in listed)
    same = invoke(lambda c: c.get("/models", cast_to=types.ModelInfo))  # a list answer
    assert [m.id for m in same] == ["a", "b"]
    one = invoke(lambda c: c.get("/files/file-1", cast_to=types.FileResponse))
    assert isinstance(one, types.FileResponse) and one.filename == "example.jsonl"
    with pytest.raises(tf.APIResponseValidationError, match="expected a JSON list"):
        invoke(lambda c: c.get("/files/file-1", cast_to=list[types.FileResponse]))


def test_cast_to_dict_or_list_checks_the_shape(invoke: Invoker, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1/models").respond_with_json(
        [{"id": "a"}], headers={"x-request-id": "shape"}
    )
    with pytest.raises(tf.APIResponseValidationError, match="expected a JSON object") as info:
        invoke(lambda c: c.get("/models", cast_to=dict))
    assert info.value.request_id == "shape" and info.value.body == [{"id": "a"}]
    assert invoke(lambda c: c.get("/models", cast_to=list[dict[str, Any]])) == [{"id": "a"}]
    httpserver.expect_request("/v1/thing").respond_with_json({"a": 1})
    with pytest.raises(tf.APIResponseValidationError, match="expected a JSON list"):
        invoke(lambda c: c.get("/thing", cast_to=list))
    assert invoke(lambda c: c.get("/thing", cast_to=dict[str, int])) == {"a": 1}


def test_cast_to_bytes_str_or_response_gives_the_body_or_the_answer(
    invoke: Invoker, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/v1/files/f/content").respond_with_data(
        b"line\n\xc3\xa9", content_type="application/octet-stream", headers={"x-request-id": "b"}
    )
    assert invoke(lambda c: c.get("/files/f/content", cast_to=bytes)) == b"line\n\xc3\xa9"
    assert invoke(lambda c: c.get("/files/f/content", cast_to=str)) == "line\né"
    answer = invoke(lambda c: c.get("/files/f/content", cast_to=httpx.Response))
    assert isinstance(answer, httpx.Response)
    assert answer.content == b"line\n\xc3\xa9" and answer.headers["x-request-id"] == "b"
    assert httpserver.log[0][0].headers["Accept"] == "*/*"


def test_a_json_cast_of_an_answer_that_is_not_json_is_a_validation_error(
    invoke: Invoker, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/v1/page").respond_with_data(b"<html>", content_type="text/html")
    with pytest.raises(tf.APIResponseValidationError, match=r"client.get\('/page'\).*not JSON"):
        invoke(lambda c: c.get("/page"))


def test_an_empty_answer_is_none_for_object(invoke: Invoker, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1/things/1", method="DELETE").respond_with_data(b"", status=204)
    assert invoke(lambda c: c.delete("/things/1")) is None
    with pytest.raises(tf.APIResponseValidationError):
        invoke(lambda c: c.delete("/things/1", cast_to=dict))


def test_post_put_patch_delete_send_their_body_as_json(
    invoke: Invoker, httpserver: HTTPServer
) -> None:
    for method in ("POST", "PUT", "PATCH", "DELETE"):
        httpserver.expect_request("/v1/things", method=method).respond_with_json({"m": method})
    body = {"model": "m", "query": "q", "documents": ["a", "é"]}
    assert invoke(lambda c: c.post("/things", body=body)) == {"m": "POST"}
    assert invoke(lambda c: c.put("/things", body=body, cast_to=dict)) == {"m": "PUT"}
    assert invoke(lambda c: c.patch("/v1/things", body=[1, 2])) == {"m": "PATCH"}
    assert invoke(lambda c: c.delete("/things")) == {"m": "DELETE"}
    sent = [(r.method, r.data, r.headers.get("Content-Type")) for r, _ in httpserver.log]
    assert sent[0] == ("POST", json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode(),
                       "application/json")  # fmt: skip
    assert json.loads(sent[1][1]) == body and json.loads(sent[2][1]) == [1, 2]
    assert sent[3] == ("DELETE", b"", None)


def test_params_headers_and_options_reach_the_request(
    invoke: Invoker, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/v1/rerank", method="POST").respond_with_json({"ok": True})
    result = invoke(
        lambda c: c.post(
            "/rerank?fixed=1",
            body={"model": "m"},
            params={"a": "1", "n": 2},
            headers={"X-Team": "t", "X-Override": "headers"},
            extra_headers={"X-Override": "extra"},
            extra_query={"b": "2"},
            extra_body={"top_n": 1},
            timeout=5,
        )
    )
    assert result == {"ok": True}
    request = httpserver.log[0][0]
    assert dict(request.args) == {"fixed": "1", "a": "1", "n": "2", "b": "2"}
    assert request.headers["X-Team"] == "t" and request.headers["X-Override"] == "extra"
    assert json.loads(request.data) == {"model": "m", "top_n": 1}


def test_bad_arguments_are_refused_before_sending(invoke: Invoker, httpserver: HTTPServer) -> None:
    cases: list[tuple[Any, type[Exception], str]] = [
        (lambda c: c.get("/x", cast_to=set), TypeError, "cast_to must be"),
        (lambda c: c.get("/x", cast_to=None), TypeError, "cast_to must be"),
        (lambda c: c.get("/x", cast_to=[dict]), TypeError, "cast_to must be"),
        (lambda c: c.get("/x", params=[("a", 1)]), TypeError, "params must be"),
        (lambda c: c.get("/x", headers={"X-A": "a\nb"}), tf.InvalidRequestError, "headers"),
        (lambda c: c.get("/x", timout=3), tf.InvalidRequestError, "unknown argument 'timout'"),
        (lambda c: c.get("/x", timeout=-1), tf.InvalidRequestError, "timeout"),
        (lambda c: c.post("/x", body={1, 2}), tf.InvalidRequestError, "cannot be sent as JSON"),
        (
            lambda c: c.post("/x", body=[1], extra_body={"a": 1}),
            tf.InvalidRequestError,
            "extra_body",
        ),
        (lambda c: c.get("https://evil.example/x"), tf.InvalidRequestError, "origin"),
        (lambda c: c.get(""), tf.InvalidRequestError, "path is empty"),
    ]
    for call, error, message in cases:
        with pytest.raises(error, match=message):
            invoke(call)
    assert httpserver.log == []


def test_errors_are_typed_and_retried_as_for_every_call(
    invoke: Invoker, httpserver: HTTPServer
) -> None:
    httpserver.expect_ordered_request("/v1/things").respond_with_json(
        {"error": {"message": "busy"}}, status=503, headers={"retry-after-ms": "1"}
    )
    httpserver.expect_ordered_request("/v1/things").respond_with_json({"ok": 1})
    httpserver.expect_ordered_request("/v1/things/x").respond_with_json(
        {"error": {"message": "no such thing", "code": "missing"}},
        status=404,
        headers={"x-request-id": "r404"},
    )
    assert invoke(lambda c: c.get("/things")) == {"ok": 1}
    with pytest.raises(tf.NotFoundError) as info:
        invoke(lambda c: c.get("/things/x"))
    assert info.value.request_id == "r404" and info.value.code == "missing"
    assert len(httpserver.log) == 3


def test_generic_requests_work_with_with_raw_response(
    invoke: Invoker, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/v1/models").respond_with_json(
        [], headers={"x-request-id": "generic", "x-ratelimit-remaining": "9"}
    )
    raw = invoke(lambda c: c.with_raw_response(c.get, "/models", cast_to=list))
    assert (raw.parse(), raw.request_id, raw.ratelimit.remaining_requests) == ([], "generic", 9)


def test_a_same_origin_url_outside_base_url_is_reached(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/health").respond_with_json({"ok": True})
    httpserver.expect_request("/v1/models").respond_with_json([])
    with tf.Together(api_key=API_KEY, base_url=httpserver.url_for("/v1")) as client:
        assert client.get(httpserver.url_for("/health")) == {"ok": True}
        assert client.get(httpserver.url_for("/v1/models")) == []
    assert [r.path for r, _ in httpserver.log] == ["/health", "/v1/models"]
    assert httpserver.log[0][0].headers["Authorization"] == f"Bearer {API_KEY}"


def test_a_proxy_base_url_is_not_doubled(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/together/v1/models").respond_with_json([])
    base = httpserver.url_for("/together/v1")
    with tf.Together(api_key=API_KEY, base_url=base) as client:
        assert client.get("/v1/models") == []
        assert client.get("/together/v1/models") == []
        assert client.get("/models") == []
        assert client.models.list() == []
    assert {r.path for r, _ in httpserver.log} == {"/together/v1/models"}


@pytest.fixture
def debug_log(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    level = _logs.log.level
    monkeypatch.setattr(_logs.log, "handlers", [])
    monkeypatch.setattr(_logs.log, "_together_configured", False, raising=False)
    monkeypatch.setenv("TOGETHER_LOG", "debug")
    yield
    _logs.log.setLevel(level)


def test_generic_requests_are_logged_with_the_key_redacted(
    invoke: Invoker,
    httpserver: HTTPServer,
    debug_log: None,
    capfd: pytest.CaptureFixture[str],
) -> None:
    httpserver.expect_request("/v1/models").respond_with_json([])
    invoke(lambda c: c.get("/models"))
    out = capfd.readouterr()
    logged = out.out + out.err
    assert "GET" in logged and "/v1/models" in logged and "-> 200" in logged
    assert "<redacted>" in logged and API_KEY not in logged
    assert logging.getLogger("together_facade").level == logging.DEBUG


# --- streams ---------------------------------------------------------------------------------


def test_post_with_stream_gives_a_stream_of_chunks(invoke: Invoker, httpserver: HTTPServer) -> None:
    sse = (FIXTURES / "chat-completions__stream-hf-tape-llama33-70b-2025-01-15.sse").read_bytes()
    httpserver.expect_request("/v1/chat/completions", method="POST").respond_with_data(
        sse, content_type="text/event-stream", headers={"x-request-id": "s"}
    )
    body = {"model": "m", "messages": MESSAGES, "stream": True}

    def calls(c: tf.Together) -> tuple[Any, ...]:
        with c.post(
            "/chat/completions", body=body, cast_to=types.ChatCompletionChunk, stream=True
        ) as stream:
            chunks = list(stream)
            return type(stream), stream.request_id, chunks, stream.get_final_completion()

    async def acalls(c: tf.AsyncTogether) -> tuple[Any, ...]:
        stream = await c.post(
            "/chat/completions", body=body, cast_to=types.ChatCompletionChunk, stream=True
        )
        async with stream:
            chunks = [chunk async for chunk in stream]
            return type(stream), stream.request_id, chunks, await stream.get_final_completion()

    kind, request_id, chunks, final = invoke(acalls if invoke.is_async else calls)
    assert kind is (tf.AsyncStream if invoke.is_async else tf.Stream) and request_id == "s"
    assert chunks and all(isinstance(chunk, types.ChatCompletionChunk) for chunk in chunks)
    assert isinstance(final, types.ChatCompletionResponse)
    assert httpserver.log[0][0].headers["Accept"] == "text/event-stream"


def test_post_with_stream_needs_a_chunk_model_and_a_streamed_body(
    invoke: Invoker, httpserver: HTTPServer
) -> None:
    with pytest.raises(tf.InvalidRequestError, match="cast_to=ChatCompletionChunk"):
        invoke(lambda c: c.post("/chat/completions", body={"stream": True}, stream=True))
    with pytest.raises(tf.InvalidRequestError, match='"stream": True'):
        invoke(
            lambda c: c.post(
                "/chat/completions",
                body={"model": "m"},
                cast_to=types.CompletionChunk,
                stream=True,
            )
        )
    assert httpserver.log == []
