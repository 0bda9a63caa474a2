"""Streams of chat and completion chunks: ``Stream`` and ``AsyncStream``.

Bytes go through the SSE decoder (``_sse``), events through one pure reader (``_ChunkReader``)
that stops at ``[DONE]``, raises on in-band errors and parses chunks, and chunks through an
accumulator that rebuilds the complete answer. ``Stream`` and ``AsyncStream`` only add the I/O
loop, and always close the HTTP response: at ``[DONE]``, on an error, when the consumer breaks
out of a ``for`` loop, on ``close()`` and when a ``with`` block ends.
"""

from __future__ import annotations

from collections import deque
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Any, Generic, TypeVar, cast, overload

import httpx

from ._base import connection_error, request_id_of
from ._exceptions import APIError, APIResponseValidationError, IncompleteStreamError
from ._json import loads_json
from ._sse import ServerSentEvent, SSEDecoder
from .types import (
    ChatCompletionChunk,
    ChatCompletionResponse,
    CompletionChunk,
    CompletionChunkChoice,
    CompletionResponse,
    Unset,
)

__all__ = ["AsyncStream", "Stream"]

T = TypeVar("T", bound=ChatCompletionChunk | CompletionChunk)


class _Done:
    """The ``[DONE]`` sentinel that ends a stream."""


DONE = _Done()


def _set(value: Any) -> Any:
    """``value`` unless it is UNSET, then None."""
    return None if isinstance(value, Unset) else value


# --- accumulation ----------------------------------------------------------------------------


class _ChoiceState:
    __slots__ = ("content", "finish_reason", "logprobs", "reasoning", "role", "seed", "tool_calls")

    def __init__(self) -> None:
        self.content: list[str] = []
        self.reasoning: list[str] = []
        self.role: str | None = None
        self.finish_reason: str | None = None
        self.seed: int | None = None
        self.tool_calls: dict[int, dict[str, Any]] = {}
        self.logprobs: dict[str, list[Any]] = {}

    def add_logprobs(self, value: Any, token: Any = None) -> None:
        """Collect per-chunk log probabilities, whatever shape this model sends them in."""
        if isinstance(value, Mapping):
            for key, items in value.items():
                if isinstance(items, list):
                    self.logprobs.setdefault(key, []).extend(items)
        elif isinstance(value, int | float) and not isinstance(value, bool):
            self.logprobs.setdefault("token_logprobs", []).append(value)
            if isinstance(token, Mapping):
                self.logprobs.setdefault("tokens", []).append(token.get("text"))
                self.logprobs.setdefault("token_ids", []).append(token.get("id"))


