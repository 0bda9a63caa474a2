"""How ``together-facade`` fails: one line on stderr (``error: ...``, saying what to do), no
traceback unless ``--debug``, and an exit code per class of failure, as the top-level help
lists them."""

from __future__ import annotations

import json
import socket
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from tests.cli.conftest import API_KEY, StandIn
from together_facade.cli import app
from together_facade.cli._common import EXIT_CODES_HELP, ExitCode

Cli = Callable[..., Result]
CHAT = "POST /chat/completions"
MODELS = "GET /models"


def one_error_line(result: Result) -> str:
    """The failure's message: stderr is exactly one line, ``error: ...``, nothing on stdout."""
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ")
    assert "Traceback" not in result.stderr
    return lines[0]


@pytest.mark.parametrize(
    ("status", "code", "says"),
    [
        (400, ExitCode.BAD_INPUT, "Fix the request's options"),
        (401, ExitCode.AUTH, "Check --api-key or TOGETHER_API_KEY"),
        (403, ExitCode.AUTH, "check the key"),
        (404, ExitCode.NOT_FOUND, "Check the id or the model name"),
        (422, ExitCode.BAD_INPUT, "Fix the request's options"),
        (429, ExitCode.RATE_LIMIT, "try again"),
        (500, ExitCode.SERVER, "try again later"),
        (503, ExitCode.SERVER, "try again later"),
        (409, ExitCode.FAILURE, "409"),
    ],
)
def test_each_status_has_its_exit_code(
    cli: Cli, api: StandIn, status: int, code: ExitCode, says: str
) -> None:
    api.answer(MODELS, status=status)
    result = cli("models", "list")
    assert result.exit_code == code
    line = one_error_line(result)
    assert line.startswith(f"error: the API answered {status}: ")
    assert says in line
    assert len(api.calls(MODELS)) == 1  # --max-retries 0: at once


def test_a_rate_limit_says_how_long_to_wait(cli: Cli, api: StandIn) -> None:
    api.answer(CHAT, status=429, headers={"retry-after": "7"})
    result = cli("chat", "-m", "m", "Hi")
    assert result.exit_code == ExitCode.RATE_LIMIT
    assert "Rate limited: wait 7 s and try again." in result.stderr


def test_the_same_errors_in_a_stream_and_in_json_mode(cli: Cli, api: StandIn) -> None:
    api.answer(CHAT, status=401)
    assert cli("chat", "-m", "m", "Hi").exit_code == ExitCode.AUTH
    api.answer(CHAT, status=404)
    result = cli("--json", "chat", "-m", "m", "Hi")
    assert result.exit_code == ExitCode.NOT_FOUND
    one_error_line(result)


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_no_connection_exits_7(cli: Cli) -> None:
    url = f"http://127.0.0.1:{closed_port()}/v1"
    result = cli("--base-url", url, "models", "list")
    assert result.exit_code == ExitCode.CONNECTION
    assert one_error_line(result).endswith("Check the network and --base-url.")


def test_a_timeout_exits_7_and_says_so(cli: Cli, api: StandIn) -> None:
    api.answer(MODELS, delay=2.0, times=1)
    result = cli("--timeout", "0.2", "models", "list")
    assert result.exit_code == ExitCode.CONNECTION
    assert one_error_line(result).endswith("give more time with --timeout.")


def test_a_stream_cut_short_exits_7(cli: Cli, api: StandIn) -> None:
    chunk = {
        "id": "c",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "m",
        "choices": [{"index": 0, "delta": {"role": "assistant", "content": "Hel"}}],
    }
    body = f"data: {json.dumps(chunk)}\n\n"  # and no [DONE], no finish reason
    api.answer(CHAT, body=body, headers={"content-type": "text/event-stream"})
    result = cli("chat", "-m", "m", "Hi")
    assert result.exit_code == ExitCode.CONNECTION
    assert result.stdout == "Hel\n"  # what came is shown, and the line ended
    assert result.stderr.startswith("error: ") and "cut short" in result.stderr


