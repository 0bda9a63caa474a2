"""``client.chat.completions``: chat with a model, whole or streamed."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, Unpack, overload

from together_api_client.params import ChatCompletionsParams

from .. import _gen
from .._calls import Call, RequestOptions, body_call
from .._docs import documented
from .._resource import AsyncAPIResource, SyncAPIResource
from .._streaming import AsyncStream, Stream
from ..types import ChatCompletionChunk, ChatCompletionResponse

if TYPE_CHECKING:
    from .._resource import (
        AsyncRawResponses,
        AsyncStreamingResponses,
        RawResponses,
        StreamingResponses,
    )
    from .._response import wrap_araw, wrap_raw
    from .._streamed import wrap_astreamed, wrap_streamed

__all__ = ["AsyncChat", "AsyncChatCompletions", "Chat", "ChatCompletionParams", "ChatCompletions"]


class ChatCompletionParams(ChatCompletionsParams, RequestOptions, total=False):
    """The fields of a chat request, with their wire names, as the spec has them (generated:
    ``together_api_client.params.ChatCompletionsParams``), and the per-call options. A message
    is a dict or a message a previous answer returned (``resp.choices[0].message``)."""


def _call(params: Mapping[str, Any], stream: bool) -> Call[ChatCompletionResponse]:
    return body_call(
        "chat.completions.create",
        params,
        ChatCompletionParams,
        _gen.chat_completions,
        ChatCompletionResponse.from_dict,
        stream,
    )


class ChatCompletions(SyncAPIResource):
    """``client.chat.completions``."""

    if TYPE_CHECKING:  # its methods, in its views (see the end of this module)
        with_raw_response: _ChatCompletionsRaw
        with_streaming_response: _ChatCompletionsStreaming

    @overload
    def create(
        self, *, stream: Literal[False] = False, **params: Unpack[ChatCompletionParams]
    ) -> ChatCompletionResponse: ...
    @overload
    def create(
        self, *, stream: Literal[True], **params: Unpack[ChatCompletionParams]
    ) -> Stream[ChatCompletionChunk]: ...
    @overload
    def create(
        self, *, stream: bool, **params: Unpack[ChatCompletionParams]
    ) -> ChatCompletionResponse | Stream[ChatCompletionChunk]: ...
    @documented(ChatCompletionParams, ChatCompletionsParams, stream=True)
    def create(
        self, *, stream: bool = False, **params: Unpack[ChatCompletionParams]
    ) -> ChatCompletionResponse | Stream[ChatCompletionChunk]:
        """Ask a chat model for the next message.

        Example::

            resp = client.chat.completions.create(
                model="meta-llama/Llama-3.3-70B-Instruct-Turbo",
                messages=[{"role": "user", "content": "Hello"}],
            )
            print(resp.choices[0].message.content)

        With ``stream=True`` it returns a ``Stream`` of ``ChatCompletionChunk``.
        """
        call = _call(params, stream)
        if stream:
            return Stream(ChatCompletionChunk, self._core.send(call), self._core.config.json)
        return self._core.request(call)


class AsyncChatCompletions(AsyncAPIResource):
    """``client.chat.completions`` on ``AsyncTogether``."""

    if TYPE_CHECKING:  # its methods, in its views (see the end of this module)
        with_raw_response: _AsyncChatCompletionsRaw
        with_streaming_response: _AsyncChatCompletionsStreaming

    @overload
    async def create(
        self, *, stream: Literal[False] = False, **params: Unpack[ChatCompletionParams]
    ) -> ChatCompletionResponse: ...
    @overload
    async def create(
        self, *, stream: Literal[True], **params: Unpack[ChatCompletionParams]
    ) -> AsyncStream[ChatCompletionChunk]: ...
    @overload
    async def create(
        self, *, stream: bool, **params: Unpack[ChatCompletionParams]
    ) -> ChatCompletionResponse | AsyncStream[ChatCompletionChunk]: ...
    @documented(
        ChatCompletionParams, ChatCompletionsParams, stream=True, like=ChatCompletions.create
    )
    async def create(
        self, *, stream: bool = False, **params: Unpack[ChatCompletionParams]
    ) -> ChatCompletionResponse | AsyncStream[ChatCompletionChunk]:
        """Ask a chat model for the next message (see ``Together.chat.completions.create``)."""
        call = _call(params, stream)
        if stream:
            return AsyncStream(
                ChatCompletionChunk, await self._core.send(call), self._core.config.json
            )
        return await self._core.request(call)


class Chat(SyncAPIResource):
    """``client.chat``."""

    @cached_property
    def completions(self) -> ChatCompletions:
        return ChatCompletions(self._core)


class AsyncChat(AsyncAPIResource):
    """``client.chat`` on ``AsyncTogether``."""

    @cached_property
    def completions(self) -> AsyncChatCompletions:
        return AsyncChatCompletions(self._core)


# --- the views' types (see _resource): each area's methods, listed once per view ------------

if TYPE_CHECKING:

    class _ChatCompletionsRaw(RawResponses):
        def __init__(self, r: ChatCompletions) -> None:
            self.create = wrap_raw(r.create)

    class _ChatCompletionsStreaming(StreamingResponses):
        def __init__(self, r: ChatCompletions) -> None:
            self.create = wrap_streamed(r.create)

    class _AsyncChatCompletionsRaw(AsyncRawResponses):
        def __init__(self, r: AsyncChatCompletions) -> None:
            self.create = wrap_araw(r.create)

    class _AsyncChatCompletionsStreaming(AsyncStreamingResponses):
        def __init__(self, r: AsyncChatCompletions) -> None:
            self.create = wrap_astreamed(r.create)
