"""When to retry a request and how long to wait: pure functions, table-tested without sleeping.

Retried: connection errors and timeouts (not a failure another attempt cannot cure: an
unsupported scheme, a redirect loop, a redirect to no URL at all),
and the statuses 408, 409, 429 and >= 500, up to ``max_retries`` times.
``x-should-retry: true|false`` from the server overrides that. The wait is what the server
asked for (``retry-after-ms``, else ``Retry-After`` in seconds or as an HTTP date, read
strictly), else an exponential backoff with jitter: ``initial_delay`` (0.5 s), doubling, capped
at ``max_delay`` (8 s), for any number of attempts. A server-requested
wait longer than ``max_wait`` (60 s) is not slept: the error is raised at once, carrying the
wait.

The policy is pure functions (``decide``); the loop that applies it is ``_flow.retry_flow``,
written once as a flow that both clients drive.
"""

from __future__ import annotations

import datetime
import random
import re
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


# RFC 9110 10.2.3: Retry-After is delay-seconds (1*DIGIT) or an HTTP-date, of which a client
# reads three forms (5.6.7): IMF-fixdate, the obsolete RFC 850 form and asctime's.
_SECONDS = re.compile(r"[0-9]+")
_MILLIS = re.compile(r"[0-9]+(?:\.[0-9]+)?")  # retry-after-ms (not standard: openai's name)
_DAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
_MONTH = r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
_TIME = r"([0-9]{2}):([0-9]{2}):([0-9]{2})"
_IMF_FIXDATE = re.compile(rf"{_DAY}, ([0-9]{{2}}) {_MONTH} ([0-9]{{4}}) {_TIME} GMT")
_RFC850 = re.compile(
    rf"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), "
    rf"([0-9]{{2}})-{_MONTH}-([0-9]{{2}}) {_TIME} GMT"
)
_ASCTIME = re.compile(rf"{_DAY} {_MONTH} ([0-9 ][0-9]) {_TIME} ([0-9]{{4}})")
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
#: Longer waits than this (about 31 years) are read as this: a wait that long is never slept.
_FOREVER = 1e9


def http_date(value: str) -> float | None:
    """The Unix time of an HTTP-date in any of its three forms, or None if ``value`` is not
    one (a day or time no calendar holds included)."""
    if match := _IMF_FIXDATE.fullmatch(value):
        day, month, year, hh, mm, ss = match.groups()
    elif match := _RFC850.fullmatch(value):
        day, month, yy, hh, mm, ss = match.groups()
        year = str(1900 + int(yy) if int(yy) >= 70 else 2000 + int(yy))  # RFC 9110 5.6.7
    elif match := _ASCTIME.fullmatch(value):
        month, day, hh, mm, ss, year = match.groups()
    else:
        return None
    try:
        moment = datetime.datetime(
            int(year), _MONTHS.index(month) + 1, int(day), int(hh), int(mm), int(ss),
            tzinfo=datetime.UTC,
        )  # fmt: skip
    except ValueError:  # the 31st of February, hour 25, second 61
        return None
    return moment.timestamp()


def retry_after_seconds(headers: Mapping[str, str], now: float) -> float | None:
    """The wait the server asked for, in seconds, or None when it asked for none that can be
    read (whatever the value: it never raises). ``now`` is a Unix time.

    ``retry-after-ms`` (milliseconds, digits with an optional fraction) wins over
    ``Retry-After``, which is read strictly: whole seconds as digits, or an HTTP-date.
    """
    millis = headers.get("retry-after-ms")
    if millis is not None and _MILLIS.fullmatch(millis := millis.strip()):
        return min(float(millis) / 1000.0, _FOREVER) if len(millis) < 20 else _FOREVER
    raw = headers.get("retry-after")
    if raw is None:
        return None
    raw = raw.strip()
    if _SECONDS.fullmatch(raw):
        return float(raw) if len(raw) < 10 else _FOREVER  # no int() of 5,000 digits
    when = http_date(raw)
    return None if when is None else max(0.0, when - now)


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
    # The exponent stops growing long before the float would overflow (2.0**1024 does).
    delay = min(policy.initial_delay * (2.0 ** min(attempt, 64)), policy.max_delay)
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
