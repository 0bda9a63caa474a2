"""Each fault the kit injects, one call each, against ``Together`` and ``AsyncTogether``: what the
client sees (its retry, its typed error), and that the stand-in itself never hangs."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest

from tests.testing.support import CHAT, MESSAGES, client, close, done, stream_text
from together_facade import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    IncompleteStreamError,
    InternalServerError,
    RateLimitError,
)
from together_facade.testing import StandIn

CAPTURED_TEXT = "Deep learning is a subset of machine learning"  # the captured chat stream's


def run(mode: str, api: StandIn, scenario: Callable[[Any], Awaitable[Any]], **options: Any) -> Any:
    """``scenario(client)`` with a client of ``mode`` on ``api``, closed after."""

    async def main() -> Any:
        c = client(mode, api.base_url, **options)
        try:
            return await scenario(c)
        finally:
            await close(c)

    return asyncio.run(main())


async def chat(c: Any, **call: Any) -> Any:
    return await done(c.chat.completions.create(model="m", messages=MESSAGES, **call))


async def text_of(c: Any, **call: Any) -> str:
    return (await stream_text(c, **call))[0]


# --- 429 and 5xx --------------------------------------------------------------------------------


def test_a_429_with_retry_after_is_retried_after_the_wait(kit: StandIn, mode: str) -> None:
    kit.rate_limit(CHAT, retry_after=0.3)
    kit.chat_reply("After the wait.", times=1)  # the programmed answer waits for the retry
    started = time.monotonic()
    resp = run(mode, kit, chat, max_retries=2, initial_retry_delay=0.01)
    assert time.monotonic() - started >= 0.3  # the server's wait, not the 10 ms backoff
    assert resp.choices[0].message.content == "After the wait."
    assert len(kit.assert_called(CHAT, times=2)) == 2


def test_a_429_for_good_is_the_typed_error_with_the_captured_body(kit: StandIn, mode: str) -> None:
    kit.rate_limit(CHAT, retry_after=2, times=None)
    with pytest.raises(RateLimitError, match="rate limits are 600 RPM") as caught:
        run(mode, kit, chat, max_retries=0)
    assert (caught.value.status_code, caught.value.retry_after) == (429, 2.0)
    assert caught.value.type == "credit_limit"
    assert caught.value.request_id == kit.last.request_id


def test_the_429_headers(kit: StandIn) -> None:
    kit.rate_limit(CHAT, retry_after=2)
    kit.rate_limit(CHAT, retry_after=0.25)
    first = httpx.post(kit.base_url + "/chat/completions", json={})
    second = httpx.post(kit.base_url + "/chat/completions", json={})
    assert (first.status_code, first.headers["retry-after"]) == (429, "2")
    assert "retry-after-ms" not in first.headers
    assert (second.headers["retry-after"], second.headers["retry-after-ms"]) == ("1", "250")
    assert httpx.post(kit.base_url + "/chat/completions", json={}).status_code == 200


def test_a_5xx_is_retried_then_answered(kit: StandIn, mode: str) -> None:
    kit.server_error(CHAT, status=503)
    resp = run(mode, kit, chat, max_retries=1, initial_retry_delay=0.01)
    assert resp.choices[0].message.content.startswith("Deep learning is a subfield")
    assert len(kit.calls(CHAT)) == 2


def test_a_5xx_for_good_is_the_typed_error(kit: StandIn, mode: str) -> None:
    kit.server_error(CHAT, status=502, times=None)
    with pytest.raises(InternalServerError, match="502") as caught:
        run(mode, kit, chat, max_retries=2, initial_retry_delay=0.01, max_retry_delay=0.01)
    assert caught.value.status_code == 502
    assert len(kit.calls(CHAT)) == 3


# --- streams ------------------------------------------------------------------------------------


def test_a_slow_first_token_arrives_late(kit: StandIn, mode: str) -> None:
    kit.slow_first_token(CHAT, 0.4)
    started = time.monotonic()

    async def first_delta(c: Any) -> str:
        stream = await chat(c, stream=True)
        if hasattr(stream, "__aiter__"):
            async with stream:
                return await anext(aiter(stream.text_deltas()))
        with stream:
            return next(iter(stream.text_deltas()))

    assert run(mode, kit, first_delta) == "Deep"
    assert time.monotonic() - started >= 0.4


def test_a_slow_first_token_past_the_idle_limit_is_a_timeout(kit: StandIn, mode: str) -> None:
    kit.slow_first_token(CHAT, 5)
    started = time.monotonic()
    with pytest.raises(APITimeoutError):
        run(mode, kit, text_of, stream_idle_timeout=0.3)
    assert time.monotonic() - started < 3


def test_a_cut_stream_is_an_incomplete_stream_with_what_arrived(kit: StandIn, mode: str) -> None:
    kit.chat_reply(["one ", "two ", "three"])
    kit.cut_stream(CHAT, after=2)
    with pytest.raises(IncompleteStreamError) as caught:
        run(mode, kit, text_of)
    assert caught.value.partial_text == "one two "
    assert len(caught.value.chunks) == 2
    assert run(mode, kit, text_of) == "one two three"  # one call only


def test_a_stream_cut_abruptly_is_a_connection_error(kit: StandIn, mode: str) -> None:
    kit.cut_stream(CHAT, after=3, abrupt=True)
    with pytest.raises(APIConnectionError):
        run(mode, kit, text_of)
    assert run(mode, kit, text_of).startswith(CAPTURED_TEXT)


def test_a_malformed_chunk_is_a_validation_error(kit: StandIn, mode: str) -> None:
    kit.malformed_chunk(CHAT, after=1)
    with pytest.raises(APIResponseValidationError, match="not JSON"):
        run(mode, kit, text_of)


def test_a_held_stream_hits_the_read_timeout(kit: StandIn, mode: str) -> None:
    kit.hold_open(CHAT)
    started = time.monotonic()
    with pytest.raises(APITimeoutError):
        run(mode, kit, text_of, timeout=0.3)
    assert time.monotonic() - started < 3


def test_a_held_answer_hits_the_timeout_and_a_retry_gets_through(kit: StandIn, mode: str) -> None:
    kit.hold_open(CHAT, times=None)
    with pytest.raises(APITimeoutError):
        run(mode, kit, chat, timeout=0.3)
    kit.reset()
    kit.hold_open(CHAT)  # once: the client's retry gets the answer
    resp = run(mode, kit, chat, timeout=0.3, max_retries=1, initial_retry_delay=0.01)
    assert resp.choices[0].finish_reason == "stop"
    assert len(kit.calls(CHAT)) == 2


# --- faults of answers that are not streams -----------------------------------------------------


def test_faults_of_a_whole_answer(kit: StandIn, mode: str) -> None:
    kit.cut_stream("GET /models")
    with pytest.raises(APIConnectionError):
        run(mode, kit, lambda c: done(c.models.list()))
    kit.malformed_chunk("GET /models")
    with pytest.raises(APIResponseValidationError):
        run(mode, kit, lambda c: done(c.models.list()))
    kit.slow_first_token("GET /models", 0.3)
    started = time.monotonic()
    assert len(run(mode, kit, lambda c: done(c.models.list()))) == 6
    assert time.monotonic() - started >= 0.3


# --- the stand-in never hangs -------------------------------------------------------------------


def _held_call(api: StandIn) -> tuple[threading.Thread, list[BaseException | None]]:
    """A raw call (no timeout) that the stand-in holds open, in a thread."""
    outcome: list[BaseException | None] = []

    def call() -> None:
        try:
            httpx.get(api.base_url + "/models", timeout=None)
            outcome.append(None)
        except httpx.HTTPError as exc:
            outcome.append(exc)

    api.hold_open("GET /models")
    thread = threading.Thread(target=call)
    thread.start()
    while not api.requests:
        time.sleep(0.01)
    time.sleep(0.05)  # the headers are out: the call is waiting for the body
    return thread, outcome


def test_reset_hangs_up_a_held_answer(kit: StandIn) -> None:
    thread, outcome = _held_call(kit)
    assert thread.is_alive()
    kit.reset()
    thread.join(2)
    assert not thread.is_alive()
    assert isinstance(outcome[0], httpx.RemoteProtocolError)  # the body never came


def test_stop_does_not_wait_for_a_held_answer() -> None:
    with StandIn() as api:
        thread, _ = _held_call(api)
        started = time.monotonic()
    assert time.monotonic() - started < 2
    thread.join(2)
    assert not thread.is_alive()


def test_fault_arguments_are_checked(kit: StandIn) -> None:
    with pytest.raises(ValueError, match="a 5xx status, not 404"):
        kit.server_error(CHAT, status=404)
    with pytest.raises(ValueError, match="retry_after must be 0 or more"):
        kit.rate_limit(CHAT, retry_after=-1)
    with pytest.raises(ValueError, match="delay must be 0 or more"):
        kit.slow_first_token(CHAT, -0.5)
    for bad in (-1, 1.5, True):
        with pytest.raises(ValueError, match="after must be a number of events"):
            kit.cut_stream(CHAT, after=bad)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="times must be 1 or more"):
        kit.hold_open(CHAT, times=0)
    with pytest.raises(KeyError, match="no operation"):
        kit.malformed_chunk("POST /nowhere")
    # The refused calls programmed nothing: the usual answer.
    assert httpx.post(kit.base_url + "/chat/completions", json={}).status_code == 200


# --- an account's rate limit ---------------------------------------------------------------------


def test_a_rate_limit_answers_its_headers_and_429s_beyond_the_count() -> None:
    from together_facade.testing._limit import RateLimit

    now = [100.25]
    limit = RateLimit(2, clock=lambda: now[0])
    first, second, third = limit.admit(), limit.admit(), limit.admit()
    assert [ok for ok, _ in (first, second, third)] == [True, True, False]
    assert first[1] == {
        "x-ratelimit-limit": "2",
        "x-ratelimit-remaining": "1",
        "x-ratelimit-reset": "0.750",
    }
    assert third[1]["retry-after"] == "1" and third[1]["retry-after-ms"] == "750"
    now[0] = 101.0  # the next second: the count starts again
    assert limit.admit()[0] and limit.refused == 1


def test_limit_rate_paces_one_operation_and_lists_what_it_refused(kit: StandIn) -> None:
    kit.limit_rate(3, key=CHAT)
    with httpx.Client() as http:
        answers = [
            http.post(kit.base_url + "/chat/completions", json={"model": "m", "messages": []})
            for _ in range(8)
        ]
        other = http.get(kit.base_url + "/models")
    refused = [a for a in answers if a.status_code == 429]
    assert 8 - len(refused) <= 6  # 8 calls in at most two seconds: at most 3 in each
    assert {a.headers["x-request-id"] for a in refused} == {c.request_id for c in kit.limited}
    assert all(a.headers["x-ratelimit-limit"] == "3" for a in answers)
    assert all(a.headers["x-ratelimit-remaining"] == "0" for a in refused)
    assert "x-ratelimit-limit" not in other.headers  # another operation: no limit
    kit.limit_rate(None)
    assert "x-ratelimit-limit" not in httpx.get(kit.base_url + "/models").headers
    with pytest.raises(ValueError, match="per_second"):
        kit.limit_rate(0)
