"""The command line as a program, end to end against the stand-in: ``python -m
together_facade`` and the ``together-facade`` console script, in a process of their own; and
what happens without the ``[cli]`` extra."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.cli.conftest import API_KEY, ROOT, StandIn, program_env, say

Program = Callable[..., subprocess.CompletedProcess[str]]
SCRIPT = Path(sys.executable).with_name("together-facade")


def test_chat_streams_through_python_m(program: Program, api: StandIn) -> None:
    say(api, "Hello", ", ", "world")
    done = program("chat", "-m", "m", "Hello")
    assert (done.returncode, done.stdout, done.stderr) == (0, "Hello, world\n", "")
    assert api.last.json()["messages"] == [{"role": "user", "content": "Hello"}]
    assert api.last.headers["authorization"] == f"Bearer {API_KEY}"


def test_a_piped_prompt_and_json_out(program: Program, api: StandIn) -> None:
    done = program("--json", "embed", "-m", "e", input="first line\nsecond line\n")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["object"] == "list"
    assert api.last.json()["input"] == ["first line", "second line"]


def test_files_check_and_upload(program: Program, api: StandIn, tmp_path: Path) -> None:
    data = tmp_path / "train.jsonl"
    data.write_text(
        '{"messages": [{"role": "user", "content": "a"}, {"role": "assistant", "content": "b"}]}\n',
        encoding="utf-8",
    )
    checked = program("files", "check", "train.jsonl")
    assert checked.returncode == 0 and "Checks passed" in checked.stdout
    uploaded = program("files", "upload", "train.jsonl", "--one-step", "--json")
    assert uploaded.returncode == 0, uploaded.stderr
    assert uploaded.stderr == ""  # no progress bar: stderr is not a terminal
    assert json.loads(uploaded.stdout)["filename"] == "train.jsonl"
    assert api.last.operation == "POST /files/upload"


@pytest.mark.parametrize(("status", "code"), [(401, 3), (404, 4), (429, 5), (500, 6)])
def test_exit_codes_reach_the_shell(program: Program, api: StandIn, status: int, code: int) -> None:
    api.answer("GET /models", status=status)
    done = program("models", "list")
    assert done.returncode == code
    assert done.stdout == ""
    assert done.stderr.startswith(f"error: the API answered {status}: ")
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr


def test_a_usage_error_exits_2_with_one_line(program: Program, api: StandIn) -> None:
    done = program("files", "retrieve")
    assert done.returncode == 2
    assert done.stderr == (
        "error: Missing argument 'file_id'. See 'together-facade files retrieve --help'.\n"
    )
    assert api.requests == []


@pytest.mark.skipif(not SCRIPT.exists(), reason="the console script is not installed")
def test_the_console_script(program: Program, api: StandIn) -> None:
    say(api, "Hello", ", ", "world")
    done = program("chat", "-m", "m", "Hi", command=[str(SCRIPT)])
    assert (done.returncode, done.stdout) == (0, "Hello, world\n")
    version = program("--version", command=[str(SCRIPT)])
    assert version.stdout.startswith("together-facade ")
    api.answer("GET /fine-tunes/{id}", status=404)
    missing = program("fine-tuning", "status", "ft-gone", command=[str(SCRIPT)])
    assert missing.returncode == 4


def run_python(code: str, api: StandIn) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=program_env(api),
        cwd=ROOT,
        timeout=60,
    )


def test_without_the_cli_extra_main_says_what_to_install(api: StandIn) -> None:
    code = (
        "import sys\n"
        "sys.modules['typer'] = None  # as if typer were not installed\n"
        "from together_facade.cli import main\n"
        "raise SystemExit(main(['models', 'list']))\n"
    )
    done = run_python(code, api)
    assert done.returncode == 1
    assert done.stderr == (
        "error: the together-facade command needs the cli extra: "
        "pip install 'together-facade[cli]'\n"
    )
    assert api.requests == []


def test_the_library_never_imports_the_cli() -> None:
    """Neither typer nor this package: the library stays light. (rich is not checked: httpx
    imports it, with click, for its own command line whenever they are installed.)"""
    code = (
        "import sys\n"
        "import together_facade\n"
        "from together_facade import Together\n"
        "Together(api_key='k').close()\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] == 'typer'"
        " or m.startswith('together_facade.cli'))\n"
        "print(loaded)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == "[]\n"
