"""Flows of several requests, written once for both clients.

A flow is a generator that does no I/O: it yields what it needs done, and the value sent back
into it is the result. The sync core (``SyncCore.run``) and the async core (``AsyncCore.run``)
are its two small drivers; both live in ``_core``. This is how httpx drives ``Auth.auth_flow``
both ways, and it lets a flow be tested by hand: send it answers, look at what it yields next.

What a flow can ask for, and what it gets back:

=====================  ==========================================================================
``Call``               its result: the call is sent with retries and its answer parsed; an error
                       answer is raised inside the flow as our typed error
``Send(request)``      the ``httpx.Response``, headers read, body not (one attempt, no retries,
                       no redirect followed)
``Read(response)``     the whole body, as bytes, decoded and within the call's byte cap
                       (``_body``); ``Read(response, error=True)``: at most 1 MiB of it
``Pump(response, w)``  None, after calling ``w(chunk)`` for each piece of the body as it arrives
``Close(response)``    None: the connection is released
``Sleep(seconds)``     None
=====================  ==========================================================================

A failure of the I/O (an ``httpx.RequestError``, or an error of a ``Pump`` writer) is raised
inside the flow at its ``yield``, so a flow handles failures with ``try``/``except``. When a flow
ends with an error (or is interrupted), the driver closes every response the flow was given and
did not close, so a flow never has to clean up with a ``yield`` in a ``finally``.

The flows: the retry loop (``retry_flow``, here: every call is sent through it), the upload
(``_upload``), the resumable download (``_download``) and waiting for a job (``_jobs``).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator
from dataclasses import dataclass  # not frozen: one is made per request, and frozen costs
from typing import Any, TypeAlias, TypeVar

import httpx

from ._body import Budget, budget_of, deadline_error
from ._config import is_loopback
from ._exceptions import (
    InvalidRedirectError,
    RedirectError,
    connection_error,
    invalid_redirect,
    request_id_of,
    status_error,
)
from ._logs import log_outcome, log_request, log_retry
from ._retries import RetryPolicy, decide

__all__ = [
    "Close",
    "Flow",
    "Progress",
    "Pump",
    "Read",
    "Send",
    "Sleep",
    "retry_flow",
]

T = TypeVar("T")


@dataclass(slots=True)
class Send:
    """Send ``request`` once; the answer comes back with its body unread, a redirect as it is.
    ``credentials`` False: the pool's own credentials (an httpx ``auth``) are not applied
    either, for a request that leaves the API."""

    request: httpx.Request
    credentials: bool = True


@dataclass(slots=True)
class Read:
    """Read the whole body of ``response`` (which releases the connection); ``error``: an error
    answer, of which only the start is kept."""

    response: httpx.Response
    error: bool = False


@dataclass(slots=True)
class Pump:
    """Hand each piece of ``response``'s body to ``write`` as it arrives."""

    response: httpx.Response
    write: Callable[[bytes], None]


@dataclass(slots=True)
class Close:
    """Release ``response``'s connection without reading the rest of it."""

    response: httpx.Response


@dataclass(slots=True)
class Sleep:
    """Wait ``seconds``."""

    seconds: float


#: A flow that ends with a ``T``. It yields a ``Call`` or one of the commands above.
Flow: TypeAlias = Generator[Any, Any, T]

#: What a transfer reports as it goes: ``progress(done_bytes, total_bytes)``; ``total_bytes`` is
#: None when unknown.
Progress: TypeAlias = Callable[[int, int | None], None]


# Transport failures that another attempt cannot cure: a scheme httpx cannot speak. (A
# LocalProtocolError is retried: on HTTP/2 a connection closing under a request raises it, and a
# new connection cures it.)
_NEVER_RETRIED = (httpx.UnsupportedProtocol,)
#: The most redirects one call follows (httpx's own limit).
MAX_REDIRECTS = 20


def retry_flow(
    policy: RetryPolicy,
    request: httpx.Request,
    *,
    stream: bool,
    follow_redirects: bool = True,
    credentials: bool = True,
    to_storage: bool = False,
) -> Flow[httpx.Response]:
    """Send ``request`` until it succeeds or ``policy`` gives up; return the 2xx answer (its body
    read unless ``stream``; a 3xx too when ``follow_redirects`` is off), or raise the typed
    error of the last attempt. ``credentials`` False: see ``Send``. ``to_storage``: the answer
    is a file's bytes, which the API may hand over with a redirect to a storage host.

    Redirects are followed here, not by httpx, and only when safe (``redirect_target``). The
    call's deadline (its ``Budget``) bounds every attempt's timeouts and every backoff: a wait
    that would end past it is not slept, and the last attempt's error is raised instead.
    """
    budget = budget_of(request)
    if budget is not None:
        budget.start()
    attempt = 0
    redirects = 0
    while True:
        started = time.monotonic()
        if budget is not None:
            _limit_timeouts(request, budget, attempt + 1)
        log_request(request, attempt)
        response: httpx.Response | None = None
        outcome: httpx.Response | httpx.RequestError
        accepted = False
        try:
            response = yield Send(request, credentials)
            if follow_redirects and response.is_redirect:
                target, to_storage_host = redirect_target(response, redirects, to_storage)
                yield Close(response)
                log_outcome(request, response, started)
                if to_storage_host:
                    credentials = False  # a presigned storage URL: see redirect_target
                request, redirects = target, redirects + 1
                continue
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
        left = budget.remaining() if budget is not None else None
        if decision.retry and (left is None or decision.delay < left):
            if response is not None:
                yield Close(response)
            log_retry(request, attempt, outcome, decision.delay)
            yield Sleep(decision.delay)
            attempt += 1
            continue
        if not isinstance(outcome, httpx.Response):
            if budget is not None and isinstance(outcome, httpx.TimeoutException):
                budget.check(request, attempt + 1)  # a timeout cut short by the deadline
            raise connection_error(outcome, request) from outcome
        try:
            content = yield Read(outcome, error=True)
        except httpx.RequestError:  # the error body was cut short: report what we have
            content = b""
            yield Close(outcome)
        raise status_error(outcome, content, decision.retry_after)


