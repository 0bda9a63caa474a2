"""The bulk runner (together_facade._bulk) with a made-up ``send``: batching, splitting, retries,
failures kept, and the checkpoint (resume, a line cut short, another job's file)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import httpx
import pytest

from together_facade._bulk import BulkItem, BulkSummary, Checkpoint, Job, run_bulk
from together_facade._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    AuthenticationError,
    BadRequestError,
    BulkError,
    CheckpointMismatchError,
    InternalServerError,
    RateLimitError,
)
from together_facade._pace import Pace
from together_facade._response import RateLimitInfo

NO_LIMITS = RateLimitInfo.from_headers(httpx.Headers())
REQUEST = httpx.Request("POST", "http://127.0.0.1/v1/embeddings")


def _response(status: int, **headers: str) -> httpx.Response:
    return httpx.Response(status, headers=headers, request=REQUEST)


class FakeAPI:
    """A ``send`` that embeds text ``t`` as ``[len(t)]``, and fails as told."""

    def __init__(self, fail: Callable[[Job, int], BaseException | None] | None = None) -> None:
        self.fail = fail
        self.calls: list[list[Any]] = []

    async def __call__(self, job: Job) -> tuple[Sequence[Any], RateLimitInfo]:
        self.calls.append(list(job.inputs))
        call = len(self.calls)
        await asyncio.sleep(0)
        if self.fail is not None and (error := self.fail(job, call)) is not None:
            raise error
        return [[len(text)] for text in job.inputs], NO_LIMITS

    @property
    def sent(self) -> list[Any]:
        return [text for call in self.calls for text in call]


def run(
    inputs: list[str],
    send: FakeAPI,
    *,
    batch_size: int = 3,
    checkpoint: Path | None = None,
    stop_after: int | None = None,
    max_attempts: int = 3,
    summary: BulkSummary | None = None,
    header: dict[str, Any] | None = None,
) -> list[BulkItem[Any]]:
    async def main() -> list[BulkItem[Any]]:
        got: list[BulkItem[Any]] = []
        items = run_bulk(
            inputs,
            send,
            batch_size=batch_size,
            max_concurrency=4,
            max_attempts=max_attempts,
            max_throttled=20,
            pace=Pace(),
            checkpoint=(
                Checkpoint(checkpoint, header or {"kind": "embeddings", "model": "m"})
                if checkpoint
                else None
            ),
            dump=lambda r: r,
            load=lambda r: r,
            progress=None,
            summary=summary or BulkSummary(),
        )
        async for item in items:
            got.append(item)
            if stop_after is not None and len(got) >= stop_after:
                await items.aclose()  # type: ignore[attr-defined]
                break
        return got

    return asyncio.run(main())


def texts(n: int) -> list[str]:
    return [f"text number {i}" + "x" * (i % 7) for i in range(n)]


def test_every_input_is_answered_once_in_batches() -> None:
    inputs, api, summary = texts(10), FakeAPI(), BulkSummary()
    items = run(inputs, api, summary=summary)
    assert sorted(item.index for item in items) == list(range(10))
    assert {item.index: item.result for item in items} == {
        i: [len(t)] for i, t in enumerate(inputs)
    }
    assert sorted(len(call) for call in api.calls) == [1, 3, 3, 3]
    assert sorted(api.sent) == sorted(inputs)
    assert (summary.total, summary.succeeded, summary.failed, summary.requests) == (10, 10, 0, 4)


def test_a_bad_input_is_found_by_splitting_its_batch_and_fails_alone() -> None:
    inputs = texts(8)
    inputs[5] = "BAD"

    def fail(job: Job, _: int) -> BaseException | None:
        return (
            BadRequestError("input too long", response=_response(400))
            if "BAD" in job.inputs
            else None
        )

    summary = BulkSummary()
    items = run(inputs, FakeAPI(fail), batch_size=4, summary=summary)
    failures = [item.failure for item in items if item.failure]
    assert [(f.index, f.input) for f in failures] == [(5, "BAD")]
    assert isinstance(failures[0].error, BadRequestError)
    assert sorted(item.index for item in items if item.failure is None) == [0, 1, 2, 3, 4, 6, 7]
    assert (summary.succeeded, summary.failed) == (7, 1)


def test_a_transient_error_is_retried_and_one_that_persists_is_kept_as_a_failure() -> None:
    def flaky(job: Job, call: int) -> BaseException | None:
        if "text number 0" in job.inputs and job.attempts < 2:
            return InternalServerError("busy", response=_response(503))
        if any(text.startswith("text number 3") for text in job.inputs):
            return APIConnectionError("reset by peer", request=REQUEST)
        return None

    summary = BulkSummary()
    items = run(texts(6), FakeAPI(flaky), batch_size=3, summary=summary, max_attempts=3)
    by_index = {item.index: item for item in items}
    assert all(by_index[i].result == [len(texts(6)[i])] for i in range(3))
    assert all(by_index[i].failure is not None for i in range(3, 6))
    failure = by_index[3].failure
    assert failure is not None and failure.attempts == 3
    assert isinstance(failure.error, APIConnectionError)
    assert (summary.retried, summary.requests, summary.failed) == (2 + 2, 3 + 3, 3)


def test_an_auth_error_is_final_at_once() -> None:
    api = FakeAPI(lambda job, _: AuthenticationError("bad key", response=_response(401)))
    items = run(texts(2), api, batch_size=1)
    assert len(api.calls) == 2 and all(item.failure for item in items)


def test_a_429_is_paced_and_retried_not_counted_as_an_attempt() -> None:
    def limited(job: Job, call: int) -> BaseException | None:
        if call <= 3:
            return RateLimitError("slow down", response=_response(429), retry_after=0.01)
        return None

    summary = BulkSummary()
    items = run(texts(4), FakeAPI(limited), batch_size=1, summary=summary, max_attempts=1)
    assert all(item.failure is None for item in items)
    assert summary.rate_limited == 3 and summary.requests == 7


def test_an_answer_with_the_wrong_number_of_results_fails_its_inputs() -> None:
    class Short(FakeAPI):
        async def __call__(self, job: Job) -> tuple[Sequence[Any], RateLimitInfo]:
            results, info = await super().__call__(job)
            return results[:-1], info

    items = run(texts(3), Short(), batch_size=3)
    assert all(
        isinstance(item.failure and item.failure.error, APIResponseValidationError)
        for item in items
    )


def test_a_stopped_job_resumes_from_the_checkpoint_without_calling_finished_inputs_again(
    tmp_path: Path,
) -> None:
    inputs, path = texts(30), tmp_path / "job.jsonl"
    first = FakeAPI()
    done = run(inputs, first, batch_size=2, checkpoint=path, stop_after=11)
    finished = {item.index for item in done}
    assert len(finished) >= 11
    lines = path.read_text().splitlines()
    assert json.loads(lines[0]) == {"together_facade_bulk": 1, "kind": "embeddings", "model": "m"}
    on_disk = {json.loads(line)["i"] for line in lines[1:]}
    assert finished <= on_disk  # every input yielded was written first

    second, summary = FakeAPI(), BulkSummary()
    items = run(inputs, second, batch_size=2, checkpoint=path, summary=summary)
    assert sorted(item.index for item in items) == list(range(30))
    assert not set(second.sent) & {inputs[i] for i in on_disk}  # no finished input again
    assert summary.resumed == len(on_disk) and summary.succeeded == 30
    rows = [json.loads(line) for line in path.read_text().splitlines()[1:]]
    assert sorted(row["i"] for row in rows) == list(range(30))  # each input once on disk


def test_a_line_cut_short_by_a_crash_is_done_again(tmp_path: Path) -> None:
    inputs, path = texts(6), tmp_path / "job.jsonl"
    run(inputs, FakeAPI(), batch_size=1, checkpoint=path)
    kept = path.read_text().splitlines()[:4]  # header + 3 inputs
    path.write_text("\n".join(kept) + '\n{"i": 5, "h": "ab')  # the crash cut the last line
    again = FakeAPI()
    items = run(inputs, again, batch_size=1, checkpoint=path)
    assert sorted(item.index for item in items) == list(range(6))
    assert len(again.sent) == 3
    for line in path.read_text().splitlines()[1:]:
        if line.startswith('{"i": 5, "h": "ab'):
            continue
        json.loads(line)  # the cut line was ended, so every later line stands alone


def test_another_jobs_checkpoint_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "job.jsonl"
    run(texts(3), FakeAPI(), checkpoint=path)
    with pytest.raises(CheckpointMismatchError, match="not a checkpoint of this job"):
        run(texts(3), FakeAPI(), checkpoint=path, header={"kind": "embeddings", "model": "other"})
    changed = texts(3)
    changed[1] = "something else"
    with pytest.raises(CheckpointMismatchError, match="input 1 is not the one"):
        run(changed, FakeAPI(), checkpoint=path)


def test_bad_settings_are_refused_before_anything_is_sent() -> None:
    api = FakeAPI()
    with pytest.raises(ValueError, match="batch_size"):
        run(texts(2), api, batch_size=0)
    assert api.calls == []


def test_raise_for_failures_names_the_count_and_the_first() -> None:
    from together_facade._bulk import BulkFailure, BulkResult

    error = BadRequestError("too long", response=_response(400))
    result = BulkResult([None, [1]], [BulkFailure(0, "x", error, 1)], BulkSummary(total=2))
    with pytest.raises(BulkError, match=r"1 of 2 inputs failed; the first \(input 0\)") as info:
        result.raise_for_failures()
    assert info.value.result is result and info.value.__cause__ is error
