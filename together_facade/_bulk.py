"""Many calls as one job: bounded by the rate limit, resumable, with nothing lost.

``client.bulk`` (``resources/bulk.py``) turns a list of inputs into calls (embeddings in
batches, one chat completion per request) and runs them here:

* **Concurrency and pace.** At most ``max_concurrency`` calls are in flight, and each waits for
  its slot in the shared ``Pace`` (``_pace``), which follows ``x-ratelimit-*`` and backs off on
  429 for all workers at once. The client's own retries are off for these calls: a per-call
  retry would sleep in its own corner and overshoot again.
* **Retries.** A 429 puts the call back (up to ``max_throttled`` times); a connection error, a
  timeout, 408, 409 or a 5xx is retried with a growing backoff up to ``max_attempts``; any other
  error is final. A batch of several inputs that gets a 400/413/422 is split in two and each half
  sent again, so that one bad input fails alone instead of taking its batch with it.
* **Nothing lost.** Every input ends as a result or as a ``BulkFailure`` (the input, the error,
  the attempts); ``BulkResult.summary`` counts them. An input is never in the output twice.
* **Checkpoint.** With ``checkpoint=path``, each finished input is appended to a JSONL file as
  soon as its call returns (one line per input, flushed). Run the same job again with the same
  file and the inputs already there are read back, not called again; failures are tried again.
  A line cut short by a crash is ignored. The file starts with a line naming the job (kind and
  model), and each line holds a hash of its input, so resuming with other inputs is refused.

Delivery guarantee: a finished input (its line written) is never called again. Calls in flight
when the process died, and inputs that failed, are called again on resume: at least once for
those, exactly once in the output.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import os
import random
import time
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Generic, TypeVar

from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    BulkError,
    CheckpointMismatchError,
    InvalidRequestError,
    RateLimitError,
)
from ._pace import Pace
from ._progress import ProgressOption, transfer
from ._response import RateLimitInfo

__all__ = [
    "BulkFailure",
    "BulkItem",
    "BulkResult",
    "BulkSummary",
    "Job",
    "run_bulk",
]

T = TypeVar("T")

#: Statuses worth another attempt (besides 429, which is paced, not counted as an attempt).
_TRANSIENT = frozenset({408, 409})
#: Statuses that say a request itself is wrong: a batch of several is split to find the input.
_SPLIT = frozenset({400, 413, 422})
_FORMAT = 1  # the checkpoint's format version


@dataclass(frozen=True, slots=True)
class BulkFailure:
    """An input that got no result: which (``index`` in the inputs), what, and why."""

    index: int
    input: Any
    error: BaseException
    attempts: int

    @property
    def message(self) -> str:
        return f"{type(self.error).__name__}: {self.error}"


@dataclass(frozen=True, slots=True)
class BulkItem(Generic[T]):
    """One input's outcome, as ``iter_*`` yields them: a ``result`` or a ``failure``."""

    index: int
    input: Any
    result: T | None = None
    failure: BulkFailure | None = None
    resumed: bool = False  # read back from the checkpoint, not called in this run


@dataclass(slots=True)
class BulkSummary:
    """What a bulk job did. ``requests_per_second`` counts the calls this run sent."""

    total: int = 0
    succeeded: int = 0
    failed: int = 0
    resumed: int = 0  # read back from the checkpoint
    requests: int = 0  # calls sent, retries included
    retried: int = 0
    rate_limited: int = 0  # 429s received
    elapsed: float = 0.0

    @property
    def requests_per_second(self) -> float:
        return self.requests / self.elapsed if self.elapsed > 0 else 0.0

    def __str__(self) -> str:
        return (
            f"{self.succeeded} of {self.total} succeeded ({self.resumed} from the checkpoint), "
            f"{self.failed} failed; {self.requests} requests ({self.retried} retried, "
            f"{self.rate_limited} rate-limited) in {self.elapsed:.1f} s, "
            f"{self.requests_per_second:.1f}/s"
        )


@dataclass(slots=True)
class BulkResult(Generic[T]):
    """A bulk job's outcome: ``results[i]`` for input ``i`` (``None`` where it failed),
    the ``failures``, and a ``summary``."""

    results: list[T | None]
    failures: list[BulkFailure]
    summary: BulkSummary

    def raise_for_failures(self) -> None:
        """Raise the first failure's error if any input failed (the summary in the message)."""
        if self.failures:
            first = self.failures[0]
            raise BulkError(
                f"{len(self.failures)} of {self.summary.total} inputs failed; the first "
                f"(input {first.index}): {first.message}",
                self,
            ) from first.error


@dataclass(slots=True)
class Job:
    """Inputs sent in one call: their indices, the inputs themselves, and the attempts so far."""

    indices: list[int]
    inputs: list[Any]
    attempts: int = 0
    throttled: int = 0


#: Sends one job's call: its results, one per input, and the answer's rate-limit headers.
Send = Callable[[Job], Awaitable[tuple[Sequence[Any], RateLimitInfo]]]
#: Checkpoint codec: a result as JSON, and back.
Dump = Callable[[Any], Any]
Load = Callable[[Any], Any]


