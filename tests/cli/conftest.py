"""The command line's tests run against the stand-in of the API: in-process through Typer's
``CliRunner`` (``cli``), or as a program (``program``), each in a folder of its own."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from together_facade.cli import app
from together_facade.testing import StandIn, chat_chunks

API_KEY = "sk-cli-test-0123456789-SECRET"
ROOT = Path(__file__).resolve().parents[2]
CHAT = "POST /chat/completions"


def say(api: StandIn, *pieces: str, times: int | None = 1, delay: float = 0.0) -> str:
    """Have the stand-in stream a chat answer in ``pieces``; the whole text."""
    api.answer(CHAT, sse=chat_chunks(list(pieces)), times=times, delay=delay)
    return "".join(pieces)


@pytest.fixture(scope="module")
def standin() -> Iterator[StandIn]:
    with StandIn() as api:
        yield api


@pytest.fixture
def api(standin: StandIn) -> StandIn:
    standin.reset()
    return standin


@pytest.fixture
def cli(api: StandIn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[..., Result]:
    """Run ``together-facade <args>`` in-process against the stand-in, in ``tmp_path``, with
    no retries (errors come at once). ``env`` adds to or (None) takes from the environment."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("TOGETHER_BASE_URL", raising=False)

    def invoke(
        *args: str, input: str | bytes | None = None, env: dict[str, str | None] | None = None
    ) -> Result:
        base = ["--base-url", api.base_url, "--max-retries", "0"]
        environment = {"TOGETHER_API_KEY": API_KEY, "TOGETHER_LOG": None, **(env or {})}
        return CliRunner().invoke(app, [*base, *args], input=input, env=environment)

    return invoke


def program_env(api: StandIn, **extra: str) -> dict[str, str]:
    """The environment of the command line run as a program against the stand-in."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TOGETHER_")}
    pythonpath = [str(ROOT), *filter(None, [env.get("PYTHONPATH")])]
    return {
        **env,
        "PYTHONPATH": os.pathsep.join(pythonpath),
        "TOGETHER_API_KEY": API_KEY,
        "TOGETHER_BASE_URL": api.base_url,
        **extra,
    }


@pytest.fixture
def program(api: StandIn, tmp_path: Path) -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run ``python -m together_facade <args>`` (or ``command``) against the stand-in."""

    def run(
        *args: str,
        command: Sequence[str] = (sys.executable, "-m", "together_facade"),
        input: str | None = None,
        **extra: Any,
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*command, "--max-retries", "0", *args],
            input=input,
            capture_output=True,
            text=True,
            env=program_env(api, **extra),
            cwd=tmp_path,
            timeout=60,
        )

    return run
