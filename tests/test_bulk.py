"""``client.bulk`` end to end against the stand-in limited to N requests a second (429 with
Retry-After beyond, ``x-ratelimit-*`` on every answer, as Together sends them): nothing lost,
nothing twice, a throughput near the limit, and a resumed job that repeats no finished input."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from together_facade import (
    AsyncTogether,
    BulkError,
    BulkSummary,
    InvalidRequestError,
    Together,
)
from together_facade.testing import StandIn

LIMIT = 30  # requests a second (the stand-in serving 768-number vectors needs the CPU left)


@pytest.fixture(scope="module")
def server() -> Iterator[StandIn]:
    with StandIn() as standin:
        yield standin


@pytest.fixture
def api(server: StandIn) -> Iterator[StandIn]:
    server.reset()
    yield server
    server.reset()


def texts(n: int) -> list[str]:
    return [f"input {i}" for i in range(n)]


def answered_inputs(api: StandIn) -> list[str]:
    """Every input of every embeddings call the stand-in answered (not refused by the limit)."""
    refused = {call.request_id for call in api.limited}
    out: list[str] = []
    for call in api.calls("POST /embeddings"):
        if call.request_id not in refused:
            out.extend(call.json()["input"])
    return out


def test_ten_thousand_inputs_at_the_limit_none_lost_none_twice(api: StandIn) -> None:
    api.limit_rate(LIMIT)
    inputs = texts(10_000)
    with Together(api_key="sk", base_url=api.base_url) as client:
        result = client.bulk.embeddings(inputs, model="m", batch_size=20, max_concurrency=16)
    summary = result.summary
    assert summary.succeeded == 10_000 and not result.failures
    assert all(vector is not None for vector in result.results)
    assert sorted(answered_inputs(api)) == sorted(inputs)  # each input answered exactly once
    # 500 calls at 30/s: about 17 s. Within 20 % of the limit, counting the calls answered.
    answered_per_second = summary.succeeded / 20 / summary.elapsed
    assert 0.8 * LIMIT <= answered_per_second <= 1.05 * LIMIT, str(summary)
    assert len(api.limited) <= 0.05 * 500, str(summary)  # it paces; it does not hammer


def test_results_are_each_inputs_own_in_input_order(api: StandIn) -> None:
    inputs = texts(50)
    with Together(api_key="sk", base_url=api.base_url) as client:
        one_by_one = [
            client.embeddings.create(model="m", input=t).data[0].embedding for t in inputs
        ]
        bulk = client.bulk.embeddings(inputs, model="m", batch_size=7).results
    assert bulk == one_by_one


def test_a_job_stopped_halfway_resumes_and_repeats_no_finished_input(
    api: StandIn, tmp_path: Path
) -> None:
    api.limit_rate(200)
    inputs, checkpoint = texts(600), tmp_path / "embeddings.jsonl"

    async def first_half() -> int:
        async with AsyncTogether(api_key="sk", base_url=api.base_url) as client:
            seen = 0
            async for _ in client.bulk.iter_embeddings(
                inputs, model="m", batch_size=10, checkpoint=checkpoint
            ):
                seen += 1
                if seen == 300:
                    break  # the process "dies" here: the job is cut off mid-flight
            return seen

    assert asyncio.run(first_half()) == 300
    finished = {json.loads(line)["i"] for line in checkpoint.read_text().splitlines()[1:]}
    assert len(finished) >= 300
    before = len(api.calls("POST /embeddings"))
    with Together(api_key="sk", base_url=api.base_url) as client:
        summary = BulkSummary()
        result = client.bulk.embeddings(
            inputs, model="m", batch_size=10, checkpoint=checkpoint, summary=summary
        )
    again = [
        text for call in api.calls("POST /embeddings")[before:] for text in call.json()["input"]
    ]
    assert not set(again) & {inputs[i] for i in finished}
    assert summary.resumed == len(finished) and summary.succeeded == 600
    assert all(vector is not None for vector in result.results)


def test_chat_in_bulk_keeps_order_and_reads_back_from_the_checkpoint(
    api: StandIn, tmp_path: Path
) -> None:
    requests = [{"messages": [{"role": "user", "content": f"q{i}"}]} for i in range(12)]
    path = tmp_path / "chat.jsonl"
    with Together(api_key="sk", base_url=api.base_url) as client:
        first = client.bulk.chat(requests, model="m", checkpoint=path, max_concurrency=4)
        calls = len(api.calls("POST /chat/completions"))
        second = client.bulk.chat(requests, model="m", checkpoint=path)
    assert calls == 12 and len(api.calls("POST /chat/completions")) == 12
    assert [r.model_dump() for r in second.results] == [r.model_dump() for r in first.results]
    sent = sorted(c.json()["messages"][0]["content"] for c in api.calls("POST /chat/completions"))
    assert sent == sorted(f"q{i}" for i in range(12))


def test_failures_are_reported_never_dropped(api: StandIn) -> None:
    api.answer("POST /embeddings", status=400, times=100)
    with Together(api_key="sk", base_url=api.base_url) as client:
        result = client.bulk.embeddings(texts(4), model="m", batch_size=4)
    assert result.results == [None] * 4
    assert sorted(f.index for f in result.failures) == [0, 1, 2, 3]
    assert result.summary.failed == 4
    with pytest.raises(BulkError, match="4 of 4 inputs failed") as info:
        result.raise_for_failures()
    assert info.value.result is result and not isinstance(info.value, InvalidRequestError)


def test_the_sync_entry_point_works_inside_a_running_event_loop(api: StandIn) -> None:
    async def notebook_cell() -> int:
        with Together(api_key="sk", base_url=api.base_url) as client:
            return len(client.bulk.embeddings(texts(5), model="m").results)

    assert asyncio.run(notebook_cell()) == 5


@pytest.mark.parametrize(
    ("options", "match"),
    [
        ({"batch_size": 0}, "batch_size"),
        ({"max_concurrency": 0}, "max_concurrency"),
        ({"max_requests_per_second": 0}, "max_requests_per_second"),
        ({"rate_share": 2}, "rate_share"),
        ({"max_attempts": 0}, "max_attempts"),
        ({"progress": "yes"}, "progress"),
    ],
)
def test_bad_options_are_refused_before_anything_is_sent(
    api: StandIn, options: dict[str, object], match: str
) -> None:
    with (
        Together(api_key="sk", base_url=api.base_url) as client,
        pytest.raises(InvalidRequestError, match=match),
    ):
        client.bulk.embeddings(texts(2), model="m", **options)
    assert api.calls("POST /embeddings") == []


def test_the_sync_iteration_yields_as_completed_and_stops_when_left(api: StandIn) -> None:
    inputs = texts(40)
    with Together(api_key="sk", base_url=api.base_url) as client:
        items = list(client.bulk.iter_embeddings(inputs, model="m", batch_size=4))
        assert sorted(item.index for item in items) == list(range(40))
        api.reset()
        api.limit_rate(5)  # slow: the job cannot be done by the time the loop is left
        for count, _ in enumerate(client.bulk.iter_embeddings(inputs, model="m", batch_size=1), 1):
            if count == 3:
                break
    sent = len(api.calls("POST /embeddings"))
    assert sent < 40  # the job stopped
    time.sleep(0.5)
    assert len(api.calls("POST /embeddings")) == sent  # and stays stopped
