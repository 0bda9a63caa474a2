"""``client.videos``: video generation jobs, under the official together SDK's names
(``create``, ``retrieve``), and ``wait`` for one to finish.

A video is made in the background: ``create`` returns the job (``status="in_progress"``), and
the video's URL is in ``outputs.video_url`` once its status is ``"completed"``; a job that
``"failed"`` says why in ``error``. ``wait`` polls the job until then (``_jobs``), as
``fine_tuning.wait`` does.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Unpack

from together_api_client import operations as _ops
from together_api_client.params import CreateVideoParams

from .. import _jobs, _progress
from .._calls import Call, RequestOptions, path_id
from .._docs import documented
from .._exceptions import VideoFailedError
from .._flow import Flow
from .._operations import OPERATIONS, operation_call
from .._progress import Watch
from .._resource import AsyncAPIResource, SyncAPIResource
from ..types import VideoJob

if TYPE_CHECKING:
    from .._resource import (
        AsyncRawResponses,
        AsyncStreamingResponses,
        RawResponses,
        StreamingResponses,
    )
    from .._response import wrap_araw, wrap_raw
    from .._streamed import wrap_astreamed, wrap_streamed

__all__ = ["AsyncVideos", "VideoCreateParams", "Videos"]


class VideoCreateParams(CreateVideoParams, RequestOptions, total=False):
    """The fields of a video generation request, as the spec has them (generated:
    ``together_api_client.params.CreateVideoParams``), and the per-call options."""


VIDEO = _jobs.JobKind(
    noun="Video job",
    succeeded=frozenset({"completed"}),
    failed=frozenset({"failed"}),
    failed_error=VideoFailedError,
    why_failed="its error (client.videos.retrieve(id).error) says why",
    cancel_with=None,
)

# The spec's operations, sent and reported under this area's method names.
_CREATE = dataclasses.replace(OPERATIONS["create_video"], name="videos.create")
_RETRIEVE = dataclasses.replace(OPERATIONS["retrieve_video"], name="videos.retrieve")


def _create(params: Mapping[str, Any]) -> Call[VideoJob]:
    return operation_call(_CREATE, _ops.create_video(), params)


def _retrieve(id: str, options: RequestOptions) -> Call[VideoJob]:
    line = _ops.retrieve_video(path_id(id, "video job id"))
    return operation_call(_RETRIEVE, line, options)


def _wait(
    id: str,
    timeout: float | None,
    poll_interval: float,
    max_poll_interval: float,
    watch: Watch | None,
) -> Flow[VideoJob]:
    waiter = _jobs.JobWaiter(
        VIDEO,
        id,
        timeout=timeout,
        poll_interval=poll_interval,
        max_poll_interval=max_poll_interval,
        on_event=None,
        now=time.monotonic,
    )
    return _jobs.wait(_retrieve(id, {}), None, waiter, watch)


class Videos(SyncAPIResource):
    """``client.videos``: video generation jobs."""

    if TYPE_CHECKING:  # its methods, in its views (see the end of this module)
        with_raw_response: _VideosRaw
        with_streaming_response: _VideosStreaming

    @documented(VideoCreateParams, CreateVideoParams)
    def create(self, **params: Unpack[VideoCreateParams]) -> VideoJob:
        """Start generating a video with ``model``; returns the job (``.id``, ``.status``).

        Example::

            job = client.videos.create(model="Wan-AI/Wan2.2-T2V-A14B", prompt="a red fox, snow",
                                       seconds="5")
            url = client.videos.wait(job.id, timeout=900).outputs.video_url
        """
        return self._core.request(_create(params))

    def retrieve(self, id: str, **options: Unpack[RequestOptions]) -> VideoJob:
        """One job: its ``status`` and, once completed, ``outputs.video_url`` and
        ``outputs.cost``; once failed, its ``error``.

        Example::

            job = client.videos.retrieve("video-...")
            if job.status == "completed":
                print(job.outputs.video_url)
        """
        return self._core.request(_retrieve(id, options))

    def wait(
        self,
        id: str,
        *,
        timeout: float | None = None,
        poll_interval: float = 5.0,
        max_poll_interval: float = 30.0,
        progress: bool = False,
    ) -> VideoJob:
        """Poll the job until it completes (returned); one that fails raises
        ``VideoFailedError`` (with the job's error). After ``timeout`` seconds it raises
        ``WaitTimeoutError``; the job keeps running.

        ``progress=True``: a live line on stderr, when it is a terminal, with the job's id, its
        status and the time waited. It needs rich (``pip install 'together-facade[progress]'``).

        Example::

            video = client.videos.wait(job.id, timeout=900, progress=True)
            print(video.outputs.video_url)
        """
        with _progress.job_line(progress, "video", id) as watch:
            return self._core.run(_wait(id, timeout, poll_interval, max_poll_interval, watch))


class AsyncVideos(AsyncAPIResource):
    """``client.videos`` on ``AsyncTogether``: the same calls, awaited."""

    if TYPE_CHECKING:  # its methods, in its views (see the end of this module)
        with_raw_response: _AsyncVideosRaw
        with_streaming_response: _AsyncVideosStreaming

    @documented(VideoCreateParams, CreateVideoParams, like=Videos.create)
    async def create(self, **params: Unpack[VideoCreateParams]) -> VideoJob:
        """Start generating a video (see ``Together.videos.create``)."""
        return await self._core.request(_create(params))

    async def retrieve(self, id: str, **options: Unpack[RequestOptions]) -> VideoJob:
        """One job. Example: ``job = await client.videos.retrieve("video-...")``."""
        return await self._core.request(_retrieve(id, options))

    async def wait(
        self,
        id: str,
        *,
        timeout: float | None = None,
        poll_interval: float = 5.0,
        max_poll_interval: float = 30.0,
        progress: bool = False,
    ) -> VideoJob:
        """Poll the job until it is over (see ``Together.videos.wait``, and ``progress``
        there).

        Example: ``video = await client.videos.wait(job.id, timeout=900)``.
        """
        with _progress.job_line(progress, "video", id) as watch:
            flow = _wait(id, timeout, poll_interval, max_poll_interval, watch)
            return await self._core.run(flow)


# --- the views' types (see _resource): each area's methods, listed once per view ------------

if TYPE_CHECKING:

    class _VideosRaw(RawResponses):
        def __init__(self, r: Videos) -> None:
            self.create = wrap_raw(r.create)
            self.retrieve = wrap_raw(r.retrieve)
            self.wait = wrap_raw(r.wait)

    class _VideosStreaming(StreamingResponses):
        def __init__(self, r: Videos) -> None:
            self.create = wrap_streamed(r.create)
            self.retrieve = wrap_streamed(r.retrieve)
            self.wait = wrap_streamed(r.wait)

    class _AsyncVideosRaw(AsyncRawResponses):
        def __init__(self, r: AsyncVideos) -> None:
            self.create = wrap_araw(r.create)
            self.retrieve = wrap_araw(r.retrieve)
            self.wait = wrap_araw(r.wait)

    class _AsyncVideosStreaming(AsyncStreamingResponses):
        def __init__(self, r: AsyncVideos) -> None:
            self.create = wrap_astreamed(r.create)
            self.retrieve = wrap_astreamed(r.retrieve)
            self.wait = wrap_astreamed(r.wait)
