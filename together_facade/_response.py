"""Answers with their HTTP details: ``APIResponse`` (a result and the answer it came from) and
``StreamedAPIResponse`` (an answer whose body is read only when asked).

Both work by capture. While a wrapped call runs, ``captured`` holds a ``Sink``: the core records
there each answer it returns, and the last one is the call's answer. A sink that ``defer``s (the
streamed form) also changes how the core sends the call's first ``request()``: its body is left
unread and the call stops there, with ``Deferred`` carrying the answer and how the call would
have read it. Ordinary calls pay one ``ContextVar.get`` for all this (see ``_core``).

The wrappers (``wrap_raw``, ``wrap_streamed`` and their async twins) keep the signature of the
method they wrap (a ``ParamSpec``), overloads included; ``_resource`` builds the
``with_raw_response`` / ``with_streaming_response`` views of every API area from them.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypeVar

import httpx

from ._exceptions import TogetherError, connection_error, request_id_of

if TYPE_CHECKING:
    from ._json import JSONCodec

__all__ = [
    "APIResponse",
    "AsyncStreamedAPIResponse",
    "AsyncStreamedResponseContext",
    "RateLimitInfo",
    "StreamedAPIResponse",
    "StreamedResponseContext",
]

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


class _Answer:
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
class APIResponse(_Answer, Generic[T]):
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


def _last(sink: Sink, fn: object, how: str) -> httpx.Response:
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
    return APIResponse(parsed, _last(sink, fn, "with_raw_response"))


async def acall_raw(
    fn: Callable[P, Awaitable[T]], *args: P.args, **kwargs: P.kwargs
) -> APIResponse[T]:
    sink = Sink()
    token = captured.set(sink)
    try:
        parsed = await fn(*args, **kwargs)
    finally:
        captured.reset(token)
    return APIResponse(parsed, _last(sink, fn, "with_raw_response"))


# --- streamed responses ----------------------------------------------------------------------

_CONSUMED = (
    "the body was already read by iter_bytes(), iter_text() or iter_lines(); to read it more "
    "than once, call read() first (its bytes are then kept)"
)
_CLOSED = (
    "the response is closed (its with block ended, or close() was called): read it inside the "
    "with block"
)


@contextlib.contextmanager
def _reading(response: httpx.Response) -> Iterator[None]:
    """Translate what httpx raises while a body is read into this library's errors."""
    try:
        yield
    except httpx.StreamConsumed as exc:
        raise TogetherError(f"Cannot read this response: {_CONSUMED}.") from exc
    except httpx.StreamClosed as exc:
        raise TogetherError(f"Cannot read this response: {_CLOSED}.") from exc
    except httpx.RequestError as exc:
        raise connection_error(exc, response.request) from exc


class _Streamed(_Answer, Generic[T]):
    __slots__ = ("_deferred", "_result", "http_response")

    def __init__(
        self,
        http_response: httpx.Response,
        result: T | None = None,
        deferred: Deferred | None = None,
    ) -> None:
        self.http_response = http_response
        self._result = result
        self._deferred = deferred  # while set: the result is still to be read from the body

    @property
    def is_closed(self) -> bool:
        return self.http_response.is_closed

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.status_code} request_id={self.request_id!r}>"


