"""The sending core: building requests from calls (pure), and sending them."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

import together_facade as tf
from together_facade._calls import Call, Endpoint, model_call, read_bytes
from together_facade._config import new_config
from together_facade._core import SyncCore, build_request


def config(**options: Any) -> Any:
    settings: dict[str, Any] = {
        "api_key": "sk-secret",
        "base_url": "https://api.example.com/v1",
        "timeout": None,
        "max_retries": 0,
        "default_headers": None,
        "json_backend": "stdlib",
    }
    settings.update(options)
    return new_config(**settings)


def build(call: Call[Any], http: httpx.Client | None = None, **options: Any) -> httpx.Request:
    direct = http is None
    return build_request(http or httpx.Client(), config(**options), call, direct)


def test_an_api_call_carries_the_key_the_headers_and_the_json_body() -> None:
    call = Call(
        "x.create",
        Endpoint("POST", "/things", params={"a": "1"}, json={"model": "m", "é": [1, 2]}),
        read_bytes,
        {"extra_query": {"b": "2"}, "extra_body": {"more": True}, "timeout": 7},
    )
    request = build(call, default_headers={"X-Team": "t"})
    assert str(request.url) == "https://api.example.com/v1/things?a=1&b=2"
    assert request.headers["Authorization"] == "Bearer sk-secret"
    assert request.headers["X-Team"] == "t"
    assert request.headers["Accept"] == "application/json"
    assert request.headers["Content-Type"] == "application/json"
    assert json.loads(request.content) == {"model": "m", "é": [1, 2], "more": True}
    assert request.extensions["timeout"]["read"] == 7.0


def test_a_call_that_leaves_the_api_carries_neither_the_key_nor_the_clients_headers() -> None:
    call = Call(
        "files.upload",
        Endpoint("PUT", "https://storage.example.net/b/k?sig=1", headers={"Content-Length": "3"}),
        read_bytes,
        to_api=False,
    )
    request = build(call, default_headers={"X-Api-Key": "sk-other", "X-Team": "t"})
    assert str(request.url) == "https://storage.example.net/b/k?sig=1"
    assert "Authorization" not in request.headers
    assert "X-Api-Key" not in request.headers and "X-Team" not in request.headers
    assert request.headers["Host"] == "storage.example.net"
    assert "sk-" not in repr(dict(request.headers))


def test_a_pool_brought_by_the_user_merges_its_own_defaults() -> None:
    http = httpx.Client(headers={"X-Proxy-Team": "p"}, params={"tenant": "t1"})
    request = build(Call("x.list", Endpoint("GET", "/things"), read_bytes), http)
    assert request.headers["X-Proxy-Team"] == "p"
    assert request.url.params["tenant"] == "t1"
    assert request.headers["Authorization"] == "Bearer sk-secret"


@pytest.mark.parametrize("backend", ["stdlib", "orjson"])
def test_a_body_that_is_not_json_is_refused_naming_the_call(backend: str) -> None:
    call = Call("chat.completions.create", Endpoint("POST", "/c", json={"x": {1, 2}}), read_bytes)
    with pytest.raises(tf.InvalidRequestError, match=r"chat\.completions\.create\(\).*JSON"):
        build(call, json_backend=backend)


def test_a_header_that_is_not_a_string_is_refused_naming_the_option() -> None:
    call = Call("x.list", Endpoint("GET", "/x"), read_bytes, {"extra_headers": {"X-N": 1}})  # type: ignore[dict-item]
    with pytest.raises(tf.InvalidRequestError, match="extra_headers") as info:
        build(call)
    assert isinstance(info.value, TypeError)


def test_a_per_call_timeout_that_is_not_a_number_is_refused() -> None:
    call = Call("x.list", Endpoint("GET", "/x"), read_bytes, {"timeout": "soon"})  # type: ignore[typeddict-item]
    with pytest.raises(tf.InvalidRequestError, match="timeout"):
        build(call)


def core_answering(handler: Any, **options: Any) -> SyncCore:
    http = httpx.Client(transport=httpx.MockTransport(handler))
    return SyncCore(config(**options), http, direct=True)


@pytest.mark.parametrize(("backend", "exact"), [("stdlib", True), ("orjson", False)])
def test_answers_are_read_with_the_clients_codec(backend: str, exact: bool) -> None:
    big = 2**70 + 1  # the standard library reads it exactly, orjson as a float
    core = core_answering(
        lambda request: httpx.Response(200, content=b'{"n": %d}' % big), json_backend=backend
    )
    data = core.request(model_call("x", Endpoint("GET", "/x"), lambda d: d, {}))
    assert (data["n"] == big) is exact


def test_send_returns_the_2xx_answer_read_and_raises_typed_errors() -> None:
    answers = iter(
        [
            httpx.Response(200, stream=httpx.ByteStream(b"ok")),  # open until read
            httpx.Response(404, json={"error": "no"}),
        ]
    )
    core = core_answering(lambda request: next(answers))
    response = core.send(Call("x", Endpoint("GET", "/x"), read_bytes))
    assert response.content == b"ok" and response.is_closed  # read whole, connection released
    with pytest.raises(tf.NotFoundError, match="no"):
        core.send(Call("x", Endpoint("GET", "/x"), read_bytes))


@pytest.mark.parametrize("option", ["extra_query", "extra_body"])
def test_extra_options_that_are_not_mappings_are_refused_naming_them(option: str) -> None:
    call = Call("x.create", Endpoint("POST", "/x", json={}), read_bytes, {option: [("a", "b")]})  # type: ignore[misc]
    with pytest.raises(tf.InvalidRequestError, match=rf"x\.create\(\): {option} must be a mapping"):
        build(call)
