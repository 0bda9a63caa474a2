"""``progress=True`` on a real pseudo-terminal: a program using the library runs in a
subprocess whose stderr is a pty (its stdout a pipe, as when its output is redirected), against
a server on 127.0.0.1, and what reaches the terminal is read back. Then the same program with
stderr piped: no bar at all.

The runs: a 50 MB upload (the three steps, streamed), a download, a batch wait, a download
interrupted with Ctrl-C (SIGINT), whose bar must be closed and the cursor given back, and a
bar left open when the program exits."""

from __future__ import annotations

import contextlib
import os
import re
import select
import signal
import struct
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

fcntl = pytest.importorskip("fcntl", reason="pseudo-terminals are POSIX")
pty = pytest.importorskip("pty", reason="pseudo-terminals are POSIX")
termios = pytest.importorskip("termios", reason="pseudo-terminals are POSIX")

REPO = Path(__file__).resolve().parent.parent

#: The program under test: ``mode base_url argument``; prints its result on stdout.
PROGRAM = """
import sys
from together_facade import Together

mode, base_url, argument = sys.argv[1:4]
client = Together(api_key="sk-test", base_url=base_url, max_retries=0)
if mode == "upload":
    print(client.files.upload(argument, check=False, progress=True).id)
elif mode == "download":
    print(client.files.retrieve_content("file-big", output=argument, progress=True).name)
elif mode == "wait":
    print(client.batches.wait(argument, poll_interval=0.3, progress=True).status)
"""

_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


@dataclass
class Run:
    returncode: int
    stdout: str
    screen: str  # what reached stderr, escapes and all

    @property
    def lines(self) -> list[str]:
        """The lines left on the terminal, each as its last redraw left it."""
        text = _ANSI.sub("", self.screen).replace("\r\n", "\n")  # the pty's newlines
        shown = (line.rsplit("\r", 1)[-1].rstrip() for line in text.split("\n"))
        return [line for line in shown if line]

    def last_line_of(self, name: str) -> str:
        found = [line for line in self.lines if name in line]
        assert found, f"no line shows {name!r}:\n{self.screen!r}"
        return found[-1]


def environment() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    path = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH")) if p)
    return {**env, "PYTHONPATH": path, "COLUMNS": "120", "LINES": "24", "TERM": "xterm-256color"}