def input_hash(value: Any) -> str:
    """A short hash of an input, to tell whether a checkpoint line is about the same input."""
    text = json.dumps(value, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.blake2b(text.encode(), digest_size=8).hexdigest()


# --- the checkpoint ------------------------------------------------------------------------


class Checkpoint:
    """A JSONL file of finished inputs: a header line naming the job, then one line per input,
    ``{"i": index, "h": input hash, "r": result}``."""

    def __init__(self, path: str | os.PathLike[str], header: dict[str, Any]) -> None:
        self.path = Path(path)
        self.header = {"together_facade_bulk": _FORMAT, **header}
        self._file: IO[str] | None = None

    def read(self, load: Load) -> dict[int, tuple[str, Any]]:
        """The inputs finished by earlier runs: index -> (input hash, result)."""
        if not self.path.exists() or self.path.stat().st_size == 0:
            return {}
        done: dict[int, tuple[str, Any]] = {}
        with self.path.open(encoding="utf-8") as f:
            first = f.readline()
            try:
                header = json.loads(first)
            except ValueError:
                header = None
            if header != self.header:
                raise CheckpointMismatchError(
                    f"{self.path} is not a checkpoint of this job (it starts "
                    f"{first.strip()[:200]!r}; this job is {json.dumps(self.header)}): give "
                    "another checkpoint file, or "
                    "delete this one to start over"
                )
            for line in f:
                try:
                    row = json.loads(line)
                    done[int(row["i"])] = (str(row["h"]), load(row["r"]))
                except (ValueError, KeyError, TypeError):
                    continue  # a line cut short by a crash: that input is done again
        return done

    def open(self) -> None:
        fresh = not self.path.exists() or self.path.stat().st_size == 0
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._file = self.path.open("a", encoding="utf-8")
        if fresh:
            self._file.write(json.dumps(self.header) + "\n")
        elif not self._ends_with_newline():
            self._file.write("\n")  # end the line a crash cut short, so the next one stands
        self._file.flush()

    def _ends_with_newline(self) -> bool:
        with self.path.open("rb") as f:
            f.seek(-1, os.SEEK_END)
            return f.read(1) == b"\n"

    def write(self, rows: Iterable[tuple[int, str, Any]]) -> None:
        if self._file is None:
            return
        self._file.write(
            "".join(
                json.dumps({"i": i, "h": h, "r": r}, separators=(",", ":")) + "\n"
                for i, h, r in rows
            )
        )
        self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None


# --- the run ---------------------------------------------------------------------------------


@dataclass
class _Run:
    """One bulk job in progress."""

    send: Send
    pace: Pace
    max_concurrency: int
    max_attempts: int
    max_throttled: int
    summary: BulkSummary
    checkpoint: Checkpoint | None
    dump: Dump
    hashes: dict[int, str]
    out: asyncio.Queue[BulkItem[Any] | None] = field(default_factory=asyncio.Queue)
    retry: deque[Job] = field(default_factory=deque)

    async def worker(self, jobs: Iterator[Job]) -> None:
        """Take jobs (those to retry first) until there are none; a job this worker puts back
        is always taken again, by it if no other worker is left."""
        while (job := self.retry.popleft() if self.retry else next(jobs, None)) is not None:
            await self.attempt(job)

    async def attempt(self, job: Job) -> None:
        loop = asyncio.get_running_loop()
        while True:
            at = self.pace.reserve(loop.time())
            await asyncio.sleep(max(0.0, at - loop.time()))
            if self.pace.ready(loop.time()):
                break
        sent_at = loop.time()
        self.summary.requests += 1
        if job.attempts or job.throttled:
            self.summary.retried += 1
        try:
            results, info = await self.send(job)
        except RateLimitError as exc:
            self.pace.rate_limited(loop.time(), sent_at, exc.retry_after)
            self.summary.rate_limited += 1
            job.throttled += 1
            if job.throttled > self.max_throttled:
                self.fail(job, exc)
            else:
                self.retry.append(job)
            return
        except APIStatusError as exc:
            info = RateLimitInfo.from_headers(exc.response.headers)
            self.pace.succeeded(loop.time(), *_limits(info))
            await self.failed(job, exc, exc.status_code)
            return
        except APIConnectionError as exc:
            await self.failed(job, exc, None)
            return
        except InvalidRequestError as exc:
            self.fail(job, exc)
            return
        self.pace.succeeded(loop.time(), *_limits(info))
        self.done(job, results)

    async def failed(self, job: Job, exc: BaseException, status: int | None) -> None:
        job.attempts += 1
        if status in _SPLIT and len(job.inputs) > 1:
            half = len(job.inputs) // 2
            self.retry.append(Job(job.indices[:half], job.inputs[:half]))
            self.retry.append(Job(job.indices[half:], job.inputs[half:]))
            return
        transient = status is None or status in _TRANSIENT or status >= 500
        if not transient or job.attempts >= self.max_attempts:
            self.fail(job, exc)
            return
        await asyncio.sleep(min(0.25 * 2 ** (job.attempts - 1), 8.0) * (0.5 + random.random() / 2))
        self.retry.append(job)

    def fail(self, job: Job, exc: BaseException) -> None:
        attempts = job.attempts + job.throttled
        for index, value in zip(job.indices, job.inputs, strict=True):
            failure = BulkFailure(index, value, exc, attempts)
            self.summary.failed += 1
            self.out.put_nowait(BulkItem(index, value, failure=failure))

    def done(self, job: Job, results: Sequence[Any]) -> None:
        if len(results) != len(job.inputs):
            self.fail(
                job,
                APIResponseValidationError(
                    f"the answer holds {len(results)} results for {len(job.inputs)} inputs"
                ),
            )
            return
        if self.checkpoint is not None:
            self.checkpoint.write(
                (i, self.hashes[i], self.dump(r)) for i, r in zip(job.indices, results, strict=True)
            )
        for index, value, result in zip(job.indices, job.inputs, results, strict=True):
            self.summary.succeeded += 1
            self.out.put_nowait(BulkItem(index, value, result=result))

    async def outcomes(self, jobs: Iterator[Job]) -> AsyncIterator[BulkItem[Any]]:
        """Run ``jobs`` on ``max_concurrency`` workers; each input's outcome as it comes. Left
        early (or failing), the workers are cancelled and the checkpoint closed."""
        if self.checkpoint is not None:
            self.checkpoint.open()
        workers = [asyncio.ensure_future(self.worker(jobs)) for _ in range(self.max_concurrency)]

        async def close_when_done() -> None:
            try:
                await asyncio.gather(*workers)
            finally:
                self.out.put_nowait(None)

        closer = asyncio.ensure_future(close_when_done())
        try:
            while (outcome := await self.out.get()) is not None:
                yield outcome
            await closer  # a worker's unexpected error surfaces here
        finally:
            for task in (*workers, closer):
                task.cancel()
            with contextlib.suppress(BaseException):
                await asyncio.gather(*workers, closer, return_exceptions=True)
            if self.checkpoint is not None:
                self.checkpoint.close()


def _limits(info: RateLimitInfo) -> tuple[float | None, float | None, float | None]:
    return info.limit_requests, info.remaining_requests, info.reset


def _resume(
    items: Sequence[Any], checkpoint: Checkpoint | None, load: Load
) -> tuple[dict[int, str], list[BulkItem[Any]], list[int]]:
    """Each input's hash, the outcomes the checkpoint already holds, and the inputs to do."""
    done = checkpoint.read(load) if checkpoint is not None else {}
    hashes: dict[int, str] = {}
    resumed: list[BulkItem[Any]] = []
    todo: list[int] = []
    for index, value in enumerate(items):
        digest = hashes[index] = input_hash(value)
        if index not in done:
            todo.append(index)
        elif done[index][0] != digest:
            raise CheckpointMismatchError(
                f"input {index} is not the one the checkpoint holds a result for: resume "
                "with the same inputs in the same order, or use another checkpoint file"
            )
        else:
            resumed.append(BulkItem(index, value, result=done.pop(index)[1], resumed=True))
    return hashes, resumed, todo


async def run_bulk(
    inputs: Iterable[Any],
    send: Send,
    *,
    batch_size: int,
    max_concurrency: int,
    max_attempts: int,
    max_throttled: int,
    pace: Pace,
    checkpoint: Checkpoint | None,
    dump: Dump,
    load: Load,
    progress: ProgressOption,
    summary: BulkSummary,
) -> AsyncIterator[BulkItem[Any]]:
    """Run the job; yield each input's ``BulkItem`` as it finishes (those read back from the
    checkpoint first), keeping ``summary`` up to date (``elapsed`` is set at the end)."""
    if batch_size < 1:
        raise InvalidRequestError("batch_size must be 1 or more")
    if max_concurrency < 1:
        raise InvalidRequestError("max_concurrency must be 1 or more")
    with transfer(progress, "inputs", unit="inputs") as report:
        items = inputs if isinstance(inputs, Sequence) else list(inputs)
        summary.total = len(items)
        started = time.monotonic()
        hashes, resumed, todo = _resume(items, checkpoint, load)
        summary.resumed = summary.succeeded = finished = len(resumed)
        if report is not None:
            report(finished, summary.total)
        for item in resumed:
            yield item
        del resumed
        jobs = iter(
            Job(todo[k : k + batch_size], [items[i] for i in todo[k : k + batch_size]])
            for k in range(0, len(todo), batch_size)
        )
        run = _Run(
            send, pace, max_concurrency, max_attempts, max_throttled, summary, checkpoint, dump,
            hashes,
        )  # fmt: skip
        try:
            async for outcome in run.outcomes(jobs):
                finished += 1
                if report is not None:
                    report(finished, summary.total)
                yield outcome
        finally:
            summary.elapsed = time.monotonic() - started
