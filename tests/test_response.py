"""Raw responses (``_response``): ``with_raw_response`` gives a result with the HTTP answer it
came from (request id, headers), and ``RateLimitInfo`` reads the rate-limit headers."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from pytest_httpserver import HTTPServer

import together_facade as tf
from tests.helpers import API_KEY, Invoker, http_response


def test_raw_response_exposes_request_id_and_rate_limits(
    invoke: Invoker, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/v1/models").respond_with_json(
        [{"id": "m"}],
        headers={
            "x-request-id": "req-9",
            "x-ratelimit-limit": "600",
            "x-ratelimit-remaining": "599",
            "x-ratelimit-limit-tokens": "180000",
            "x-ratelimit-remaining-tokens": "179000",
            "x-ratelimit-reset": "1",
        },
    )
    raw = invoke(lambda c: c.with_raw_response(c.models.list))
    assert isinstance(raw, tf.APIResponse)
    assert [m.id for m in raw.parsed] == ["m"]
    assert (raw.status_code, raw.request_id) == (200, "req-9")
    limits = raw.ratelimit
    assert (
        limits.limit_requests,
        limits.remaining_requests,
        limits.remaining_tokens,
        limits.reset,
    ) == (
        600,
        599,
        179000,
        1,
    )
    assert limits.raw["x-ratelimit-limit-tokens"] == "180000"


def test_rate_limits_read_the_per_requests_names_and_skip_what_is_not_a_number() -> None:
    limits = tf.RateLimitInfo.from_headers(
        httpx.Headers(
            {
                "X-RateLimit-Limit-Requests": "60",
                "X-RateLimit-Remaining-Requests": "59.5",
                "X-RateLimit-Reset-Requests": "soon",
                "x-ratelimit-limit-tokens": "",
                "Content-Type": "application/json",
            }
        )
    )
    assert (limits.limit_requests, limits.remaining_requests) == (60.0, 59.5)
    assert (limits.reset, limits.limit_tokens, limits.remaining_tokens) == (None, None, None)
    assert limits.raw == {
        "x-ratelimit-limit-requests": "60",
        "x-ratelimit-remaining-requests": "59.5",
        "x-ratelimit-reset-requests": "soon",
        "x-ratelimit-limit-tokens": "",
    }


def test_rate_limits_of_an_answer_without_them() -> None:
    limits = tf.RateLimitInfo.from_headers(httpx.Headers({"x-request-id": "r"}))
    assert limits == tf.RateLimitInfo(None, None, None, None, None, {})


def test_api_response_shows_its_answer() -> None:
    answer = http_response(201, b"{}", headers={"cf-ray": "ray-1", "x-ratelimit-limit": "5"})
    raw = tf.APIResponse(parsed={"ok": True}, http_response=answer)
    assert (raw.parsed, raw.status_code, raw.request_id) == ({"ok": True}, 201, "ray-1")
    assert raw.parse() is raw.parsed  # parse(): the name the per-method form and openai use
    assert raw.headers["x-ratelimit-limit"] == "5" and raw.ratelimit.limit_requests == 5


def test_raw_response_is_the_last_answer_of_the_call(httpserver: HTTPServer) -> None:
    httpserver.expect_ordered_request("/v1/models").respond_with_json(
        [{"id": "a"}], headers={"x-request-id": "first"}
    )
    httpserver.expect_ordered_request("/v1/files").respond_with_json(
        {"data": [], "object": "list"}, headers={"x-request-id": "second"}
    )
    with tf.Together(api_key=API_KEY, base_url=httpserver.url_for("/v1")) as client:

        def both() -> int:
            return len(client.models.list()) + len(client.files.list().data)

        raw = client.with_raw_response(both)
    assert (raw.parsed, raw.request_id) == (1, "second")


def test_raw_response_after_retries_is_the_answer_that_succeeded(httpserver: HTTPServer) -> None:
    httpserver.expect_ordered_request("/v1/models").respond_with_json(
        {"error": {"message": "busy"}},
        status=503,
        headers={"x-request-id": "failed", "retry-after-ms": "1"},
    )
    httpserver.expect_ordered_request("/v1/models").respond_with_json(
        [], headers={"x-request-id": "ok"}
    )
    with tf.Together(api_key=API_KEY, base_url=httpserver.url_for("/v1")) as client:
        raw = client.with_raw_response(client.models.list)
    assert (raw.status_code, raw.request_id, len(httpserver.log)) == (200, "ok", 2)


def test_raw_response_of_a_function_that_sends_nothing_is_refused(invoke: Invoker) -> None:
    def nothing() -> int:
        return 1

    async def nothing_async() -> int:
        return 1

    with pytest.raises(tf.TogetherError, match="sent no request"):
        invoke(lambda c: c.with_raw_response(nothing_async if invoke.is_async else nothing))


def test_raw_response_lets_the_calls_error_through_and_stops_capturing(
    invoke: Invoker, httpserver: HTTPServer
) -> None:
    httpserver.expect_ordered_request("/v1/models").respond_with_json(
        {"error": {"message": "no"}}, status=404
    )
    httpserver.expect_ordered_request("/v1/models").respond_with_json(
        [], headers={"x-request-id": "later"}
    )

    def calls(c: tf.Together) -> object:
        with pytest.raises(tf.NotFoundError):
            c.with_raw_response(c.models.list)
        c.models.list()  # not captured by anyone
        with pytest.raises(tf.TogetherError, match="sent no request"):
            c.with_raw_response(lambda: None)
        return None

    async def acalls(c: tf.AsyncTogether) -> object:
        with pytest.raises(tf.NotFoundError):
            await c.with_raw_response(c.models.list)
        await c.models.list()

        async def none() -> None:
            return None

        with pytest.raises(tf.TogetherError, match="sent no request"):
            await c.with_raw_response(none)
        return None

    invoke(acalls if invoke.is_async else calls)
    assert len(httpserver.log) == 2


def test_concurrent_raw_responses_each_get_their_own_answer(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1/models").respond_with_json(
        [{"id": "m"}], headers={"x-request-id": "models"}
    )
    httpserver.expect_request("/v1/files").respond_with_json(
        {"data": [], "object": "list"}, headers={"x-request-id": "files"}
    )

    async def main() -> list[str | None]:
        async with tf.AsyncTogether(api_key=API_KEY, base_url=httpserver.url_for("/v1")) as c:
            raws = await asyncio.gather(
                *(
                    c.with_raw_response(c.models.list if i % 2 == 0 else c.files.list)
                    for i in range(6)
                )
            )
        return [raw.request_id for raw in raws]

    assert asyncio.run(main()) == ["models", "files"] * 3
