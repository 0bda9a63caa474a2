"""Error answers become typed errors with the request id, the error fields and the raw body; the
translation (``_exceptions``): one parser of error payloads for error answers and streams alike,
the status-to-class map, transport failures, request ids."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer

import together_facade as tf
from tests.helpers import Invoker, fixture_bytes, http_response
from together_facade._exceptions import (
    connection_error,
    error_fields,
    request_id_of,
    status_error,
    stream_error,
)

CHAT = {"model": "m", "messages": [{"role": "user", "content": "hi"}]}


def chat(client: tf.Together | tf.AsyncTogether) -> object:
    return client.chat.completions.create(**CHAT)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, tf.BadRequestError),
        (401, tf.AuthenticationError),
        (402, tf.APIStatusError),
        (403, tf.PermissionDeniedError),
        (404, tf.NotFoundError),
        (409, tf.ConflictError),
        (422, tf.UnprocessableEntityError),
        (429, tf.RateLimitError),
        (500, tf.InternalServerError),
        (524, tf.InternalServerError),
        (529, tf.InternalServerError),
    ],
)
def test_status_maps_to_its_class(
    status: int, cls: type, invoke: Invoker, httpserver: HTTPServer
) -> None:
    body = {
        "error": {"message": f"it is {status}", "type": "some_type", "param": "model", "code": "c1"}
    }
    httpserver.expect_request("/v1/chat/completions").respond_with_json(
        body, status=status, headers={"x-request-id": "req-abc", "x-should-retry": "false"}
    )
    with pytest.raises(tf.APIStatusError) as info:
        invoke(chat)
    err = info.value
    assert type(err) is cls
    assert isinstance(err, tf.APIError) and isinstance(err, tf.TogetherError)
    assert (err.status_code, err.request_id, err.message) == (status, "req-abc", f"it is {status}")
    assert (err.type, err.param, err.code) == ("some_type", "model", "c1")
    assert err.body == body
    assert f"{status}: it is {status}" in str(err) and "request_id=req-abc" in str(err)


@pytest.mark.parametrize(
    ("name", "status", "message", "code"),
    [
        ("error__400-completions-missing-model.json", 400, "Invalid request", None),
        ("error__401-invalid-api-key.json", 401, "Invalid API key", "invalid_api_key"),
        ("error__404-model-not-found-evo.json", 404, "Unable to access model", "model_not_found"),
        ("error__429-rate-limit-rpm-tpm-credit-limit.json", 429, "rate limit", None),
    ],
)
def test_real_error_bodies(
    name: str, status: int, message: str, code: str | None, invoke: Invoker, httpserver: HTTPServer
) -> None:
    raw = fixture_bytes(name)
    httpserver.expect_request("/v1/chat/completions").respond_with_data(
        raw, status=status, content_type="application/json", headers={"x-should-retry": "false"}
    )
    with pytest.raises(tf.APIStatusError) as info:
        invoke(chat)
    err = info.value
    body = json.loads(raw)
    assert err.body == body
    assert message.lower() in err.message.lower()
    assert err.type == body["error"].get("type")
    if code is not None:
        assert err.code == code
    if "id" in body:
        assert err.request_id == body["id"]  # no header: the body's id is the request id


def test_request_id_prefers_x_request_id_then_cf_ray(
    invoke: Invoker, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/v1/models").respond_with_json(
        {"id": "body-id", "error": {"message": "x"}}, status=400, headers={"cf-ray": "ray-1"}
    )
    with pytest.raises(tf.BadRequestError) as info:
        invoke(lambda c: c.models.list())
    assert info.value.request_id == "ray-1"


@pytest.mark.parametrize(
    ("body", "content_type", "status", "message"),
    [
        (b'{"message": "plain message"}', "application/json", 400, "plain message"),
        (b'{"error": "just a string"}', "application/json", 400, "just a string"),
        (b'{"weird": [1, 2]}', "application/json", 422, '{"weird": [1, 2]}'),
        (b"upstream went away", "text/plain", 503, "upstream went away"),
        (
            b"<html><head><title>502 Bad Gateway</title></head><body><h1>502</h1></body></html>",
            "text/html",
            502,
            "502 Bad Gateway",
        ),
        (b"", "text/plain", 418, "I'M A TEAPOT"),
    ],
)
def test_odd_error_bodies_still_give_typed_errors(
    body: bytes,
    content_type: str,
    status: int,
    message: str,
    invoke: Invoker,
    httpserver: HTTPServer,
) -> None:
    httpserver.expect_request("/v1/models").respond_with_data(
        body, status=status, content_type=content_type, headers={"x-should-retry": "false"}
    )
    with pytest.raises(tf.APIStatusError) as info:
        invoke(lambda c: c.models.list())
    err = info.value
    assert err.status_code == status
    assert message.lower() in err.message.lower()
    assert err.body in (
        body.decode(),
        json.loads(body) if content_type == "application/json" else None,
    )


# --- the translation, function by function ----------------------------------------------------

NO_FIELDS = {"type": None, "param": None, "code": None}


@pytest.mark.parametrize(
    ("payload", "message", "fields"),
    [
        pytest.param(
            {"error": {"message": "m", "type": "t", "param": "p", "code": "c"}},
            "m",
            {"type": "t", "param": "p", "code": "c"},
            id="error-object",
        ),
        pytest.param(
            {"error": {"message": "m", "code": 429}},
            "m",
            {"type": None, "param": None, "code": "429"},
            id="numeric-code-as-text",
        ),
        pytest.param(
            {"error": {"detail": "d", "type": "t"}},
            "d",
            {"type": "t", "param": None, "code": None},
            id="error-object-with-detail",
        ),
        pytest.param({"error": {}}, "", NO_FIELDS, id="empty-error-object"),
        pytest.param({"error": "text"}, "text", {}, id="error-string"),
        pytest.param(
            {"message": "top", "type": "invalid_request_error"},
            "top",
            {"type": "invalid_request_error", "param": None, "code": None},
            id="top-level-fields",
        ),
        pytest.param({"detail": "Not Found"}, "Not Found", NO_FIELDS, id="detail"),
        pytest.param({"error": None, "message": "x"}, "x", NO_FIELDS, id="error-null"),
        pytest.param({"weird": [1, 2]}, "", NO_FIELDS, id="no-message"),
        pytest.param("bare string", "bare string", {}, id="bare-string"),
        pytest.param(["a", "b"], "", {}, id="list"),
        pytest.param(None, "", {}, id="None"),
        pytest.param(42, "", {}, id="number"),
    ],
)
def test_error_fields_reads_every_payload_shape(
    payload: object, message: str, fields: dict[str, str | None]
) -> None:
    assert error_fields(payload) == (message, fields)


SAME_PAYLOADS = [
    {"error": {"message": "model overloaded", "type": "server_error", "code": "overloaded"}},
    {"error": {"message": "bad", "type": "invalid_request_error", "param": "n", "code": 7}},
    {"error": "just text"},
    {"message": "context too long", "type": "invalid_request_error", "code": "ctx"},
    {"detail": "quota exceeded"},
    {"error": None, "message": "x", "type": "t"},
    "bare text",
]


@pytest.mark.parametrize("payload", SAME_PAYLOADS)
def test_an_error_answer_and_a_stream_error_read_a_payload_alike(payload: object) -> None:
    headers = {"x-request-id": "req-1"}
    content = json.dumps(payload).encode()
    answered = status_error(http_response(400, content, headers=headers), content)
    in_stream = stream_error(payload, http_response(200, b"", headers=headers))
    assert type(answered) is tf.BadRequestError and type(in_stream) is tf.APIError
    assert answered.message  # the payload has a message: it is not replaced by the JSON
    assert in_stream.message.endswith(answered.message)
    assert (in_stream.type, in_stream.param, in_stream.code) == (
        answered.type,
        answered.param,
        answered.code,
    )
    assert in_stream.body == answered.body == payload
    assert in_stream.request_id == answered.request_id == "req-1"


@pytest.mark.parametrize(
    ("payload", "event"),
    [
        ({"error": {"message": "overloaded", "type": "server_error", "code": "busy"}}, None),
        ({"error": "just text"}, None),
        ({"message": "too long", "type": "invalid_request_error", "code": "ctx"}, "error"),
    ],
)
def test_the_same_payload_over_http_and_in_a_stream_gives_the_same_error(
    payload: dict[str, Any], event: str | None
) -> None:
    data = json.dumps(payload).encode()
    sse = (b"event: %s\n" % event.encode() if event else b"") + b"data: " + data + b"\n\n"

    def handler(request: httpx.Request) -> httpx.Response:
        headers = {"x-request-id": "req-2"}
        if json.loads(request.content).get("stream"):
            headers["content-type"] = "text/event-stream"
            return httpx.Response(200, content=sse, headers=headers)
        return httpx.Response(400, content=data, headers=headers)

    transport = httpx.MockTransport(handler)
    with tf.Together(
        api_key="k", base_url="https://example.test/v1", transport=transport, max_retries=0
    ) as client:
        with pytest.raises(tf.BadRequestError) as answered:
            client.chat.completions.create(**CHAT)
        with (
            pytest.raises(tf.APIError) as streamed,
            client.chat.completions.create(**CHAT, stream=True) as stream,
        ):
            list(stream)
    a, s = answered.value, streamed.value
    assert type(s) is tf.APIError
    assert s.message.endswith(a.message) and a.message
    assert (s.type, s.param, s.code) == (a.type, a.param, a.code)
    assert s.body == a.body == payload
    assert s.request_id == a.request_id == "req-2"


@pytest.mark.parametrize(
    ("status", "cls", "reason"),
    [
        (400, tf.BadRequestError, "Bad Request"),
        (401, tf.AuthenticationError, "Unauthorized"),
        (402, tf.APIStatusError, "Payment Required"),
        (404, tf.NotFoundError, "Not Found"),
        (429, tf.RateLimitError, "Too Many Requests"),
        (500, tf.InternalServerError, "Internal Server Error"),
        (503, tf.InternalServerError, "Service Unavailable"),
    ],
)
def test_status_error_on_an_empty_body_gives_the_class_and_the_reason(
    status: int, cls: type[tf.APIStatusError], reason: str
) -> None:
    response = http_response(status, b"", headers={"cf-ray": "ray-3"})
    err = status_error(response, b"", retry_after=1.5)
    assert type(err) is cls
    assert (err.status_code, err.message, err.body) == (status, reason, "")
    assert (err.request_id, err.retry_after, err.response) == ("ray-3", 1.5, response)
    assert err.request is response.request
    assert str(err).startswith(f"{status}: {reason}")


def test_status_error_on_a_json_body_cut_short_keeps_the_text() -> None:
    content = b'{"error": {"message": "rate lim'
    err = status_error(http_response(429, content), content)
    assert type(err) is tf.RateLimitError
    assert err.body == content.decode()
    assert err.message == content.decode()
    assert (err.type, err.code) == (None, None)


def test_status_error_without_a_message_shows_the_json() -> None:
    content = b'{"error": {"type": "server_error"}}'
    err = status_error(http_response(500, content), content)
    assert type(err) is tf.InternalServerError
    assert err.message == '{"error": {"type": "server_error"}}'
    assert err.type == "server_error"


def test_status_error_on_a_body_that_is_not_utf8() -> None:
    content = b"\xff\xfe\x00bad gateway"
    err = status_error(http_response(502, content), content)
    assert type(err) is tf.InternalServerError
    assert "bad gateway" in err.message and isinstance(err.body, str)


def test_stream_error_without_a_message_still_says_what_happened() -> None:
    err = stream_error({"error": {"code": "x"}}, http_response(200))
    assert type(err) is tf.APIError
    assert err.message == "The stream reported an error: unknown error"
    assert err.code == "x"


@pytest.mark.parametrize(
    ("exc", "cls", "says"),
    [
        (httpx.ReadTimeout("read timed out"), tf.APITimeoutError, "ReadTimeout"),
        (httpx.ConnectTimeout("connect timed out"), tf.APITimeoutError, "ConnectTimeout"),
        (httpx.PoolTimeout("pool"), tf.APITimeoutError, "PoolTimeout"),
        (httpx.ConnectError("refused"), tf.APIConnectionError, "ConnectError: refused"),
        (httpx.RemoteProtocolError("peer closed"), tf.APIConnectionError, "peer closed"),
    ],
)
def test_connection_error_types_transport_failures(
    exc: httpx.RequestError, cls: type, says: str
) -> None:
    request = httpx.Request("GET", "https://example.test/v1/models")
    err = connection_error(exc, request)
    assert type(err) is cls
    assert says in err.message and err.request is request
    assert not isinstance(err, tf.APIStatusError)
    if cls is tf.APITimeoutError:
        assert "timeout" in err.message  # says what to raise


@pytest.mark.parametrize(
    ("headers", "body", "expected"),
    [
        ({"x-request-id": "req", "cf-ray": "ray"}, {"id": "body"}, "req"),
        ({"cf-ray": "ray"}, {"id": "body"}, "ray"),
        ({}, {"id": "body"}, "body"),
        ({}, {"id": 5}, None),
        ({}, ["id"], None),
        ({}, "id", None),
        ({}, None, None),
        ({"x-request-id": ""}, {"id": "body"}, "body"),
    ],
)
def test_request_id_of_prefers_the_headers_then_the_body(
    headers: dict[str, str], body: object, expected: str | None
) -> None:
    assert request_id_of(http_response(200, headers=headers), body) == expected


def test_the_error_tree() -> None:
    assert issubclass(tf.InvalidRequestError, tf.TogetherError)
    assert issubclass(tf.InvalidRequestError, ValueError)
    assert issubclass(tf.APITimeoutError, tf.APIConnectionError)
    assert issubclass(tf.IncompleteStreamError, tf.APIConnectionError)
    assert issubclass(tf.APIResponseValidationError, tf.APIError)
    assert issubclass(tf.WaitTimeoutError, TimeoutError)
    for cls in (tf.BadRequestError, tf.RateLimitError, tf.InternalServerError):
        assert issubclass(cls, tf.APIStatusError) and issubclass(cls, tf.APIError)
