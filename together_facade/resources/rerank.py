"""``client.rerank``: order documents by relevance to a query."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Unpack

from together_api_client.params import RerankParams as _RerankFields

from .. import _gen
from .._calls import Call, RequestOptions, body_call
from .._docs import documented
from .._resource import AsyncAPIResource, SyncAPIResource
from ..types import RerankResponse

if TYPE_CHECKING:
    from .._resource import (
        AsyncRawResponses,
        AsyncStreamingResponses,
        RawResponses,
        StreamingResponses,
    )
    from .._response import wrap_araw, wrap_raw
    from .._streamed import wrap_astreamed, wrap_streamed

__all__ = ["AsyncRerank", "Rerank", "RerankParams"]


class RerankParams(_RerankFields, RequestOptions, total=False):
    """The fields of a rerank request, as the spec has them (generated:
    ``together_api_client.params.RerankParams``), and the per-call options."""


def _call(params: Mapping[str, Any]) -> Call[RerankResponse]:
    return body_call("rerank.create", params, RerankParams, _gen.rerank, RerankResponse.from_dict)


class Rerank(SyncAPIResource):
    """``client.rerank``."""

    if TYPE_CHECKING:  # its methods, in its views (see the end of this module)
        with_raw_response: _RerankRaw
        with_streaming_response: _RerankStreaming

    @documented(RerankParams, _RerankFields)
    def create(self, **params: Unpack[RerankParams]) -> RerankResponse:
        """Rank ``documents`` (strings or objects) by relevance to ``query``.

        Example::

            resp = client.rerank.create(model="Salesforce/Llama-Rank-V1", query="q",
                                        documents=["a", "b"], top_n=1)
            best = resp.results[0].index
        """
        return self._core.request(_call(params))


class AsyncRerank(AsyncAPIResource):
    """``client.rerank`` on ``AsyncTogether``."""

    if TYPE_CHECKING:  # its methods, in its views (see the end of this module)
        with_raw_response: _AsyncRerankRaw
        with_streaming_response: _AsyncRerankStreaming

    @documented(RerankParams, _RerankFields, like=Rerank.create)
    async def create(self, **params: Unpack[RerankParams]) -> RerankResponse:
        """Rank documents (see ``Together.rerank.create``)."""
        return await self._core.request(_call(params))


# --- the views' types (see _resource): each area's methods, listed once per view ------------

if TYPE_CHECKING:

    class _RerankRaw(RawResponses):
        def __init__(self, r: Rerank) -> None:
            self.create = wrap_raw(r.create)

    class _RerankStreaming(StreamingResponses):
        def __init__(self, r: Rerank) -> None:
            self.create = wrap_streamed(r.create)

    class _AsyncRerankRaw(AsyncRawResponses):
        def __init__(self, r: AsyncRerank) -> None:
            self.create = wrap_araw(r.create)

    class _AsyncRerankStreaming(AsyncStreamingResponses):
        def __init__(self, r: AsyncRerank) -> None:
            self.create = wrap_astreamed(r.create)