def run_on_terminal(*args: str, interrupt_at: str | None = None, limit: float = 60.0) -> Run:
    """Run the program with stderr (and stdin) on a new pty of 120 columns; with
    ``interrupt_at``, send SIGINT once that text has reached the terminal."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 120, 0, 0))
    proc = subprocess.Popen(
        [sys.executable, "-c", PROGRAM, *args],
        stdin=slave,
        stdout=subprocess.PIPE,
        stderr=slave,
        env=environment(),
        cwd=REPO,
    )
    os.close(slave)
    screen = b""
    deadline = time.monotonic() + limit
    interrupted = False
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.1)
            if ready:
                try:
                    chunk = os.read(master, 65536)
                except OSError:  # EIO: the other end is closed, the program is gone
                    break
                if not chunk:
                    break
                screen += chunk
            elif proc.poll() is not None:
                break
            if interrupt_at and not interrupted and interrupt_at.encode() in screen:
                proc.send_signal(signal.SIGINT)
                interrupted = True
        assert proc.stdout is not None
        stdout = proc.stdout.read().decode()
        returncode = proc.wait(timeout=10)
    finally:
        os.close(master)
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return Run(returncode, stdout, screen.decode("utf-8", "replace"))


def run_piped(*args: str) -> Run:
    done = subprocess.run(
        [sys.executable, "-c", PROGRAM, *args],
        capture_output=True,
        env=environment(),
        cwd=REPO,
        timeout=60,
        check=False,
        stdin=subprocess.DEVNULL,
    )
    return Run(done.returncode, done.stdout.decode(), done.stderr.decode())


def cursor_given_back(screen: str) -> bool:
    """The cursor hidden while the bar was live is shown again after it."""
    return "\x1b[?25l" in screen and screen.rfind("\x1b[?25h") > screen.rfind("\x1b[?25l")


# --- a 50 MB upload ---------------------------------------------------------------------------

BIG = 50_000_000


@pytest.fixture
def big_file(tmp_path: Path) -> Path:
    path = tmp_path / "big.jsonl"
    line = b'{"text": "' + b"x" * 987 + b'"}\n'  # 1000 bytes
    path.write_bytes(line * (BIG // len(line)))
    return path


@pytest.fixture
def upload_server(httpserver: HTTPServer) -> Iterator[list[int]]:
    """The three steps of an upload; what the storage host received, in bytes, per PUT."""
    received: list[int] = []
    httpserver.expect_request("/v1/files", method="POST").respond_with_data(
        "",
        status=302,
        headers={
            "Location": httpserver.url_for("/bucket/big.jsonl"),
            "X-Together-File-Id": "file-big",
        },
    )

    def put(request: Request) -> Response:
        received.append(len(request.get_data()))  # (the server has read it already)
        return Response("", status=200)

    httpserver.expect_request("/bucket/big.jsonl", method="PUT").respond_with_handler(put)
    httpserver.expect_request("/v1/files/file-big/preprocess", method="POST").respond_with_json(
        {"id": "file-big", "object": "file", "filename": "big.jsonl", "bytes": BIG}
    )
    yield received


def test_a_50_mb_upload_draws_a_bar_on_a_terminal(
    big_file: Path, upload_server: list[int], httpserver: HTTPServer
) -> None:
    run = run_on_terminal("upload", httpserver.url_for("/v1"), str(big_file))
    assert run.returncode == 0, run.screen
    assert run.stdout == "file-big\n"  # the output, apart from the bar
    assert upload_server == [BIG]
    last = run.last_line_of("big.jsonl")
    assert last.startswith("✓")
    assert "100%" in last and "50.0/50.0 MB" in last
    assert re.search(r" \d+(\.\d+)? [kMG]?B/s ", last), last  # a rate, in whatever unit fits
    assert cursor_given_back(run.screen)


def test_a_50_mb_upload_draws_nothing_when_piped(
    big_file: Path, upload_server: list[int], httpserver: HTTPServer
) -> None:
    run = run_piped("upload", httpserver.url_for("/v1"), str(big_file))
    assert run.returncode == 0, run.screen
    assert run.stdout == "file-big\n"
    assert upload_server == [BIG]
    assert run.screen == ""  # stderr: no bar, no escape, nothing


# --- a download -----------------------------------------------------------------------------

CONTENT = b'{"id": 1}\n' * 800_000  # 8 MB


def test_a_download_draws_a_bar_on_a_terminal(httpserver: HTTPServer, tmp_path: Path) -> None:
    httpserver.expect_request("/v1/files/file-big/content").respond_with_data(CONTENT)
    out = tmp_path / "fetched.jsonl"
    run = run_on_terminal("download", httpserver.url_for("/v1"), str(out))
    assert run.returncode == 0, run.screen
    assert run.stdout == "fetched.jsonl\n" and out.read_bytes() == CONTENT
    last = run.last_line_of("fetched.jsonl")
    assert last.startswith("✓") and "100%" in last and "8.0/8.0 MB" in last
    assert cursor_given_back(run.screen)


def test_a_download_draws_nothing_when_piped(httpserver: HTTPServer, tmp_path: Path) -> None:
    httpserver.expect_request("/v1/files/file-big/content").respond_with_data(CONTENT)
    out = tmp_path / "fetched.jsonl"
    run = run_piped("download", httpserver.url_for("/v1"), str(out))
    assert run.returncode == 0, run.screen
    assert run.stdout == "fetched.jsonl\n" and out.read_bytes() == CONTENT
    assert run.screen == ""


def test_ctrl_c_during_a_download_closes_its_bar(httpserver: HTTPServer, tmp_path: Path) -> None:
    chunk, chunks = b"z" * 100_000, 100

    def slowly(request: Request) -> Response:
        def body() -> Iterator[bytes]:
            for _ in range(chunks):
                yield chunk
                time.sleep(0.05)

        headers = {"Content-Length": str(len(chunk) * chunks)}
        return Response(body(), headers=headers, content_type="application/octet-stream")

    httpserver.expect_request("/v1/files/file-big/content").respond_with_handler(slowly)
    out = tmp_path / "slow.bin"
    run = run_on_terminal("download", httpserver.url_for("/v1"), str(out), interrupt_at="slow.bin")
    assert run.returncode != 0
    assert "KeyboardInterrupt" in run.screen
    last = run.last_line_of("slow.bin")
    assert last.startswith("✗") and "100%" not in last
    assert cursor_given_back(run.screen)
    assert list(tmp_path.iterdir()) == []  # no output, no temporary file left


# --- a wait ---------------------------------------------------------------------------------


def batch(status: str, progress: float) -> dict[str, Any]:
    return {"id": "batch-1", "status": status, "progress": progress}


def test_a_batch_wait_draws_a_status_line_on_a_terminal(httpserver: HTTPServer) -> None:
    httpserver.expect_ordered_request("/v1/batches/batch-1").respond_with_json(
        batch("IN_PROGRESS", 40)
    )
    httpserver.expect_ordered_request("/v1/batches/batch-1").respond_with_json(
        batch("COMPLETED", 100)
    )
    run = run_on_terminal("wait", httpserver.url_for("/v1"), "batch-1")
    assert run.returncode == 0, run.screen
    assert run.stdout == "COMPLETED\n"
    seen = _ANSI.sub("", run.screen)
    assert re.search(r"batch batch-1 IN_PROGRESS 40% \d:\d\d:\d\d", seen), seen
    last = run.last_line_of("batch-1")
    assert last.startswith("✓") and "COMPLETED 100%" in last
    assert cursor_given_back(run.screen)


def test_a_batch_wait_draws_nothing_when_piped(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1/batches/batch-1").respond_with_json(batch("COMPLETED", 100))
    run = run_piped("wait", httpserver.url_for("/v1"), "batch-1")
    assert run.returncode == 0, run.screen
    assert run.stdout == "COMPLETED\n"
    assert run.screen == ""


def test_a_bar_left_open_is_closed_at_exit() -> None:
    """A bar still live when the program exits (a transfer on a thread the program did not
    wait for): the display is stopped at exit, and the cursor shown again."""
    master, slave = pty.openpty()
    code = "\n".join(
        [
            "from together_facade._progress_rich import Bar",
            "bar = Bar('job', 'inputs')",
            "bar(3, 10)",
        ]
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=environment(),
        cwd=REPO,
    )
    os.close(slave)
    screen = b""
    with contextlib.suppress(OSError):
        while chunk := os.read(master, 65536):
            screen += chunk
    os.close(master)
    assert proc.wait(timeout=30) == 0
    text = screen.decode()
    assert "job" in text and "3/10" in _ANSI.sub("", text)
    assert cursor_given_back(text)
