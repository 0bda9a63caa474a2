"""``progress=True`` (``_progress``, ``_progress_rich``): the adapter from the argument to what
is drawn, the bar and the job line on a terminal stand-in (a stderr that says it is a tty), the
calls of the library that take it, sync and async, and rich missing.

The same on a real pseudo-terminal, in a subprocess, is ``test_progress_pty.py``."""

from __future__ import annotations

import asyncio
import contextlib
import io
import re
import socket
import subprocess
import sys
import threading
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

import together_facade as tf
from tests.helpers import API_KEY, BlobServer, Invoker
from together_facade import _progress, _progress_rich
from together_facade._exceptions import InvalidTypeError
from together_facade._upload_source import shown_name

# --- a terminal stand-in ------------------------------------------------------------------------


class Terminal(io.StringIO):
    """stderr as a terminal: what is written to it is kept."""

    def isatty(self) -> bool:
        return True


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> Iterator[Terminal]:
    """stderr, as the library sees it, is a terminal. (pytest puts its own capture back in
    ``sys.stderr`` when a test starts, so the modules that look at stderr are given theirs.)"""
    screen = Terminal()
    monkeypatch.setenv("COLUMNS", "160")
    monkeypatch.setenv("TERM", "xterm-256color")
    seen = types.SimpleNamespace(stderr=screen, stdout=io.StringIO())
    monkeypatch.setattr(_progress, "sys", seen)
    monkeypatch.setattr(_progress_rich, "sys", seen)
    yield screen
    assert _progress_rich._display._board is None, "a display was left live"
    assert type(sys.stderr).__name__ != "FileProxy", "stderr was not given back"


@pytest.fixture
def no_rich(monkeypatch: pytest.MonkeyPatch) -> None:
    """rich as if not installed (and the module that draws with it not imported yet)."""
    for name in list(sys.modules):
        if name.split(".")[0] == "rich" or name == "together_facade._progress_rich":
            monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "rich", None)


_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def lines(screen: str) -> list[str]:
    """The lines left on the terminal: escapes dropped, each line as its last redraw left it."""
    text = _ANSI.sub("", screen)
    shown = (line.rsplit("\r", 1)[-1].rstrip() for line in text.split("\n"))
    return [line for line in shown if line]


# --- the adapter ----------------------------------------------------------------------------


def test_no_progress_gives_no_callback() -> None:
    for off in (None, False):
        with _progress.transfer(off, "x") as report:
            assert report is None
        with _progress.job_line(off, "batch", "b-1") as watch:
            assert watch is None


def test_a_function_is_called_as_before() -> None:
    seen: list[tuple[int, int | None]] = []

    def record(done: int, total: int | None) -> None:
        seen.append((done, total))

    with _progress.transfer(record, "x") as report:
        assert report is record


@pytest.mark.parametrize("wrong", [1, "yes", 2.0, object()])
def test_anything_else_is_refused(wrong: Any) -> None:
    with (
        pytest.raises(InvalidTypeError, match="progress must be a function"),
        _progress.transfer(wrong, "x"),
    ):
        pass
    with (
        pytest.raises(InvalidTypeError, match="progress must be True"),
        _progress.job_line(wrong, "batch", "b-1"),
    ):
        pass


def test_nothing_is_drawn_when_stderr_is_not_a_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    assert not sys.stderr.isatty()  # pytest's capture
    with _progress.transfer(True, "x") as report:
        assert report is None
    with _progress.job_line(True, "batch", "b-1") as watch:
        assert watch is None
    assert capsys.readouterr().err == ""


@pytest.mark.usefixtures("no_rich")
def test_without_rich_nothing_drawn_is_no_error() -> None:
    with _progress.transfer(True, "x") as report:
        assert report is None


@pytest.mark.usefixtures("no_rich")
def test_without_rich_a_bar_to_draw_is_a_clear_error(terminal: Terminal) -> None:
    with pytest.raises(tf.MissingDependencyError) as info, _progress.transfer(True, "x"):
        pass
    message = str(info.value)
    assert "pip install 'together-facade[progress]'" in message
    assert isinstance(info.value, ImportError) and isinstance(info.value, tf.TogetherError)
    with pytest.raises(tf.MissingDependencyError), _progress.job_line(True, "batch", "b-1"):
        pass
    assert terminal.getvalue() == ""


