"""``APIResponse``: a result together with the HTTP answer it came from (request id, headers).

``with_raw_response`` works by capture: while it runs, the core records each answer it returns
(``capture``), and the last one is the call's answer.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Generic, ParamSpec, TypeVar

import httpx

from ._exceptions import TogetherError, request_id_of

__all__ = ["APIResponse", "RateLimitInfo"]

T = TypeVar("T")
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


@dataclass(frozen=True, slots=True)
class APIResponse(Generic[T]):
    """What ``client.with_raw_response(...)`` returns: the result and its HTTP answer."""

    parsed: T
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


captured: ContextVar[list[httpx.Response] | None] = ContextVar("together_captured", default=None)


def capture(response: httpx.Response) -> None:
    """Record ``response`` for ``with_raw_response``, when one is running."""
    sink = captured.get()
    if sink is not None:
        sink.append(response)


def _wrap(parsed: T, sink: list[httpx.Response], fn: object) -> APIResponse[T]:
    if not sink:
        raise TogetherError(f"with_raw_response: {fn!r} sent no request through this library")
    return APIResponse(parsed, sink[-1])


def call_raw(fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> APIResponse[T]:
    sink: list[httpx.Response] = []
    token = captured.set(sink)
    try:
        parsed = fn(*args, **kwargs)
    finally:
        captured.reset(token)
    return _wrap(parsed, sink, fn)


async def acall_raw(
    fn: Callable[P, Awaitable[T]], *args: P.args, **kwargs: P.kwargs
) -> APIResponse[T]:
    sink: list[httpx.Response] = []
    token = captured.set(sink)
    try:
        parsed = await fn(*args, **kwargs)
    finally:
        captured.reset(token)
    return _wrap(parsed, sink, fn)
