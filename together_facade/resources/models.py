"""``client.models``: the models you can call."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from .. import _gen
from .._calls import Call, RequestOptions, model_call, model_list, options_only
from .._resource import AsyncAPIResource, SyncAPIResource
from ..types import ModelInfo

if TYPE_CHECKING:
    from .._resource import (
        AsyncRawResponses,
        AsyncStreamingResponses,
        RawResponses,
        StreamingResponses,
    )
    from .._response import wrap_araw, wrap_raw
    from .._streamed import wrap_astreamed, wrap_streamed

__all__ = ["AsyncModels", "Models"]

_NAME = "models.list"


_read = model_list(ModelInfo.from_dict, "ModelInfo")  # a bare list (Together), or {"data": [...]}


def _call(options: RequestOptions) -> Call[list[ModelInfo]]:
    return model_call(_NAME, _gen.list_models(), _read, options_only(_NAME, options))


class Models(SyncAPIResource):
    """``client.models``."""

    if TYPE_CHECKING:  # its methods, in its views (see the end of this module)
        with_raw_response: _ModelsRaw
        with_streaming_response: _ModelsStreaming

    def list(self, **options: Unpack[RequestOptions]) -> list[ModelInfo]:
        """Every model available to you, with its type, context length and pricing.

        Example::

            chat_models = [m.id for m in client.models.list() if m.type == "chat"]
        """
        return self._core.request(_call(options))


class AsyncModels(AsyncAPIResource):
    """``client.models`` on ``AsyncTogether``."""

    if TYPE_CHECKING:  # its methods, in its views (see the end of this module)
        with_raw_response: _AsyncModelsRaw
        with_streaming_response: _AsyncModelsStreaming

    async def list(self, **options: Unpack[RequestOptions]) -> list[ModelInfo]:
        """Every model available to you (see ``Together.models.list``)."""
        return await self._core.request(_call(options))


# --- the views' types (see _resource): each area's methods, listed once per view ------------

if TYPE_CHECKING:

    class _ModelsRaw(RawResponses):
        def __init__(self, r: Models) -> None:
            self.list = wrap_raw(r.list)

    class _ModelsStreaming(StreamingResponses):
        def __init__(self, r: Models) -> None:
            self.list = wrap_streamed(r.list)

    class _AsyncModelsRaw(AsyncRawResponses):
        def __init__(self, r: AsyncModels) -> None:
            self.list = wrap_araw(r.list)

    class _AsyncModelsStreaming(AsyncStreamingResponses):
        def __init__(self, r: AsyncModels) -> None:
            self.list = wrap_astreamed(r.list)