@pytest.mark.parametrize(
    "stream, expected",
    [(None, False), (object(), False), (io.StringIO(), False), (Terminal(), True)],
)
def test_is_terminal(stream: object, expected: bool) -> None:
    assert _progress.is_terminal(stream) is expected


def test_is_terminal_of_a_closed_file(tmp_path: Path) -> None:
    closed = (tmp_path / "f").open("w")
    closed.close()
    with pytest.raises(ValueError):
        closed.isatty()
    assert _progress.is_terminal(closed) is False


@pytest.mark.parametrize(
    "path, expected",
    [
        ("out/model.tar.zst", "model.tar.zst"),
        (Path("a") / "b.jsonl", "b.jsonl"),
        ("", "download"),
        (None, "download"),
        (42, "download"),
    ],
)
def test_name_of(path: object, expected: str) -> None:
    assert _progress.name_of(path) == expected


@pytest.mark.parametrize(
    "file, file_name, expected",
    [
        ("data/train.jsonl", None, "train.jsonl"),
        (Path("train.parquet"), None, "train.parquet"),
        (b"{}", None, "data.jsonl"),
        (b"{}", "mine.jsonl", "mine.jsonl"),
        (("t.jsonl", b"{}"), None, "t.jsonl"),
        (io.BytesIO(b"{}"), None, "data.jsonl"),
        (42, None, "data.jsonl"),
    ],
)
def test_shown_name_of_an_upload(file: object, file_name: str | None, expected: str) -> None:
    assert shown_name(file, file_name) == expected


def test_shown_name_of_an_open_file(tmp_path: Path) -> None:
    path = tmp_path / "open.jsonl"
    path.write_bytes(b"{}\n")
    with path.open("rb") as f:
        assert shown_name(f, None) == "open.jsonl"


# --- what a job's line says -------------------------------------------------------------------


class Obj:
    def __init__(self, **fields: Any) -> None:
        self.__dict__.update(fields)


@pytest.mark.parametrize(
    "job, events, expected",
    [
        (Obj(), None, ""),
        (Obj(n_epochs=3, epochs_completed=1), None, "epoch 1/3"),
        (Obj(n_epochs=3, epochs_completed=None), None, "epoch 0/3"),
        (Obj(n_epochs=0), None, ""),
        (Obj(), [Obj(step=None), Obj(step=40, total_steps=100), Obj(step=None)], "step 40/100"),
        (Obj(), [Obj(step=7, total_steps=None)], "step 7"),
        (Obj(events=[Obj(step=3, total_steps=9)]), None, "step 3/9"),
        (
            Obj(progress=Obj(estimate_available=True, seconds_remaining=3900)),
            None,
            "about 1h 05m left",
        ),
        (Obj(progress=Obj(estimate_available=False, seconds_remaining=60)), None, ""),
        (
            Obj(
                n_epochs=2,
                epochs_completed=2,
                progress=Obj(estimate_available=True, seconds_remaining=45),
            ),
            [Obj(step=10, total_steps=10)],
            "step 10/10 · epoch 2/2 · about 45s left",
        ),
        (Obj(n_epochs=True, epochs_completed=-1), [Obj(step="x")], ""),
    ],
)
def test_fine_tune_detail(job: Any, events: Any, expected: str) -> None:
    assert _progress.fine_tune_detail(job, events) == expected


@pytest.mark.parametrize(
    "progress, expected", [(None, ""), (42.5, "42.5%"), (100, "100%"), (True, ""), ("9", "")]
)
def test_batch_detail(progress: object, expected: str) -> None:
    assert _progress.batch_detail(Obj(progress=progress), None) == expected


def test_status_text() -> None:
    assert _progress.status_text(None) == "unknown"
    assert _progress.status_text(tf.types.BatchJobStatus.IN_PROGRESS) == "IN_PROGRESS"
    assert _progress.status_text("running") == "running"


