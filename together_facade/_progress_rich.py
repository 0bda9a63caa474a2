"""The drawing behind ``progress=True`` (see ``_progress``), done with rich.

Imported only when something is drawn: rich is an optional extra, and ``_progress`` checks that
it is there first.

One live display (``_Board``, a rich ``Progress``) on stderr serves every bar and line open at
the same time: it starts with the first and stops with the last (``_Display``), so that two
downloads run with ``asyncio.gather`` draw two lines instead of fighting over the terminal. Each
kind of line has its own columns: a transfer of bytes, a count (a bulk job's inputs), a job.
While it is live, what the program writes to stderr (and to stdout, when that is the same
terminal) is printed above it, not through it.
"""

from __future__ import annotations

import atexit
import sys
import threading
import time
from collections.abc import Iterable, Sequence
from typing import Any

from rich.console import Console, RenderableType
from rich.progress import (
    BarColumn,
    DownloadColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TaskID,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
    TransferSpeedColumn,
)
from rich.table import Table
from rich.text import Text

from ._progress import Detail, is_terminal, status_text

__all__ = ["Bar", "JobLine"]

#: How often a bar takes in a new count at most (seconds): a download reports every chunk it
#: writes, tens of thousands of times for a large file; the display redraws 8 times a second.
_EVERY = 0.05
#: The longest name a line shows; a longer one keeps its start and its end.
_WIDEST_NAME = 40

_DONE = ("✓", "green")
_FAILED = ("✗", "red")


class _Mark(SpinnerColumn):
    """A spinner while the line is live, then a mark: done or failed."""

    def render(self, task: Task) -> RenderableType:
        mark = task.fields.get("mark")
        if mark is not None:
            return Text(mark[0], style=mark[1])
        return super().render(task)


def _text(field: str, style: str = "") -> TextColumn:
    """A column showing one of a task's fields as plain text (a file name is not markup)."""
    return TextColumn(f"{{task.{field}}}", style=style, markup=False)


#: The columns of each kind of line.
_KINDS: dict[str, tuple[ProgressColumn, ...]] = {
    "bytes": (
        _Mark(),
        _text("description"),
        BarColumn(),
        TaskProgressColumn(),
        DownloadColumn(),
        TransferSpeedColumn(),
        TimeRemainingColumn(elapsed_when_finished=True),
    ),
    "count": (
        _Mark(),
        _text("description"),
        BarColumn(),
        TaskProgressColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(elapsed_when_finished=True),
    ),
    "job": (
        _Mark(),
        _text("description"),
        _text("fields[status]", style="bold"),
        _text("fields[detail]"),
        TimeElapsedColumn(),
    ),
}


class _Board(Progress):
    """The live display: each kind of line in a table of its own columns (rich's documented
    way to lay a ``Progress`` out differently is to override ``get_renderables``)."""

    def get_renderables(self) -> Iterable[RenderableType]:
        tasks = self.tasks
        for kind, columns in _KINDS.items():
            rows = [t for t in tasks if t.visible and t.fields.get("kind") == kind]
            if rows:
                yield _table(columns, rows)


def _table(columns: Sequence[ProgressColumn], tasks: Sequence[Task]) -> Table:
    table = Table.grid(*(c.get_table_column().copy() for c in columns), padding=(0, 1))
    for task in tasks:
        table.add_row(*(column(task) for column in columns))
    return table


class _Display:
    """Who owns the board: the first line opened starts it, the last one closed stops it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._board: _Board | None = None
        self._users = 0

    def open(self) -> _Board:
        with self._lock:
            if self._board is None:
                board = _Board(
                    console=Console(file=sys.stderr),
                    refresh_per_second=8,
                    redirect_stdout=is_terminal(sys.stdout),  # a piped stdout stays the output
                    redirect_stderr=True,
                )
                try:
                    board.start()
                except BaseException:  # Ctrl-C as it starts: stop what did start
                    board.stop()
                    raise
                self._board = board
            self._users += 1
            return self._board

    def close(self) -> None:
        with self._lock:
            self._users -= 1
            if self._users == 0 and self._board is not None:
                board, self._board = self._board, None
                board.stop()

    def abandon(self) -> None:
        """At exit, stop a display a line left open (a ``counter`` never closed): the terminal
        gets its cursor back and the last frame stays."""
        with self._lock:
            board, self._board, self._users = self._board, None, 0
        if board is not None:
            board.stop()


_display = _Display()
atexit.register(_display.abandon)


class _Line:
    """A line on the board, added when first drawn, frozen and marked when closed."""

    def __init__(self, label: str, kind: str) -> None:
        self.label = _shortened(label)
        self.kind = kind
        self.board: _Board | None = None
        self.task: TaskID | None = None
        self.closed = False

    def _draw(self, **fields: Any) -> tuple[_Board, TaskID]:
        """The board and this line's task on it, added on the first call. (In two steps: a
        Ctrl-C may land between them, and ``close`` must still let the display go.)"""
        if self.board is None:
            self.board = _display.open()
        if self.task is None:
            self.task = self.board.add_task(
                self.label, kind=self.kind, mark=None, line=id(self), **fields
            )
        return self.board, self.task

    def _finish(self) -> None:
        """Bring the line up to date before it is frozen."""

    def close(self, *, failed: bool) -> None:
        """Freeze the line, mark it and let the display go (once; a line never drawn is left
        alone)."""
        if self.closed:
            return
        self.closed = True
        if self.board is None:
            return
        try:
            if self.task is None:  # interrupted while it was being added: find it
                self.task = next(
                    (t.id for t in self.board.tasks if t.fields.get("line") == id(self)), None
                )
            if self.task is not None:
                self._finish()
                self.board.stop_task(self.task)
                self.board.update(self.task, mark=_FAILED if failed else _DONE)
        finally:
            _display.close()


class Bar(_Line):
    """A transfer's bar: called as ``bar(done, total)`` as the transfer reports. A report below
    the last one (a retry sending the bytes again) starts the bar over."""

    def __init__(self, label: str, unit: str) -> None:
        super().__init__(label, "bytes" if unit == "bytes" else "count")
        self.done = 0
        self.total: int | None = None
        self.shown_at = 0.0

    def __call__(self, done: int, total: int | None) -> None:
        if self.closed:
            return
        board, task = self._draw(total=total)
        again = done < self.done
        self.done, self.total = done, total
        at_total = total is not None and done >= total
        now = time.monotonic()
        if again:
            board.reset(task, total=total, completed=done)
        elif at_total or now - self.shown_at >= _EVERY:
            board.update(task, total=total, completed=done)
        else:
            return
        self.shown_at = now

    def _finish(self) -> None:
        if self.board is not None and self.task is not None:
            self.board.update(self.task, total=self.total, completed=self.done)


class JobLine(_Line):
    """A wait's line: called as ``line(job, events)`` at every poll."""

    def __init__(self, label: str, detail: Detail | None) -> None:
        super().__init__(label, "job")
        self.detail = detail

    def __call__(self, job: Any, events: Sequence[Any] | None) -> None:
        if self.closed:
            return
        status = status_text(getattr(job, "status", None))
        more = self.detail(job, events) if self.detail is not None else ""
        board, task = self._draw(total=None, status=status, detail=more)
        board.update(task, status=status, detail=more)


def _shortened(label: str) -> str:
    """``label`` on one line, at most ``_WIDEST_NAME`` characters: its start, …, its end."""
    label = " ".join(label.split())
    if len(label) <= _WIDEST_NAME:
        return label
    keep = (_WIDEST_NAME - 1) // 2
    return f"{label[:keep]}…{label[-keep:]}"
