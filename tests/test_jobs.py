"""Waiting for a job (``_jobs``): the decisions with a fake clock, the flow driven by hand, then
``fine_tuning.wait`` against a local server."""

from __future__ import annotations

from typing import Any

import pytest
from pytest_httpserver import HTTPServer

import together_facade as tf
from tests.helpers import Invoker
from together_facade import _jobs
from together_facade._calls import Call, Endpoint, as_response
from together_facade._exceptions import InvalidTypeError
from together_facade._flow import Sleep
from together_facade._jobs import FINE_TUNE, JobWaiter
from together_facade.types import FineTuneEvent, FinetuneListEvents, FinetuneResponse


class Clock:
    """A monotonic clock that only moves when told to."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def ft(status: str | None) -> FinetuneResponse:
    data: dict[str, Any] = {"id": "ft-1"}
    if status is not None:
        data["status"] = status
    return FinetuneResponse.from_dict(data)


def event_list(*messages: str) -> FinetuneListEvents:
    return FinetuneListEvents.from_dict(events(*messages))


def waiter(
    clock: Clock,
    *,
    timeout: float | None = None,
    poll_interval: float = 1.0,
    max_poll_interval: float = 4.0,
    on_event: Any = None,
) -> JobWaiter:
    return JobWaiter(
        FINE_TUNE,
        "ft-1",
        timeout=timeout,
        poll_interval=poll_interval,
        max_poll_interval=max_poll_interval,
        on_event=on_event,
        now=clock,
    )


# --- JobWaiter: the decisions, with a fake clock ----------------------------------------


def test_delays_grow_by_half_up_to_the_longest() -> None:
    clock = Clock()
    w = waiter(clock, poll_interval=1.0, max_poll_interval=4.0)
    running = ft("running")
    delays = []
    for _ in range(7):
        delays.append(w.next_delay(running))
        clock.advance(delays[-1])
    assert delays == [1.0, 1.5, 2.25, 3.375, 4.0, 4.0, 4.0]


def test_poll_delays_alone() -> None:
    delays = _jobs.poll_delays(2.0, 10.0)
    assert [next(delays) for _ in range(6)] == [2.0, 3.0, 4.5, 6.75, 10.0, 10.0]


def test_the_last_delay_is_cut_to_the_deadline_then_the_wait_times_out() -> None:
    clock = Clock()
    w = waiter(clock, timeout=10.0, poll_interval=1.0, max_poll_interval=4.0)
    running = ft("running")
    delays = []
    with pytest.raises(tf.WaitTimeoutError) as info:
        for _ in range(100):
            delays.append(w.next_delay(running))
            clock.advance(delays[-1])
    # 1 + 1.5 + 2.25 + 3.375 = 8.125: the next 4 s would pass the deadline, so 1.875 s
    assert delays == [1.0, 1.5, 2.25, 3.375, pytest.approx(1.875)]
    assert clock.now == pytest.approx(1010.0)
    assert info.value.job is running
    assert isinstance(info.value, TimeoutError)
    message = str(info.value)
    assert "ft-1" in message and "still running" in message
    assert "keeps running" in message and "client.fine_tuning.cancel" in message


def test_no_delay_once_the_deadline_has_passed() -> None:
    clock = Clock()
    w = waiter(clock, timeout=5.0)
    clock.advance(5.5)  # the first poll itself took longer than the timeout
    with pytest.raises(tf.WaitTimeoutError, match="still queued"):
        w.next_delay(ft("queued"))
    w = waiter(clock, timeout=5.0)
    clock.advance(5.0)  # exactly at the deadline: no time left to sleep
    with pytest.raises(tf.WaitTimeoutError):
        w.next_delay(ft("running"))


def test_no_deadline_without_a_timeout() -> None:
    clock = Clock()
    w = waiter(clock, timeout=None, poll_interval=1.0, max_poll_interval=1.0)
    for _ in range(5):
        clock.advance(10_000.0)
        assert w.next_delay(ft("running")) == 1.0


@pytest.mark.parametrize(
    "status",
    [
        *("queued", "pending", "running", "uploading", "compressing", "cancel_requested"),
        *("a_status_from_next_year", "", None),  # new statuses, an empty one, none at all
    ],
)
def test_other_statuses_count_as_still_going(status: str | None) -> None:
    w = waiter(Clock())
    job = ft(status)
    assert _jobs.outcome(FINE_TUNE, job.status) is None
    assert w.observe(job, None) is False


@pytest.mark.parametrize("status", ["completed", "COMPLETED"])
def test_completed_is_the_end(status: str) -> None:
    assert waiter(Clock()).observe(ft(status), None) is True
    assert _jobs.outcome(FINE_TUNE, status) == "succeeded"


@pytest.mark.parametrize("status", ["error", "cancelled", "user_error"])
def test_failed_statuses_raise_fine_tune_failed(status: str) -> None:
    job = ft(status)
    with pytest.raises(tf.FineTuneFailedError) as info:
        waiter(Clock()).observe(job, None)
    assert info.value.job is job
    assert f"ft-1 ended with status {status}" in str(info.value)
    assert "client.fine_tuning.list_events" in str(info.value)
    assert _jobs.outcome(FINE_TUNE, status) == "failed"


def test_each_event_is_reported_once_however_the_list_grows() -> None:
    seen: list[str] = []
    w = waiter(Clock(), on_event=lambda e: seen.append(e.message))
    running = ft("running")
    batches = [
        [],
        ["a"],
        ["a", "b", "c"],  # two at once
        ["a", "b", "c"],  # none new
        ["a"],  # a shorter page: nothing is reported twice
        ["a", "b", "c", "d"],
        ["a", "b", "c", "d", "e", "f", "g"],
    ]
    reported = []
    for batch in batches:
        assert w.observe(running, event_list(*batch).data) is False
        reported.append(list(seen))
    assert seen == ["a", "b", "c", "d", "e", "f", "g"]
    assert reported == [
        [],
        ["a"],
        ["a", "b", "c"],
        ["a", "b", "c"],
        ["a", "b", "c"],
        ["a", "b", "c", "d"],
        ["a", "b", "c", "d", "e", "f", "g"],
    ]


def test_events_are_reported_before_the_end_is_decided() -> None:
    seen: list[str] = []
    w = waiter(Clock(), on_event=lambda e: seen.append(e.message))
    assert w.observe(ft("completed"), event_list("created", "done").data) is True
    assert seen == ["created", "done"]
    seen.clear()
    w = waiter(Clock(), on_event=lambda e: seen.append(e.message))
    with pytest.raises(tf.FineTuneFailedError):
        w.observe(ft("error"), event_list("created", "out of memory").data)
    assert seen == ["created", "out of memory"]


def test_events_are_ignored_without_on_event() -> None:
    w = waiter(Clock(), on_event=None)
    assert w.observe(ft("running"), event_list("a", "b").data) is False
    assert w.seen_events == 0


@pytest.mark.parametrize(
    ("settings", "error", "message"),
    [
        ({"timeout": 0.0}, tf.InvalidRequestError, "timeout must be a positive"),
        ({"timeout": -1.0}, tf.InvalidRequestError, "timeout must be a positive"),
        ({"poll_interval": 0.0}, tf.InvalidRequestError, "poll_interval must be a positive"),
        ({"poll_interval": float("nan")}, tf.InvalidRequestError, "poll_interval"),
        ({"max_poll_interval": float("inf")}, tf.InvalidRequestError, "max_poll_interval"),
        ({"poll_interval": 10.0, "max_poll_interval": 5.0}, tf.InvalidRequestError, "at least"),
        ({"poll_interval": "5"}, InvalidTypeError, "poll_interval must be a number"),
        ({"on_event": "print"}, InvalidTypeError, "on_event must be a function"),
    ],
)
def test_wait_settings_are_checked_up_front(
    settings: dict[str, Any], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        waiter(Clock(), **settings)


# --- the flow, driven by hand -----------------------------------------------------------


def retrieve_call() -> Call[Any]:
    return Call("fine_tuning.retrieve", Endpoint("GET", "/fine-tunes/ft-1"), as_response)


def events_call() -> Call[Any]:
    return Call("fine_tuning.list_events", Endpoint("GET", "/fine-tunes/ft-1/events"), as_response)


def test_wait_flow_by_hand_polls_sleeps_and_returns_the_completed_job() -> None:
    clock = Clock()
    seen: list[FineTuneEvent] = []
    w = waiter(clock, timeout=None, poll_interval=1.0, max_poll_interval=2.0, on_event=seen.append)
    retrieve, events = retrieve_call(), events_call()
    flow = _jobs.wait(retrieve, events, w)
    sleeps = []

    assert next(flow) is retrieve
    for status, messages in (
        ("queued", ["created"]),
        ("running", ["created", "started"]),
        ("running", ["created", "started"]),
        ("running", ["created", "started", "epoch 1"]),
    ):
        assert flow.send(ft(status)) is events
        command = flow.send(event_list(*messages))
        assert isinstance(command, Sleep)
        sleeps.append(command.seconds)
        clock.advance(command.seconds)
        assert flow.send(None) is retrieve
    completed = ft("completed")
    assert flow.send(completed) is events
    with pytest.raises(StopIteration) as stop:
        flow.send(event_list("created", "started", "epoch 1", "done"))
    assert stop.value.value is completed
    assert sleeps == [1.0, 1.5, 2.0, 2.0]
    assert [e.message for e in seen] == ["created", "started", "epoch 1", "done"]


def test_wait_flow_by_hand_without_events() -> None:
    clock = Clock()
    retrieve = retrieve_call()
    flow = _jobs.wait(retrieve, None, waiter(clock, poll_interval=0.5, max_poll_interval=5.0))
    assert next(flow) is retrieve
    assert flow.send(ft("running")) == Sleep(0.5)
    assert flow.send(None) is retrieve
    assert flow.send(ft("running")) == Sleep(0.75)
    assert flow.send(None) is retrieve
    done = ft("completed")
    with pytest.raises(StopIteration) as stop:
        flow.send(done)
    assert stop.value.value is done


def test_wait_flow_by_hand_raises_when_the_job_fails() -> None:
    retrieve, events = retrieve_call(), events_call()
    flow = _jobs.wait(retrieve, events, waiter(Clock()))
    assert next(flow) is retrieve
    assert flow.send(ft("running")) is events
    assert isinstance(flow.send(event_list()), Sleep)
    assert flow.send(None) is retrieve
    failed = ft("cancelled")
    assert flow.send(failed) is events
    with pytest.raises(tf.FineTuneFailedError) as info:
        flow.send(event_list())
    assert info.value.job is failed


def test_wait_flow_by_hand_times_out_with_a_last_poll_at_the_deadline() -> None:
    clock = Clock()
    retrieve = retrieve_call()
    flow = _jobs.wait(retrieve, None, waiter(clock, timeout=2.0, poll_interval=1.5))
    assert next(flow) is retrieve
    first = flow.send(ft("running"))
    assert first == Sleep(1.5)
    clock.advance(1.5)
    assert flow.send(None) is retrieve
    second = flow.send(ft("running"))
    assert isinstance(second, Sleep) and second.seconds == pytest.approx(0.5)  # cut
    clock.advance(0.5)
    assert flow.send(None) is retrieve  # one last look at the deadline
    with pytest.raises(tf.WaitTimeoutError, match="keeps running"):
        flow.send(ft("running"))


def test_wait_flow_by_hand_passes_a_failed_poll_on() -> None:
    retrieve = retrieve_call()
    flow = _jobs.wait(retrieve, None, waiter(Clock()))
    assert next(flow) is retrieve
    error = tf.APIConnectionError()
    with pytest.raises(tf.APIConnectionError) as info:
        flow.throw(error)
    assert info.value is error


# --- against a local server -------------------------------------------------------------


def job(status: str) -> dict[str, str]:
    return {"id": "ft-1", "status": status}


def events(*messages: str) -> dict[str, Any]:
    return {
        "data": [{"object": "fine-tune-event", "message": m, "type": "job_start"} for m in messages]
    }


def test_wait_returns_on_completed_and_reports_each_event_once(
    invoke: Invoker, httpserver: HTTPServer
) -> None:
    for status, messages in (
        ("queued", ["created"]),
        ("running", ["created", "started"]),
        ("completed", ["created", "started", "done"]),
    ):
        httpserver.expect_ordered_request("/v1/fine-tunes/ft-1").respond_with_json(job(status))
        httpserver.expect_ordered_request("/v1/fine-tunes/ft-1/events").respond_with_json(
            events(*messages)
        )
    seen: list[str] = []
    result = invoke(
        lambda c: c.fine_tuning.wait(
            "ft-1", poll_interval=0.01, on_event=lambda e: seen.append(e.message)
        )
    )
    assert result.status == "completed"
    assert seen == ["created", "started", "done"]


@pytest.mark.parametrize("status", ["error", "cancelled"])
def test_wait_raises_when_the_job_fails(
    status: str, invoke: Invoker, httpserver: HTTPServer
) -> None:
    httpserver.expect_ordered_request("/v1/fine-tunes/ft-1").respond_with_json(job("running"))
    httpserver.expect_ordered_request("/v1/fine-tunes/ft-1").respond_with_json(job(status))
    with pytest.raises(tf.FineTuneFailedError, match=status) as info:
        invoke(lambda c: c.fine_tuning.wait("ft-1", poll_interval=0.01))
    assert info.value.job.status == status


def test_wait_refuses_bad_settings_before_polling(invoke: Invoker, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1/fine-tunes/ft-1").respond_with_json(job("running"))
    with pytest.raises(tf.InvalidRequestError, match="max_poll_interval"):
        invoke(lambda c: c.fine_tuning.wait("ft-1", poll_interval=10.0, max_poll_interval=1.0))
    assert httpserver.log == []


def test_wait_gives_up_after_the_timeout(invoke: Invoker, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1/fine-tunes/ft-1").respond_with_json(job("running"))
    with pytest.raises(tf.WaitTimeoutError, match="still running") as info:
        invoke(
            lambda c: c.fine_tuning.wait(
                "ft-1", timeout=0.3, poll_interval=0.02, max_poll_interval=0.05
            )
        )
    assert info.value.job.status == "running"
    assert isinstance(info.value, TimeoutError)
    assert 3 <= len(httpserver.log) <= 40
