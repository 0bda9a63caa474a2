"""What ``progress=True`` draws: a bar for a file on its way, a live line for a job waited for.

The calls that move a file (``files.upload``, ``files.retrieve_content(output=...)``,
``fine_tuning.download``, ``batches.create_from_file``, ``batches.download_output`` and
``download_errors``, ``audio.speech.create_to_file``) take ``progress``:

* a function: called as ``progress(done_bytes, total_bytes)`` as the bytes go (``total_bytes``
  is None when the size is not known), exactly as before ``progress=True`` existed;
* ``True``: a bar on stderr (the file's name, the bar, the percentage, the bytes, the speed, the
  time left), drawn only when stderr is a terminal: piped, redirected or captured, nothing is
  drawn (and nothing more is needed);
* ``False`` or ``None`` (the default): nothing.

The waits (``fine_tuning.wait``, ``batches.wait``, ``evaluations.wait``, ``videos.wait``) take
``progress=True`` too: one live line with the job's kind and id, its status, the time waited and
what else the job tells of its progress (a fine-tune's step, epoch and time left, a batch's
percentage), under the same condition (stderr is a terminal).

rich draws them. It is an optional extra (``pip install 'together-facade[progress]'``, or
``[cli]``), imported only when something is drawn (``_progress_rich``): the library needs it for
nothing else. When a bar would be drawn and rich is missing, the call raises
``MissingDependencyError`` before anything is sent. When nothing would be drawn (stderr is not a
terminal), a missing rich is no error: a script written at a terminal keeps working in cron.

A bar (or line) appears at the transfer's first report, not before: a call refused for its
arguments draws nothing. It is closed when the call ends, however it ends (an error,
``KeyboardInterrupt``): frozen where it got to, marked done or failed, the cursor back. Calls
running at the same time (threads, ``asyncio.gather``) share one live display, a line each.
"""

from __future__ import annotations

import contextlib
import enum
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeAlias, TypeGuard

from ._exceptions import InvalidTypeError, MissingDependencyError
from ._flow import Progress

__all__ = [
    "INSTALL",
    "Detail",
    "ProgressOption",
    "Watch",
    "batch_detail",
    "fine_tune_detail",
    "is_terminal",
    "job_line",
    "name_of",
    "require_rich",
    "status_text",
    "transfer",
]

#: What a transfer's ``progress=`` takes: True (a bar at a terminal), False or None (nothing),
#: or a function of ``(done_bytes, total_bytes)``.
ProgressOption: TypeAlias = bool | Progress | None

#: What a wait calls at every poll: ``watch(job, events)`` (events: those fetched this poll, or
#: None when the wait does not fetch them).
Watch: TypeAlias = Callable[[Any, Sequence[Any] | None], None]

#: What a wait's line says of a job beyond its status: ``detail(job, events)``, "" for nothing.
Detail: TypeAlias = Callable[[Any, Sequence[Any] | None], str]

#: How to get what ``progress=True`` draws with.
INSTALL = "pip install 'together-facade[progress]'"


def is_terminal(stream: object) -> bool:
    """Whether ``stream`` is a terminal now (not a pipe, a file, a test's capture, or None)."""
    isatty = getattr(stream, "isatty", None)
    if isatty is None:
        return False
    try:
        return bool(isatty())
    except (ValueError, OSError):  # a closed file
        return False


def require_rich() -> None:
    """Refuse to go on without rich, naming the command that installs it."""
    try:
        import rich.progress  # noqa: F401
    except ImportError as exc:
        raise MissingDependencyError(
            "progress=True draws with rich, which is not installed. Install it with "
            f"{INSTALL} (or pass progress=False, or a function of (done_bytes, total_bytes) "
            "to report progress yourself). Nothing was sent."
        ) from exc


