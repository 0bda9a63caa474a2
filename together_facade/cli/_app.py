"""The root command: the global options, the command tree, and the one place a run ends.

Every run goes through ``_Root.main``, whether from the console script, ``python -m
together_facade`` or ``typer.testing.CliRunner``: it runs the command tree with click's
standalone mode off, so that it (not click, not Typer's rich panels) decides what a failure
prints, one line on stderr, and which exit code it gets.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import Annotated, Any

import typer
from typer._click.exceptions import ClickException, NoArgsIsHelpError, UsageError
from typer.core import TyperGroup
from typer.exceptions import Abort

from .._version import __version__
from . import _audio, _batches, _chat, _files, _fine_tuning, _generate, _models
from ._common import EXIT_CODES_HELP, PROG, ExitCode, Settings, note, report, settings_of

__all__ = ["app", "run"]


class _Root(TyperGroup):
    """The root group, whose ``main`` ends every run (see the module docstring)."""

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        settings = Settings()
        extra.setdefault("obj", settings)

        def invoke() -> Any:
            return super(_Root, self).main(
                args=args,
                prog_name=prog_name or PROG,
                complete_var=complete_var,
                standalone_mode=False,
                windows_expand_args=windows_expand_args,
                **extra,
            )

        code = run(invoke, settings)
        if standalone_mode:
            sys.exit(code)
        return code


def run(invoke: Callable[[], Any], settings: Settings) -> int:
    """Run the command tree; its exit code, every failure shown as one line on stderr."""
    try:
        result = invoke()
        return result if isinstance(result, int) else ExitCode.OK  # an int: typer.Exit's code
    except NoArgsIsHelpError as exc:  # no command given: the help (Typer printed it already)
        if message := exc.format_message():
            sys.stdout.write(message + "\n")
        return ExitCode.BAD_INPUT
    except UsageError as exc:
        hint = f" See '{exc.ctx.command_path} --help'." if exc.ctx is not None else ""
        note(f"error: {exc.format_message()}{hint}")
        return ExitCode.BAD_INPUT
    except ClickException as exc:
        note(f"error: {exc.format_message()}")
        return exc.exit_code
    except (Abort, KeyboardInterrupt):
        note("error: interrupted.")
        return ExitCode.INTERRUPTED
    except Exception as exc:
        return report(exc, settings.debug)
    finally:
        settings.close()


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"{PROG} {__version__}\n")
        raise typer.Exit()


app = typer.Typer(
    name=PROG,
    cls=_Root,
    help=(
        "The Together AI API from the terminal: chat, completions, embeddings, images, rerank, "
        "models, files, fine-tuning, batches and audio."
    ),
    epilog=EXIT_CODES_HELP,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


@app.callback()
def root(
    ctx: typer.Context,
    api_key: Annotated[
        str | None,
        typer.Option(
            "--api-key",
            envvar="TOGETHER_API_KEY",
            show_envvar=True,
            help="Your API key (https://api.together.ai/settings/api-keys).",
        ),
    ] = None,
    base_url: Annotated[
        str | None,
        typer.Option(
            "--base-url",
            envvar="TOGETHER_BASE_URL",
            show_envvar=True,
            help="The API's URL (default https://api.together.xyz/v1).",
        ),
    ] = None,
    timeout: Annotated[
        float | None,
        typer.Option(
            "--timeout",
            help="Seconds each connect, read and write may take (default 600).",
        ),
    ] = None,
    max_retries: Annotated[
        int | None,
        typer.Option(
            "--max-retries",
            min=0,
            help="Retries of a request that failed for a reason that may pass (default 2).",
        ),
    ] = None,
    debug: Annotated[
        bool,
        typer.Option(
            "--debug",
            help="Log each request on stderr (credentials hidden), and a traceback on error.",
        ),
    ] = False,
    json_output: Annotated[
        bool,
        typer.Option("--json", help="Print results as JSON on stdout, for programs."),
    ] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """The global options, kept in the run's ``Settings`` for the commands."""
    settings = settings_of(ctx)
    settings.api_key = api_key
    settings.base_url = base_url
    settings.timeout = timeout
    settings.max_retries = max_retries
    settings.debug = debug
    settings.json = json_output
    if debug:
        settings.start_logging()


for _module in (_chat, _generate):
    _module.register(app)
app.add_typer(_models.app, name="models")
app.add_typer(_files.app, name="files")
app.add_typer(_fine_tuning.app, name="fine-tuning")
app.add_typer(_batches.app, name="batches")
app.add_typer(_audio.app, name="audio")
