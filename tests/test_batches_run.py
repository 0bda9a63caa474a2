"""``batches.run`` end to end against the stand-in, which checks the uploaded file, moves the
batch through IN_PROGRESS to COMPLETED, and writes output and error files by ``custom_id``."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from together_facade import (
    AsyncTogether,
    BatchFailedError,
    FileCheckError,
    InvalidRequestError,
    Together,
)
from together_facade.testing import StandIn
from together_facade.types import ChatCompletionResponse


@pytest.fixture(scope="module")
def server() -> Iterator[StandIn]:
    with StandIn() as standin:
        yield standin


@pytest.fixture
def api(server: StandIn) -> StandIn:
    server.reset()
    server.batch_steps = 2
    return server


def chat(text: str, **extra: object) -> dict[str, object]:
    return {"model": "m", "messages": [{"role": "user", "content": text}], **extra}


def test_requests_in_answers_back_in_their_order_with_the_errors_file_read(api: StandIn) -> None:
    requests = [chat("a"), chat("b", fail=True), chat("c"), chat("d", fail=True), chat("e")]
    with Together(api_key="sk", base_url=api.base_url) as client:
        result = client.batches.run(requests, poll_interval=0.01, completion_window="24h")
    assert result.custom_ids == [f"request-{i}" for i in range(5)]
    assert [r is not None for r in result.results] == [True, False, True, False, True]
    assert all(isinstance(r, ChatCompletionResponse) for r in result.results if r is not None)
    assert sorted(result.errors) == ["request-1", "request-3"]
    assert result.missing == [] and result.batch.status == "COMPLETED"
    polls = api.calls("GET /batches/{id}")
    assert len(polls) == 2  # IN_PROGRESS, then COMPLETED
    uploaded = [json.loads(line) for line in api.last_upload().splitlines()]
    assert [line["custom_id"] for line in uploaded] == result.custom_ids
    assert uploaded[2]["body"] == chat("c")
    created = api.calls("POST /batches")[-1].json()
    assert created["endpoint"] == "/v1/chat/completions" and created["completion_window"] == "24h"


def test_a_jsonl_path_and_an_output_dir_keep_the_files(api: StandIn, tmp_path: Path) -> None:
    source = tmp_path / "mine.jsonl"
    source.write_text(
        "".join(json.dumps({"custom_id": f"q{i}", "body": chat(str(i))}) + "\n" for i in range(3))
    )
    with Together(api_key="sk", base_url=api.base_url) as client:
        result = client.batches.run(source, poll_interval=0.01, output_dir=tmp_path / "out")
    assert result.custom_ids == ["q0", "q1", "q2"] and result.succeeded == 3
    assert (tmp_path / "out" / "output.jsonl").exists()
    assert not (tmp_path / "out" / "errors.jsonl").exists()  # nothing failed: no error file


def test_async_run_matches(api: StandIn) -> None:
    async def main() -> list[bool]:
        async with AsyncTogether(api_key="sk", base_url=api.base_url) as client:
            result = await client.batches.run([chat("x"), chat("y", fail=True)], poll_interval=0.01)
            return [r is not None for r in result.results]

    assert asyncio.run(main()) == [True, False]


def test_a_failed_batch_raises_with_the_batch(api: StandIn) -> None:
    api.answer("GET /batches/{id}", json={"id": "b-1", "status": "FAILED"})
    with (
        Together(api_key="sk", base_url=api.base_url) as client,
        pytest.raises(BatchFailedError) as info,
    ):
        client.batches.run([chat("a")], poll_interval=0.01)
    assert info.value.job.status == "FAILED"


def test_bad_requests_are_refused_before_anything_is_sent(api: StandIn, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"custom_id": "a", "body": {}}\nnot json\n')
    with Together(api_key="sk", base_url=api.base_url) as client:
        with pytest.raises(InvalidRequestError, match="repeated"):
            client.batches.run([{"custom_id": "a", "body": {}}, {"custom_id": "a", "body": {}}])
        with pytest.raises(FileCheckError, match="line 2"):
            client.batches.run(bad)
    assert api.requests == []
