"""``client.embeddings``: turn text into vectors."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Unpack

from together_api_client.params import EmbeddingsParams

from .. import _gen
from .._calls import Call, RequestOptions, body_call
from .._docs import documented
from .._resource import AsyncAPIResource, SyncAPIResource
from ..types import EmbeddingsResponse

if TYPE_CHECKING:
    from .._resource import (
        AsyncRawResponses,
        AsyncStreamingResponses,
        RawResponses,
        StreamingResponses,
    )
    from .._response import wrap_araw, wrap_raw
    from .._streamed import wrap_astreamed, wrap_streamed

__all__ = ["AsyncEmbeddings", "EmbeddingParams", "Embeddings"]


class EmbeddingParams(EmbeddingsParams, RequestOptions, total=False):
    """The fields of an embeddings request, as the spec has them (generated:
    ``together_api_client.params.EmbeddingsParams``), and the per-call options."""


def _call(params: Mapping[str, Any]) -> Call[EmbeddingsResponse]:
    return body_call(
        "embeddings.create", params, EmbeddingParams, _gen.embeddings, EmbeddingsResponse.from_dict
    )


class Embeddings(SyncAPIResource):
    """``client.embeddings``."""

    if TYPE_CHECKING:  # its methods, in its views (see the end of this module)
        with_raw_response: _EmbeddingsRaw
        with_streaming_response: _EmbeddingsStreaming

    @documented(EmbeddingParams, EmbeddingsParams)
    def create(self, **params: Unpack[EmbeddingParams]) -> EmbeddingsResponse:
        """Embed one text or a list of texts.

        Example::

            resp = client.embeddings.create(model="BAAI/bge-base-en-v1.5", input=["a", "b"])
            vectors = [d.embedding for d in resp.data]
        """
        return self._core.request(_call(params))


class AsyncEmbeddings(AsyncAPIResource):
    """``client.embeddings`` on ``AsyncTogether``."""

    if TYPE_CHECKING:  # its methods, in its views (see the end of this module)
        with_raw_response: _AsyncEmbeddingsRaw
        with_streaming_response: _AsyncEmbeddingsStreaming

    @documented(EmbeddingParams, EmbeddingsParams, like=Embeddings.create)
    async def create(self, **params: Unpack[EmbeddingParams]) -> EmbeddingsResponse:
        """Embed one text or a list of texts (see ``Together.embeddings.create``)."""
        return await self._core.request(_call(params))


# --- the views' types (see _resource): each area's methods, listed once per view ------------

if TYPE_CHECKING:

    class _EmbeddingsRaw(RawResponses):
        def __init__(self, r: Embeddings) -> None:
            self.create = wrap_raw(r.create)

    class _EmbeddingsStreaming(StreamingResponses):
        def __init__(self, r: Embeddings) -> None:
            self.create = wrap_streamed(r.create)

    class _AsyncEmbeddingsRaw(AsyncRawResponses):
        def __init__(self, r: AsyncEmbeddings) -> None:
            self.create = wrap_araw(r.create)

    class _AsyncEmbeddingsStreaming(AsyncStreamingResponses):
        def __init__(self, r: AsyncEmbeddings) -> None:
            self.create = wrap_astreamed(r.create)