# --- the bar, on the terminal stand-in --------------------------------------------------------


def test_a_bar_draws_the_name_the_bytes_and_ends_done(terminal: Terminal) -> None:
    with _progress.transfer(True, "train.jsonl") as report:
        assert report is not None
        assert terminal.getvalue() == ""  # nothing before the first report
        for done in range(0, 3_000_001, 500_000):
            report(done, 3_000_000)
    last = lines(terminal.getvalue())[-1]
    assert "train.jsonl" in last and "100%" in last and "3.0/3.0 MB" in last
    assert last.startswith("✓")


def test_a_bar_of_an_unknown_size_counts_the_bytes(terminal: Terminal) -> None:
    with _progress.transfer(True, "speech.wav") as report:
        assert report is not None
        for done in range(1, 2001):
            report(done * 1000, None)  # many reports: taken in at most every 50 ms
    last = lines(terminal.getvalue())[-1]
    # The last count, though most reports were skipped:
    assert "speech.wav" in last and "2.0/? MB" in last
    assert "%" not in last


def test_a_bar_starts_over_when_the_bytes_are_sent_again(
    terminal: Terminal, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_progress_rich, "_EVERY", 0.0)  # every report taken in
    with _progress.transfer(True, "train.jsonl") as report:
        assert report is not None
        report(0, 100)
        report(80, 100)
        board = report.board  # type: ignore[attr-defined]
        task = board._tasks[report.task]  # type: ignore[attr-defined]
        assert task.completed == 80
        report(0, 100)  # a retry of the PUT: the body is read again from the start
        assert task.completed == 0
        report(100, 100)
    assert "100%" in lines(terminal.getvalue())[-1]


@pytest.mark.parametrize("error", [RuntimeError("boom"), KeyboardInterrupt()])
def test_a_bar_is_closed_and_marked_failed_on_an_error(
    terminal: Terminal, error: BaseException
) -> None:
    with pytest.raises(type(error)), _progress.transfer(True, "big.bin") as report:
        assert report is not None
        report(30, 100)
        raise error
    screen = terminal.getvalue()
    last = lines(screen)[-1]
    assert last.startswith("✗") and "30%" in last
    assert screen.endswith("\x1b[?25h")  # the cursor is shown again


def test_a_refused_call_draws_nothing(terminal: Terminal) -> None:
    with pytest.raises(tf.InvalidRequestError), _progress.transfer(True, "x"):
        raise tf.InvalidRequestError("bad argument")
    assert terminal.getvalue() == ""


def test_bars_at_the_same_time_share_one_display(terminal: Terminal) -> None:
    with _progress.transfer(True, "one.jsonl") as one:
        assert one is not None
        one(10, 100)
        board = _progress_rich._display._board
        with _progress.transfer(True, "two.jsonl") as two:
            assert two is not None
            two(50, 100)
            assert _progress_rich._display._board is board
        assert _progress_rich._display._board is board  # still live for the first
        one(100, 100)
    assert _progress_rich._display._board is None
    shown = lines(terminal.getvalue())
    assert any("one.jsonl" in line and "100%" in line for line in shown[-2:])
    assert any("two.jsonl" in line and "50%" in line for line in shown[-2:])


