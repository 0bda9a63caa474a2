"""Error answers become typed errors with the request id, the error fields and the raw body."""

from __future__ import annotations

import json

import pytest
from pytest_httpserver import HTTPServer

import together_facade as tf
from tests.helpers import Invoker, fixture_bytes

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


@pytest.mark.parametrize(
    ("answer", "why"),
    [(b"not json at all", "not JSON"), (b'{"id": "x", "choices": "nope"}', "cannot read")],
)
def test_unreadable_success_body(
    answer: bytes, why: str, invoke: Invoker, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/v1/chat/completions").respond_with_data(
        answer, content_type="application/json"
    )
    with pytest.raises(tf.APIResponseValidationError, match=why) as info:
        invoke(chat)
    assert info.value.body is not None
    assert isinstance(info.value.__cause__, ValueError | TypeError | KeyError | AttributeError)


def test_missing_api_key_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TOGETHER_API_KEY", raising=False)
    for cls in (tf.Together, tf.AsyncTogether):
        with pytest.raises(tf.InvalidRequestError, match="TOGETHER_API_KEY"):
            cls()


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda c: c.chat.completions.create(messages=[{"role": "user", "content": "x"}]),
            "needs 'model'",
        ),
        (
            lambda c: c.chat.completions.create(model="m", messages=[], max_token=5),
            "Did you mean 'max_tokens'",
        ),
        (lambda c: c.embeddings.create(model="m"), "needs 'input'"),
        (lambda c: c.files.retrieve(""), "non-empty"),
        (lambda c: c.files.delete(".."), "not a valid id"),
        (lambda c: c.fine_tuning.retrieve("  "), "non-empty"),
        (lambda c: c.models.list(limit=3), "unknown argument 'limit'"),
    ],
)
def test_bad_arguments_are_refused_before_any_request(
    call: object, message: str, invoke: Invoker, httpserver: HTTPServer
) -> None:
    with pytest.raises(tf.InvalidRequestError, match=message):
        invoke(call)  # type: ignore[arg-type]
    assert httpserver.log == []


@pytest.mark.parametrize(
    ("file_id", "wire_path"),
    [
        ("../fine-tunes", "/v1/files/..%2Ffine-tunes"),
        ("a/b?x=1", "/v1/files/a%2Fb%3Fx%3D1"),
        ("é #1", "/v1/files/%C3%A9%20%231"),
    ],
)
def test_path_ids_stay_one_segment(
    file_id: str, wire_path: str, invoke: Invoker, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/v1/files/" + file_id).respond_with_json({"id": file_id})
    result = invoke(lambda c: c.files.retrieve(file_id))
    assert result.id == file_id
    request = httpserver.log[0][0]
    assert request.environ["REQUEST_URI"] == wire_path  # the raw request line
    assert request.query_string == b""