def test_a_bad_local_file_is_bad_input(cli: Cli, api: StandIn, tmp_path: Path) -> None:
    result = cli("files", "upload", str(tmp_path / "missing.jsonl"))
    assert result.exit_code == ExitCode.BAD_INPUT
    assert "missing.jsonl" in one_error_line(result)
    assert api.requests == []


def test_a_bad_option_value_is_bad_input(cli: Cli, api: StandIn) -> None:
    result = cli("--timeout", "-1", "models", "list")
    assert result.exit_code == ExitCode.BAD_INPUT
    assert "timeout" in one_error_line(result)
    result = cli("models", "list", "--no-such-option")
    assert result.exit_code == ExitCode.BAD_INPUT
    assert one_error_line(result) == (
        "error: No such option: --no-such-option See 'together-facade models list --help'."
    )
    assert api.requests == []


def test_no_api_key_is_an_auth_error(cli: Cli, api: StandIn) -> None:
    result = cli("models", "list", env={"TOGETHER_API_KEY": None})
    assert result.exit_code == ExitCode.AUTH
    assert one_error_line(result).startswith("error: no API key. Pass --api-key or set")
    assert api.requests == []


def test_a_failed_job_exits_8(cli: Cli, api: StandIn) -> None:
    failed = {**api.example("GET /fine-tunes/{id}"), "id": "ft-1", "status": "error"}
    api.answer("GET /fine-tunes/{id}", json=failed)
    result = cli("fine-tuning", "wait", "ft-1", "--poll-interval", "0.01", "--json")
    assert result.exit_code == ExitCode.JOB_FAILED
    assert "ft-1" in one_error_line(result)


def test_a_job_still_running_after_the_timeout_exits_9(cli: Cli, api: StandIn) -> None:
    running = {**api.example("GET /fine-tunes/{id}"), "id": "ft-1", "status": "running"}
    api.answer("GET /fine-tunes/{id}", json=running)
    args = ("fine-tuning", "wait", "ft-1", "--poll-interval", "0.01", "--timeout", "0.1")
    result = cli(*args, "--json")
    assert result.exit_code == ExitCode.STILL_RUNNING
    assert one_error_line(result).endswith("Run the wait again to go on waiting.")


def test_debug_logs_requests_and_shows_the_traceback(cli: Cli, api: StandIn) -> None:
    api.answer(MODELS, status=404)
    result = cli("--debug", "models", "list")
    assert result.exit_code == ExitCode.NOT_FOUND
    assert "debug: request GET " in result.stderr and "/v1/models" in result.stderr
    assert "Traceback (most recent call last)" in result.stderr
    assert "NotFoundError" in result.stderr
    assert result.stderr.rstrip().splitlines()[-1].startswith("error: the API answered 404")
    assert API_KEY not in result.stderr  # the key is redacted in the log


def test_debug_is_off_again_for_the_next_run(cli: Cli, api: StandIn) -> None:
    assert "debug:" in cli("--debug", "models", "list").stderr
    assert cli("models", "list").stderr == ""


def test_an_unexpected_error_says_to_report_it(
    cli: Cli, api: StandIn, monkeypatch: pytest.MonkeyPatch
) -> None:
    from together_facade.resources.models import Models

    def broken(self: object, **options: object) -> None:
        raise KeyError("surprise")

    monkeypatch.setattr(Models, "list", broken)
    result = cli("models", "list")
    assert result.exit_code == ExitCode.FAILURE
    line = one_error_line(result)
    assert line.startswith("error: unexpected KeyError: 'surprise'.")
    assert "--debug" in line


def test_the_exit_codes_are_in_the_top_level_help() -> None:
    result = CliRunner().invoke(app, ["--help"], env={"COLUMNS": "120"})
    assert result.exit_code == 0
    text = " ".join(result.stdout.split())
    assert "Exit codes:" in text
    lines = EXIT_CODES_HELP.splitlines()[1:]
    assert len(lines) == len(ExitCode) == 11
    for line in lines:
        assert " ".join(line.split()) in text
