"""``client.bulk``: many embeddings or chat completions as one job, at the account's rate limit.

::

    result = client.bulk.embeddings(texts, model="BAAI/bge-base-en-v1.5", checkpoint="emb.jsonl")
    vectors = result.results           # in input order; None where an input failed
    print(result.summary)              # 10000 of 10000 succeeded ... 38.2/s
    for failure in result.failures:    # nothing is dropped silently
        print(failure.index, failure.message)

    async for item in client.bulk.iter_chat(requests, model=...):   # on AsyncTogether
        ...                                                          # as each one completes

How it paces, retries, splits failing batches and resumes from the checkpoint, and what it
guarantees after a crash: see ``together_facade._bulk``. The sync ``Together.bulk`` runs the
same job on an event loop of its own (in a thread if this one already runs a loop), with a
connection pool of its own sized to ``max_concurrency``.
"""

from __future__ import annotations

import asyncio
import queue
import threading
from collections.abc import (
    AsyncIterator,
    Awaitable,
    Callable,
    Coroutine,
    Iterable,
    Iterator,
    Mapping,
    Sequence,
)
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from .._bulk import (
    BulkItem,
    BulkResult,
    BulkSummary,
    Checkpoint,
    Job,
    run_bulk,
)
from .._exceptions import InvalidRequestError
from .._pace import Pace
from .._response import RateLimitInfo
from ..types import ChatCompletionResponse

if TYPE_CHECKING:
    import os

    from .._client import AsyncTogether, Together

__all__ = ["AsyncBulk", "Bulk"]

T = TypeVar("T")
R = TypeVar("R")
Progress = Callable[[int, int | None], None]


def _identity(value: Any) -> Any:
    return value


def _dump_chat(value: Any) -> Any:
    return value.model_dump()


