"""Streams of chat and completion chunks: ``Stream`` and ``AsyncStream``.

Bytes go through the SSE decoder (``_sse``), events through one pure reader (``_EventReader``)
that stops at ``[DONE]``, raises on in-band errors and parses each event's JSON, and every
parsed chunk through an accumulator that rebuilds the complete answer. Iterating a stream
yields the generated chunk models; ``text_deltas()`` and ``get_final_completion()`` work from the
parsed JSON and build no chunk model at all, which is several times cheaper per chunk.

``Stream`` and ``AsyncStream`` only add the I/O loop, and always close the HTTP response: at
``[DONE]``, on an error, when the consumer breaks out of a loop, on ``close()`` and when a
``with`` block ends.
"""

from __future__ import annotations

from collections import deque
from collections.abc import AsyncGenerator, AsyncIterator, Generator, Iterator
from typing import Any, Generic, TypeVar, cast, overload

import httpx

from . import _json
from ._base import connection_error, request_id_of
from ._exceptions import APIError, APIResponseValidationError, IncompleteStreamError
from ._sse import ServerSentEvent, SSEDecoder
from .types import ChatCompletionChunk, ChatCompletionResponse, CompletionChunk, CompletionResponse

__all__ = ["AsyncStream", "Stream"]

T = TypeVar("T", bound=ChatCompletionChunk | CompletionChunk)
Raw = dict[str, Any]


class _Done:
    """The ``[DONE]`` sentinel that ends a stream."""


DONE = _Done()


class _Shape(Exception):
    """A chunk whose JSON does not have the shape of a chunk."""


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

    def add_logprobs(self, value: Any, token: Any) -> None:
        """Collect per-chunk log probabilities, whatever shape this model sends them in."""
        if isinstance(value, dict):
            for key, items in value.items():
                if isinstance(items, list):
                    self.logprobs.setdefault(key, []).extend(items)
        elif isinstance(value, int | float) and not isinstance(value, bool):
            self.logprobs.setdefault("token_logprobs", []).append(value)
            if isinstance(token, dict):  # the older format: the token is beside the choices
                self.logprobs.setdefault("tokens", []).append(token.get("text"))
                self.logprobs.setdefault("token_ids", []).append(token.get("id"))

    def add_tool_calls(self, calls: list[Any]) -> None:
        """Assemble tool calls by ``index``: the first piece has the id and name, the rest only
        pieces of the arguments."""
        for position, call in enumerate(calls):
            if not isinstance(call, dict):
                raise _Shape("a tool call is not an object")
            index = call.get("index")
            key = index if isinstance(index, int) else position
            slot = self.tool_calls.get(key)
            if slot is None:
                slot = {"id": None, "type": "function", "name": "", "arguments": []}
                self.tool_calls[key] = slot
            if call.get("id"):
                slot["id"] = call["id"]
            if call.get("type"):
                slot["type"] = call["type"]
            function = call.get("function")
            if isinstance(function, dict):
                if function.get("name"):
                    slot["name"] += function["name"]
                if function.get("arguments"):
                    slot["arguments"].append(function["arguments"])


class Accumulator:
    """Rebuilds the complete answer from the parsed chunks of a stream (chat or completion)."""

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

    def add(self, raw: Raw) -> None:
        """Take in one parsed chunk; raise _Shape if it does not look like one."""
        self.chunks += 1
        if self.id is None:
            self.id = raw.get("id")
            self.created = raw.get("created")
            self.model = raw.get("model")
        usage = raw.get("usage")
        if isinstance(usage, dict):
            self.usage = usage
        choices = raw.get("choices")
        if not isinstance(choices, list):
            raise _Shape("'choices' is not a list")
        for choice in choices:
            if not isinstance(choice, dict):
                raise _Shape("a choice is not an object")
            self._add_choice(raw, choice)

    def _add_choice(self, raw: Raw, choice: Raw) -> None:
        index = choice.get("index", 0)
        state = self.choices.get(index)
        if state is None:
            state = self.choices[index] = _ChoiceState()
        finish = choice.get("finish_reason") or raw.get("finish_reason")  # older: top level
        if finish is not None:
            state.finish_reason = str(finish)
        if choice.get("seed") is not None:
            state.seed = choice["seed"]
        if choice.get("logprobs") is not None:
            state.add_logprobs(choice["logprobs"], raw.get("token"))
        delta = choice.get("delta")
        if delta is not None and not isinstance(delta, dict):
            raise _Shape("'delta' is not an object")
        if self.chat:
            if delta is None:
                return
            text = delta.get("content")
            if delta.get("role"):
                state.role = delta["role"]
            if delta.get("reasoning"):
                state.reasoning.append(delta["reasoning"])
            if delta.get("tool_calls"):
                state.add_tool_calls(delta["tool_calls"])
        else:
            text = choice.get("text")
            if text is None and delta is not None:
                text = delta.get("content")
        if text:
            if not isinstance(text, str):
                raise _Shape("the text of a choice is not a string")
            state.content.append(text)

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
                        "index": key,
                        "id": slot["id"] or "",
                        "type": slot["type"],
                        "function": {"name": slot["name"], "arguments": "".join(slot["arguments"])},
                    }
                    for key, slot in sorted(state.tool_calls.items())
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


