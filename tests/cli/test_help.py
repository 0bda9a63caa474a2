"""``--help`` of every command lists its options: the tree is walked from the root command (a
command added later is checked with no edit here)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
import typer.main
from typer._click import Command, Context
from typer.core import TyperGroup as Group
from typer.testing import CliRunner

from together_facade.cli import app

ROOT = typer.main.get_command(app)
WIDE = {"COLUMNS": "200", "TERMINAL_WIDTH": "200"}  # rich's help: no option name cut short


def walk(command: Command, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], Command]]:
    """Every command under ``command`` (itself included), with the words that reach it."""
    yield path, command
    if isinstance(command, Group):
        context = Context(command)
        for name in command.list_commands(context):
            sub = command.get_command(context, name)
            assert sub is not None
            yield from walk(sub, (*path, name))


COMMANDS = list(walk(ROOT))


def test_the_tree_has_the_commands_of_the_issue() -> None:
    paths = {" ".join(path) for path, _ in COMMANDS}
    expected = {
        "chat", "complete", "embed", "images", "rerank", "models list",
        *(f"files {c}" for c in ("upload", "check", "list", "retrieve", "content", "delete")),
        *(f"fine-tuning {c}" for c in ("create", "list", "status", "events", "cancel", "wait",
                                       "download")),
        *(f"batches {c}" for c in ("create", "status", "wait", "download")),
        "audio speak", "audio transcribe",
    }  # fmt: skip
    assert expected <= paths


@pytest.mark.parametrize(
    ("path", "command"), COMMANDS, ids=[" ".join(p) or "-" for p, _ in COMMANDS]
)
def test_help_lists_every_option(path: tuple[str, ...], command: Command) -> None:
    result = CliRunner().invoke(app, [*path, "--help"], env=WIDE)
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert "Usage: together-facade" in text
    assert (command.help or "").split("\n")[0].strip()[:40] in " ".join(text.split())
    for param in command.params:
        if param.param_type_name == "argument":  # shown by name, in a list of its own
            row = rf"^│[ *]+{re.escape(param.name or '?')}\s"  # a row of the Arguments panel
            assert re.search(row, text, re.MULTILINE), (path, param.name)
            continue
        for option in [*param.opts, *param.secondary_opts]:
            assert option in text, (path, option)
    if not path:  # the global options, and where the exit codes are
        assert "Exit codes:" in text


@pytest.mark.parametrize("path", [p for p, c in COMMANDS if isinstance(c, Group)], ids=str)
def test_a_group_without_a_command_shows_its_help(path: tuple[str, ...]) -> None:
    result = CliRunner().invoke(app, list(path), env=WIDE)
    assert "Usage: together-facade" in result.stdout
    assert result.exit_code == 2  # no command given: a usage error, after the help