class Accumulator:
    """Rebuilds the complete answer from the chunks of a stream (chat or completion)."""

    def __init__(self, chat: bool) -> None:
        self.chat = chat
        self.id: str | None = None
        self.created: int | None = None
        self.model: str | None = None
        self.usage: dict[str, Any] | None = None
        self.choices: dict[int, _ChoiceState] = {}
        self.chunks = 0

    @property
    def finished(self) -> bool:
        """True once any choice reported a finish reason."""
        return any(c.finish_reason is not None for c in self.choices.values())

    @property
    def text(self) -> str:
        """The text of the first choice so far."""
        first = self.choices.get(min(self.choices)) if self.choices else None
        return "".join(first.content) if first else ""

    def add(self, chunk: ChatCompletionChunk | CompletionChunk, raw: Mapping[str, Any]) -> None:
        self.chunks += 1
        self.id = self.id or chunk.id
        self.created = self.created or _set(chunk.created)
        self.model = self.model or _set(chunk.model)
        usage = _set(chunk.usage)
        if usage is not None:
            self.usage = usage.to_dict()
        legacy_finish = raw.get("finish_reason")  # the older format put it at the top level
        for choice in chunk.choices:
            state = self.choices.setdefault(choice.index, _ChoiceState())
            finish = _set(choice.finish_reason) or legacy_finish
            if finish is not None:
                state.finish_reason = str(finish)
            seed = _set(choice.seed)
            if seed is not None:
                state.seed = seed
            state.add_logprobs(_set(choice.logprobs), raw.get("token"))
            if isinstance(choice, CompletionChunkChoice):
                text = _set(choice.text)
                if text is None and not isinstance(choice.delta, Unset):
                    text = _set(choice.delta.content)
                if text:
                    state.content.append(text)
                continue
            self._add_chat_delta(state, choice)

    @staticmethod
    def _add_chat_delta(state: _ChoiceState, choice: Any) -> None:
        delta = choice.delta
        if _set(delta.role) is not None:
            state.role = str(delta.role)
        if _set(delta.content):
            state.content.append(delta.content)
        if _set(delta.reasoning):
            state.reasoning.append(delta.reasoning)
        for position, call in enumerate(_set(delta.tool_calls) or ()):
            index = _set(call.index)
            key = index if index is not None else position
            slot = state.tool_calls.setdefault(
                key, {"index": key, "id": None, "type": "function", "name": "", "arguments": []}
            )
            if _set(call.id):
                slot["id"] = call.id
            if _set(call.type_):
                slot["type"] = call.type_
            function = _set(call.function)
            if function is not None:
                if _set(function.name):
                    slot["name"] += function.name
                if _set(function.arguments):
                    slot["arguments"].append(function.arguments)

    def _choice_dicts(self) -> list[dict[str, Any]]:
        out = []
        for index in sorted(self.choices):
            state = self.choices[index]
            choice: dict[str, Any] = {"index": index, "finish_reason": state.finish_reason}
            choice["logprobs"] = state.logprobs or None
            if state.seed is not None:
                choice["seed"] = state.seed
            text = "".join(state.content)
            if not self.chat:
                choice["text"] = text
                out.append(choice)
                continue
            message: dict[str, Any] = {"role": state.role or "assistant"}
            message["content"] = text if (text or not state.tool_calls) else None
            if state.reasoning:
                message["reasoning"] = "".join(state.reasoning)
            if state.tool_calls:
                message["tool_calls"] = [
                    {
                        "index": slot["index"],
                        "id": slot["id"] or "",
                        "type": slot["type"],
                        "function": {"name": slot["name"], "arguments": "".join(slot["arguments"])},
                    }
                    for _, slot in sorted(state.tool_calls.items())
                ]
            choice["message"] = message
            out.append(choice)
        return out

    def final(self) -> dict[str, Any]:
        """The complete answer as the non-streaming endpoint would have sent it."""
        return {
            "id": self.id or "",
            "object": "chat.completion" if self.chat else "text.completion",
            "created": self.created or 0,
            "model": self.model or "",
            "choices": self._choice_dicts(),
            "usage": self.usage,
        }


# --- events to chunks -------------------------------------------------------------------------


class _ChunkReader(Generic[T]):
    """Turns server-sent events into chunks. Pure: shared by Stream and AsyncStream."""

    def __init__(self, model: type[T], response: httpx.Response) -> None:
        self.model: type[T] = model
        self.response = response
        self.accumulator = Accumulator(chat=model is ChatCompletionChunk)
        self.done = False

    def _error(self, payload: Any, fallback: str) -> APIError:
        error = payload.get("error", payload) if isinstance(payload, dict) else payload
        if isinstance(error, dict):
            message = str(error.get("message") or fallback)
            kinds = {
                k: None if error.get(k) is None else str(error[k])
                for k in ("type", "param", "code")
            }
        else:
            message, kinds = str(error or fallback), {}
        return APIError(
            f"The stream reported an error: {message}",
            request=self.response.request,
            body=payload,
            request_id=request_id_of(self.response),
            **kinds,
        )

    def read(self, event: ServerSentEvent) -> T | _Done | None:
        """The chunk in ``event``, DONE at the end, None for events that carry no chunk."""
        data = event.data
        if data.startswith("[DONE]") and data.strip() == "[DONE]":
            self.done = True
            return DONE
        if event.event == "error":
            try:
                payload: Any = loads_json(data)
            except ValueError:
                payload = data
            raise self._error(payload, "unknown error")
        if not data.strip():
            return None
        try:
            raw = loads_json(data)
        except ValueError as exc:
            raise self._invalid(data, f"not JSON ({exc})") from exc
        if not isinstance(raw, dict):
            raise self._invalid(data, "not a JSON object")
        if raw.get("error"):
            raise self._error(raw, "unknown error")
        try:
            chunk = cast(T, self.model.from_dict(raw))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise self._invalid(data, f"{type(exc).__name__}: {exc}") from exc
        self.accumulator.add(chunk, raw)
        return chunk

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
        got = self.accumulator.chunks
        raise IncompleteStreamError(
            f"The stream ended after {got} chunk(s) without [DONE] or a finish reason; the answer "
            "is incomplete. The text received so far is in .partial_text.",
            request=self.response.request,
            partial_text=self.accumulator.text,
        )


# --- the streams ------------------------------------------------------------------------------


