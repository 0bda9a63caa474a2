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
from together_facade._exceptions import InvalidTypeError
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
    one = invoke(lambda c: c.get("/files/file-1", cast_to=types.FileResponse))
    assert isinstance(one, types.FileResponse) and one.filename == "example.jsonl"
    with pytest.raises(tf.APIResponseValidationError, match="expected a JSON list"):
        invoke(lambda c: c.get("/files/file-1", cast_to=list[types.FileResponse]))


def test_cast_to_a_model_refuses_a_list_answer_pointing_to_a_list_of_them(
    invoke: Invoker, httpserver: HTTPServer
) -> None:
    # The result is what cast_to says (a ModelInfo), never a list the static type does not know.
    httpserver.expect_request("/v1/models").respond_with_json(
        [{"id": "a"}, {"id": "b"}], headers={"x-request-id": "listed"}
    )
    httpserver.expect_request("/v1/word").respond_with_json("a")
    with pytest.raises(tf.APIResponseValidationError) as info:
        invoke(lambda c: c.get("/models", cast_to=types.ModelInfo))
    message = str(info.value)
    assert "expected a JSON object, got a JSON list" in message
    assert "cast_to=list[ModelInfo]" in message
    assert info.value.request_id == "listed" and info.value.body == [{"id": "a"}, {"id": "b"}]
    with pytest.raises(tf.APIResponseValidationError, match="expected a JSON object, got str"):
        invoke(lambda c: c.get("/word", cast_to=types.ModelInfo))


def test_cast_to_a_list_of_models_reads_the_data_list_of_an_object(
    invoke: Invoker, httpserver: HTTPServer
) -> None:
    files = json.loads(fixture_bytes("files__readme-v0-list-data-FRAGMENT.json"))
    httpserver.expect_request("/v1/files").respond_with_json({"object": "list", "data": files})
    httpserver.expect_request("/v1/models").respond_with_json({"data": [{"id": "a"}]})
    httpserver.expect_request("/v1/empty").respond_with_json({"data": []})
    listed = invoke(lambda c: c.get("/files", cast_to=list[types.FileResponse]))
    assert [f.filename for f in listed] == ["jokes.jsonl", "sample_jsonl.jsonl"]
    assert all(isinstance(f, types.FileResponse) for f in listed)
    models = invoke(lambda c: c.get("/models", cast_to=list[types.ModelInfo]))
    assert [m.id for m in models] == ["a"] == [m.id for m in invoke(lambda c: c.models.list())]
    assert invoke(lambda c: c.get("/empty", cast_to=list[types.ModelInfo])) == []
    # The object itself, as it is: cast_to=dict; cast_to=list says where the list is.
    assert invoke(lambda c: c.get("/models", cast_to=dict)) == {"data": [{"id": "a"}]}
    with pytest.raises(tf.APIResponseValidationError, match=r"cast_to=list\[Model\] reads its"):
        invoke(lambda c: c.get("/models", cast_to=list))


@pytest.mark.parametrize(
    ("answer", "why"),
    [
        ({"object": "list"}, "got an object with no 'data' list"),
        ({"data": {"id": "a"}}, "got an object with no 'data' list"),
        ("a", "got str"),
        (None, "got NoneType"),
    ],
)
def test_cast_to_a_list_of_models_refuses_an_answer_with_no_list_saying_why(
    invoke: Invoker, httpserver: HTTPServer, answer: Any, why: str
) -> None:
    httpserver.expect_request("/v1/models").respond_with_json(answer)
    with pytest.raises(tf.APIResponseValidationError) as info:
        invoke(lambda c: c.get("/models", cast_to=list[types.ModelInfo]))
    message = str(info.value)
    assert "expected a JSON list of ModelInfo, or an object with a 'data' list" in message
    assert why in message and info.value.body == answer


