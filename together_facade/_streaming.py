"""Streams of chat and completion chunks: ``Stream`` and ``AsyncStream``.

Bytes go through the SSE decoder (``_sse``), events through one pure reader (``_EventReader``)
that stops at ``[DONE]``, raises on in-band errors and parses each event's JSON, and the parsed
chunks through an accumulator (``_accumulate``) that rebuilds the complete answer. Iterating a
stream yields the generated chunk models, which are read lazily (a chunk's choices are built
when first looked at); ``text_deltas()`` and ``get_final_completion()`` build no chunk model.

Nothing is spent on the complete answer until something asks for it: the events' JSON is kept
(as text, at most ``KEEP_BYTES`` of it) and accumulated when ``get_final_completion()``,
``text`` or an incomplete end needs it (``text_deltas()`` reads each chunk's text alone); a
stream longer than that is accumulated as it goes from then on, so memory stays bounded. A
chunk the accumulator cannot read fails then, as ``APIResponseValidationError``.

``Stream`` and ``AsyncStream`` only add the I/O loop, and always close the HTTP response: at
``[DONE]``, on an error, when the consumer breaks out of a loop, on ``close()`` and when a
``with`` block ends. At ``[DONE]`` the rest of the body is read first, within a short bound
(``_body.drain``), so that the connection goes back to the pool for the next call.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import AsyncGenerator, AsyncIterator, Generator, Iterator
from typing import Any, Generic, TypeVar, cast, overload

import httpx

from . import _json
from ._accumulate import Accumulator, Raw, Shape
from ._body import DRAIN_SECONDS, adrain, aiter_body, budget_of, deadline_error, drain, iter_body
from ._calls import read_through
from ._exceptions import (
    UNREADABLE,
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    IncompleteStreamError,
    ResponseTooLargeError,
    connection_error,
    request_id_of,
    stream_error,
)
from ._json import JSONCodec
from ._sse import DEFAULT_MAX_LINE_BYTES, ServerSentEvent, SSEDecoder
from .types import ChatCompletionChunk, ChatCompletionResponse, CompletionChunk, CompletionResponse

__all__ = ["DRAIN_SECONDS", "AsyncStream", "Stream"]

T = TypeVar("T", bound=ChatCompletionChunk | CompletionChunk)

#: How many chunks a stream keeps for ``IncompleteStreamError.chunks`` (the latest ones). Keeping
#: every chunk of a long stream cost about 2 % per chunk in ``make bench``; the text is kept whole.
KEPT_CHUNKS = 64

#: How much event JSON (characters) a stream keeps unaccumulated, waiting to see whether the
#: complete answer is asked for (about 3,000 chunks of Together's shape); past it, what was kept
#: is accumulated and the rest is accumulated as it comes.
KEEP_BYTES = 1024 * 1024


class _Done:
    """The ``[DONE]`` sentinel that ends a stream."""


DONE = _Done()


# --- events to chunks -------------------------------------------------------------------------


class EventFeed:
    """What every stream of events shares, speech's too: the event-stream decoder within the
    call's budget (its line and event caps), the idle limit (``stream_idle_timeout``: past it
    without an event, keep-alive comments aside, ``APITimeoutError``), and the typed error of a
    failed read. ``what`` names the stream in messages."""

    def __init__(self, response: httpx.Response, what: str = "stream") -> None:
        self.response = response
        self.what = what
        budget = budget_of(response.request)
        if budget is None:
            self.decoder = SSEDecoder()
            self.idle: float | None = None
        else:
            line = min(budget.max_event, DEFAULT_MAX_LINE_BYTES)
            self.decoder = SSEDecoder(max_line_bytes=line, max_event_bytes=budget.max_event)
            self.idle = budget.idle
        self.idle_since = time.monotonic()

    def feed(self, data: bytes) -> list[ServerSentEvent]:
        """The events the next bytes complete; past the idle limit without one, raise."""
        events = self.decoder.feed(data)
        if events:
            if self.idle is not None:
                self.idle_since = time.monotonic()
        elif self.idle is not None and time.monotonic() - self.idle_since > self.idle:
            raise self.idle_error()
        return events

    def idle_error(self) -> APITimeoutError:
        return APITimeoutError(
            f"The {self.what} sent no event for {self.idle:g} s (stream_idle_timeout; keep-alive "
            "comments do not count). Pass a longer stream_idle_timeout= to the call or the "
            "client if the model needs longer to start.",
            request=self.response.request,
        )

    def failure(self, exc: httpx.RequestError) -> APIConnectionError:
        """The typed error of a failed read: a timeout says which limit ended it (the read
        timeout of a stream is the idle limit, or the time left before the deadline)."""
        request = self.response.request
        if isinstance(exc, httpx.TimeoutException):
            budget = budget_of(request)
            left = budget.remaining() if budget is not None else None
            if budget is not None and left is not None and left <= 0.05:
                return deadline_error(request, budget.deadline)
            read = (request.extensions.get("timeout") or {}).get("read")
            if self.idle is not None and read is not None and read >= self.idle:
                return self.idle_error()  # the read timeout was the idle limit
        return connection_error(exc, request)


def raise_error_event(event: ServerSentEvent, loads: Any, response: httpx.Response) -> None:
    """An ``error`` event is the service reporting an error in the stream: raise it, typed."""
    if event.event == "error":
        try:
            payload: Any = loads(event.data)
        except (ValueError, RecursionError):
            payload = event.data
        raise stream_error(payload, response)


_ODD = object()


def _first_text(raw: Raw, chat: bool) -> object:
    """The text a plain chunk adds to the first choice it lists (what ``Accumulator.add``
    returns), read without accumulating; ``_ODD`` for anything else (the accumulator decides)."""
    choices = raw.get("choices")
    if type(choices) is not list:
        return None if choices is None else _ODD
    for choice in choices:
        if choice is None:
            continue
        if type(choice) is not dict:
            return _ODD
        delta = choice.get("delta")
        if delta is not None and type(delta) is not dict:
            return _ODD
        if chat:
            text = delta.get("content") if delta is not None else None
        else:
            text = choice.get("text")
            if text is None and delta is not None:
                text = delta.get("content")
        if not text:
            return None
        return text if type(text) is str else _ODD
    return None


class _EventReader(Generic[T]):
    """Turns server-sent events into parsed chunks and chunk models. Pure: no I/O."""

    def __init__(self, model: type[T], response: httpx.Response, codec: JSONCodec) -> None:
        self.model: type[T] = model
        self.response = response
        self.loads = codec.loads
        self._accumulator = Accumulator(chat=model is ChatCompletionChunk)
        # The events' JSON not accumulated yet (see KEEP_BYTES), and how much of it there is;
        # None once the stream accumulates as it goes (eager).
        self.kept: list[str] | None = []
        self.kept_size = 0
        self.done = False
        self.delta: str | None = None  # the text the last chunk added to its first choice
        budget = budget_of(response.request)
        # What the accumulator keeps grows with the events: their data, counted, is capped at
        # max_response_bytes (a stream that never ends would otherwise fill memory).
        self.room = budget.max_body if budget is not None else None
        # The JSON of the latest chunks, for IncompleteStreamError.chunks: at most KEPT_CHUNKS,
        # so that a long stream does not hold every chunk (partial_text has all the text).
        self.received: deque[str] = deque(maxlen=KEPT_CHUNKS)

    def read(self, event: ServerSentEvent) -> Raw | _Done | None:
        """The parsed chunk in ``event`` (kept for the accumulator), DONE at the end, None if no
        chunk. (The usual event, a JSON object, takes the shortest path.)"""
        data = event.data
        if data[:1] != "{":
            if data.startswith("[DONE]") and data.strip() == "[DONE]":
                self.done = True
                return DONE
            raise_error_event(event, self.loads, self.response)
            if not data.strip():
                return None
        elif event.event == "error":
            raise_error_event(event, self.loads, self.response)
        size = len(data)
        if self.room is not None:
            self.room -= size
            if self.room < 0:
                raise ResponseTooLargeError(
                    "The stream's events add up to more than the client's max_response_bytes; it "
                    "was not read further. Raise max_response_bytes if answers this long are "
                    "expected.",
                    request=self.response.request,
                    request_id=request_id_of(self.response),
                )
        try:
            raw = self.loads(data)
        except (ValueError, RecursionError) as exc:
            raise self._invalid(data, f"not JSON ({exc})") from exc
        if type(raw) is not dict:
            raise self._invalid(data, "not a JSON object")
        if raw.get("error"):
            raise stream_error(raw, self.response)
        kept = self.kept
        if kept is None:
            self._add(raw, data)
        else:
            kept.append(data)
            self.kept_size += size
            if self.kept_size > KEEP_BYTES:
                self.eager()
        self.received.append(data)
        return raw

    def _add(self, raw: Raw, data: str) -> None:
        try:
            self.delta = self._accumulator.add(raw)
        except Shape as exc:
            raise self._invalid(data, str(exc)) from exc
        except RecursionError as exc:  # a value nested thousands deep
            raise self._invalid(data, "a value is nested too deep") from exc

    def eager(self) -> None:
        """Accumulate what was kept, and every chunk from now on as it comes."""
        kept, self.kept = self.kept, None
        self._fold(kept or [])

    def _fold(self, kept: list[str]) -> None:
        for data in kept:
            self._add(self.loads(data), data)

    def text_of(self, raw: Raw) -> str | None:
        """The text the chunk just read (``raw``) adds to its first choice."""
        if self.kept is not None:
            text = _first_text(raw, self._accumulator.chat)
            if text is not _ODD:
                return text  # type: ignore[return-value]
            self.eager()  # the accumulator reads it (and raises if it cannot)
        return self.delta

    @property
    def accumulator(self) -> Accumulator:
        """The accumulator, with every chunk read so far in it."""
        if self.kept:
            kept, self.kept, self.kept_size = self.kept, [], 0
            self._fold(kept)
        return self._accumulator

    def chunk(self, raw: Raw) -> T:
        """The generated model of a parsed chunk."""
        try:
            return cast(T, self.model.from_dict(raw))
        except UNREADABLE as exc:
            try:
                shown = _json.STDLIB.dumps(raw).decode()
            except (ValueError, TypeError, RecursionError):
                shown = "(not shown: nested too deep)"
            why = "a value is nested too deep" if isinstance(exc, RecursionError) else exc
            raise self._invalid(shown, f"{type(exc).__name__}: {why}") from exc

    def _invalid(self, data: str, why: str) -> APIResponseValidationError:
        shown = data if len(data) <= 300 else data[:300] + "..."
        return APIResponseValidationError(
            f"Cannot read a stream event as {self.model.__name__}: {why}. Event data: {shown!r}",
            request=self.response.request,
            body=data,
            request_id=request_id_of(self.response),
        )

    def end(self, truncated: bool) -> None:
        """At the end of the bytes: complete only after [DONE] or a finish reason."""
        if self.done or (self.accumulator.finished and not truncated):
            return
        raise IncompleteStreamError(
            f"The stream ended after {self.accumulator.chunks} chunk(s) without [DONE] or a "
            "finish reason; the answer is incomplete. What arrived is in .partial_text and "
            ".chunks.",
            request=self.response.request,
            partial_text=self.accumulator.text,
            chunks=[self._received_chunk(data) for data in self.received],
        )

    def _received_chunk(self, data: str) -> T | Raw:
        """A chunk that arrived, as its model, or as its JSON if the model cannot read it."""
        raw: Raw = self.loads(data)
        try:
            return cast(T, self.model.from_dict(raw))
        except UNREADABLE:
            return raw


# --- the streams ------------------------------------------------------------------------------


class _StreamBase(Generic[T]):
    def __init__(
        self, model: type[T], response: httpx.Response, codec: JSONCodec = _json.DEFAULT
    ) -> None:
        self.response = response
        self.request_id = request_id_of(response)
        self._reader: _EventReader[T] = _EventReader(model, response, codec)
        self._events = EventFeed(response)
        self._pending: deque[ServerSentEvent] = deque()
        self._ended = False

    @property
    def text(self) -> str:
        """The text of the first choice received so far."""
        return self._reader.accumulator.text

    def _feed(self, data: bytes) -> None:
        """Decode the next bytes (see ``EventFeed.feed``)."""
        self._pending.extend(self._events.feed(data))

    def _from_pending(self) -> Raw | _Done | None:
        """The next parsed chunk among the decoded events, DONE, or None: more bytes needed."""
        while self._pending:
            item = self._reader.read(self._pending.popleft())
            if item is not None:
                return item
        return None

    def _at_end(self) -> Iterator[Raw]:
        """The chunks left when the bytes end, then the completeness check."""
        self._pending.extend(self._events.decoder.flush())
        item = self._from_pending()
        while isinstance(item, dict):
            yield item
            item = self._from_pending()
        self._ended = True
        if item is None:
            self._reader.end(self._events.decoder.truncated)

    def _final(self) -> ChatCompletionResponse | CompletionResponse:
        model = ChatCompletionResponse if self._reader.accumulator.chat else CompletionResponse
        data: Raw = {}
        try:
            data = self._reader.accumulator.final()
            final = model.from_dict(data)
            read_through(final)  # built once per stream: every field is read now, not later
            return final
        except (*UNREADABLE, APIResponseValidationError) as exc:
            raise APIResponseValidationError(
                f"The chunks of the stream do not make a {model.__name__} "
                f"({type(exc).__name__}: {exc})",
                request=self.response.request,
                body=data,
                request_id=self.request_id,
            ) from exc


class Stream(_StreamBase[T]):
    """The chunks of a streamed answer, as they arrive.

    Iterate over it (``for chunk in stream``), or use it as a context manager; the connection is
    released at the end, on error, on ``close()`` and when the loop is left early.

    Example::

        with client.chat.completions.create(model=..., messages=..., stream=True) as stream:
            for text in stream.text_deltas():
                print(text, end="")
            final = stream.get_final_completion()
    """

    def __init__(
        self, model: type[T], response: httpx.Response, codec: JSONCodec = _json.DEFAULT
    ) -> None:
        super().__init__(model, response, codec)
        self._iterator: Iterator[T] | None = None
        self._bytes: Iterator[bytes] | None = None

    def _raw(self) -> Generator[Raw, None, None]:
        """Parsed chunks until [DONE] or the end; closes the response whatever happens."""
        try:
            while not self._ended:
                item = self._from_pending()
                if isinstance(item, dict):
                    yield item
                    continue
                if isinstance(item, _Done):
                    self._ended = True
                    if self._bytes is not None:
                        drain(self.response, self._bytes)  # the connection goes back to the pool
                    return
                if self._bytes is None:
                    self._bytes = iter_body(self.response)
                try:
                    data = next(self._bytes, None)
                except httpx.RequestError as exc:
                    raise self._events.failure(exc) from exc
                if data is None:
                    yield from self._at_end()
                    return
                self._feed(data)
        finally:
            self.close()

    def _chunks(self) -> Iterator[T]:
        raw = self._raw()
        try:
            for item in raw:
                yield self._reader.chunk(item)
        finally:
            raw.close()

    def __iter__(self) -> Iterator[T]:
        return self._chunks()

    def __next__(self) -> T:
        if self._iterator is None:
            self._iterator = self._chunks()
        return next(self._iterator)

    def __enter__(self) -> Stream[T]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Release the connection. Safe to call more than once."""
        self._ended = True
        self.response.close()

    def text_deltas(self) -> Iterator[str]:
        """Only the text each chunk adds to the first choice (no chunk models are built)."""
        raw = self._raw()
        text_of = self._reader.text_of
        try:
            for item in raw:
                if text := text_of(item):
                    yield text
        finally:
            raw.close()

    @overload
    def get_final_completion(self: Stream[ChatCompletionChunk]) -> ChatCompletionResponse: ...
    @overload
    def get_final_completion(self: Stream[CompletionChunk]) -> CompletionResponse: ...
    def get_final_completion(self) -> ChatCompletionResponse | CompletionResponse:
        """The complete answer: reads what is left of the stream first."""
        self._reader.eager()
        for _ in self._raw():
            pass
        return self._final()


