"""Retries: the policy as a table (no sleeping), then the behaviour against a local server."""

from __future__ import annotations

import asyncio
import socket
import time
from email.utils import formatdate

import httpx
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

import together_facade as tf
from tests.helpers import API_KEY, Invoker
from together_facade import _core
from together_facade._flow import Close, Read, Send, Sleep, retry_flow
from together_facade._retries import RetryPolicy, backoff, decide, retry_after_seconds

NOW = 1_700_000_000.0
POLICY = RetryPolicy(max_retries=2)


def no_jitter() -> float:
    return 0.0


@pytest.mark.parametrize(
    ("attempt", "status", "headers", "retry", "delay", "retry_after"),
    [
        (0, None, {}, True, 0.5, None),  # connection error / timeout
        (1, None, {}, True, 1.0, None),
        (2, None, {}, False, 0.0, None),  # out of retries
        (0, 408, {}, True, 0.5, None),
        (0, 409, {}, True, 0.5, None),
        (0, 429, {}, True, 0.5, None),
        (0, 500, {}, True, 0.5, None),
        (0, 503, {}, True, 0.5, None),
        (0, 529, {}, True, 0.5, None),
        (0, 400, {}, False, 0.0, None),
        (0, 401, {}, False, 0.0, None),
        (0, 404, {}, False, 0.0, None),
        (0, 422, {}, False, 0.0, None),
        (0, 429, {"retry-after-ms": "50"}, True, 0.05, 0.05),
        (0, 429, {"retry-after": "2"}, True, 2.0, 2.0),
        (0, 429, {"retry-after-ms": "1500", "retry-after": "9"}, True, 1.5, 1.5),
        (0, 429, {"retry-after": formatdate(NOW + 30, usegmt=True)}, True, 30.0, 30.0),
        (0, 429, {"retry-after": "3600"}, False, 0.0, 3600.0),  # too long: raise at once
        (0, 503, {"retry-after": "61"}, False, 0.0, 61.0),
        (0, 429, {"retry-after": "soon"}, True, 0.5, None),  # unreadable: backoff
        (0, 503, {"retry-after": "Mon, 01 Jan 10000 00:00:00 GMT"}, True, 0.5, None),  # no year
        (0, 429, {"retry-after-ms": "-5"}, True, 0.5, None),
        (0, 400, {"x-should-retry": "true"}, True, 0.5, None),
        (0, 503, {"x-should-retry": "false"}, False, 0.0, None),
        (2, 400, {"x-should-retry": "true"}, False, 0.0, None),
    ],
)
def test_decision_table(
    attempt: int,
    status: int | None,
    headers: dict[str, str],
    retry: bool,
    delay: float,
    retry_after: float | None,
) -> None:
    d = decide(POLICY, attempt, status, headers, NOW, no_jitter)
    assert (d.retry, d.retry_after) == (retry, retry_after)
    assert d.delay == pytest.approx(delay)