class _StreamBase(Generic[T]):
    def __init__(self, model: type[T], response: httpx.Response) -> None:
        self.response = response
        self.request_id = request_id_of(response)
        self._reader: _ChunkReader[T] = _ChunkReader(model, response)
        self._decoder = SSEDecoder()
        self._pending: deque[ServerSentEvent] = deque()
        self._ended = False

    @property
    def text(self) -> str:
        """The text of the first choice received so far."""
        return self._reader.accumulator.text

    def _next_from_pending(self) -> T | _Done | None:
        while self._pending:
            item = self._reader.read(self._pending.popleft())
            if item is not None:
                return item
        return None

    def _final(self) -> ChatCompletionResponse | CompletionResponse:
        data = self._reader.accumulator.final()
        if self._reader.accumulator.chat:
            return ChatCompletionResponse.from_dict(data)
        return CompletionResponse.from_dict(data)


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

    def __init__(self, model: type[T], response: httpx.Response) -> None:
        super().__init__(model, response)
        self._iterator: Iterator[T] | None = None
        self._byte_iter: Iterator[bytes] | None = None

    def _chunks(self) -> Iterator[T]:
        try:
            while not self._ended:
                item = self._next_from_pending()
                if isinstance(item, _Done):
                    self._ended = True
                    return
                if item is not None:
                    yield item
                    continue
                if self._byte_iter is None:
                    self._byte_iter = self.response.iter_bytes()
                try:
                    raw = next(self._byte_iter, None)
                except httpx.RequestError as exc:
                    raise connection_error(exc, self.response.request) from exc
                if raw is None:
                    self._pending.extend(self._decoder.flush())
                    item = self._next_from_pending()
                    while item is not None and not isinstance(item, _Done):
                        yield item
                        item = self._next_from_pending()
                    self._ended = True
                    if not isinstance(item, _Done):
                        self._reader.end(self._decoder.truncated)
                    return
                self._pending.extend(self._decoder.feed(raw))
        finally:
            self.close()

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
        """Only the text of each chunk's first choice, skipping empty ones."""
        for chunk in self:
            for choice in chunk.choices[:1]:
                text = _delta_text(choice)
                if text:
                    yield text

    @overload
    def get_final_completion(self: Stream[ChatCompletionChunk]) -> ChatCompletionResponse: ...
    @overload
    def get_final_completion(self: Stream[CompletionChunk]) -> CompletionResponse: ...
    def get_final_completion(self) -> ChatCompletionResponse | CompletionResponse:
        """The complete answer: reads what is left of the stream first."""
        for _ in self:
            pass
        return self._final()


class AsyncStream(_StreamBase[T]):
    """The chunks of a streamed answer, as they arrive (``async for chunk in stream``).

    Example::

        async with await client.chat.completions.create(..., stream=True) as stream:
            async for text in stream.text_deltas():
                print(text, end="")
    """

    def __init__(self, model: type[T], response: httpx.Response) -> None:
        super().__init__(model, response)
        self._iterator: AsyncIterator[T] | None = None
        self._byte_iter: AsyncIterator[bytes] | None = None

    async def _chunks(self) -> AsyncIterator[T]:
        try:
            while not self._ended:
                item = self._next_from_pending()
                if isinstance(item, _Done):
                    self._ended = True
                    return
                if item is not None:
                    yield item
                    continue
                if self._byte_iter is None:
                    self._byte_iter = self.response.aiter_bytes()
                try:
                    raw = await anext(self._byte_iter, None)
                except httpx.RequestError as exc:
                    raise connection_error(exc, self.response.request) from exc
                if raw is None:
                    self._pending.extend(self._decoder.flush())
                    item = self._next_from_pending()
                    while item is not None and not isinstance(item, _Done):
                        yield item
                        item = self._next_from_pending()
                    self._ended = True
                    if not isinstance(item, _Done):
                        self._reader.end(self._decoder.truncated)
                    return
                self._pending.extend(self._decoder.feed(raw))
        finally:
            await self.close()

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
        """Only the text of each chunk's first choice, skipping empty ones."""
        async for chunk in self:
            for choice in chunk.choices[:1]:
                text = _delta_text(choice)
                if text:
                    yield text

    @overload
    async def get_final_completion(
        self: AsyncStream[ChatCompletionChunk],
    ) -> ChatCompletionResponse: ...
    @overload
    async def get_final_completion(self: AsyncStream[CompletionChunk]) -> CompletionResponse: ...
    async def get_final_completion(self) -> ChatCompletionResponse | CompletionResponse:
        """The complete answer: reads what is left of the stream first."""
        async for _ in self:
            pass
        return self._final()


def _delta_text(choice: Any) -> str | None:
    text = choice.text if isinstance(choice, CompletionChunkChoice) else choice.delta.content
    return text if isinstance(text, str) else None
