"""``StreamedAPIResponse``: an answer whose body is read only when asked, what
``client.<area>.with_streaming_response.<method>(...)`` gives inside its ``with`` block.

It works by the capture of ``_response`` with a sink that ``defer``s: the core sends the call's
first ``request()`` with its body unread and stops the call there (``Deferred``); the context
manager keeps that answer and reads it on ``parse()`` the way the call would have.
"""

from __future__ import annotations

import codecs
import contextlib
import functools
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypeVar

import httpx

from ._body import aiter_body, aread_body, budget_of, iter_body, read_body
from ._exceptions import ResponseTooLargeError, TogetherError, connection_error
from ._response import Answer, Deferred, Sink, captured, last_answer, like

if TYPE_CHECKING:
    pass

__all__ = [
    "AsyncStreamedAPIResponse",
    "AsyncStreamedResponseContext",
    "StreamedAPIResponse",
    "StreamedResponseContext",
]

T = TypeVar("T")
P = ParamSpec("P")


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


class _Streamed(Answer, Generic[T]):
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


class _Sizer:
    """Cuts the pieces of a body into chunks of ``size`` bytes (None: leaves them as they are)."""

    def __init__(self, size: int | None) -> None:
        self.size = size
        self.buffer = b""

    def add(self, piece: bytes) -> list[bytes]:
        if self.size is None:
            return [piece] if piece else []
        self.buffer += piece
        cut = len(self.buffer) - len(self.buffer) % self.size
        chunks = [self.buffer[i : i + self.size] for i in range(0, cut, self.size)]
        self.buffer = self.buffer[cut:]
        return chunks

    def end(self) -> list[bytes]:
        return [self.buffer] if self.buffer else []


class _Text:
    """Bytes to text as they arrive, in the answer's charset (UTF-8 unless it says otherwise);
    a character split between two pieces is fine, a byte that is not text becomes U+FFFD."""

    def __init__(self, response: httpx.Response) -> None:
        try:
            factory = codecs.getincrementaldecoder(response.encoding or "utf-8")
        except LookupError:  # a charset Python does not know
            factory = codecs.getincrementaldecoder("utf-8")
        self.decoder = factory(errors="replace")

    def feed(self, piece: bytes) -> str:
        return str(self.decoder.decode(piece))

    def end(self) -> str:
        return str(self.decoder.decode(b"", final=True))


class _Lines:
    """Text to lines (ending with \\n, \\r\\n or \\r, and the others ``str.splitlines``
    knows), an unfinished line capped at the client's ``max_event_bytes``."""

    def __init__(self, response: httpx.Response) -> None:
        budget = budget_of(response.request)
        self.limit = budget.max_event if budget is not None else None
        self.response = response
        self.pending = ""

    def feed(self, text: str) -> list[str]:
        text = self.pending + text
        lines = text.splitlines(keepends=True)
        self.pending = ""
        if lines and (not lines[-1].endswith(("\n", "\r")) or lines[-1].endswith("\r")):
            self.pending = lines.pop()  # unfinished, or a "\r" whose "\n" may follow
        if self.limit is not None and len(self.pending) > self.limit:
            raise ResponseTooLargeError(
                f"A line of the answer exceeds {self.limit} characters (max_event_bytes) with "
                "no line end yet; it was not read further.",
                request=self.response.request,
            )
        return [line.rstrip("\r\n") if line[-1] in "\r\n" else line[:-1] for line in lines]

    def end(self) -> list[str]:
        pending, self.pending = self.pending, ""
        return [pending.rstrip("\r\n")] if pending else []


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
            return read_body(self.http_response)

    def text(self) -> str:
        self.read()
        return self.http_response.text

    def json(self) -> Any:
        self.read()
        return self.http_response.json()

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The body as it arrives, decompressed: in pieces of ``chunk_size`` bytes (the last
        one shorter), or as they come (at most 64 KiB each)."""
        with _reading(self.http_response):
            sizer = _Sizer(chunk_size)
            for piece in iter_body(self.http_response):
                yield from sizer.add(piece)
            yield from sizer.end()

    def iter_text(self, chunk_size: int | None = None) -> Iterator[str]:
        """The body as it arrives, decoded (in pieces of about ``chunk_size`` bytes)."""
        text = _Text(self.http_response)
        for piece in self.iter_bytes(chunk_size):
            if decoded := text.feed(piece):
                yield decoded
        if decoded := text.end():
            yield decoded

    def iter_lines(self) -> Iterator[str]:
        """The body line by line, as it arrives (without the line breaks); a line longer than
        the client's ``max_event_bytes`` is ``ResponseTooLargeError``."""
        lines = _Lines(self.http_response)
        for text in self.iter_text():
            yield from lines.feed(text)
        yield from lines.end()

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
            return await aread_body(self.http_response)

    async def text(self) -> str:
        await self.read()
        return self.http_response.text

    async def json(self) -> Any:
        await self.read()
        return self.http_response.json()

    async def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """The body as it arrives, decompressed: in pieces of ``chunk_size`` bytes (the last
        one shorter), or as they come (at most 64 KiB each)."""
        with _reading(self.http_response):
            sizer = _Sizer(chunk_size)
            async for piece in aiter_body(self.http_response):
                for chunk in sizer.add(piece):
                    yield chunk
            for chunk in sizer.end():
                yield chunk

    async def iter_text(self, chunk_size: int | None = None) -> AsyncIterator[str]:
        """The body as it arrives, decoded (in pieces of about ``chunk_size`` bytes)."""
        text = _Text(self.http_response)
        async for piece in self.iter_bytes(chunk_size):
            if decoded := text.feed(piece):
                yield decoded
        if decoded := text.end():
            yield decoded

    async def iter_lines(self) -> AsyncIterator[str]:
        """The body line by line, as it arrives (without the line breaks); a line longer than
        the client's ``max_event_bytes`` is ``ResponseTooLargeError``."""
        lines = _Lines(self.http_response)
        async for text in self.iter_text():
            for line in lines.feed(text):
                yield line
        for line in lines.end():
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
            last_answer(sink, self._call, "with_streaming_response"), result
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
            last_answer(sink, self._call, "with_streaming_response"), result
        )
        return self._response

    async def __aexit__(self, *exc: object) -> None:
        if self._response is not None:
            await self._response.close()


# --- the wrappers of the views (see _resource) -----------------------------------------------


def wrap_streamed(fn: Callable[P, T]) -> Callable[P, StreamedResponseContext[T]]:
    """``fn``, as a context manager giving its answer unread."""

    @like(fn)
    def streamed(*args: P.args, **kwargs: P.kwargs) -> StreamedResponseContext[T]:
        return StreamedResponseContext(functools.partial(fn, *args, **kwargs))

    return streamed


def wrap_astreamed(
    fn: Callable[P, Awaitable[T]],
) -> Callable[P, AsyncStreamedResponseContext[T]]:
    """The async ``fn``, as an async context manager giving its answer unread."""

    @like(fn)
    def streamed(*args: P.args, **kwargs: P.kwargs) -> AsyncStreamedResponseContext[T]:
        return AsyncStreamedResponseContext(functools.partial(fn, *args, **kwargs))

    return streamed
