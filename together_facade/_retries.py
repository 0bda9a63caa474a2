"""When to retry a request and how long to wait: pure functions, table-tested without sleeping.

Retried: connection errors and timeouts (not a failure another attempt cannot cure: an
unsupported scheme, a redirect loop, a redirect to no URL at all),
and the statuses 408, 409, 429 and >= 500, up to ``max_retries`` times.
``x-should-retry: true|false`` from the server overrides that. The wait is what the server
asked for (``retry-after-ms``, else ``Retry-After`` in seconds or as an HTTP date), else an
exponential backoff with jitter: about 0.5 s, doubling, capped near 8 s. A server-requested
wait longer than ``max_wait`` (60 s) is not slept: the error is raised at once, carrying the
wait.

The policy is pure functions (``decide``); the loop that applies it is ``_flow.retry_flow``,
written once as a flow that both clients drive.
"""

from __future__ import annotations

import email.utils
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass

__all__ = ["RetryPolicy", "decide", "retry_after_seconds"]

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
