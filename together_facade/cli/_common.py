"""What every command shares: the global options and the client built from them
(``Settings``), output (JSON on stdout for programs, text and tables for people) and errors
(one line on stderr, and an exit code per class of failure: ``ExitCode``).

Errors are classified here and only here (``classify``), from the library's typed errors, so
that every command fails the same way: ``error: <what happened>. <what to do>`` on stderr, no
traceback unless ``--debug``, and an exit code a shell script can branch on.
"""

from __future__ import annotations

import enum
import json
import logging
import os
import sys
import traceback
import warnings
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer

from .._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    BatchFailedError,
    BatchFileMissingError,
    EvaluationFailedError,
    FineTuneFailedError,
    IncompleteStreamError,
    InternalServerError,
    InvalidRequestError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    TogetherError,
    UnprocessableEntityError,
    VideoFailedError,
    WaitTimeoutError,
)

if TYPE_CHECKING:
    from rich.console import Console

    from .._client import Together

__all__ = [
    "reply",
    "EXIT_CODES_HELP",
    "CLIError",
    "ExitCode",
    "JsonFlag",
    "MaxTokens",
    "Model",
    "NoStream",
    "Params",
    "Stop",
    "Temperature",
    "TopP",
    "Settings",
    "as_data",
    "classify",
    "emit",
    "emit_json",
    "fields",
    "note",
    "parse_params",
    "print_table",
    "read_stdin",
    "report",
    "settings_of",
    "wants_json",
    "shown",
    "stdout_console",
]

PROG = "together-facade"


@enum.unique
class ExitCode(enum.IntEnum):
    """The exit status of ``together-facade``: one per class of failure (see ``classify``)."""

    OK = 0
    FAILURE = 1
    BAD_INPUT = 2
    AUTH = 3
    NOT_FOUND = 4
    RATE_LIMIT = 5
    SERVER = 6
    CONNECTION = 7
    JOB_FAILED = 8
    STILL_RUNNING = 9
    INTERRUPTED = 130


_MEANINGS = {
    ExitCode.OK: "success",
    ExitCode.FAILURE: "any other error (an answer that cannot be read, a conflict, ...)",
    ExitCode.BAD_INPUT: "bad input: usage, a local check, a request refused (400, 422)",
    ExitCode.AUTH: "no API key, or the key was refused (401, 403)",
    ExitCode.NOT_FOUND: "not found (404), or a batch without the file asked for",
    ExitCode.RATE_LIMIT: "rate limited (429), after the retries",
    ExitCode.SERVER: "the service failed (5xx), after the retries",
    ExitCode.CONNECTION: "no connection, a timeout, or an answer cut short",
    ExitCode.JOB_FAILED: "the job waited for failed or was cancelled",
    ExitCode.STILL_RUNNING: "the job is still running when --timeout ran out",
    ExitCode.INTERRUPTED: "interrupted (Ctrl-C)",
}

#: The exit codes, as the top-level ``--help`` shows them (its epilog).
EXIT_CODES_HELP = "Exit codes:\n" + "\n".join(
    f"{code.value:>3}  {_MEANINGS[code]}" for code in ExitCode
)


class CLIError(Exception):
    """A failure the command line itself detects (no API key, an unreadable prompt, ...),
    with the exit code it means."""

    def __init__(self, message: str, code: ExitCode = ExitCode.BAD_INPUT) -> None:
        super().__init__(message)
        self.code = code


# --- the global options and the client ------------------------------------------------------


@dataclass
class Settings:
    """The global options of one run, and the client built from them on first use (a command
    that needs no API, ``files check``, needs no key)."""

    api_key: str | None = None
    base_url: str | None = None
    timeout: float | None = None
    max_retries: int | None = None
    debug: bool = False
    json: bool = False
    _client: Together | None = field(default=None, repr=False)
    _handler: logging.Handler | None = field(default=None, repr=False)
    _level: int = field(default=logging.NOTSET, repr=False)

    def client(self) -> Together:
        """The client of this run, made when first asked for."""
        if self._client is None:
            self._client = self._new_client()
        return self._client

    def _new_client(self) -> Together:
        from .._client import Together

        key = self.api_key if self.api_key is not None else os.environ.get("TOGETHER_API_KEY")
        if not (key or "").strip():
            raise CLIError(
                "no API key. Pass --api-key or set TOGETHER_API_KEY (keys are at "
                "https://api.together.ai/settings/api-keys).",
                ExitCode.AUTH,
            )
        options: dict[str, Any] = {"api_key": key, "base_url": self.base_url}
        if self.timeout is not None:
            options["timeout"] = self.timeout
        if self.max_retries is not None:
            options["max_retries"] = self.max_retries
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            client = Together(**options)
        for warning in caught:  # an http:// base URL on another machine, say: one line each
            note(f"warning: {shown(str(warning.message))}")
        return client

    def start_logging(self) -> None:
        """``--debug``: the library's request log (credentials redacted) on stderr."""
        logger = logging.getLogger("together_facade")
        self._handler = logging.StreamHandler(sys.stderr)
        self._handler.setFormatter(logging.Formatter("debug: %(message)s"))
        self._level = logger.level
        logger.addHandler(self._handler)
        logger.setLevel(logging.DEBUG)

    def close(self) -> None:
        """Close the client and put the logger back as it was (in-process runs can follow)."""
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._handler is not None:
            logger = logging.getLogger("together_facade")
            logger.removeHandler(self._handler)
            logger.setLevel(self._level)
            self._handler = None


