"""``together-facade``, the command line: ``python -m together_facade`` or the console script.

Built on Typer, chosen over plain click and over cyclopts: options are declared once, as
type-hinted parameters (``Annotated[int | None, typer.Option(...)]``), and checked and shown in
``--help`` from those hints, with click underneath (Typer carries its own copy of it), a
mature parser whose context, errors and test runner this package uses directly; and Typer
brings rich, which the tables here and the library's progress bars (``progress=True``) draw
with, so the ``[cli]`` extra adds one library and what it needs, no second one for output.
cyclopts reads type hints too, but would still need rich installed on its own for the bars,
and is younger; plain click would mean declaring each option a second time beside its type.

The library itself never imports this package (``import together_facade`` stays light): typer
and rich come with ``pip install 'together-facade[cli]'``. Without them, ``main()`` says so in
one line and exits with status 1.

Layout: ``_app`` (the root command, global options, how a run ends), ``_common`` (settings,
output, errors and exit codes), and one module per area: ``_chat``; ``_generate`` (complete,
embed, images, rerank); ``_models``; ``_files``; ``_fine_tuning``; ``_batches``; ``_audio``.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import typer

__all__ = ["app", "main"]

_MISSING_EXTRA = (
    "error: the together-facade command needs the cli extra: pip install 'together-facade[cli]'"
)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); its exit status."""
    try:
        from ._app import app
    except ModuleNotFoundError as exc:
        if (exc.name or "").split(".")[0] not in ("typer", "rich"):
            raise
        sys.stderr.write(_MISSING_EXTRA + "\n")
        return 1
    import typer.main

    command = typer.main.get_command(app)
    code: int = command.main(args=argv, standalone_mode=False)
    return code


def __getattr__(name: str) -> Any:
    """``app``, the Typer application (for ``typer.testing.CliRunner``), loaded when asked."""
    if name == "app":
        from ._app import app

        return app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


if TYPE_CHECKING:
    app: typer.Typer