def _limit_timeouts(request: httpx.Request, budget: Budget, attempts: int) -> None:
    """Cap each of the attempt's timeouts at the time left before the call's deadline."""
    left = budget.remaining()
    if left is None:
        return
    if left <= 0:
        raise deadline_error(request, budget.deadline, attempts - 1 or 1)
    timeouts = request.extensions.get("timeout") or {}
    request.extensions["timeout"] = {
        k: left if v is None or v > left else v for k, v in timeouts.items()
    } or {"connect": left, "read": left, "write": left, "pool": left}


def redirect_target(
    response: httpx.Response, followed: int, to_storage: bool = False
) -> tuple[httpx.Request, bool]:
    """The request a redirect leads to, when it is safe to follow, and whether it leaves for a
    storage host (then it is sent without the pool's credentials either).

    Followed, at most ``MAX_REDIRECTS`` times, within the same origin (or the same host upgraded
    from http to https) only: a 307 or 308 of a request without a body, as it was; a 303 (and a
    301 or 302 of a POST, as browsers and httpx do) as a GET without a body. Anything else is
    ``RedirectError``, naming where it pointed: following would send the request (and with it
    the prompt and every header set for the API, keys included) to a host the user never named,
    or send a body twice.

    One exception, ``to_storage``: the API hands a file's bytes over with a redirect to a
    presigned https URL on a storage host (``/finetune/download`` does). That GET is followed,
    as a new request carrying none of the client's headers (the URL is the credential): only
    ``Accept``, ``Accept-Encoding``, ``User-Agent`` and a download's ``Range``."""
    request = response.request
    location = response.headers.get("location", "")
    try:
        url = request.url.join(location)
    except (httpx.InvalidURL, ValueError) as exc:
        raise InvalidRedirectError(exc, request=request) from exc

    def refuse(why: str) -> RedirectError:
        return RedirectError(
            f"The answer to {request.method} {request.url.copy_with(query=None)} is a "
            f"{response.status_code} redirect to {url.copy_with(query=None)}, not followed: {why}",
            request=request,
            location=str(url),
            request_id=request_id_of(response),
        )

    if followed >= MAX_REDIRECTS:
        raise refuse(f"{MAX_REDIRECTS} redirects in a row (a loop?)")
    method = request.method
    status = response.status_code
    if (status == 303 and method != "HEAD") or (status in (301, 302) and method == "POST"):
        method = "GET"
    resent = method == request.method  # the same request again, body and all
    if not _same_origin(request.url, url):
        if to_storage and request.method == "GET" and not _has_body(request):
            if url.scheme != "https" and not (url.scheme == "http" and is_loopback(url.host)):
                raise refuse("a file is fetched from storage over https only")
            kept = {k: v for k, v in request.headers.items() if k.lower() in _STORAGE_HEADERS}
            return httpx.Request("GET", url, headers=kept, extensions=request.extensions), True
        raise refuse(
            "it is another origin, which would receive the request and its credentials. If the "
            "API has moved there, set base_url to it."
        )
    if resent and _has_body(request):
        raise refuse(
            f"a {request.method} with a body is never sent twice. If the API has moved, set "
            "base_url to the new address."
        )
    headers = request.headers.copy()
    headers["Host"] = url.netloc.decode("ascii")
    if not resent:  # now a GET: the body and what described it stay behind
        for name in ("content-length", "content-type", "transfer-encoding"):
            headers.pop(name, None)
    return httpx.Request(method, url, headers=headers, extensions=request.extensions), False


#: What a request to a storage host keeps of the API request it follows.
_STORAGE_HEADERS = frozenset({"accept", "accept-encoding", "user-agent", "range"})


def _same_origin(a: httpx.URL, b: httpx.URL) -> bool:
    if a.host != b.host:
        return False
    if a.scheme == b.scheme:
        return a.port == b.port
    # http -> https on the same host and default ports: the same server, only safer.
    return a.scheme == "http" and b.scheme == "https" and a.port is None and b.port is None


def _has_body(request: httpx.Request) -> bool:
    length = request.headers.get("content-length")
    return bool(length and length != "0") or "transfer-encoding" in request.headers
