"""Answers with their HTTP details: ``APIResponse``, a result and the answer it came from (the
streamed form, an answer whose body is read only when asked, is in ``_streamed``).

Both work by capture. While a wrapped call runs, ``captured`` holds a ``Sink``: the core records
there each answer it returns, and the last one is the call's answer. A sink that ``defer``s (the
streamed form) also changes how the core sends the call's first ``request()``: its body is left
unread and the call stops there, with ``Deferred`` carrying the answer and how the call would
have read it. Ordinary calls pay one ``ContextVar.get`` for all this (see ``_core``).

The wrappers (``wrap_raw`` here, ``wrap_streamed`` in ``_streamed``, and their async twins)
keep the signature of the method they wrap (a ``ParamSpec``), overloads included; ``_resource``
builds the ``with_raw_response`` / ``with_streaming_response`` views of every API area from
them.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypeVar

import httpx

from ._exceptions import TogetherError, request_id_of

if TYPE_CHECKING:
    from ._json import JSONCodec

__all__ = ["APIResponse", "RateLimitInfo"]

T = TypeVar("T")
F = TypeVar("F", bound=Callable[..., Any])
P = ParamSpec("P")


def _number(value: str | None) -> float | None:
    try:
        return None if value is None else float(value)
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class RateLimitInfo:
    """The ``x-ratelimit-*`` headers of an answer; ``raw`` has them all, as sent."""

    limit_requests: float | None
    remaining_requests: float | None
    limit_tokens: float | None
    remaining_tokens: float | None
    reset: float | None
    raw: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_headers(cls, headers: httpx.Headers) -> RateLimitInfo:
        raw = {k.lower(): v for k, v in headers.items() if k.lower().startswith("x-ratelimit-")}
        return cls(
            limit_requests=_number(
                raw.get("x-ratelimit-limit") or raw.get("x-ratelimit-limit-requests")
            ),
            remaining_requests=_number(
                raw.get("x-ratelimit-remaining") or raw.get("x-ratelimit-remaining-requests")
            ),
            limit_tokens=_number(raw.get("x-ratelimit-limit-tokens")),
            remaining_tokens=_number(raw.get("x-ratelimit-remaining-tokens")),
            reset=_number(raw.get("x-ratelimit-reset") or raw.get("x-ratelimit-reset-requests")),
            raw=raw,
        )


class Answer:
    """What both kinds of response say about their HTTP answer."""

    __slots__ = ()
    http_response: httpx.Response

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """``x-request-id``, else ``cf-ray``: quote it when you contact support."""
        return request_id_of(self.http_response)

    @property
    def ratelimit(self) -> RateLimitInfo:
        return RateLimitInfo.from_headers(self.http_response.headers)


@dataclass(frozen=True, slots=True)
class APIResponse(Answer, Generic[T]):
    """What ``client.<area>.with_raw_response.<method>(...)`` returns: the method's result
    (``parse()``, or ``parsed``) and the HTTP answer it came from, already read."""

    parsed: T
    http_response: httpx.Response

    def parse(self) -> T:
        """The result the method itself returns."""
        return self.parsed


# --- capture ---------------------------------------------------------------------------------


class Sink:
    """What a wrapped call collects: the answers the core returned to it, in order."""

    __slots__ = ("defer", "responses")

    def __init__(self, defer: bool = False) -> None:
        self.responses: list[httpx.Response] = []
        self.defer = defer  # streamed: the first request() is sent unread, and the call stops


class Deferred(BaseException):
    """Raised by the core's ``request()`` for a call under ``with_streaming_response``: the
    answer, its body unread, and how the call reads it. A ``BaseException`` so that no
    ``except Exception`` in an API method swallows it; it never leaves this module's wrappers."""

    def __init__(
        self,
        response: httpx.Response,
        parse: Callable[[httpx.Response, JSONCodec], Any],
        codec: JSONCodec,
    ) -> None:
        super().__init__()
        self.response, self.parse, self.codec = response, parse, codec


captured: ContextVar[Sink | None] = ContextVar("together_captured", default=None)


def capture(response: httpx.Response) -> None:
    """Record ``response`` for the wrapped call running, if any."""
    sink = captured.get()
    if sink is not None:
        sink.responses.append(response)


def last_answer(sink: Sink, fn: object, how: str) -> httpx.Response:
    if not sink.responses:
        raise TogetherError(f"{how}: {fn!r} sent no request through this library")
    return sink.responses[-1]


def call_raw(fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> APIResponse[T]:
    sink = Sink()
    token = captured.set(sink)
    try:
        parsed = fn(*args, **kwargs)
    finally:
        captured.reset(token)
    return APIResponse(parsed, last_answer(sink, fn, "with_raw_response"))


async def acall_raw(
    fn: Callable[P, Awaitable[T]], *args: P.args, **kwargs: P.kwargs
) -> APIResponse[T]:
    sink = Sink()
    token = captured.set(sink)
    try:
        parsed = await fn(*args, **kwargs)
    finally:
        captured.reset(token)
    return APIResponse(parsed, last_answer(sink, fn, "with_raw_response"))


# --- the wrappers of the views (see _resource) -----------------------------------------------


def like(fn: Callable[..., Any]) -> Callable[[F], F]:
    """``functools.wraps``, minus a ``__signature__`` the method's function carries (``_docs``
    sets one, with ``self``): without it, ``inspect.signature`` follows ``__wrapped__``, the
    bound method, and shows the parameters a caller passes."""

    def decorate(wrapper: F) -> F:
        functools.update_wrapper(wrapper, fn)
        wrapper.__dict__.pop("__signature__", None)
        return wrapper

    return decorate


def wrap_raw(fn: Callable[P, T]) -> Callable[P, APIResponse[T]]:
    """``fn``, returning its result with the HTTP answer."""

    @like(fn)
    def raw(*args: P.args, **kwargs: P.kwargs) -> APIResponse[T]:
        return call_raw(fn, *args, **kwargs)

    return raw


def wrap_araw(fn: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[APIResponse[T]]]:
    """The async ``fn``, returning its result with the HTTP answer."""

    @like(fn)
    async def raw(*args: P.args, **kwargs: P.kwargs) -> APIResponse[T]:
        return await acall_raw(fn, *args, **kwargs)

    return raw
