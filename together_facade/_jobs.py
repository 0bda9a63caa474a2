"""Waiting for a long-running job, written once as a flow (see ``_flow``).

The flow polls the job (and, when asked, its events) until the job's status says it is over,
sleeping between polls: ``poll_interval`` at first, growing by half each time up to
``max_poll_interval``, and never past the deadline. A job that completes is returned; one that
fails or is cancelled raises its kind's error; a deadline reached raises ``WaitTimeoutError``,
and the job keeps running. A status the library does not know counts as "still going".

The decisions are in ``JobWaiter`` (pure, given a clock); ``wait`` only adds the polling.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from ._calls import Call
from ._config import check_callable, check_seconds
from ._exceptions import (
    FineTuneFailedError,
    InvalidRequestError,
    TogetherError,
    WaitTimeoutError,
)
from ._flow import Flow, Sleep

__all__ = ["FINE_TUNE", "JobKind", "JobWaiter", "outcome", "poll_delays", "wait"]


class Job(Protocol):
    @property
    def status(self) -> object: ...


class EventList(Protocol):
    @property
    def data(self) -> Sequence[Any]: ...


J = TypeVar("J", bound=Job)
E = TypeVar("E", bound=EventList)


@dataclass(frozen=True, slots=True)
class JobKind:
    """What tells one kind of job from another: its name, its final statuses, its errors."""

    noun: str
    succeeded: frozenset[str]
    failed: frozenset[str]
    failed_error: Callable[[str, Any], TogetherError]
    why_failed: str  # where to look when the job failed
    cancel_with: str | None  # how to stop a job that is still running (None: the API has no way)


FINE_TUNE = JobKind(
    noun="Fine-tuning job",
    succeeded=frozenset({"completed"}),
    failed=frozenset({"error", "cancelled", "user_error"}),
    failed_error=FineTuneFailedError,
    why_failed="its events (client.fine_tuning.list_events) say why",
    cancel_with="client.fine_tuning.cancel",
)


def outcome(kind: JobKind, status: object) -> str | None:
    """ "succeeded", "failed", or None while the job is still going (unknown statuses included)."""
    value = str(status).lower()
    if value in kind.succeeded:
        return "succeeded"
    if value in kind.failed:
        return "failed"
    return None


def poll_delays(first: float, longest: float, factor: float = 1.5) -> Iterator[float]:
    """The waits between polls: ``first``, then growing by ``factor`` up to ``longest``."""
    delay = first
    while True:
        yield delay
        delay = min(delay * factor, longest)


class JobWaiter:
    """The decisions of a wait: when it is over, what to report, how long to sleep."""

    def __init__(
        self,
        kind: JobKind,
        job_id: str,
        *,
        timeout: float | None,
        poll_interval: float,
        max_poll_interval: float,
        on_event: Callable[[Any], None] | None,
        now: Callable[[], float],
    ) -> None:
        if timeout is not None:
            timeout = check_seconds(timeout, "timeout", "None waits as long as the job runs")
        poll_interval = check_seconds(poll_interval, "poll_interval")
        max_poll_interval = check_seconds(max_poll_interval, "max_poll_interval")
        if max_poll_interval < poll_interval:
            raise InvalidRequestError(
                f"max_poll_interval ({max_poll_interval}) must be at least poll_interval "
                f"({poll_interval})"
            )
        check_callable(on_event, "on_event", "one event")
        self.kind = kind
        self.job_id = job_id
        self.now = now
        self.deadline = None if timeout is None else now() + timeout
        self.delays = poll_delays(poll_interval, max_poll_interval)
        self.on_event = on_event
        self.seen_events = 0

    def observe(self, job: Job, events: Sequence[Any] | None) -> bool:
        """Report new events; True when the job completed; raise when it failed."""
        if self.on_event is not None and events is not None:
            for event in events[self.seen_events :]:
                self.on_event(event)
            self.seen_events = max(self.seen_events, len(events))
        result = outcome(self.kind, job.status)
        if result == "failed":
            raise self.kind.failed_error(
                f"{self.kind.noun} {self.job_id} ended with status {job.status!s}; "
                f"{self.kind.why_failed}.",
                job,
            )
        return result == "succeeded"

    def next_delay(self, job: Job) -> float:
        """How long to sleep before the next poll; raise if that would pass the deadline."""
        delay = next(self.delays)
        if self.deadline is not None:
            left = self.deadline - self.now()
            if left <= 0:
                then = (
                    f"wait again, or cancel it with {self.kind.cancel_with}"
                    if self.kind.cancel_with
                    else "wait again; the API has no call to cancel it"
                )
                raise WaitTimeoutError(
                    f"{self.kind.noun} {self.job_id} is still {job.status!s} after the timeout; "
                    f"it keeps running ({then}).",
                    job,
                )
            delay = min(delay, left)
        return delay


def wait(
    retrieve: Call[J],
    events: Call[E] | None,
    waiter: JobWaiter,
    watch: Callable[[J, Sequence[Any] | None], None] | None = None,
) -> Flow[J]:
    """Poll with ``retrieve`` (and ``events``, when given) until ``waiter`` says it is over;
    ``watch`` (a ``progress=True`` line) sees every poll's answers first, the last one too."""
    while True:
        job: J = yield retrieve
        seen: E | None = (yield events) if events is not None else None
        data = seen.data if seen is not None else None
        if watch is not None:
            watch(job, data)
        if waiter.observe(job, data):
            return job
        yield Sleep(waiter.next_delay(job))