class _EventReader(Generic[T]):
    """Turns server-sent events into parsed chunks and chunk models. Pure: no I/O."""

    def __init__(self, model: type[T], response: httpx.Response) -> None:
        self.model: type[T] = model
        self.response = response
        self.accumulator = Accumulator(chat=model is ChatCompletionChunk)
        self.done = False

    def read(self, event: ServerSentEvent) -> Raw | _Done | None:
        """The parsed chunk in ``event`` (accumulated), DONE at the end, None if no chunk."""
        data = event.data
        if data.startswith("[DONE]") and data.strip() == "[DONE]":
            self.done = True
            return DONE
        if event.event == "error":
            try:
                payload: Any = _json.loads(data)
            except ValueError:
                payload = data
            raise self._error(payload)
        if not data.strip():
            return None
        try:
            raw = _json.loads(data)
        except ValueError as exc:
            raise self._invalid(data, f"not JSON ({exc})") from exc
        if not isinstance(raw, dict):
            raise self._invalid(data, "not a JSON object")
        if raw.get("error"):
            raise self._error(raw)
        try:
            self.accumulator.add(raw)
        except _Shape as exc:
            raise self._invalid(data, str(exc)) from exc
        return raw

    def chunk(self, raw: Raw) -> T:
        """The generated model of a parsed chunk."""
        try:
            return cast(T, self.model.from_dict(raw))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise self._invalid(_json.dumps(raw).decode(), f"{type(exc).__name__}: {exc}") from exc

    def text(self, raw: Raw) -> str | None:
        """The text a parsed chunk adds to the first choice."""
        choices = raw["choices"]  # the accumulator checked the shape
        if not choices:
            return None
        choice = choices[0]
        if self.accumulator.chat:
            delta = choice.get("delta")
            return delta.get("content") if delta else None
        text = choice.get("text")
        return text if text is not None else (choice.get("delta") or {}).get("content")

    def _error(self, payload: Any) -> APIError:
        error = payload.get("error", payload) if isinstance(payload, dict) else payload
        if isinstance(error, dict):
            message = str(error.get("message") or "unknown error")
            kinds = {
                k: None if error.get(k) is None else str(error[k])
                for k in ("type", "param", "code")
            }
        else:
            message, kinds = str(error or "unknown error"), {}
        return APIError(
            f"The stream reported an error: {message}",
            request=self.response.request,
            body=payload,
            request_id=request_id_of(self.response),
            **kinds,
        )

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
            "finish reason; the answer is incomplete. The text received so far is in "
            ".partial_text.",
            request=self.response.request,
            partial_text=self.accumulator.text,
        )


# --- the streams ------------------------------------------------------------------------------


class _StreamBase(Generic[T]):
    def __init__(self, model: type[T], response: httpx.Response) -> None:
        self.response = response
        self.request_id = request_id_of(response)
        self._reader: _EventReader[T] = _EventReader(model, response)
        self._decoder = SSEDecoder()
        self._pending: deque[ServerSentEvent] = deque()
        self._ended = False

    @property
    def text(self) -> str:
        """The text of the first choice received so far."""
        return self._reader.accumulator.text

    def _from_pending(self) -> Raw | _Done | None:
        """The next parsed chunk among the decoded events, DONE, or None: more bytes needed."""
        while self._pending:
            item = self._reader.read(self._pending.popleft())
            if item is not None:
                return item
        return None

    def _at_end(self) -> Iterator[Raw]:
        """The chunks left when the bytes end, then the completeness check."""
        self._pending.extend(self._decoder.flush())
        item = self._from_pending()
        while isinstance(item, dict):
            yield item
            item = self._from_pending()
        self._ended = True
        if item is None:
            self._reader.end(self._decoder.truncated)

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
                    return
                if self._bytes is None:
                    self._bytes = self.response.iter_bytes()
                try:
                    data = next(self._bytes, None)
                except httpx.RequestError as exc:
                    raise connection_error(exc, self.response.request) from exc
                if data is None:
                    yield from self._at_end()
                    return
                self._pending.extend(self._decoder.feed(data))
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
        try:
            for item in raw:
                text = self._reader.text(item)
                if text:
                    yield text
        finally:
            raw.close()

    @overload
    def get_final_completion(self: Stream[ChatCompletionChunk]) -> ChatCompletionResponse: ...
    @overload
    def get_final_completion(self: Stream[CompletionChunk]) -> CompletionResponse: ...
    def get_final_completion(self) -> ChatCompletionResponse | CompletionResponse:
        """The complete answer: reads what is left of the stream first."""
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

    def __init__(self, model: type[T], response: httpx.Response) -> None:
        super().__init__(model, response)
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
                    return
                if self._bytes is None:
                    self._bytes = self.response.aiter_bytes()
                try:
                    data = await anext(self._bytes, None)
                except httpx.RequestError as exc:
                    raise connection_error(exc, self.response.request) from exc
                if data is None:
                    for item in self._at_end():
                        yield item
                    return
                self._pending.extend(self._decoder.feed(data))
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
        try:
            async for item in raw:
                text = self._reader.text(item)
                if text:
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
        async for _ in self._raw():
            pass
        return self._final()