def test_bars_from_threads(terminal: Terminal) -> None:
    def send(name: str) -> None:
        with _progress.transfer(True, name) as report:
            assert report is not None
            for done in range(0, 1001, 100):
                report(done, 1000)

    threads = [threading.Thread(target=send, args=(f"f{i}.jsonl",)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    screen = lines(terminal.getvalue())
    for i in range(4):
        assert any(f"f{i}.jsonl" in line and "100%" in line for line in screen)


def test_a_long_name_is_shortened_in_the_middle(terminal: Terminal) -> None:
    name = "a-very-long-name-" * 5 + "end.jsonl"
    with _progress.transfer(True, name) as report:
        assert report is not None
        report(1, 1)
    last = lines(terminal.getvalue())[-1]
    assert "a-very-long-name-a-…long-name-end.jsonl" in last  # 39 characters of it, and …


def test_a_name_is_not_read_as_markup(terminal: Terminal) -> None:
    with _progress.transfer(True, "[bold]x[/bold].jsonl") as report:
        assert report is not None
        report(1, 1)
    assert "[bold]x[/bold].jsonl" in lines(terminal.getvalue())[-1]


def test_what_is_printed_while_a_bar_is_live_goes_above_it(terminal: Terminal) -> None:
    with _progress.transfer(True, "train.jsonl") as report:
        assert report is not None
        report(10, 100)
        print("a note", file=sys.stderr)
        report(100, 100)
    shown = lines(terminal.getvalue())
    assert "a note" in shown
    assert "train.jsonl" in shown[-1]


# --- the job line -----------------------------------------------------------------------------


def test_a_job_line_shows_the_status_the_detail_and_ends_done(terminal: Terminal) -> None:
    with _progress.job_line(True, "fine-tune", "ft-1", _progress.fine_tune_detail) as watch:
        assert watch is not None
        assert terminal.getvalue() == ""
        watch(Obj(status="running", n_epochs=3, epochs_completed=1), [Obj(step=4, total_steps=9)])
        watch(Obj(status="completed", n_epochs=3, epochs_completed=3), None)
    last = lines(terminal.getvalue())[-1]
    assert last.startswith("✓")
    assert "fine-tune ft-1" in last and "completed" in last and "epoch 3/3" in last
    assert re.search(r"\d:\d\d:\d\d$", last)  # the time waited


def test_a_job_line_is_marked_failed_when_the_wait_fails(terminal: Terminal) -> None:
    with pytest.raises(tf.WaitTimeoutError), _progress.job_line(True, "video", "v-1") as watch:
        assert watch is not None
        watch(Obj(status="in_progress"), None)
        raise tf.WaitTimeoutError("still going", None)
    last = lines(terminal.getvalue())[-1]
    assert last.startswith("✗") and "video v-1" in last and "in_progress" in last


# --- the library's calls ------------------------------------------------------------------


FILE_ANSWER = {"id": "file-1", "object": "file", "filename": "t.jsonl", "bytes": 0}


def expect_upload(httpserver: HTTPServer, name: str, received: list[int]) -> None:
    location = httpserver.url_for(f"/bucket/{name}")
    httpserver.expect_request("/v1/files", method="POST").respond_with_data(
        "", status=302, headers={"Location": location, "X-Together-File-Id": "file-1"}
    )

    def put(request: Any) -> Any:
        from werkzeug import Response

        received.append(len(request.get_data()))
        return Response("", status=200)

    httpserver.expect_request(f"/bucket/{name}", method="PUT").respond_with_handler(put)
    httpserver.expect_request("/v1/files/file-1/preprocess", method="POST").respond_with_json(
        FILE_ANSWER
    )


def data_file(tmp_path: Path, name: str, size: int) -> Path:
    path = tmp_path / name
    line = b'{"text": "' + b"x" * 1000 + b'"}\n'
    path.write_bytes(line * (size // len(line)))
    return path


def test_upload_with_a_bar(
    terminal: Terminal, invoke: Invoker, httpserver: HTTPServer, tmp_path: Path
) -> None:
    path = data_file(tmp_path, "train.jsonl", 3_000_000)
    received: list[int] = []
    expect_upload(httpserver, "train.jsonl", received)
    result = invoke(lambda c: c.files.upload(path, check=False, progress=True))
    assert result.id == "file-1" and received == [path.stat().st_size]
    last = lines(terminal.getvalue())[-1]
    assert "train.jsonl" in last and "100%" in last and "3.0/3.0 MB" in last and last[0] == "✓"


def test_one_step_upload_with_a_bar(
    terminal: Terminal, invoke: Invoker, httpserver: HTTPServer, tmp_path: Path
) -> None:
    path = data_file(tmp_path, "small.jsonl", 20_000)
    httpserver.expect_request("/v1/files/upload", method="POST").respond_with_json(FILE_ANSWER)
    invoke(lambda c: c.files.upload(path, check=False, one_step=True, progress=True))
    last = lines(terminal.getvalue())[-1]
    assert "small.jsonl" in last and "100%" in last


def test_upload_with_a_function_still_hears_every_step(
    invoke: Invoker, httpserver: HTTPServer, tmp_path: Path
) -> None:
    path = data_file(tmp_path, "train.jsonl", 3_000_000)
    expect_upload(httpserver, "train.jsonl", [])
    seen: list[tuple[int, int | None]] = []
    invoke(
        lambda c: c.files.upload(
            path, check=False, progress=lambda done, total: seen.append((done, total))
        )
    )
    size = path.stat().st_size
    assert seen[0] == (0, size) and seen[-1] == (size, size) and len(seen) > 2


@pytest.mark.usefixtures("no_rich")
def test_without_rich_nothing_is_sent(
    terminal: Terminal, invoke: Invoker, httpserver: HTTPServer, tmp_path: Path
) -> None:
    path = data_file(tmp_path, "train.jsonl", 10_000)
    expect_upload(httpserver, "train.jsonl", [])
    httpserver.expect_request("/v1/batches/b-1").respond_with_json({"id": "b-1"})
    httpserver.expect_request("/v1/fine-tunes/ft-1").respond_with_json({"id": "ft-1"})
    calls = [
        lambda c: c.files.upload(path, check=False, progress=True),
        lambda c: c.files.retrieve_content("file-1", output=tmp_path / "o", progress=True),
        lambda c: c.fine_tuning.download("ft-1", output=tmp_path / "m", progress=True),
        lambda c: c.batches.download_output("b-1", tmp_path / "r.jsonl", progress=True),
        lambda c: c.batches.create_from_file(path, check=False, progress=True),
        lambda c: c.audio.speech.create_to_file(
            output=tmp_path / "s.wav", model="m", input="hi", voice="v", progress=True
        ),
        lambda c: c.fine_tuning.wait("ft-1", progress=True),
        lambda c: c.batches.wait("b-1", progress=True),
        lambda c: c.evaluations.wait("e-1", progress=True),
        lambda c: c.videos.wait("v-1", progress=True),
    ]
    for call in calls:
        with pytest.raises(tf.MissingDependencyError, match=re.escape("[progress]")):
            invoke(call)
    assert httpserver.log == []
    assert terminal.getvalue() == ""


@pytest.mark.usefixtures("no_rich")
def test_without_rich_and_without_a_terminal_the_upload_goes(
    invoke: Invoker, httpserver: HTTPServer, tmp_path: Path
) -> None:
    path = data_file(tmp_path, "train.jsonl", 10_000)
    expect_upload(httpserver, "train.jsonl", [])
    assert invoke(lambda c: c.files.upload(path, check=False, progress=True)).id == "file-1"


def test_bad_progress_is_refused_before_anything_is_sent(
    invoke: Invoker, httpserver: HTTPServer, tmp_path: Path
) -> None:
    path = data_file(tmp_path, "train.jsonl", 10_000)
    with pytest.raises(InvalidTypeError, match="progress must be"):
        invoke(lambda c: c.files.upload(path, check=False, progress="yes"))
    with pytest.raises(InvalidTypeError, match="progress must be"):
        invoke(lambda c: c.batches.wait("b-1", progress=1))
    assert httpserver.log == []


def test_download_with_a_bar(
    terminal: Terminal, invoke: Invoker, httpserver: HTTPServer, tmp_path: Path
) -> None:
    body = b"y" * 2_500_000
    httpserver.expect_request("/v1/files/file-1/content").respond_with_data(body)
    out = tmp_path / "out.jsonl"
    assert invoke(lambda c: c.files.retrieve_content("file-1", output=out, progress=True)) == out
    assert out.read_bytes() == body
    last = lines(terminal.getvalue())[-1]
    assert "out.jsonl" in last and "100%" in last and "2.5/2.5 MB" in last and last[0] == "✓"


def test_batch_output_and_model_downloads_with_a_bar(
    terminal: Terminal, invoke: Invoker, httpserver: HTTPServer, tmp_path: Path
) -> None:
    httpserver.expect_request("/v1/batches/b-1").respond_with_json(
        {"id": "b-1", "status": "COMPLETED", "output_file_id": "file-out"}
    )
    httpserver.expect_request("/v1/files/file-out/content").respond_with_data(b"{}\n" * 1000)
    httpserver.expect_request("/v1/finetune/download").respond_with_data(b"z" * 5000)
    invoke(lambda c: c.batches.download_output("b-1", tmp_path / "results.jsonl", progress=True))
    invoke(lambda c: c.fine_tuning.download("ft-1", output=tmp_path / "m.tar.zst", progress=True))
    shown = lines(terminal.getvalue())
    assert any("results.jsonl" in line and "100%" in line for line in shown)
    assert "m.tar.zst" in shown[-1] and "100%" in shown[-1]


def test_a_download_refused_by_the_api_draws_nothing(
    terminal: Terminal, invoke: Invoker, httpserver: HTTPServer, tmp_path: Path
) -> None:
    httpserver.expect_request("/v1/files/file-1/content").respond_with_json(
        {"error": {"message": "no such file"}}, status=404
    )
    with pytest.raises(tf.NotFoundError):
        invoke(lambda c: c.files.retrieve_content("file-1", output=tmp_path / "o", progress=True))
    assert terminal.getvalue() == ""  # refused before any byte: no bar was drawn


def stop(server: BlobServer) -> None:
    """Close the server at once (a shut down socket wakes its ``accept``)."""
    with contextlib.suppress(OSError):
        server.sock.shutdown(socket.SHUT_RDWR)
    server.close()


def test_a_resumed_download_ends_its_bar_at_100(terminal: Terminal, tmp_path: Path) -> None:
    blob = bytes(range(256)) * 4000
    server = BlobServer(blob, cut_first_at=len(blob) // 2)
    try:
        with tf.Together(api_key=API_KEY, base_url=server.base_url) as client:
            out = client.files.retrieve_content("file-1", output=tmp_path / "r.bin", progress=True)
    finally:
        stop(server)
    assert out.read_bytes() == blob and len(server.requests) == 2
    last = lines(terminal.getvalue())[-1]
    assert last.startswith("✓") and "r.bin" in last and "100%" in last and "1.0/1.0 MB" in last


def test_a_download_failing_half_way_leaves_its_bar_marked(
    terminal: Terminal, tmp_path: Path
) -> None:
    blob = b"x" * 1_000_000
    server = BlobServer(blob, cut_first_at=500_000, resume_blob=blob + b"more")
    try:
        with (
            tf.Together(api_key=API_KEY, base_url=server.base_url) as client,
            pytest.raises(tf.APIResponseValidationError, match="size changed"),
        ):
            client.files.retrieve_content("file-1", output=tmp_path / "h.bin", progress=True)
    finally:
        stop(server)
    last = lines(terminal.getvalue())[-1]
    assert last.startswith("✗") and "h.bin" in last and "50%" in last


def test_speech_to_a_file_with_a_bar(
    terminal: Terminal, invoke: Invoker, httpserver: HTTPServer, tmp_path: Path
) -> None:
    httpserver.expect_request("/v1/audio/speech", method="POST").respond_with_data(
        b"RIFF" + b"\0" * 40_000, content_type="audio/wav"
    )
    out = tmp_path / "hello.wav"
    invoke(
        lambda c: c.audio.speech.create_to_file(
            output=out, model="m", input="hi", voice="v", progress=True
        )
    )
    assert "hello.wav" in lines(terminal.getvalue())[-1]


def test_batch_wait_with_a_line_and_on_progress(
    terminal: Terminal, invoke: Invoker, httpserver: HTTPServer
) -> None:
    for status, done in (("IN_PROGRESS", 50), ("COMPLETED", 100)):
        httpserver.expect_ordered_request("/v1/batches/b-1").respond_with_json(
            {"id": "b-1", "status": status, "progress": done}
        )
    heard: list[Any] = []
    batch = invoke(
        lambda c: c.batches.wait(
            "b-1", poll_interval=0.01, on_progress=lambda b: heard.append(b.progress), progress=True
        )
    )
    assert batch.status == "COMPLETED" and heard == [50, 100]
    last = lines(terminal.getvalue())[-1]
    assert last.startswith("✓") and "batch b-1" in last and "COMPLETED" in last and "100%" in last


def test_fine_tune_wait_with_a_line_fetches_the_events_for_the_step(
    terminal: Terminal, invoke: Invoker, httpserver: HTTPServer
) -> None:
    for status, step in (("running", 4), ("completed", 9)):
        httpserver.expect_ordered_request("/v1/fine-tunes/ft-1").respond_with_json(
            {"id": "ft-1", "status": status, "n_epochs": 1, "epochs_completed": step // 9}
        )
        httpserver.expect_ordered_request("/v1/fine-tunes/ft-1/events").respond_with_json(
            {"data": [{"object": "fine-tune-event", "step": step, "total_steps": 9}]}
        )
    job = invoke(lambda c: c.fine_tuning.wait("ft-1", poll_interval=0.01, progress=True))
    assert job.status == "completed"
    last = lines(terminal.getvalue())[-1]
    assert "fine-tune ft-1" in last and "completed" in last and "step 9/9" in last
    assert "epoch 1/1" in last


def test_fine_tune_wait_without_a_terminal_fetches_no_events(
    invoke: Invoker, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/v1/fine-tunes/ft-1").respond_with_json(
        {"id": "ft-1", "status": "completed"}
    )
    invoke(lambda c: c.fine_tuning.wait("ft-1", progress=True))
    assert [r.path for r, _ in httpserver.log] == ["/v1/fine-tunes/ft-1"]


def test_a_failed_job_leaves_its_line_marked(
    terminal: Terminal, invoke: Invoker, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/v1/evaluation/e-1").respond_with_json(
        {"workflow_id": "e-1", "status": "error"}
    )
    with pytest.raises(tf.EvaluationFailedError):
        invoke(lambda c: c.evaluations.wait("e-1", progress=True))
    last = lines(terminal.getvalue())[-1]
    assert last.startswith("✗") and "evaluation e-1" in last and "error" in last


def test_video_wait_with_a_line(
    terminal: Terminal, invoke: Invoker, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/v1/videos/v-1").respond_with_json(
        {
            "id": "v-1",
            "model": "m",
            "seconds": "5",
            "size": "720x1280",
            "status": "completed",
            "created_at": 0,
        }
    )
    invoke(lambda c: c.videos.wait("v-1", progress=True))
    last = lines(terminal.getvalue())[-1]
    assert last.startswith("✓") and "video v-1" in last and "completed" in last


def test_two_async_downloads_at_once_draw_two_lines(
    terminal: Terminal, httpserver: HTTPServer, tmp_path: Path
) -> None:
    httpserver.expect_request("/v1/files/file-a/content").respond_with_data(b"a" * 300_000)
    httpserver.expect_request("/v1/files/file-b/content").respond_with_data(b"b" * 600_000)

    async def main() -> None:
        async with tf.AsyncTogether(api_key=API_KEY, base_url=httpserver.url_for("/v1")) as c:
            await asyncio.gather(
                c.files.retrieve_content("file-a", output=tmp_path / "a.out", progress=True),
                c.files.retrieve_content("file-b", output=tmp_path / "b.out", progress=True),
            )

    asyncio.run(main())
    shown = lines(terminal.getvalue())
    assert any("a.out" in line and "300.0/300.0 kB" in line for line in shown)
    assert any("b.out" in line and "600.0/600.0 kB" in line for line in shown)


def test_the_library_works_without_rich() -> None:
    """(httpx imports rich itself when it is installed, for its command line: so rich is
    blocked here, and the library must not need it.)"""
    code = (
        "import sys\n"
        "sys.modules['rich'] = None  # as if not installed\n"
        "import together_facade as tf\n"
        "c = tf.Together(api_key='k')\n"
        "c.files, c.batches, c.fine_tuning, c.audio.speech, c.videos, c.evaluations\n"
        "from together_facade import _progress\n"
        "with _progress.transfer(True, 'x') as report:  # stderr is a pipe: nothing to draw\n"
        "    assert report is None\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
