"""``client.completions``: continue a prompt with a language or code model."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Unpack, overload

from together_api_client.params import CompletionsParams

from .. import _gen
from .._calls import Call, RequestOptions, body_call
from .._docs import documented
from .._resource import AsyncAPIResource, SyncAPIResource
from .._streaming import AsyncStream, Stream
from ..types import CompletionChunk, CompletionResponse

if TYPE_CHECKING:
    from .._resource import (
        AsyncRawResponses,
        AsyncStreamingResponses,
        RawResponses,
        StreamingResponses,
    )
    from .._response import wrap_araw, wrap_raw
    from .._streamed import wrap_astreamed, wrap_streamed

__all__ = ["AsyncCompletions", "CompletionParams", "Completions"]


class CompletionParams(CompletionsParams, RequestOptions, total=False):
    """The fields of a completion request, with their wire names, as the spec has them
    (generated: ``together_api_client.params.CompletionsParams``), and the per-call options."""


def _call(params: Mapping[str, Any], stream: bool) -> Call[CompletionResponse]:
    return body_call(
        "completions.create",
        params,
        CompletionParams,
        _gen.completions,
        CompletionResponse.from_dict,
        stream,
    )


class Completions(SyncAPIResource):
    """``client.completions``."""

    if TYPE_CHECKING:  # its methods, in its views (see the end of this module)
        with_raw_response: _CompletionsRaw
        with_streaming_response: _CompletionsStreaming

    @overload
    def create(
        self, *, stream: Literal[False] = False, **params: Unpack[CompletionParams]
    ) -> CompletionResponse: ...
    @overload
    def create(
        self, *, stream: Literal[True], **params: Unpack[CompletionParams]
    ) -> Stream[CompletionChunk]: ...
    @overload
    def create(
        self, *, stream: bool, **params: Unpack[CompletionParams]
    ) -> CompletionResponse | Stream[CompletionChunk]: ...
    @documented(CompletionParams, CompletionsParams, stream=True)
    def create(
        self, *, stream: bool = False, **params: Unpack[CompletionParams]
    ) -> CompletionResponse | Stream[CompletionChunk]:
        """Continue ``prompt``.

        Example::

            resp = client.completions.create(model="mistralai/Mixtral-8x7B-v0.1", prompt="Paris is")
            print(resp.choices[0].text)
        """
        call = _call(params, stream)
        if stream:
            return Stream(CompletionChunk, self._core.send(call), self._core.config.json)
        return self._core.request(call)


class AsyncCompletions(AsyncAPIResource):
    """``client.completions`` on ``AsyncTogether``."""

    if TYPE_CHECKING:  # its methods, in its views (see the end of this module)
        with_raw_response: _AsyncCompletionsRaw
        with_streaming_response: _AsyncCompletionsStreaming

    @overload
    async def create(
        self, *, stream: Literal[False] = False, **params: Unpack[CompletionParams]
    ) -> CompletionResponse: ...
    @overload
    async def create(
        self, *, stream: Literal[True], **params: Unpack[CompletionParams]
    ) -> AsyncStream[CompletionChunk]: ...
    @overload
    async def create(
        self, *, stream: bool, **params: Unpack[CompletionParams]
    ) -> CompletionResponse | AsyncStream[CompletionChunk]: ...
    @documented(CompletionParams, CompletionsParams, stream=True, like=Completions.create)
    async def create(
        self, *, stream: bool = False, **params: Unpack[CompletionParams]
    ) -> CompletionResponse | AsyncStream[CompletionChunk]:
        """Continue ``prompt`` (see ``Together.completions.create``)."""
        call = _call(params, stream)
        if stream:
            return AsyncStream(CompletionChunk, await self._core.send(call), self._core.config.json)
        return await self._core.request(call)


# --- the views' types (see _resource): each area's methods, listed once per view ------------

if TYPE_CHECKING:

    class _CompletionsRaw(RawResponses):
        def __init__(self, r: Completions) -> None:
            self.create = wrap_raw(r.create)

    class _CompletionsStreaming(StreamingResponses):
        def __init__(self, r: Completions) -> None:
            self.create = wrap_streamed(r.create)

    class _AsyncCompletionsRaw(AsyncRawResponses):
        def __init__(self, r: AsyncCompletions) -> None:
            self.create = wrap_araw(r.create)

    class _AsyncCompletionsStreaming(AsyncStreamingResponses):
        def __init__(self, r: AsyncCompletions) -> None:
            self.create = wrap_astreamed(r.create)
