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

The flows: the retry loop (``_retries.retry_flow``), the upload (``_upload``), the resumable
download (``_download``) and waiting for a job (``_jobs``).
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass  # not frozen: one is made per request, and frozen costs
from typing import Any, TypeAlias, TypeVar

import httpx

__all__ = ["Close", "Flow", "Progress", "Pump", "Read", "Send", "Sleep", "check_progress"]

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


def check_progress(progress: object) -> None:
    """Refuse a ``progress`` that cannot be called, before anything is sent."""
    if progress is not None and not callable(progress):
        from ._exceptions import InvalidTypeError

        raise InvalidTypeError(
            f"progress must be a function of (done_bytes, total_bytes), got {progress!r}"
        )