def settings_of(ctx: typer.Context) -> Settings:
    """The run's ``Settings``, which the root command put in the context."""
    return ctx.ensure_object(Settings)


def wants_json(ctx: typer.Context, flag: bool) -> bool:
    """``--json`` given to the command or before it (``together-facade --json files list``)."""
    return flag or settings_of(ctx).json


# --- options several commands take ------------------------------------------------------------

JsonFlag = Annotated[
    bool,
    typer.Option("--json", help="Print the result as JSON on stdout, for programs."),
]
Model = Annotated[str, typer.Option("--model", "-m", help="The model to use.")]
#: A wait's options (fine-tuning wait, batches wait).
WaitTimeout = Annotated[
    float | None,
    typer.Option("--timeout", help="Give up after this many seconds (exit code 9)."),
]
PollInterval = Annotated[
    float, typer.Option("--poll-interval", help="Seconds between the first polls.")
]
Params = Annotated[
    list[str] | None,
    typer.Option(
        "--param",
        "-p",
        metavar="KEY=VALUE",
        help=(
            "Any other field of the request, by its wire name; the value is read as JSON when "
            'it is JSON (3, true, {"type": "json_object"}), else as text. Repeatable.'
        ),
    ),
]
MaxTokens = Annotated[
    int | None, typer.Option("--max-tokens", min=1, help="The most tokens to generate.")
]
Temperature = Annotated[
    float | None, typer.Option("--temperature", help="Randomness of the answer (0 to 1).")
]
TopP = Annotated[float | None, typer.Option("--top-p", help="Nucleus sampling threshold.")]
Stop = Annotated[
    list[str] | None,
    typer.Option("--stop", help="Text that ends the answer when generated. Repeatable."),
]
NoStream = Annotated[
    bool,
    typer.Option(
        "--no-stream", help="Wait for the whole answer instead of printing it as it comes."
    ),
]


def parse_params(items: Sequence[str] | None) -> dict[str, Any]:
    """``--param KEY=VALUE`` options as request fields."""
    fields: dict[str, Any] = {}
    for item in items or ():
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise typer.BadParameter(
                f"{item!r} is not KEY=VALUE (e.g. --param seed=42)", param_hint="'--param'"
            )
        try:
            fields[key.strip()] = json.loads(value)
        except ValueError:
            fields[key.strip()] = value
    return fields


def fields(given: Mapping[str, Any], params: Sequence[str] | None) -> dict[str, Any]:
    """The request fields: the options that were given (None: left out, for the service's
    default) and the ``--param`` ones, which win."""
    return {**{k: v for k, v in given.items() if v is not None}, **parse_params(params)}


def read_stdin(what: str) -> str:
    """All of stdin, for a command given ``-`` (or nothing, with stdin piped) as its text, but
    the one line end that ``echo`` adds."""
    if sys.stdin is None or sys.stdin.isatty():
        raise CLIError(f"no {what} given: pass it as an argument or pipe it to stdin.")
    text = sys.stdin.read()
    if not text.strip():
        raise CLIError(f"the {what} read from stdin is empty: pass it as an argument or pipe it.")
    return text.removesuffix("\n").removesuffix("\r")


# --- output -------------------------------------------------------------------------------------


def as_data(value: Any) -> Any:
    """A result as JSON data: a model's wire JSON (``to_dict``), lists item by item."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list | tuple):
        return [as_data(v) for v in value]
    return value


def emit_json(value: Any) -> None:
    """Machine output: ``value`` as indented JSON on stdout."""
    text = json.dumps(as_data(value), indent=2, ensure_ascii=False, default=str)
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def emit(text: str) -> None:
    """Human output: a line on stdout."""
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def reply(as_json: bool, value: Any, text: str) -> None:
    """A command's answer: ``value`` as JSON when asked for (``--json``), else ``text``."""
    if as_json:
        emit_json(value)
    else:
        emit(text)


def note(text: str) -> None:
    """A line on stderr: progress, warnings, errors; never mixed into the output."""
    sys.stderr.write(text + "\n")
    sys.stderr.flush()


