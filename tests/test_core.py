"""The sending core: building requests from calls (pure), and sending them."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

import together_facade as tf
from together_facade import _gen
from together_facade._calls import Call, Endpoint, model_call, read_bytes
from together_facade._config import new_config
from together_facade._core import SyncCore, build_request
from together_facade._exceptions import InvalidTypeError


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


@pytest.mark.parametrize("value", [[("a", "b")], [], "", 0])
@pytest.mark.parametrize("option", ["extra_query", "extra_body"])
def test_extra_options_that_are_not_mappings_are_refused_naming_them(
    option: str, value: object
) -> None:
    call = Call("x.create", Endpoint("POST", "/x", json={}), read_bytes, {option: value})  # type: ignore[misc]
    with pytest.raises(InvalidTypeError) as info:  # an empty one too: it is as wrong
        build(call)
    assert str(info.value) == (
        f"x.create(): {option} must be a mapping, got {type(value).__name__}"
    )


def test_extra_headers_that_are_not_a_mapping_are_refused_even_empty() -> None:
    call = Call("x.list", Endpoint("GET", "/x"), read_bytes, {"extra_headers": []})  # type: ignore[typeddict-item]
    with pytest.raises(InvalidTypeError, match="extra_headers must be a mapping"):
        build(call)


def test_empty_or_absent_extra_options_change_nothing() -> None:
    endpoint = Endpoint("GET", "/x", params={"a": "1"})
    plain = build(Call("x.list", endpoint, read_bytes))
    for options in (
        {"extra_query": {}, "extra_body": {}, "extra_headers": {}},
        {"extra_query": None, "extra_body": None, "extra_headers": None},
    ):
        request = build(Call("x.list", endpoint, read_bytes, options))  # type: ignore[arg-type]
        assert request.url == plain.url == "https://api.example.com/v1/x?a=1"
        assert request.content == b"" and "Content-Type" not in request.headers
        assert request.headers == plain.headers


# --- the query: extra_query replaces the keys it names, the others keep all their values -----


@pytest.mark.parametrize("own_pool", [False, True])
@pytest.mark.parametrize(
    ("params", "extra_query", "query"),
    [
        (httpx.QueryParams("tag=a&tag=b"), {"z": 1}, "tag=a&tag=b&z=1"),
        (httpx.QueryParams("tag=a&tag=b&n=1"), {"n": 2}, "tag=a&tag=b&n=2"),
        (httpx.QueryParams("tag=a&tag=b"), {"tag": ["c", "d"]}, "tag=c&tag=d"),
        ({"tag": ["a", "b"], "n": 1}, {"z": True}, "tag=a&tag=b&n=1&z=true"),
        ({"n": 1}, httpx.QueryParams("z=1&z=2"), "n=1&z=1&z=2"),
        (None, {"z": [1, 2]}, "z=1&z=2"),
        ({}, {"z": 1}, "z=1"),
    ],
)
def test_extra_query_replaces_the_keys_it_names_and_keeps_repeated_ones(
    params: Any, extra_query: Any, query: str, own_pool: bool
) -> None:
    call = Call(
        "x.list", Endpoint("GET", "/x", params=params), read_bytes, {"extra_query": extra_query}
    )
    request = build(call, httpx.Client() if own_pool else None)
    assert request.url.query.decode() == query


def test_an_operations_own_query_is_sent_as_before_with_or_without_extra_query() -> None:
    endpoint = _gen.download_fine_tune("ft-1", 3)  # params from the generated builder
    assert endpoint.params is not None and not isinstance(endpoint.params, httpx.QueryParams)
    request = build(Call("fine_tuning.download", endpoint, read_bytes))
    expected = httpx.Request(
        "GET", "https://api.example.com/v1" + endpoint.url, params=endpoint.params
    )
    assert request.url == expected.url
    assert dict(request.url.params) == {"ft_id": "ft-1", "checkpoint_step": "3"}
    more = build(Call("fine_tuning.download", endpoint, read_bytes, {"extra_query": {"x": "y"}}))
    assert more.url.query.decode() == expected.url.query.decode() + "&x=y"
    assert endpoint.params == {"ft_id": "ft-1", "checkpoint_step": 3}  # not changed in place


def test_an_extra_query_value_that_cannot_be_sent_is_refused_naming_the_call() -> None:
    class Unprintable:
        def __str__(self) -> str:
            raise ValueError("no text")

    for params in ({"a": "1"}, httpx.QueryParams("a=1"), None):
        call = Call(
            "x.list",
            Endpoint("GET", "/x", params=params),
            read_bytes,
            {"extra_query": {"b": Unprintable()}},
        )
        with pytest.raises(
            tf.InvalidRequestError, match=r"x\.list\(\): cannot build the request.*no text"
        ):
            build(call)