def test_backoff_doubles_caps_and_jitters_down() -> None:
    policy = RetryPolicy(max_retries=10)
    assert [backoff(a, policy, 0.0) for a in range(6)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert backoff(0, policy, 1.0) == pytest.approx(0.375)  # at most 25 % shorter
    assert all(0.375 <= backoff(0, policy, r / 10) <= 0.5 for r in range(11))


def test_retry_after_http_date_in_the_past_is_zero() -> None:
    assert retry_after_seconds({"retry-after": formatdate(NOW - 100, usegmt=True)}, NOW) == 0.0
    assert retry_after_seconds({}, NOW) is None


# --- the retry flow, driven by hand (no I/O) -----------------------------------------------

REQUEST = httpx.Request("POST", "https://api.example.com/v1/chat/completions")
STEADY = RetryPolicy(max_retries=1, jitter=0.0)


def answer(status: int, **headers: str) -> httpx.Response:
    return httpx.Response(status, headers=headers, request=REQUEST)


def test_the_flow_closes_a_retried_answer_sleeps_then_sends_again() -> None:
    flow = retry_flow(STEADY, REQUEST, stream=False)
    assert next(flow) == Send(REQUEST, True)
    busy = answer(503)
    assert flow.send(busy) == Close(busy)
    assert flow.send(None) == Sleep(0.5)
    assert flow.send(None) == Send(REQUEST, True)
    fine = answer(200)
    assert flow.send(fine) == Read(fine)
    with pytest.raises(StopIteration) as done:
        flow.send(b"{}")
    assert done.value.value is fine


def test_a_stream_is_returned_unread() -> None:
    flow = retry_flow(STEADY, REQUEST, stream=True)
    next(flow)
    events = answer(200)
    with pytest.raises(StopIteration) as done:
        flow.send(events)
    assert done.value.value is events


def test_a_transport_failure_on_the_last_attempt_is_our_connection_error() -> None:
    flow = retry_flow(RetryPolicy(max_retries=0), REQUEST, stream=False)
    next(flow)
    with pytest.raises(tf.APIConnectionError, match="ConnectError") as info:
        flow.throw(httpx.ConnectError("refused", request=REQUEST))
    assert info.value.request is REQUEST


def test_a_failure_while_reading_a_2xx_body_closes_the_answer_and_retries() -> None:
    flow = retry_flow(STEADY, REQUEST, stream=False)
    next(flow)
    cut = answer(200)
    assert flow.send(cut) == Read(cut)
    assert flow.throw(httpx.ReadError("cut", request=REQUEST)) == Close(cut)
    assert flow.send(None) == Sleep(0.5)


@pytest.mark.parametrize(
    "failure",
    [
        httpx.UnsupportedProtocol("ftp"),
    ],
)
def test_failures_another_attempt_cannot_cure_are_raised_at_once(
    failure: httpx.RequestError,
) -> None:
    flow = retry_flow(RetryPolicy(max_retries=5), REQUEST, stream=False)
    next(flow)
    with pytest.raises(tf.APIConnectionError, match=type(failure).__name__):
        flow.throw(failure)


def test_a_redirect_to_no_url_is_a_validation_error_raised_at_once() -> None:
    flow = retry_flow(RetryPolicy(max_retries=5), REQUEST, stream=False)
    next(flow)
    bad = httpx.RemoteProtocolError("Invalid URL in location header: Invalid port.")
    with pytest.raises(tf.APIResponseValidationError, match="not a valid URL"):
        flow.throw(bad)


def test_a_local_protocol_error_is_retried_on_a_new_connection() -> None:
    # httpx raises it on HTTP/2 when the connection closes under a request (GOAWAY).
    flow = retry_flow(STEADY, REQUEST, stream=False)
    next(flow)
    closed = httpx.LocalProtocolError("Invalid input ConnectionInputs.SEND_HEADERS")
    assert flow.throw(closed) == Sleep(0.5)


def test_a_request_leaving_the_api_is_sent_without_the_pools_credentials() -> None:
    flow = retry_flow(STEADY, REQUEST, stream=False, credentials=False)
    assert next(flow) == Send(REQUEST, False)


def test_an_error_body_cut_short_still_gives_the_typed_error() -> None:
    flow = retry_flow(STEADY, REQUEST, stream=False)
    next(flow)
    bad = answer(400)
    assert flow.send(bad) == Read(bad, error=True)
    assert flow.throw(httpx.ReadError("cut", request=REQUEST)) == Close(bad)
    with pytest.raises(tf.BadRequestError, match="Bad Request"):
        flow.send(None)


def test_a_redirect_is_returned_read_when_redirects_are_not_followed() -> None:
    flow = retry_flow(STEADY, REQUEST, stream=False, follow_redirects=False)
    assert next(flow) == Send(REQUEST)
    moved = answer(302, location="https://storage.example.net/x")
    assert flow.send(moved) == Read(moved)
    with pytest.raises(StopIteration) as done:
        flow.send(b"")
    assert done.value.value is moved


def test_a_long_server_wait_is_raised_at_once_with_the_wait() -> None:
    flow = retry_flow(STEADY, REQUEST, stream=False)
    next(flow)
    limited = answer(429, **{"retry-after": "3600"})
    assert flow.send(limited) == Read(limited, error=True)
    with pytest.raises(tf.RateLimitError) as info:
        flow.send(b'{"error": {"message": "slow down"}}')
    assert info.value.retry_after == 3600.0


# --- against a local server --------------------------------------------------------------


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Record the waits instead of sleeping them (sync and async)."""
    waited: list[float] = []

    async def fake_async_sleep(seconds: float) -> None:
        waited.append(seconds)

    monkeypatch.setattr(_core, "_sleep", waited.append)
    monkeypatch.setattr(_core, "_async_sleep", fake_async_sleep)
    return waited


def test_429_with_retry_after_ms_then_200(invoke: Invoker, httpserver: HTTPServer) -> None:
    httpserver.expect_ordered_request("/v1/models").respond_with_json(
        {"error": {"message": "slow down"}}, status=429, headers={"retry-after-ms": "50"}
    )
    httpserver.expect_ordered_request("/v1/models").respond_with_json([{"id": "m"}])
    started = time.monotonic()
    models = invoke(lambda c: c.models.list())
    assert [m.id for m in models] == ["m"]
    assert len(httpserver.log) == 2
    assert time.monotonic() - started >= 0.05  # the server's wait was honoured


def test_503_three_times_gives_three_attempts(
    invoke: Invoker, httpserver: HTTPServer, sleeps: list[float]
) -> None:
    httpserver.expect_request("/v1/models").respond_with_json(
        {"error": {"message": "overloaded"}}, status=503
    )
    with pytest.raises(tf.InternalServerError, match="overloaded"):
        invoke(lambda c: c.models.list(), max_retries=2)
    assert len(httpserver.log) == 3
    assert len(sleeps) == 2 and 0.375 <= sleeps[0] <= 0.5 and 0.75 <= sleeps[1] <= 1.0


def test_400_is_not_retried(invoke: Invoker, httpserver: HTTPServer, sleeps: list[float]) -> None:
    httpserver.expect_request("/v1/models").respond_with_json(
        {"error": {"message": "bad"}}, status=400
    )
    with pytest.raises(tf.BadRequestError):
        invoke(lambda c: c.models.list())
    assert len(httpserver.log) == 1 and sleeps == []


def test_long_retry_after_raises_at_once_with_the_wait(
    invoke: Invoker, httpserver: HTTPServer, sleeps: list[float]
) -> None:
    httpserver.expect_request("/v1/models").respond_with_json(
        {"error": {"message": "credit limit", "type": "credit_limit"}},
        status=429,
        headers={"Retry-After": "3600"},
    )
    with pytest.raises(tf.RateLimitError) as info:
        invoke(lambda c: c.models.list())
    assert info.value.retry_after == 3600.0 and info.value.type == "credit_limit"
    assert len(httpserver.log) == 1 and sleeps == []


def test_max_retries_zero_and_with_options(
    invoke: Invoker, httpserver: HTTPServer, sleeps: list[float]
) -> None:
    httpserver.expect_request("/v1/models").respond_with_json(
        {"error": {"message": "x"}}, status=500
    )
    with pytest.raises(tf.InternalServerError):
        invoke(lambda c: c.with_options(max_retries=0).models.list())
    assert len(httpserver.log) == 1


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_refused_connection_is_retried_then_raised(mode: str, sleeps: list[float]) -> None:
    base_url = f"http://127.0.0.1:{_closed_port()}/v1"
    if mode == "sync":
        with pytest.raises(tf.APIConnectionError) as info:
            tf.Together(api_key=API_KEY, base_url=base_url, max_retries=2).models.list()
    else:

        async def main() -> None:
            async with tf.AsyncTogether(api_key=API_KEY, base_url=base_url, max_retries=2) as c:
                await c.models.list()

        with pytest.raises(tf.APIConnectionError) as info:
            asyncio.run(main())
    assert not isinstance(info.value, tf.APITimeoutError)
    assert len(sleeps) == 2  # three attempts
    assert "ConnectError" in str(info.value)
    assert API_KEY not in str(info.value)


def test_read_timeout_gives_api_timeout_error(invoke: Invoker, httpserver: HTTPServer) -> None:
    def slow(request: Request) -> Response:
        time.sleep(0.5)
        return Response("[]", content_type="application/json")

    httpserver.expect_request("/v1/models").respond_with_handler(slow)
    with pytest.raises(tf.APITimeoutError, match="timed out"):
        invoke(lambda c: c.models.list(), timeout=0.1, max_retries=0)


def test_per_call_timeout_overrides_the_client(invoke: Invoker, httpserver: HTTPServer) -> None:
    def slow(request: Request) -> Response:
        time.sleep(0.3)
        return Response("[]", content_type="application/json")

    httpserver.expect_request("/v1/models").respond_with_handler(slow)
    with pytest.raises(tf.APITimeoutError):
        invoke(lambda c: c.models.list(timeout=0.05), timeout=30, max_retries=0)
    assert invoke(lambda c: c.models.list(timeout=5), timeout=0.05, max_retries=0) == []


@pytest.mark.parametrize("attempt", [63, 64, 1023, 1024, 10**9])
def test_backoff_is_bounded_for_any_attempt(attempt: int) -> None:
    policy = RetryPolicy(max_retries=10**10)
    assert backoff(attempt, policy, 0.0) == 8.0
    assert decide(policy, attempt, 503, {}, NOW, lambda: 0.0).delay == 8.0


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("120", 120.0),
        (" 7 ", 7.0),
        ("0", 0.0),
        ("inf", None),
        ("1e3", None),
        ("+5", None),
        ("1_000", None),
        ("5.5", None),  # RFC 9110: whole seconds only
        ("-3", None),
        ("9" * 30, 1e9),  # absurdly long: read as "never", not int()-ed
        (formatdate(NOW + 30, usegmt=True), 30.0),  # IMF-fixdate
        (time.strftime("%A, %d-%b-%y %H:%M:%S GMT", time.gmtime(NOW + 30)), 30.0),  # RFC 850
        (time.strftime("%a %b %e %H:%M:%S %Y", time.gmtime(NOW + 30)), 30.0),  # asctime
        ("Sun, 06 Nov 100000 08:49:37 GMT", None),
        ("Mon, 31 Feb 2030 08:49:37 GMT", None),
        ("Sun, 06 Nov 1994 25:49:37 GMT", None),
        ("06 Nov 1994 08:49:37 GMT", None),  # no day name: not an HTTP-date
    ],
)
def test_retry_after_is_read_as_rfc_9110_says(value: str, seconds: float | None) -> None:
    got = retry_after_seconds({"retry-after": value}, NOW)
    assert got == (pytest.approx(seconds, abs=1.0) if seconds is not None else None)


def test_retry_after_ms_is_milliseconds_or_nothing() -> None:
    assert retry_after_seconds({"retry-after-ms": "1500"}, NOW) == 1.5
    assert retry_after_seconds({"retry-after-ms": "2.5"}, NOW) == 0.0025
    for bad in ("inf", "nan", "-1", "1e3", ""):
        assert retry_after_seconds({"retry-after-ms": bad}, NOW) is None
