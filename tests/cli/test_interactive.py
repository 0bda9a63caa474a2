"""The command line at a terminal, driven through a pseudo-terminal as a person would use it
(the program sees a real tty, with readline): ``chat`` with no prompt is a conversation, and
uploads and downloads draw a progress bar (none when piped: ``test_program``)."""

from __future__ import annotations

import os
import pty
import select
import signal
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli.conftest import CHAT, StandIn, program_env, say

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")


class Terminal:
    """A program run on a pseudo-terminal: what it writes (stdout and stderr both) is read
    back, what is typed goes to it as keystrokes."""

    def __init__(self, argv: list[str], env: dict[str, str]) -> None:
        pid, fd = pty.fork()
        if pid == 0:  # the child: the pty is its controlling terminal, stdin, stdout, stderr
            try:
                os.execve(argv[0], argv, env)
            finally:
                os._exit(127)
        self.pid, self.fd = pid, fd
        self.seen = b""

    def type(self, keys: bytes) -> None:
        os.write(self.fd, keys)

    def expect(self, text: bytes, timeout: float = 20.0) -> bytes:
        """Read until ``text`` has appeared after what was already matched; what came up to
        and including it."""
        deadline = time.monotonic() + timeout
        while text not in self.seen:
            left = deadline - time.monotonic()
            if left <= 0 or not self._read(left):
                raise AssertionError(f"{text!r} did not appear; the terminal shows {self.seen!r}")
        before, _, after = self.seen.partition(text)
        self.seen = after
        return before + text

    def _read(self, timeout: float) -> bool:
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return False
        try:
            data = os.read(self.fd, 4096)
        except OSError:  # the child is gone (EIO)
            return False
        self.seen += data
        return bool(data)

    def wait(self, timeout: float = 20.0) -> int:
        """The exit status, reading what is left meanwhile."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                return os.waitstatus_to_exitcode(status)
            self._read(0.05)
        raise AssertionError(f"the program did not end; the terminal shows {self.seen!r}")

    def close(self) -> None:
        try:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
        os.close(self.fd)


@pytest.fixture
def chat_terminal(api: StandIn) -> Iterator[Terminal]:
    argv = [sys.executable, "-m", "together_facade", "--max-retries", "0", "chat", "-m", "m"]
    terminal = Terminal(argv, program_env(api, TERM="dumb"))
    try:
        yield terminal
    finally:
        terminal.close()


def test_a_conversation_keeps_its_history(chat_terminal: Terminal, api: StandIn) -> None:
    first = say(api, "Paris", " is the capital.")
    second = say(api, "About 2.1", " million people.")
    term = chat_terminal
    term.expect(b"Chatting with m.")
    term.expect(b"> ")
    term.type(b"What is the capital of France?\r")
    term.expect(first.encode())
    term.expect(b"> ")
    term.type(b"How many people live there?\r")
    term.expect(second.encode())
    term.expect(b"> ")
    term.type(b"\x04")  # Ctrl-D: end of input
    assert term.wait() == 0

    sent = [r.json() for r in api.calls(CHAT)]
    assert len(sent) == 2 and all(body["stream"] is True for body in sent)
    assert sent[0]["messages"] == [{"role": "user", "content": "What is the capital of France?"}]
    assert sent[1]["messages"] == [
        {"role": "user", "content": "What is the capital of France?"},
        {"role": "assistant", "content": first},
        {"role": "user", "content": "How many people live there?"},
    ]


def test_ctrl_c_stops_the_answer_not_the_conversation(
    chat_terminal: Terminal, api: StandIn
) -> None:
    say(api, "This answer", " is slow.", delay=30.0)
    answer = say(api, "Fast", " answer.")
    term = chat_terminal
    term.expect(b"> ")
    term.type(b"Tell me a long story\r")
    deadline = time.monotonic() + 20
    while not api.calls(CHAT) and time.monotonic() < deadline:  # the request is on its way
        time.sleep(0.02)
    term.type(b"\x03")  # Ctrl-C while the answer is awaited
    term.expect(b"(stopped)")
    term.expect(b"> ")
    term.type(b"Something short\r")
    term.expect(answer.encode())
    term.expect(b"> ")
    term.type(b"/exit\r")
    assert term.wait() == 0
    # the stopped turn, with nothing shown, is not part of the conversation
    assert api.calls(CHAT)[-1].json()["messages"] == [
        {"role": "user", "content": "Something short"}
    ]


def test_an_error_in_a_turn_is_shown_and_the_conversation_goes_on(
    chat_terminal: Terminal, api: StandIn
) -> None:
    api.answer(CHAT, status=500, times=1)
    answer = say(api, "Back", " again.")
    term = chat_terminal
    term.expect(b"> ")
    term.type(b"First\r")
    term.expect(b"error: the API answered 500")
    term.expect(b"> ")
    term.type(b"/reset\r")
    term.expect(b"starts over")
    term.expect(b"> ")
    term.type(b"Second\r")
    term.expect(answer.encode())
    term.expect(b"> ")  # keys typed before the prompt would reach the terminal, not readline
    term.type(b"\x04")
    assert term.wait() == 0
    assert api.calls(CHAT)[-1].json()["messages"] == [{"role": "user", "content": "Second"}]


def run_at_a_terminal(api: StandIn, *args: str) -> Terminal:
    argv = [sys.executable, "-m", "together_facade", "--max-retries", "0", *args]
    return Terminal(argv, program_env(api, TERM="xterm", COLUMNS="100"))


def test_an_upload_and_a_download_show_a_progress_bar(api: StandIn, tmp_path: Path) -> None:
    line = '{"messages": [{"role": "user", "content": "a"}, {"role": "assistant", "content": "b"}]}'
    (tmp_path / "train.jsonl").write_text((line + "\n") * 5000, encoding="utf-8")
    term = run_at_a_terminal(api, "files", "upload", str(tmp_path / "train.jsonl"))
    try:
        drawn = term.expect(b"Uploaded train.jsonl as ")
        assert term.wait() == 0
    finally:
        term.close()
    assert b"train.jsonl" in drawn and b"100%" in drawn and b"\x1b[" in drawn  # a bar, drawn
    file_id = term.seen.split()[0].decode()

    copy = tmp_path / "copy.jsonl"
    term = run_at_a_terminal(api, "files", "content", file_id, "-o", str(copy))
    try:
        drawn = term.expect(f"{copy}\r\n".encode())
        assert term.wait() == 0
    finally:
        term.close()
    assert b"100%" in drawn
    assert copy.read_bytes() == (tmp_path / "train.jsonl").read_bytes()
