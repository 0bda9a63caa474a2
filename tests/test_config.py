"""Client options (``_config``): defaults, the environment, ``with_options``, and the checks that
refuse a bad option at once, naming it and saying what to pass."""

from __future__ import annotations

import asyncio
import math
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer

import together_facade as tf
from tests.helpers import Invoker

DEFAULT_URL = "'https://api.together.xyz/v1'"


def test_environment_configures_the_client(
    monkeypatch: pytest.MonkeyPatch, httpserver: HTTPServer
) -> None:
    monkeypatch.setenv("TOGETHER_API_KEY", "env-key")
    monkeypatch.setenv("TOGETHER_BASE_URL", httpserver.url_for("/v9/"))
    httpserver.expect_request("/v9/models").respond_with_json([])
    client = tf.Together()
    assert client.base_url == httpserver.url_for("/v9")
    assert client.models.list() == []
    assert httpserver.log[0][0].headers["Authorization"] == "Bearer env-key"
    default = tf.Together(api_key="k", base_url=None)
    monkeypatch.delenv("TOGETHER_BASE_URL")
    assert tf.Together(api_key="k").base_url == "https://api.together.xyz/v1"
    assert default.max_retries == 2


def test_timeouts_keep_connect_separate() -> None:
    assert tf.Together(api_key="k").timeout == httpx.Timeout(600.0, connect=10.0)
    assert tf.Together(api_key="k", timeout=30).timeout == httpx.Timeout(30.0, connect=10.0)
    assert tf.Together(api_key="k", timeout=2).timeout == httpx.Timeout(2.0, connect=2.0)
    custom = httpx.Timeout(5.0, read=100.0)
    assert tf.Together(api_key="k", timeout=custom).timeout is custom
    with pytest.raises(tf.InvalidRequestError, match="max_retries"):
        tf.Together(api_key="k", max_retries=-1)


