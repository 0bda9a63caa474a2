"""``client.images``: generate images from a prompt."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Unpack

from together_api_client.params import GenerateImagesParams

from .. import _gen
from .._calls import Call, RequestOptions, body_call
from .._docs import documented
from .._resource import AsyncAPIResource, SyncAPIResource
from ..types import ImageResponse

if TYPE_CHECKING:
    from .._resource import (
        AsyncRawResponses,
        AsyncStreamingResponses,
        RawResponses,
        StreamingResponses,
    )
    from .._response import wrap_araw, wrap_raw
    from .._streamed import wrap_astreamed, wrap_streamed

__all__ = ["AsyncImages", "ImageParams", "Images"]


class ImageParams(GenerateImagesParams, RequestOptions, total=False):
    """The fields of an image generation request, as the spec has them (generated:
    ``together_api_client.params.GenerateImagesParams``), and the per-call options."""


def _call(params: Mapping[str, Any]) -> Call[ImageResponse]:
    return body_call(
        "images.generate", params, ImageParams, _gen.generate_images, ImageResponse.from_dict
    )


class Images(SyncAPIResource):
    """``client.images``."""

    if TYPE_CHECKING:  # its methods, in its views (see the end of this module)
        with_raw_response: _ImagesRaw
        with_streaming_response: _ImagesStreaming

    @documented(ImageParams, GenerateImagesParams)
    def generate(self, **params: Unpack[ImageParams]) -> ImageResponse:
        """Generate images; each ``data[i]`` has a ``url`` or ``b64_json``.

        Example::

            resp = client.images.generate(model="black-forest-labs/FLUX.1-schnell", prompt="a cat")
        """
        return self._core.request(_call(params))


class AsyncImages(AsyncAPIResource):
    """``client.images`` on ``AsyncTogether``."""

    if TYPE_CHECKING:  # its methods, in its views (see the end of this module)
        with_raw_response: _AsyncImagesRaw
        with_streaming_response: _AsyncImagesStreaming

    @documented(ImageParams, GenerateImagesParams, like=Images.generate)
    async def generate(self, **params: Unpack[ImageParams]) -> ImageResponse:
        """Generate images (see ``Together.images.generate``)."""
        return await self._core.request(_call(params))


# --- the views' types (see _resource): each area's methods, listed once per view ------------

if TYPE_CHECKING:

    class _ImagesRaw(RawResponses):
        def __init__(self, r: Images) -> None:
            self.generate = wrap_raw(r.generate)

    class _ImagesStreaming(StreamingResponses):
        def __init__(self, r: Images) -> None:
            self.generate = wrap_streamed(r.generate)

    class _AsyncImagesRaw(AsyncRawResponses):
        def __init__(self, r: AsyncImages) -> None:
            self.generate = wrap_araw(r.generate)

    class _AsyncImagesStreaming(AsyncStreamingResponses):
        def __init__(self, r: AsyncImages) -> None:
            self.generate = wrap_astreamed(r.generate)