@contextlib.contextmanager
def transfer(
    progress: ProgressOption, label: str, unit: str = "bytes"
) -> Iterator[Progress | None]:
    """For the time of the ``with`` block, the function a transfer reports to: ``progress``
    itself when it is a function; when it is True and stderr is a terminal, a bar named
    ``label``, counting ``unit`` ("bytes": sizes and speeds), closed when the block ends however
    it ends; otherwise None. A missing rich is refused here, before the transfer starts."""
    if progress is None or progress is False:
        yield None
        return
    if progress is not True:
        if not callable(progress):
            raise InvalidTypeError(
                "progress must be a function of (done_bytes, total_bytes), True (a bar when "
                f"stderr is a terminal) or False, got {progress!r}"
            )
        yield progress
        return
    if not is_terminal(sys.stderr):
        yield None
        return
    require_rich()
    from ._progress_rich import Bar

    bar = Bar(label, unit)
    try:
        yield bar
    except BaseException:
        bar.close(failed=True)
        raise
    bar.close(failed=False)


@contextlib.contextmanager
def job_line(
    progress: bool | None, noun: str, job_id: str, detail: Detail | None = None
) -> Iterator[Watch | None]:
    """For the time of the ``with`` block, what a wait calls at every poll (``Watch``): when
    ``progress`` is True and stderr is a terminal, a live line ("``noun`` ``job_id``", the
    status, ``detail``, the time waited), closed when the block ends however it ends; otherwise
    None (then the wait need not fetch anything for it)."""
    if progress is None or progress is False:
        yield None
        return
    if progress is not True:
        raise InvalidTypeError(
            "progress must be True (a live status line when stderr is a terminal) or False, "
            f"got {progress!r}"
        )
    if not is_terminal(sys.stderr):
        yield None
        return
    require_rich()
    from ._progress_rich import JobLine

    line = JobLine(f"{noun} {job_id}", detail)
    try:
        yield line
    except BaseException:
        line.close(failed=True)
        raise
    line.close(failed=False)


def name_of(path: object, default: str = "download") -> str:
    """The file name a bar shows for ``path`` (``default`` when it is no usable path: that is
    for the call to refuse, later)."""
    if isinstance(path, str | os.PathLike):
        with contextlib.suppress(TypeError):
            return os.fsdecode(os.path.basename(os.fspath(path))) or default
    return default


# --- what a wait's line says of a job -----------------------------------------------------------


def status_text(status: object) -> str:
    """A status as a person reads it: an enum by its value, a missing one as "unknown"."""
    if status is None:
        return "unknown"
    if isinstance(status, enum.Enum):
        return str(status.value)
    return str(status)


def fine_tune_detail(job: Any, events: Sequence[Any] | None) -> str:
    """A fine-tune's step (from its newest event that has one), epochs and time left, each when
    the service tells it."""
    parts = []
    step = _newest_step(events if events is not None else getattr(job, "events", None))
    if step is not None:
        parts.append(step)
    epochs, done = getattr(job, "n_epochs", None), getattr(job, "epochs_completed", None)
    if _count(epochs) and epochs > 0:
        parts.append(f"epoch {done if _count(done) else 0}/{epochs}")
    estimate = getattr(job, "progress", None)
    left = getattr(estimate, "seconds_remaining", None)
    if getattr(estimate, "estimate_available", False) and _count(left) and left > 0:
        parts.append(f"about {_duration(left)} left")
    return " · ".join(parts)


def batch_detail(job: Any, events: Sequence[Any] | None) -> str:
    """A batch's percentage of requests done, when it tells it."""
    done = getattr(job, "progress", None)
    if isinstance(done, int | float) and not isinstance(done, bool):
        return f"{done:g}%"
    return ""


def _newest_step(events: object) -> str | None:
    if not isinstance(events, Sequence):
        return None
    for event in reversed(events):
        step, total = getattr(event, "step", None), getattr(event, "total_steps", None)
        if _count(step):
            return f"step {step}/{total}" if _count(total) and total > 0 else f"step {step}"
    return None


def _count(value: object) -> TypeGuard[int]:
    """A count the service gave: a whole number, 0 or more."""
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _duration(seconds: int) -> str:
    """``seconds`` the way a person says it roughly: 45s, 12m, 3h 05m."""
    if seconds < 60:
        return f"{seconds}s"
    minutes = seconds // 60
    if minutes < 60:
        return f"{minutes}m"
    return f"{minutes // 60}h {minutes % 60:02d}m"
