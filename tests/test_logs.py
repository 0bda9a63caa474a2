"""Logging (``_logs``): ``TOGETHER_LOG`` turns it on, and the API key is never shown, in logs or
in errors."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Iterator

import httpx
import pytest
from pytest_httpserver import HTTPServer

import together_facade as tf
from tests.helpers import API_KEY, Invoker
from together_facade import _logs
from together_facade._body import Budget


@pytest.fixture
def fresh_log(monkeypatch: pytest.MonkeyPatch) -> Iterator[logging.Logger]:
    """The library's logger as if never configured; its level is put back afterwards."""
    level = _logs.log.level
    monkeypatch.setattr(_logs.log, "handlers", [])
    monkeypatch.setattr(_logs.log, "_together_configured", False, raising=False)
    yield _logs.log
    _logs.log.setLevel(level)


def test_the_key_is_never_shown(
    invoke: Invoker,
    httpserver: HTTPServer,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
    fresh_log: logging.Logger,
) -> None:
    monkeypatch.setenv("TOGETHER_LOG", "debug")
    httpserver.expect_ordered_request("/v1/models").respond_with_json(
        [{"id": "m"}], headers={"x-request-id": "r1"}
    )
    httpserver.expect_ordered_request("/v1/models").respond_with_json(
        {"error": {"message": "invalid key"}}, status=401
    )
    invoke(lambda c: c.models.list())
    with pytest.raises(tf.AuthenticationError) as info:
        invoke(lambda c: c.models.list())
    client = tf.Together(api_key=API_KEY)
    out = capfd.readouterr()
    logged = out.out + out.err
    assert "GET" in logged and "-> 200" in logged and "-> 401" in logged  # logging is on
    assert "<redacted>" in logged
    for text in (logged, repr(client), str(info.value), repr(info.value), repr(info.value.request)):
        assert API_KEY not in text
    assert _logs.log.level == logging.DEBUG


def test_redacted_headers_hides_every_credential() -> None:
    headers = {
        "Authorization": f"Bearer {API_KEY}",
        "X-API-Key": API_KEY,
        "Api-Key": API_KEY,
        "proxy-authorization": f"Basic {API_KEY}",
        "X-Goog-Api-Key": API_KEY,
        "X-Access-Token": API_KEY,
        "X-Tenant": API_KEY,  # named by the user as sensitive
        "X-Trace": "t1",
    }
    request = httpx.Request("GET", "https://api.example/v1/models", headers=headers)
    request.extensions["together_facade.budget"] = Budget(
        None, None, 1024, 1024, sensitive=frozenset({"x-tenant"})
    )
    shown = _logs.redacted_headers(request)
    assert API_KEY not in repr(shown)
    assert [v for k, v in shown.items() if k not in ("x-trace", "host")] == ["<redacted>"] * 7
    assert shown["x-trace"] == "t1"


def test_info_logs_one_line_per_request_without_headers(
    fresh_log: logging.Logger,
    monkeypatch: pytest.MonkeyPatch,
    httpserver: HTTPServer,
    capfd: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("TOGETHER_LOG", "info")
    httpserver.expect_request("/v1/models").respond_with_json(
        [], headers={"x-request-id": "req-42"}
    )
    with tf.Together(api_key=API_KEY, base_url=httpserver.url_for("/v1")) as client:
        client.models.list()
    assert fresh_log.level == logging.INFO
    lines = [line for line in capfd.readouterr().err.splitlines() if "together_facade" in line]
    assert len(lines) == 1
    assert "GET " in lines[0] and "/v1/models -> 200 (request_id=req-42" in lines[0]
    assert "headers" not in lines[0] and "Bearer" not in lines[0]


def test_logging_is_set_up_once(fresh_log: logging.Logger, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TOGETHER_LOG", "DEBUG")  # any case
    tf.Together(api_key="k")
    tf.AsyncTogether(api_key="k")
    assert len(fresh_log.handlers) == 1 and fresh_log.level == logging.DEBUG


@pytest.mark.parametrize("value", ["", "verbose", "warning"])
def test_logging_stays_off_unless_asked(
    value: str, fresh_log: logging.Logger, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TOGETHER_LOG", value)
    tf.Together(api_key="k")
    assert fresh_log.handlers == []


def test_retries_are_logged(
    fresh_log: logging.Logger,
    httpserver: HTTPServer,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="together_facade")
    httpserver.expect_ordered_request("/v1/models").respond_with_json(
        {"error": {"message": "busy"}}, status=503, headers={"retry-after-ms": "1"}
    )
    httpserver.expect_ordered_request("/v1/models").respond_with_json([])
    with tf.Together(api_key=API_KEY, base_url=httpserver.url_for("/v1")) as client:
        assert client.models.list() == []
    messages = [r.getMessage() for r in caplog.records if r.name == "together_facade"]
    assert any("retrying GET" in m and "after 503" in m and "(retry 1)" in m for m in messages)
    assert any("-> 503" in m for m in messages) and any("-> 200" in m for m in messages)
    assert all(API_KEY not in m for m in messages)


@pytest.mark.parametrize(
    "key",
    [
        pytest.param(API_KEY + "\n", id="trailing-newline"),
        pytest.param(API_KEY + "\r\n", id="trailing-crlf"),
        pytest.param(" " + API_KEY + "\n", id="padded"),
        pytest.param(API_KEY + "é", id="non-ascii"),
    ],
)
def test_a_key_that_cannot_be_sent_as_it_is_is_never_shown(
    key: str, invoke: Invoker, httpserver: HTTPServer
) -> None:
    # A key read from a file often keeps its newline. Whether the client strips it or refuses
    # it, no error may quote the key, nor may its printed traceback.
    httpserver.expect_request("/v1/models").respond_with_json([])
    try:
        invoke(lambda c: c.models.list(), api_key=key, max_retries=0)
    except tf.TogetherError as exc:
        printed = "".join(traceback.format_exception(exc))  # with the errors it came from
        assert type(exc).__name__ in printed
        for text in (printed, str(exc), repr(exc)):
            assert API_KEY not in text
    else:  # the key was cleaned up: then it is the key that was sent
        assert httpserver.log[0][0].headers["Authorization"] == f"Bearer {API_KEY}"
