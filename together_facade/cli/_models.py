"""``together-facade models list``: the models you can call, as a table (or JSON)."""

from __future__ import annotations

from typing import Annotated

import typer

from ._common import JsonFlag, emit_json, print_table, settings_of, shown, wants_json

__all__ = ["app"]

app = typer.Typer(help="The models you can call.", no_args_is_help=True)


@app.command("list")
def list_models(
    ctx: typer.Context,
    type: Annotated[
        str | None,
        typer.Option(
            "--type",
            "-t",
            help="Only models of this type: chat, language, code, embedding, image, rerank, ...",
        ),
    ] = None,
    json_output: JsonFlag = False,
) -> None:
    """List the models, with their type, context length and price (dollars per million
    tokens, in and out)."""
    models = settings_of(ctx).client().models.list()
    if type is not None:
        models = [m for m in models if shown(m.type) == type]
    if wants_json(ctx, json_output):
        emit_json(models)
        return
    rows = []
    for m in sorted(models, key=lambda m: m.id):
        price = m.pricing
        rows.append(
            [
                m.id,
                m.type,
                m.context_length,
                price.input if price else None,
                price.output if price else None,
            ]
        )
    print_table(f"{len(rows)} models", ["Model", "Type", "Context", "In $/M", "Out $/M"], rows)