def test_with_options_derives_a_client_sharing_the_pool(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1/models").respond_with_json([])
    client = tf.Together(
        api_key="k", base_url=httpserver.url_for("/v1"), default_headers={"X-A": "1"}
    )
    other = client.with_options(
        max_retries=5, timeout=3, default_headers={"X-B": "2"}, api_key="k2"
    )
    assert (other.max_retries, other.timeout.read, other.api_key) == (5, 3.0, "k2")
    assert (client.max_retries, client.api_key) == (2, "k")
    assert other._http is client._http
    other.models.list()
    headers = httpserver.log[0][0].headers
    assert (headers["X-A"], headers["X-B"], headers["Authorization"]) == ("1", "2", "Bearer k2")
    other.close()  # does not close the shared pool
    client.models.list()
    client.close()
    assert client._http.is_closed


def test_missing_api_key_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TOGETHER_API_KEY", raising=False)
    for cls in (tf.Together, tf.AsyncTogether):
        with pytest.raises(tf.InvalidRequestError, match="TOGETHER_API_KEY"):
            cls()


# --- options refused at once ------------------------------------------------------------------

HOW = ["Together", "AsyncTogether", "Together.with_options", "AsyncTogether.with_options"]


def builder(how: str) -> Callable[..., object]:
    """What builds a client (or derives one) from options, the way ``how`` names; a client to
    derive from is built first, so that only the derivation is timed."""
    if how == "Together":
        return lambda **options: tf.Together(**{"api_key": "k", **options})
    if how == "AsyncTogether":
        return lambda **options: tf.AsyncTogether(**{"api_key": "k", **options})
    base = (
        tf.Together(api_key="k")
        if how == "Together.with_options"
        else tf.AsyncTogether(api_key="k")
    )
    return base.with_options


def refused(build: Callable[..., object], **options: Any) -> tf.InvalidRequestError:
    """The error ``build(**options)`` raises; it must come at once (no request, no retry)."""
    started = time.monotonic()
    with pytest.raises(tf.InvalidRequestError) as info:
        build(**options)
    assert time.monotonic() - started < 0.1
    return info.value


def per_call(invoke: Invoker, httpserver: HTTPServer, **options: Any) -> tf.InvalidRequestError:
    """The error a call with these per-call ``options`` raises; nothing may reach the server."""
    httpserver.expect_request("/v1/models").respond_with_json([])
    with pytest.raises(tf.InvalidRequestError) as info:
        invoke(lambda c: c.models.list(**options))
    assert httpserver.log == []
    return info.value


@pytest.mark.parametrize("how", HOW)
def test_a_timeout_that_is_not_a_number_is_refused_at_once(how: str) -> None:
    err = refused(builder(how), timeout="abc")
    assert isinstance(err, TypeError)
    assert "timeout" in str(err)
    assert "number of seconds or an httpx.Timeout" in str(err)


def test_a_per_call_timeout_that_is_not_a_number_is_refused_before_sending(
    invoke: Invoker, httpserver: HTTPServer
) -> None:
    err = per_call(invoke, httpserver, timeout="abc")
    assert isinstance(err, TypeError)
    assert "timeout" in str(err)
    assert "number of seconds or an httpx.Timeout" in str(err)


BAD_TIMEOUTS = [
    pytest.param(-1, id="negative"),
    pytest.param(-0.5, id="negative-float"),
    pytest.param(0, id="zero"),
    pytest.param(math.nan, id="nan"),
    pytest.param(math.inf, id="inf"),
    pytest.param(-math.inf, id="-inf"),
    pytest.param(True, id="True"),
    pytest.param(False, id="False"),
    pytest.param(10**400, id="int-beyond-float"),
]


@pytest.mark.parametrize("value", BAD_TIMEOUTS)
@pytest.mark.parametrize("how", HOW)
def test_a_timeout_out_of_range_is_refused_at_once(how: str, value: object) -> None:
    err = refused(builder(how), timeout=value)
    assert isinstance(err, ValueError)
    assert "timeout" in str(err)


@pytest.mark.parametrize("value", BAD_TIMEOUTS)
def test_a_per_call_timeout_out_of_range_is_refused_before_sending(
    value: object, invoke: Invoker, httpserver: HTTPServer
) -> None:
    err = per_call(invoke, httpserver, timeout=value)
    assert isinstance(err, ValueError)
    assert "timeout" in str(err)


def test_a_bool_timeout_is_a_type_error() -> None:
    err = refused(builder("Together"), timeout=True)
    assert isinstance(err, TypeError) and "number of seconds" in str(err)


UNREACHABLE_URLS = [
    "ftp://api.example.com/v1",  # a scheme httpx cannot send to
    "api.together.xyz/v1",  # no scheme
    "https://",  # no host
    "https:///v1",  # no host
    "http://[::1",  # cannot be parsed
    "https://api.together.xyz/v1?key=1",  # a query would be glued to every path
]


@pytest.mark.parametrize("url", UNREACHABLE_URLS)
@pytest.mark.parametrize("cls", [tf.Together, tf.AsyncTogether])
def test_a_base_url_no_request_could_reach_is_refused_at_once(cls: type, url: str) -> None:
    started = time.monotonic()
    with pytest.raises(tf.InvalidRequestError) as info:
        cls(api_key="k", base_url=url)
    assert time.monotonic() - started < 0.1
    message = str(info.value)
    assert "base_url" in message and "TOGETHER_BASE_URL" not in message
    assert DEFAULT_URL in message  # an example of what to pass


@pytest.mark.parametrize("url", UNREACHABLE_URLS)
@pytest.mark.parametrize("cls", [tf.Together, tf.AsyncTogether])
def test_a_base_url_from_the_environment_names_the_variable(
    cls: type, url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TOGETHER_BASE_URL", url)
    started = time.monotonic()
    with pytest.raises(tf.InvalidRequestError) as info:
        cls(api_key="k")
    assert time.monotonic() - started < 0.1
    assert "TOGETHER_BASE_URL" in str(info.value)
    assert DEFAULT_URL in str(info.value)


@pytest.mark.parametrize("how", ["Together.with_options", "AsyncTogether.with_options"])
def test_with_options_refuses_an_unreachable_base_url(how: str) -> None:
    err = refused(builder(how), base_url="ftp://x")
    assert "base_url" in str(err) and "TOGETHER_BASE_URL" not in str(err)
    assert DEFAULT_URL in str(err)


@pytest.mark.parametrize("how", HOW)
def test_a_base_url_with_a_port_out_of_range_is_refused_at_once(how: str) -> None:
    # No request can reach port 99999: today this is found out by a request (a connection
    # error, after the retries).
    err = refused(builder(how), base_url="http://127.0.0.1:99999/v1")
    assert "base_url" in str(err) and DEFAULT_URL in str(err)


@pytest.mark.parametrize("how", HOW)
def test_a_base_url_that_is_not_text_is_refused(how: str) -> None:
    err = refused(builder(how), base_url=123)
    assert isinstance(err, TypeError) and "base_url" in str(err)


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("https://api.together.xyz", "https://api.together.xyz/v1"),  # a host: its /v1
        ("https://api.together.xyz/", "https://api.together.xyz/v1"),
        ("https://api.together.xyz/v1", "https://api.together.xyz/v1"),
        ("https://api.together.xyz/v1/", "https://api.together.xyz/v1"),
        (" http://127.0.0.1:8080 ", "http://127.0.0.1:8080/v1"),
        (httpx.URL("http://localhost:9000/"), "http://localhost:9000/v1"),
        ("https://proxy.example/together/v1", "https://proxy.example/together/v1"),  # as given
        ("https://proxy.example/together", "https://proxy.example/together"),
        ("https://proxy.example/v2/", "https://proxy.example/v2"),
    ],
)
@pytest.mark.parametrize("how", HOW)
def test_a_base_url_naming_only_a_host_means_its_v1(
    how: str, given: str | httpx.URL, expected: str
) -> None:
    client: Any = builder(how)(base_url=given)
    assert client.base_url == expected


