"""When to retry a request and how long to wait: pure functions, table-tested without sleeping.

Retried: connection errors and timeouts (not a failure another attempt cannot cure: an
unsupported scheme, a redirect loop, a redirect to no URL at all),
and the statuses 408, 409, 429 and >= 500, up to ``max_retries`` times.
``x-should-retry: true|false`` from the server overrides that. The wait is what the server
asked for (``retry-after-ms``, else ``Retry-After`` in seconds or as an HTTP date), else an
exponential backoff with jitter: about 0.5 s, doubling, capped near 8 s. A server-requested
wait longer than ``max_wait`` (60 s) is not slept: the error is raised at once, carrying the
wait.

The policy is pure functions (``decide``); the loop that applies it is ``retry_flow``, written
once as a flow (see ``_flow``) that both clients drive.
"""

from __future__ import annotations

import email.utils
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import httpx

from ._exceptions import connection_error, invalid_redirect, status_error
from ._flow import Close, Flow, Read, Send, Sleep
from ._logs import log_outcome, log_request, log_retry

__all__ = ["RetryPolicy", "decide", "retry_after_seconds", "retry_flow"]

_RETRY_STATUSES = frozenset({408, 409, 429})


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How a client retries. ``max_retries=0`` turns retries off."""

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_wait: float = 60.0
    jitter: float = 0.25  # the backoff is shortened by up to this fraction, at random


@dataclass(frozen=True, slots=True)
class Decision:
    """What to do after an attempt.

    ``retry`` with ``delay`` seconds to sleep first; or not, with ``retry_after`` set when the
    server asked for a wait (longer than the policy allows, or on the last attempt).
    """

    retry: bool
    delay: float = 0.0
    retry_after: float | None = None


def retry_after_seconds(headers: Mapping[str, str], now: float) -> float | None:
    """The wait the server asked for, in seconds, or None. ``now`` is a Unix time."""
    millis = headers.get("retry-after-ms")
    if millis is not None:
        try:
            value = float(millis) / 1000.0
        except ValueError:
            value = -1.0
        if value >= 0.0 and value == value:  # not negative, not NaN
            return value
    raw = headers.get("retry-after")
    if raw is None:
        return None
    raw = raw.strip()
    try:
        seconds = float(raw)
    except ValueError:
        parsed = email.utils.parsedate_tz(raw)
        if parsed is None:
            return None
        try:
            return max(0.0, email.utils.mktime_tz(parsed) - now)
        except (ValueError, OverflowError):  # a date no calendar holds (the year 10000)
            return None
    return seconds if seconds >= 0.0 and seconds == seconds else None


def _should_retry(status: int | None, headers: Mapping[str, str]) -> bool:
    override = headers.get("x-should-retry")
    if override == "true":
        return True
    if override == "false":
        return False
    if status is None:  # connection error or timeout
        return True
    return status in _RETRY_STATUSES or status >= 500


def backoff(attempt: int, policy: RetryPolicy, rand: float) -> float:
    """The backoff before retry number ``attempt + 1`` (``attempt`` counts from 0)."""
    delay = min(policy.initial_delay * (2.0**attempt), policy.max_delay)
    return delay * (1.0 - policy.jitter * rand)


def decide(
    policy: RetryPolicy,
    attempt: int,
    status: int | None,
    headers: Mapping[str, str],
    now: float,
    rand: Callable[[], float] = random.random,
) -> Decision:
    """Decide after attempt number ``attempt`` (from 0) that ended with ``status`` and ``headers``.

    ``status`` is None for a connection error or a timeout (then ``headers`` is empty), and a
    2xx status is never passed here.
    """
    asked = retry_after_seconds(headers, now) if headers else None
    if attempt >= policy.max_retries or not _should_retry(status, headers):
        return Decision(retry=False, retry_after=asked)
    if asked is not None:
        if asked > policy.max_wait:
            return Decision(retry=False, retry_after=asked)
        return Decision(retry=True, delay=asked, retry_after=asked)
    return Decision(retry=True, delay=backoff(attempt, policy, rand()))


# Transport failures that another attempt cannot cure: a redirect to a scheme httpx cannot
# speak, a redirect loop. (A LocalProtocolError is retried: on HTTP/2 a connection closing
# under a request raises it, and a new connection cures it.)
_NEVER_RETRIED = (httpx.UnsupportedProtocol, httpx.TooManyRedirects)


def retry_flow(
    policy: RetryPolicy,
    request: httpx.Request,
    *,
    stream: bool,
    follow_redirects: bool = True,
    credentials: bool = True,
) -> Flow[httpx.Response]:
    """Send ``request`` until it succeeds or ``policy`` gives up; return the 2xx answer (its body
    read unless ``stream``; a 3xx too when ``follow_redirects`` is off), or raise the typed
    error of the last attempt. ``credentials`` False: see ``Send``."""
    attempt = 0
    while True:
        started = time.monotonic()
        log_request(request, attempt)
        response: httpx.Response | None = None
        outcome: httpx.Response | httpx.RequestError
        accepted = False
        try:
            response = yield Send(request, follow_redirects, credentials)
            accepted = response.is_success or (not follow_redirects and response.is_redirect)
            if accepted and not stream:
                yield Read(response)
            outcome = response
        except httpx.RequestError as exc:
            if response is not None:
                yield Close(response)
                response = None
            outcome = exc
        log_outcome(request, outcome, started)
        if isinstance(outcome, httpx.Response):
            if accepted:
                return outcome
            decision = decide(policy, attempt, outcome.status_code, outcome.headers, time.time())
        elif bad_redirect := invalid_redirect(outcome, request):
            raise bad_redirect from outcome
        elif isinstance(outcome, _NEVER_RETRIED):
            raise connection_error(outcome, request) from outcome
        else:
            decision = decide(policy, attempt, None, {}, time.time())
        if decision.retry:
            if response is not None:
                yield Close(response)
            log_retry(request, attempt, outcome, decision.delay)
            yield Sleep(decision.delay)
            attempt += 1
            continue
        if not isinstance(outcome, httpx.Response):
            raise connection_error(outcome, request) from outcome
        try:
            content = yield Read(outcome)
        except httpx.RequestError:  # the error body was cut short: report what we have
            content = b""
            yield Close(outcome)
        raise status_error(outcome, content, decision.retry_after)