class AsyncBulk:
    """``client.bulk`` on ``AsyncTogether``: see the module docstring."""

    def __init__(self, client: AsyncTogether, pace: Pace | None = None) -> None:
        self._client = client
        self._pace = pace  # shared by every job (a Ray worker's); else one per job

    async def iter_embeddings(
        self,
        inputs: Iterable[str],
        *,
        model: str,
        batch_size: int = 64,
        max_concurrency: int = 16,
        checkpoint: str | os.PathLike[str] | None = None,
        progress: bool | Progress = False,
        max_requests_per_second: float | None = None,
        rate_share: float = 1.0,
        max_attempts: int = 5,
        summary: BulkSummary | None = None,
        **params: Any,
    ) -> AsyncIterator[BulkItem[list[float]]]:
        """Embed ``inputs`` (``batch_size`` texts a call), yielding each input's outcome as it
        completes: ``item.index``, ``item.result`` (the vector) or ``item.failure``.

        ``params`` are further fields of the embeddings request. Pass a ``summary``
        (``BulkSummary()``) to read the counts once the iteration ends.
        """
        client = self._client.with_options(max_retries=0)

        async def send(job: Job) -> tuple[Sequence[Any], RateLimitInfo]:
            raw = await client.embeddings.with_raw_response.create(
                model=model, input=job.inputs, **params
            )
            data = list(raw.parse().data)
            if all(isinstance(d.index, int) for d in data):
                data.sort(key=lambda d: d.index)
            return [d.embedding for d in data], raw.ratelimit

        async for item in self._run(
            inputs,
            send,
            kind="embeddings",
            model=model,
            batch_size=batch_size,
            max_concurrency=max_concurrency,
            checkpoint=checkpoint,
            progress=progress,
            max_requests_per_second=max_requests_per_second,
            rate_share=rate_share,
            max_attempts=max_attempts,
            summary=summary,
            dump=_identity,
            load=_identity,
        ):
            yield item

    async def embeddings(
        self, inputs: Iterable[str], *, model: str, **options: Any
    ) -> BulkResult[list[float]]:
        """Embed ``inputs``; the vectors in input order (see ``iter_embeddings`` for the
        options: ``batch_size``, ``max_concurrency``, ``checkpoint``, ``progress``, ...)."""
        summary = options.pop("summary", None) or BulkSummary()
        items = self.iter_embeddings(inputs, model=model, summary=summary, **options)
        return await _collect(items, summary)

    async def iter_chat(
        self,
        requests: Iterable[Mapping[str, Any]],
        *,
        max_concurrency: int = 16,
        checkpoint: str | os.PathLike[str] | None = None,
        progress: bool | Progress = False,
        max_requests_per_second: float | None = None,
        rate_share: float = 1.0,
        max_attempts: int = 5,
        summary: BulkSummary | None = None,
        **common: Any,
    ) -> AsyncIterator[BulkItem[ChatCompletionResponse]]:
        """Run one chat completion per request (a dict of ``chat.completions.create``
        fields; ``common`` fields, e.g. ``model=...``, apply to all and a request's own win),
        yielding each outcome as it completes. Streaming is not available here."""
        client = self._client.with_options(max_retries=0)
        if common.get("stream"):
            raise InvalidRequestError("bulk chat does not stream: leave stream out")

        async def send(job: Job) -> tuple[Sequence[Any], RateLimitInfo]:
            request = job.inputs[0]
            if not isinstance(request, Mapping):
                raise InvalidRequestError(
                    f"each chat request is a dict of chat.completions.create fields, not "
                    f"{type(request).__name__}"
                )
            raw = await client.chat.completions.with_raw_response.create(
                **{**common, **request, "stream": False}
            )
            return [raw.parse()], raw.ratelimit

        async for item in self._run(
            requests,
            send,
            kind="chat",
            model=common.get("model"),
            batch_size=1,
            max_concurrency=max_concurrency,
            checkpoint=checkpoint,
            progress=progress,
            max_requests_per_second=max_requests_per_second,
            rate_share=rate_share,
            max_attempts=max_attempts,
            summary=summary,
            dump=_dump_chat,
            load=ChatCompletionResponse.from_dict,
        ):
            yield item

    async def chat(
        self, requests: Iterable[Mapping[str, Any]], **options: Any
    ) -> BulkResult[ChatCompletionResponse]:
        """One chat completion per request; the results in input order (see ``iter_chat``)."""
        summary = options.pop("summary", None) or BulkSummary()
        return await _collect(self.iter_chat(requests, summary=summary, **options), summary)

    def _run(
        self,
        inputs: Iterable[Any],
        send: Callable[[Job], Any],
        *,
        kind: str,
        model: str | None,
        batch_size: int,
        max_concurrency: int,
        checkpoint: str | os.PathLike[str] | None,
        progress: bool | Progress,
        max_requests_per_second: float | None,
        rate_share: float,
        max_attempts: int,
        summary: BulkSummary | None,
        dump: Callable[[Any], Any],
        load: Callable[[Any], Any],
    ) -> AsyncIterator[BulkItem[Any]]:
        try:
            pace = self._pace or Pace(cap=max_requests_per_second, share=rate_share)
        except ValueError as exc:
            raise InvalidRequestError(str(exc)) from None
        if max_attempts < 1:
            raise InvalidRequestError("max_attempts must be 1 or more")
        header = {"kind": kind, "model": model}
        return run_bulk(
            inputs,
            send,
            batch_size=batch_size,
            max_concurrency=max_concurrency,
            max_attempts=max_attempts,
            max_throttled=1000,
            pace=pace,
            checkpoint=Checkpoint(checkpoint, header) if checkpoint is not None else None,
            dump=dump,
            load=load,
            progress=progress,
            summary=summary if summary is not None else BulkSummary(),
        )


async def _collect(items: AsyncIterator[BulkItem[T]], summary: BulkSummary) -> BulkResult[T]:
    """Gather a bulk job's outcomes in input order."""
    by_index: dict[int, BulkItem[T]] = {}
    async for item in items:
        by_index[item.index] = item
    ordered = [by_index[i] for i in range(len(by_index))]
    return BulkResult(
        [item.result for item in ordered],
        [item.failure for item in ordered if item.failure is not None],
        summary,
    )