def test_the_host_alone_in_the_environment_means_its_v1(
    monkeypatch: pytest.MonkeyPatch, httpserver: HTTPServer
) -> None:
    monkeypatch.setenv("TOGETHER_BASE_URL", httpserver.url_for("/"))
    httpserver.expect_request("/v1/models").respond_with_json([{"id": "m"}])
    client = tf.Together(api_key="k")
    assert client.base_url == httpserver.url_for("/v1")
    assert [m.id for m in client.models.list()] == ["m"]
    client.close()


def test_a_bad_base_url_names_the_host_form_too() -> None:
    with pytest.raises(tf.InvalidRequestError) as info:
        tf.Together(api_key="k", base_url="ftp://x")
    assert "'https://api.together.xyz'" in str(info.value) and DEFAULT_URL in str(info.value)


@pytest.mark.parametrize("value", ["3", True, 2.0, None])
@pytest.mark.parametrize("cls", [tf.Together, tf.AsyncTogether])
def test_max_retries_that_is_not_a_whole_number_is_refused(cls: type, value: object) -> None:
    err = refused(cls, api_key="k", max_retries=value)
    assert isinstance(err, TypeError)
    assert "max_retries" in str(err)


@pytest.mark.parametrize("value", ["3", True, 2.0])
@pytest.mark.parametrize("how", ["Together.with_options", "AsyncTogether.with_options"])
def test_with_options_refuses_max_retries_that_is_not_a_whole_number(
    how: str, value: object
) -> None:
    err = refused(builder(how), max_retries=value)
    assert isinstance(err, TypeError)
    assert "max_retries" in str(err)


@pytest.mark.parametrize("how", HOW)
def test_negative_max_retries_is_refused(how: str) -> None:
    err = refused(builder(how), max_retries=-1)
    assert isinstance(err, ValueError) and not isinstance(err, TypeError)
    assert "max_retries" in str(err) and "-1" in str(err)


def test_zero_max_retries_is_allowed() -> None:
    assert tf.Together(api_key="k", max_retries=0).max_retries == 0
    assert tf.Together(api_key="k").with_options(max_retries=0).max_retries == 0


@pytest.mark.parametrize(
    ("headers", "named"),
    [
        ({"X": 1}, "'X'"),
        ({"X-Ok": "fine", "X-Bad": None}, "'X-Bad'"),
        ({1: "one"}, "1"),
        (["X", "1"], "default_headers"),
    ],
)
@pytest.mark.parametrize("how", HOW)
def test_default_headers_that_are_not_text_are_refused_naming_the_header(
    how: str, headers: object, named: str
) -> None:
    err = refused(builder(how), default_headers=headers)
    assert isinstance(err, TypeError)
    assert "default_headers" in str(err) and named in str(err)


@pytest.mark.parametrize(
    "headers",
    [
        pytest.param({"X-Trace": "a\r\nInjected: 1"}, id="line-break-in-value"),
        pytest.param({"X Trace": "a"}, id="space-in-name"),
        pytest.param({"X-Trace": "café"}, id="non-ascii-value"),
    ],
)
@pytest.mark.parametrize("how", HOW)
def test_default_headers_that_cannot_be_sent_are_refused_at_once(
    how: str, headers: dict[str, str]
) -> None:
    # Today these are accepted, and every request then fails: as an APIConnectionError
    # (LocalProtocolError) for the first two, as an InvalidRequestError that points at
    # extra_query and the ids for the third.
    err = refused(builder(how), default_headers=headers)
    assert "default_headers" in str(err) and repr(next(iter(headers))) in str(err)


@pytest.mark.parametrize("key", [123, b"sk-bytes-SECRET", ["sk"]])
@pytest.mark.parametrize("how", HOW)
def test_an_api_key_that_is_not_text_is_refused_without_showing_it(how: str, key: object) -> None:
    err = refused(builder(how), api_key=key)
    assert isinstance(err, TypeError)
    assert "api_key" in str(err) and type(key).__name__ in str(err)
    assert "SECRET" not in str(err) and "123" not in str(err)


def test_options_given_as_none_to_with_options_keep_their_values() -> None:
    client = tf.Together(api_key="k", base_url="https://example.test/v1", timeout=7, max_retries=4)
    same = client.with_options()
    assert (same.api_key, same.base_url, same.timeout, same.max_retries) == (
        "k",
        "https://example.test/v1",
        client.timeout,
        4,
    )


def test_async_with_options_shares_the_pool_and_keeps_the_original() -> None:
    async def main() -> None:
        async with tf.AsyncTogether(api_key="k", max_retries=1) as client:
            other = client.with_options(max_retries=3, timeout=5)
            assert type(other) is tf.AsyncTogether
            assert (other.max_retries, other.timeout.read) == (3, 5.0)
            assert client.max_retries == 1 and other._http is client._http
            await other.close()
            assert not client._http.is_closed

    asyncio.run(main())
