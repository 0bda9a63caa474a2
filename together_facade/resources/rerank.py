"""``client.rerank``: order documents by relevance to a query."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Required, Unpack

from together_api_client.models import RerankRequest

from .. import _gen
from .._calls import Call, RequestOptions, body_call
from .._docs import documented
from .._resource import AsyncAPIResource, SyncAPIResource
from ..types import RerankResponse

__all__ = ["AsyncRerank", "Rerank", "RerankParams"]


class RerankParams(RequestOptions, total=False):
    """The fields of a rerank request."""

    model: Required[str]
    query: Required[str]
    documents: Required[Sequence[str] | Sequence[Mapping[str, Any]]]
    rank_fields: Sequence[str]
    return_documents: bool
    top_n: int


def _call(params: Mapping[str, Any]) -> Call[RerankResponse]:
    return body_call("rerank.create", params, RerankParams, _gen.rerank, RerankResponse.from_dict)


class Rerank(SyncAPIResource):
    """``client.rerank``."""

    @documented(RerankParams, RerankRequest)
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

    @documented(RerankParams, RerankRequest, like=Rerank.create)
    async def create(self, **params: Unpack[RerankParams]) -> RerankResponse:
        """Rank documents (see ``Together.rerank.create``)."""
        return await self._core.request(_call(params))