class Bulk:
    """``client.bulk`` on ``Together``: the same jobs as ``AsyncTogether.bulk``, run on an
    event loop of their own (on a thread of their own when this one already runs a loop, as in
    a notebook, and for ``iter_*``), with a connection pool sized to ``max_concurrency``."""

    def __init__(self, client: Together) -> None:
        self._client = client

    def embeddings(
        self, inputs: Iterable[str], *, model: str, **options: Any
    ) -> BulkResult[list[float]]:
        """Embed ``inputs``; the vectors in input order (see ``AsyncBulk.iter_embeddings`` for
        the options)."""
        return self._run(lambda bulk: bulk.embeddings(inputs, model=model, **options), options)

    def iter_embeddings(
        self, inputs: Iterable[str], *, model: str, **options: Any
    ) -> Iterator[BulkItem[list[float]]]:
        """Embed ``inputs``, yielding each input's outcome as it completes (see
        ``AsyncBulk.iter_embeddings``). Leaving the loop early stops the job."""
        job = lambda bulk: bulk.iter_embeddings(inputs, model=model, **options)  # noqa: E731
        return self._iterate(job, options)

    def chat(
        self, requests: Iterable[Mapping[str, Any]], **options: Any
    ) -> BulkResult[ChatCompletionResponse]:
        """One chat completion per request, in input order (see ``AsyncBulk.iter_chat``)."""
        return self._run(lambda bulk: bulk.chat(requests, **options), options)

    def iter_chat(
        self, requests: Iterable[Mapping[str, Any]], **options: Any
    ) -> Iterator[BulkItem[ChatCompletionResponse]]:
        """One chat completion per request, yielded as each completes (see
        ``AsyncBulk.iter_chat``). Leaving the loop early stops the job."""
        return self._iterate(lambda bulk: bulk.iter_chat(requests, **options), options)

    def _with_client(
        self, job: Callable[[AsyncBulk], Awaitable[R]], concurrency: int
    ) -> Callable[[], Coroutine[Any, Any, R]]:
        """The job on an ``AsyncTogether`` with this client's settings and a pool of its own."""
        from .._client import AsyncTogether

        async def main() -> R:
            limits = httpx.Limits(max_connections=max(concurrency, 1))
            async with httpx.AsyncClient(limits=limits) as pool:
                client = AsyncTogether.__new__(AsyncTogether)
                client._owns_http, client._plain_http = False, True
                client._init(self._client._config, pool)
                return await job(AsyncBulk(client))

        return main

    def _run(self, job: Callable[[AsyncBulk], Awaitable[R]], options: Mapping[str, Any]) -> R:
        main = self._with_client(job, int(options.get("max_concurrency", 16)))
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return asyncio.run(main())
        values: list[R] = []
        errors: list[BaseException] = []

        def target() -> None:
            try:
                values.append(asyncio.run(main()))
            except BaseException as exc:
                errors.append(exc)

        thread = threading.Thread(target=target, name="together-bulk")
        thread.start()
        thread.join()
        if errors:
            raise errors[0]
        return values[0]

    def _iterate(
        self, items: Callable[[AsyncBulk], AsyncIterator[T]], options: Mapping[str, Any]
    ) -> Iterator[T]:
        """Run the job on a thread and hand its outcomes over as they come."""
        concurrency = int(options.get("max_concurrency", 16))
        handed: queue.SimpleQueue[tuple[str, Any]] = queue.SimpleQueue()
        started: list[tuple[asyncio.AbstractEventLoop, asyncio.Task[None]]] = []

        async def pump(bulk: AsyncBulk) -> None:
            started.append((asyncio.get_running_loop(), asyncio.current_task()))  # type: ignore[arg-type]
            async for item in items(bulk):
                handed.put(("item", item))

        def target() -> None:
            try:
                asyncio.run(self._with_client(pump, concurrency)())
                handed.put(("end", None))
            except asyncio.CancelledError:
                handed.put(("end", None))
            except BaseException as exc:
                handed.put(("error", exc))

        thread = threading.Thread(target=target, name="together-bulk", daemon=True)
        thread.start()
        try:
            while True:
                kind, value = handed.get()
                if kind == "item":
                    yield value
                elif kind == "error":
                    raise value
                else:
                    return
        finally:
            if started and thread.is_alive():  # left early: stop the job
                loop, task = started[0]
                loop.call_soon_threadsafe(task.cancel)
            thread.join()