class AsyncStream(_StreamBase[T]):
    """The chunks of a streamed answer, as they arrive (``async for chunk in stream``).

    Example::

        async with await client.chat.completions.create(..., stream=True) as stream:
            async for text in stream.text_deltas():
                print(text, end="")
    """

    def __init__(
        self, model: type[T], response: httpx.Response, codec: JSONCodec = _json.DEFAULT
    ) -> None:
        super().__init__(model, response, codec)
        self._iterator: AsyncIterator[T] | None = None
        self._bytes: AsyncIterator[bytes] | None = None

    async def _raw(self) -> AsyncGenerator[Raw, None]:
        """Parsed chunks until [DONE] or the end; closes the response whatever happens."""
        try:
            while not self._ended:
                item = self._from_pending()
                if isinstance(item, dict):
                    yield item
                    continue
                if isinstance(item, _Done):
                    self._ended = True
                    if self._bytes is not None:
                        await adrain(self.response, self._bytes)
                    return
                if self._bytes is None:
                    self._bytes = aiter_body(self.response)
                try:
                    data = await anext(self._bytes, None)
                except httpx.RequestError as exc:
                    raise self._events.failure(exc) from exc
                if data is None:
                    for item in self._at_end():
                        yield item
                    return
                self._feed(data)
        finally:
            await self.close()

    async def _chunks(self) -> AsyncIterator[T]:
        raw = self._raw()
        try:
            async for item in raw:
                yield self._reader.chunk(item)
        finally:
            await raw.aclose()

    def __aiter__(self) -> AsyncIterator[T]:
        return self._chunks()

    async def __anext__(self) -> T:
        if self._iterator is None:
            self._iterator = self._chunks()
        return await anext(self._iterator)

    async def __aenter__(self) -> AsyncStream[T]:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def close(self) -> None:
        """Release the connection. Safe to call more than once."""
        self._ended = True
        await self.response.aclose()

    async def text_deltas(self) -> AsyncIterator[str]:
        """Only the text each chunk adds to the first choice (no chunk models are built)."""
        raw = self._raw()
        text_of = self._reader.text_of
        try:
            async for item in raw:
                if text := text_of(item):
                    yield text
        finally:
            await raw.aclose()

    @overload
    async def get_final_completion(
        self: AsyncStream[ChatCompletionChunk],
    ) -> ChatCompletionResponse: ...
    @overload
    async def get_final_completion(self: AsyncStream[CompletionChunk]) -> CompletionResponse: ...
    async def get_final_completion(self) -> ChatCompletionResponse | CompletionResponse:
        """The complete answer: reads what is left of the stream first."""
        self._reader.eager()
        async for _ in self._raw():
            pass
        return self._final()
