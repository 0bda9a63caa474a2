"""Embeddings and chat completions over a Ray Data dataset, beyond one machine.

::

    import ray
    from together_facade.ray_data import TogetherEmbeddings

    ds = ray.data.read_parquet("s3://bucket/docs/")
    workers = 8
    ds = ds.map_batches(
        TogetherEmbeddings,
        fn_constructor_kwargs={"model": "BAAI/bge-base-en-v1.5", "workers": workers},
        concurrency=workers,   # one actor (and one client) per worker
        batch_size=512,
    )
    ds.write_parquet("s3://bucket/embedded/")

Each Ray worker (an actor) holds one client and runs ``client.bulk`` on the rows of each batch
it gets: requests paced by the rate limit, 429s backed off, transient errors retried, a failing
input isolated. The account's rate limit is shared: every worker sees the same
``x-ratelimit-limit``, so each takes ``1 / workers`` of it (``workers``: the ``concurrency``
given to ``map_batches``), and ``max_requests_per_second`` (the account's, if you know it) is
divided the same way. The pace persists across a worker's batches.

An input that fails (after the retries) raises ``together_facade.BulkError`` by default, and
Ray retries or fails the task as configured: nothing is dropped silently. With
``on_failure="keep"``, the row keeps ``None`` in the output column and the error in
``<output_column>_error``.

Needs the ``ray`` extra: ``pip install 'together-facade[ray]'``. The API key comes from
``api_key=`` or ``TOGETHER_API_KEY`` in the workers' environment (Ray's ``runtime_env``).
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import Any, Literal

from ._bulk import BulkResult, BulkSummary
from ._client import AsyncTogether
from ._exceptions import InvalidRequestError
from ._pace import Pace
from .resources.bulk import AsyncBulk

__all__ = ["TogetherChat", "TogetherEmbeddings"]

OnFailure = Literal["raise", "keep"]


class _Worker:
    """One client, one event loop and one pace per Ray actor."""

    def __init__(
        self,
        *,
        workers: int,
        max_requests_per_second: float | None,
        max_concurrency: int,
        on_failure: OnFailure,
        client_options: Mapping[str, Any],
    ) -> None:
        if workers < 1:
            raise InvalidRequestError("workers is the number of Ray workers: 1 or more")
        if on_failure not in ("raise", "keep"):
            raise InvalidRequestError('on_failure is "raise" or "keep"')
        cap = max_requests_per_second / workers if max_requests_per_second else None
        self._loop = asyncio.new_event_loop()
        self._client = AsyncTogether(**client_options)
        self._bulk = AsyncBulk(self._client, pace=Pace(cap=cap, share=1.0 / workers))
        self._concurrency = max_concurrency
        self._on_failure = on_failure
        self.summary = BulkSummary()  # this worker's totals so far

    def _finish(self, result: BulkResult[Any], column: str, batch: dict[str, Any]) -> None:
        for name in ("succeeded", "failed", "requests", "retried", "rate_limited"):
            setattr(self.summary, name, getattr(self.summary, name) + getattr(result.summary, name))
        self.summary.total += result.summary.total
        if result.failures and self._on_failure == "raise":
            result.raise_for_failures()
        batch[column] = result.results
        if self._on_failure == "keep":
            errors: list[str | None] = [None] * len(result.results)
            for failure in result.failures:
                errors[failure.index] = failure.message
            batch[f"{column}_error"] = errors

    def __del__(self) -> None:
        loop = getattr(self, "_loop", None)
        if loop is not None and not loop.is_closed():
            try:
                loop.run_until_complete(self._client.close())
            finally:
                loop.close()


class TogetherEmbeddings(_Worker):
    """A ``map_batches`` callable class that embeds ``column`` into ``output_column``."""

    def __init__(
        self,
        *,
        model: str,
        column: str = "text",
        output_column: str = "embedding",
        workers: int = 1,
        batch_size: int = 64,
        max_concurrency: int = 8,
        max_requests_per_second: float | None = None,
        on_failure: OnFailure = "raise",
        **client_options: Any,
    ) -> None:
        super().__init__(
            workers=workers,
            max_requests_per_second=max_requests_per_second,
            max_concurrency=max_concurrency,
            on_failure=on_failure,
            client_options=client_options,
        )
        self._model, self._column, self._output = model, column, output_column
        self._batch_size = batch_size

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        texts = [str(text) for text in batch[self._column]]
        job = self._bulk.embeddings(
            texts,
            model=self._model,
            batch_size=self._batch_size,
            max_concurrency=self._concurrency,
        )
        result = self._loop.run_until_complete(job)
        out = dict(batch)
        self._finish(result, self._output, out)
        return out


class TogetherChat(_Worker):
    """A ``map_batches`` callable class that answers each row's ``column`` (a prompt string,
    or a list of messages) with a chat completion's text in ``output_column``."""

    def __init__(
        self,
        *,
        model: str,
        column: str = "prompt",
        output_column: str = "response",
        workers: int = 1,
        max_concurrency: int = 8,
        max_requests_per_second: float | None = None,
        on_failure: OnFailure = "raise",
        request: Mapping[str, Any] | None = None,
        **client_options: Any,
    ) -> None:
        super().__init__(
            workers=workers,
            max_requests_per_second=max_requests_per_second,
            max_concurrency=max_concurrency,
            on_failure=on_failure,
            client_options=client_options,
        )
        self._model, self._column, self._output = model, column, output_column
        self._request = dict(request or {})  # further fields for every request

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        requests = [{"messages": _messages(value)} for value in batch[self._column]]
        job = self._bulk.chat(
            requests, model=self._model, max_concurrency=self._concurrency, **self._request
        )
        result = self._loop.run_until_complete(job)
        texts = BulkResult(
            [_text(r) if r is not None else None for r in result.results],
            result.failures,
            result.summary,
        )
        out = dict(batch)
        self._finish(texts, self._output, out)
        return out


def _messages(value: Any) -> list[dict[str, Any]]:
    if isinstance(value, str):
        return [{"role": "user", "content": value}]
    return [dict(message) for message in value]


def _text(response: Any) -> str | None:
    choices = getattr(response, "choices", None) or []
    message = getattr(choices[0], "message", None) if choices else None
    content = getattr(message, "content", None)
    return content if isinstance(content, str) else None
