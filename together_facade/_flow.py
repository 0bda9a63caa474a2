"""Flows of several requests, written once for both clients.

A flow is a generator that does no I/O: it yields what it needs done, and the value sent back
into it is the result. The sync core (``SyncCore.run``) and the async core (``AsyncCore.run``)
are its two small drivers; both live in ``_core``. This is how httpx drives ``Auth.auth_flow``
both ways, and it lets a flow be tested by hand: send it answers, look at what it yields next.

What a flow can ask for, and what it gets back:

=====================  ==========================================================================
``Call``               its result: the call is sent with retries and its answer parsed; an error
                       answer is raised inside the flow as our typed error
``Send(request)``      the ``httpx.Response``, headers read, body not (one attempt, no retries)
``Read(response)``     the whole body, as bytes
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

from ._exceptions import connection_error, invalid_redirect, status_error
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
    """Send ``request`` once; the answer comes back with its body unread. ``credentials``
    False: the pool's own credentials (an httpx ``auth``) are not applied either, for a request
    that leaves the API."""

    request: httpx.Request
    follow_redirects: bool = True
    credentials: bool = True


@dataclass(slots=True)
class Read:
    """Read the whole body of ``response`` (which releases the connection)."""

    response: httpx.Response


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
