"""``client.embeddings``: turn text into vectors."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Required, Unpack

from together_api_client.models import EmbeddingsRequest

from .. import _gen
from .._calls import Call, RequestOptions, body_call
from .._docs import documented
from .._resource import AsyncAPIResource, SyncAPIResource
from ..types import EmbeddingsResponse

__all__ = ["AsyncEmbeddings", "EmbeddingParams", "Embeddings"]


class EmbeddingParams(RequestOptions, total=False):
    """The fields of an embeddings request."""

    model: Required[str]
    input: Required[str | Sequence[str]]


def _call(params: Mapping[str, Any]) -> Call[EmbeddingsResponse]:
    return body_call(
        "embeddings.create", params, EmbeddingParams, _gen.embeddings, EmbeddingsResponse.from_dict
    )


class Embeddings(SyncAPIResource):
    """``client.embeddings``."""

    @documented(EmbeddingParams, EmbeddingsRequest)
    def create(self, **params: Unpack[EmbeddingParams]) -> EmbeddingsResponse:
        """Embed one text or a list of texts.

        Example::

            resp = client.embeddings.create(model="BAAI/bge-base-en-v1.5", input=["a", "b"])
            vectors = [d.embedding for d in resp.data]
        """
        return self._core.request(_call(params))


class AsyncEmbeddings(AsyncAPIResource):
    """``client.embeddings`` on ``AsyncTogether``."""

    @documented(EmbeddingParams, EmbeddingsRequest, like=Embeddings.create)
    async def create(self, **params: Unpack[EmbeddingParams]) -> EmbeddingsResponse:
        """Embed one text or a list of texts (see ``Together.embeddings.create``)."""
        return await self._core.request(_call(params))