class StreamedAPIResponse(_Streamed[T]):
    """An answer whose body is read only when asked: what the ``with`` block of
    ``client.<area>.with_streaming_response.<method>(...)`` gives.

    Read the body once, as it arrives (``iter_bytes()``, ``iter_text()``, ``iter_lines()``), or
    whole (``read()``, ``text()``, ``json()``); ``parse()`` gives what the method itself returns
    (for ``stream=True``, the ``Stream``). The connection is released when the block ends.
    """

    __slots__ = ()

    def parse(self) -> T:
        """What the method returns, read from the body (read now if it is not yet)."""
        deferred = self._deferred
        if deferred is not None:
            self.read()
            self._result = deferred.parse(self.http_response, deferred.codec)
            self._deferred = None
        return self._result  # type: ignore[return-value]

    def read(self) -> bytes:
        """The whole body (kept: ``read()`` again, or ``parse()``, does not read it twice)."""
        with _reading(self.http_response):
            return self.http_response.read()

    def text(self) -> str:
        self.read()
        return self.http_response.text

    def json(self) -> Any:
        self.read()
        return self.http_response.json()

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The body as it arrives (decompressed)."""
        with _reading(self.http_response):
            yield from self.http_response.iter_bytes(chunk_size)

    def iter_text(self, chunk_size: int | None = None) -> Iterator[str]:
        """The body as it arrives, decoded."""
        with _reading(self.http_response):
            yield from self.http_response.iter_text(chunk_size)

    def iter_lines(self) -> Iterator[str]:
        """The body line by line, as it arrives (without the line breaks)."""
        with _reading(self.http_response):
            yield from self.http_response.iter_lines()

    def close(self) -> None:
        """Release the connection (done when the ``with`` block ends). Safe to repeat."""
        self.http_response.close()


class AsyncStreamedAPIResponse(_Streamed[T]):
    """``StreamedAPIResponse`` on ``AsyncTogether``: the same names, awaited
    (``async for chunk in response.iter_bytes()``, ``await response.parse()``)."""

    __slots__ = ()

    async def parse(self) -> T:
        """What the method returns, read from the body (read now if it is not yet)."""
        deferred = self._deferred
        if deferred is not None:
            await self.read()
            self._result = deferred.parse(self.http_response, deferred.codec)
            self._deferred = None
        return self._result  # type: ignore[return-value]

    async def read(self) -> bytes:
        """The whole body (kept: ``read()`` again, or ``parse()``, does not read it twice)."""
        with _reading(self.http_response):
            return await self.http_response.aread()

    async def text(self) -> str:
        await self.read()
        return self.http_response.text

    async def json(self) -> Any:
        await self.read()
        return self.http_response.json()

    async def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """The body as it arrives (decompressed)."""
        with _reading(self.http_response):
            async for chunk in self.http_response.aiter_bytes(chunk_size):
                yield chunk

    async def iter_text(self, chunk_size: int | None = None) -> AsyncIterator[str]:
        """The body as it arrives, decoded."""
        with _reading(self.http_response):
            async for text in self.http_response.aiter_text(chunk_size):
                yield text

    async def iter_lines(self) -> AsyncIterator[str]:
        """The body line by line, as it arrives (without the line breaks)."""
        with _reading(self.http_response):
            async for line in self.http_response.aiter_lines():
                yield line

    async def close(self) -> None:
        """Release the connection (done when the ``async with`` block ends). Safe to repeat."""
        await self.http_response.aclose()


def _close_quietly(sink: Sink) -> None:
    """Release the answers of a call that failed after it was sent (a stream it opened)."""
    for response in sink.responses:
        with contextlib.suppress(Exception):
            response.close()


async def _aclose_quietly(sink: Sink) -> None:
    for response in sink.responses:
        with contextlib.suppress(Exception):
            await response.aclose()


class StreamedResponseContext(Generic[T]):
    """What ``with_streaming_response.<method>(...)`` returns: the request is sent when the
    ``with`` block is entered (an error answer raises its typed error there), and the
    connection is released when it ends."""

    __slots__ = ("_call", "_response")

    def __init__(self, call: Callable[[], T]) -> None:
        self._call = call
        self._response: StreamedAPIResponse[T] | None = None

    def __enter__(self) -> StreamedAPIResponse[T]:
        sink = Sink(defer=True)
        token = captured.set(sink)
        try:
            result = self._call()
        except Deferred as deferred:
            self._response = StreamedAPIResponse(deferred.response, deferred=deferred)
            return self._response
        except BaseException:
            _close_quietly(sink)
            raise
        finally:
            captured.reset(token)
        self._response = StreamedAPIResponse(
            _last(sink, self._call, "with_streaming_response"), result
        )
        return self._response

    def __exit__(self, *exc: object) -> None:
        if self._response is not None:
            self._response.close()


class AsyncStreamedResponseContext(Generic[T]):
    """``StreamedResponseContext`` on ``AsyncTogether``, for ``async with``."""

    __slots__ = ("_call", "_response")

    def __init__(self, call: Callable[[], Awaitable[T]]) -> None:
        self._call = call
        self._response: AsyncStreamedAPIResponse[T] | None = None

    async def __aenter__(self) -> AsyncStreamedAPIResponse[T]:
        sink = Sink(defer=True)
        token = captured.set(sink)
        try:
            result = await self._call()
        except Deferred as deferred:
            self._response = AsyncStreamedAPIResponse(deferred.response, deferred=deferred)
            return self._response
        except BaseException:
            await _aclose_quietly(sink)
            raise
        finally:
            captured.reset(token)
        self._response = AsyncStreamedAPIResponse(
            _last(sink, self._call, "with_streaming_response"), result
        )
        return self._response

    async def __aexit__(self, *exc: object) -> None:
        if self._response is not None:
            await self._response.close()


# --- the wrappers of the views (see _resource) -----------------------------------------------


def _like(fn: Callable[..., Any]) -> Callable[[F], F]:
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

    @_like(fn)
    def raw(*args: P.args, **kwargs: P.kwargs) -> APIResponse[T]:
        return call_raw(fn, *args, **kwargs)

    return raw


def wrap_araw(fn: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[APIResponse[T]]]:
    """The async ``fn``, returning its result with the HTTP answer."""

    @_like(fn)
    async def raw(*args: P.args, **kwargs: P.kwargs) -> APIResponse[T]:
        return await acall_raw(fn, *args, **kwargs)

    return raw


def wrap_streamed(fn: Callable[P, T]) -> Callable[P, StreamedResponseContext[T]]:
    """``fn``, as a context manager giving its answer unread."""

    @_like(fn)
    def streamed(*args: P.args, **kwargs: P.kwargs) -> StreamedResponseContext[T]:
        return StreamedResponseContext(functools.partial(fn, *args, **kwargs))

    return streamed


def wrap_astreamed(
    fn: Callable[P, Awaitable[T]],
) -> Callable[P, AsyncStreamedResponseContext[T]]:
    """The async ``fn``, as an async context manager giving its answer unread."""

    @_like(fn)
    def streamed(*args: P.args, **kwargs: P.kwargs) -> AsyncStreamedResponseContext[T]:
        return AsyncStreamedResponseContext(functools.partial(fn, *args, **kwargs))

    return streamed