def test_cast_to_a_list_of_models_refuses_items_that_are_not_models(
    invoke: Invoker, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/v1/models").respond_with_json({"data": [{"id": "a"}, {"x": 1}]})
    with pytest.raises(tf.APIResponseValidationError, match="no 'id' field"):
        invoke(lambda c: c.get("/models", cast_to=list[types.ModelInfo]))


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


def test_repeated_query_keys_are_kept_and_a_later_source_replaces_the_keys_it_names(
    invoke: Invoker, httpserver: HTTPServer
) -> None:
    # The path's query, then params, then extra_query: each replaces the keys it names (all
    # their values); every other key keeps all its values, in order.
    httpserver.expect_request("/v1/x").respond_with_json({})
    invoke(lambda c: c.get("/x?tag=a&tag=b", extra_query={"z": 1}))
    invoke(lambda c: c.get("/x?tag=a&tag=b", params={"tag": "c", "n": [1, 2]}))
    invoke(lambda c: c.get("/x?tag=a", params={"n": [1, 2]}, extra_query={"n": 3, "m": [4, 5]}))
    invoke(lambda c: c.get("/x", params={"tag": ["a", "b"]}, extra_query={"z": "1"}))
    invoke(lambda c: c.get("/x", params=httpx.QueryParams("tag=a&tag=b"), extra_query={"z": 1}))
    invoke(lambda c: c.get("/x?tag=a", extra_query=httpx.QueryParams("z=1&z=2")))
    invoke(lambda c: c.get("/x?tag=a&tag=b", extra_query={}))
    queries = [request.query_string.decode() for request, _ in httpserver.log]
    assert queries == [
        "tag=a&tag=b&z=1",
        "tag=c&n=1&n=2",
        "tag=a&n=3&m=4&m=5",
        "tag=a&tag=b&z=1",
        "tag=a&tag=b&z=1",
        "tag=a&z=1&z=2",
        "tag=a&tag=b",
    ]


def test_params_that_cannot_be_a_query_are_refused_before_sending(
    invoke: Invoker, httpserver: HTTPServer
) -> None:
    class Unprintable:
        def __str__(self) -> str:
            raise ValueError("no text")

    for call in (
        lambda c: c.get("/x?a=1", params={"b": Unprintable()}),
        lambda c: c.get("/x", params={"b": Unprintable()}),
    ):
        with pytest.raises(tf.InvalidRequestError, match=r"client\.get\(\).*no text"):
            invoke(call)
    with pytest.raises(tf.InvalidRequestError, match=r"client\.get\(\).*extra_query"):
        invoke(lambda c: c.get("/x?a=1", extra_query={"b": Unprintable()}))
    assert httpserver.log == []


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
        (lambda c: c.get("/x", extra_query=[("a", 1)]), TypeError, "extra_query must be a mapping"),
        (lambda c: c.get("/x", extra_query=[]), TypeError, "extra_query must be a mapping"),
        (lambda c: c.get("/x", extra_headers=[]), TypeError, "extra_headers must be a mapping"),
        (
            lambda c: c.get("/x", headers={"X-A": "a"}, extra_headers=[]),
            TypeError,
            "extra_headers must be a mapping",
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


@pytest.mark.parametrize("extra_body", [[1], [], "stream", 0])
@pytest.mark.parametrize("stream", [False, True])
def test_an_extra_body_that_is_not_a_mapping_is_the_same_typed_error_streamed_or_not(
    invoke: Invoker, httpserver: HTTPServer, stream: bool, extra_body: Any
) -> None:
    body = {"model": "m", "messages": MESSAGES, "stream": stream}
    cast_to = types.ChatCompletionChunk if stream else object
    with pytest.raises(InvalidTypeError) as info:
        invoke(
            lambda c: c.post(
                "/chat/completions",
                body=body,
                cast_to=cast_to,
                stream=stream,
                extra_body=extra_body,
            )
        )
    assert str(info.value) == (
        f"client.post(): extra_body must be a mapping, got {type(extra_body).__name__}"
    )
    with pytest.raises(InvalidTypeError, match="extra_body must be a mapping"):  # list body
        invoke(lambda c: c.post("/x", body=[1], stream=stream, extra_body=extra_body))
    assert httpserver.log == []


def test_post_with_stream_adds_extra_body_to_the_body(
    invoke: Invoker, httpserver: HTTPServer
) -> None:
    sse = (FIXTURES / "chat-completions__stream-hf-tape-llama33-70b-2025-01-15.sse").read_bytes()
    httpserver.expect_request("/v1/chat/completions", method="POST").respond_with_data(
        sse, content_type="text/event-stream"
    )

    def calls(c: tf.Together) -> None:
        with c.post(
            "/chat/completions",
            body={"model": "m", "messages": MESSAGES},
            cast_to=types.ChatCompletionChunk,
            stream=True,
            extra_body={"stream": True, "top_k": 5},
        ) as stream:
            list(stream)

    async def acalls(c: tf.AsyncTogether) -> None:
        stream = await c.post(
            "/chat/completions",
            body={"model": "m", "messages": MESSAGES},
            cast_to=types.ChatCompletionChunk,
            stream=True,
            extra_body={"stream": True, "top_k": 5},
        )
        async with stream:
            [chunk async for chunk in stream]

    invoke(acalls if invoke.is_async else calls)
    sent = json.loads(httpserver.log[0][0].data)
    assert sent == {"model": "m", "messages": MESSAGES, "stream": True, "top_k": 5}
