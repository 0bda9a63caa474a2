"""``client.models``: the models you can call."""

from __future__ import annotations

from typing import Any, Unpack

from .. import _gen
from .._calls import Call, RequestOptions, model_call, options_only
from .._resource import AsyncAPIResource, SyncAPIResource
from ..types import ModelInfo

__all__ = ["AsyncModels", "Models"]

_NAME = "models.list"


def _read(data: Any) -> list[ModelInfo]:
    items = data.get("data") if isinstance(data, dict) else data  # a bare list, or {"data": [...]}
    if not isinstance(items, list):
        raise TypeError(f"expected a list of models, got {type(items).__name__}")
    return [ModelInfo.from_dict(item) for item in items]


def _call(options: RequestOptions) -> Call[list[ModelInfo]]:
    return model_call(_NAME, _gen.list_models(), _read, options_only(_NAME, options))


class Models(SyncAPIResource):
    """``client.models``."""

    def list(self, **options: Unpack[RequestOptions]) -> list[ModelInfo]:
        """Every model available to you, with its type, context length and pricing.

        Example::

            chat_models = [m.id for m in client.models.list() if m.type == "chat"]
        """
        return self._core.request(_call(options))


class AsyncModels(AsyncAPIResource):
    """``client.models`` on ``AsyncTogether``."""

    async def list(self, **options: Unpack[RequestOptions]) -> list[ModelInfo]:
        """Every model available to you (see ``Together.models.list``)."""
        return await self._core.request(_call(options))