def shown(value: Any) -> str:
    """A field's value as a person reads it: enums by value, times in ISO form, None as -."""
    if value is None:
        return "-"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, datetime):
        return value.isoformat()
    return " ".join(str(value).split()) if isinstance(value, str) else str(value)


def epoch(seconds: int | None) -> str:
    """A Unix time as an ISO date-time (UTC)."""
    if seconds is None:
        return "-"
    return datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%d %H:%M:%S")


def stdout_console() -> Console:
    """A rich console on stdout (made per call: tests swap stdout). Piped, it is wide, so that
    a table's ids are not cut; at a terminal, the terminal's width."""
    from rich.console import Console

    wide = None if sys.stdout.isatty() else 200
    return Console(file=sys.stdout, width=wide, highlight=False)


def print_table(title: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """Human output: a table (rich), one row per item."""
    from rich.table import Table

    table = Table()
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*(shown(cell) for cell in row))
    emit(title)  # above the table, not as its title: a title is wrapped to the table's width
    stdout_console().print(table)


def print_fields(pairs: Iterable[tuple[str, Any]]) -> None:
    """Human output: ``name: value`` lines, the names aligned."""
    items = list(pairs)
    width = max((len(name) for name, _ in items), default=0)
    for name, value in items:
        emit(f"{name + ':':<{width + 1}} {shown(value)}")


# --- errors -------------------------------------------------------------------------------------


def classify(exc: BaseException) -> tuple[ExitCode, str]:
    """The exit code and the one-line message (what happened, what to do) of a failure."""
    if isinstance(exc, CLIError):
        return exc.code, str(exc)
    if isinstance(exc, InvalidRequestError):
        return ExitCode.BAD_INPUT, str(exc)
    if isinstance(exc, APIStatusError):
        return _status_error(exc)
    if isinstance(exc, APIConnectionError):
        return ExitCode.CONNECTION, _connection_message(exc)
    if isinstance(exc, FineTuneFailedError | BatchFailedError):
        return ExitCode.JOB_FAILED, str(exc)
    if isinstance(exc, EvaluationFailedError | VideoFailedError):
        return ExitCode.JOB_FAILED, str(exc)
    if isinstance(exc, WaitTimeoutError):
        return ExitCode.STILL_RUNNING, f"{exc} Run the wait again to go on waiting."
    if isinstance(exc, BatchFileMissingError):
        return ExitCode.NOT_FOUND, str(exc)
    if isinstance(exc, TogetherError):
        return ExitCode.FAILURE, str(exc)
    if isinstance(exc, OSError):
        where = f": {exc.filename}" if exc.filename else ""
        return ExitCode.BAD_INPUT, f"{exc.strerror or exc}{where}"
    return ExitCode.FAILURE, (
        f"unexpected {type(exc).__name__}: {exc}. Run again with --debug for the traceback, "
        "and please report it."
    )


def _status_error(exc: APIStatusError) -> tuple[ExitCode, str]:
    said = f"the API answered {exc.status_code}: {exc}"
    if isinstance(exc, AuthenticationError):
        return ExitCode.AUTH, f"{said}. Check --api-key or TOGETHER_API_KEY."
    if isinstance(exc, PermissionDeniedError):
        return ExitCode.AUTH, f"{said}. This key may not use this; check the key and the model."
    if isinstance(exc, NotFoundError):
        return ExitCode.NOT_FOUND, f"{said}. Check the id or the model name."
    if isinstance(exc, RateLimitError):
        wait = f"wait {exc.retry_after:g} s" if exc.retry_after else "wait a moment"
        return ExitCode.RATE_LIMIT, f"{said}. Rate limited: {wait} and try again."
    if isinstance(exc, InternalServerError):
        return ExitCode.SERVER, f"{said}. The service failed; try again later."
    if isinstance(exc, BadRequestError | UnprocessableEntityError):
        return ExitCode.BAD_INPUT, f"{said}. Fix the request's options and try again."
    return ExitCode.FAILURE, said


def _connection_message(exc: APIConnectionError) -> str:
    if isinstance(exc, IncompleteStreamError):
        return f"{exc}. The answer was cut short; try again."
    if isinstance(exc, APITimeoutError):
        return f"{exc}. Try again, or give more time with --timeout."
    return f"{exc}. Check the network and --base-url."


def report(exc: BaseException, debug: bool) -> ExitCode:
    """Show a failure (its traceback first with ``--debug``) and return its exit code."""
    code, message = classify(exc)
    if debug:
        traceback.print_exception(exc, file=sys.stderr)
    message = " ".join(message.split())  # one line, whatever the service sent
    note(f"error: {message}")
    return code


def fail(message: str, code: ExitCode = ExitCode.BAD_INPUT) -> NoReturn:
    """Stop the command with ``message`` and ``code``."""
    raise CLIError(message, code)
