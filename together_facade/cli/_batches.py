"""``together-facade batches``: create, status, list, cancel, wait, download."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ._common import (
    JsonFlag,
    Params,
    PollInterval,
    WaitTimeout,
    emit,
    emit_json,
    fields,
    note,
    print_fields,
    print_table,
    reply,
    settings_of,
    shown,
    wants_json,
)

if TYPE_CHECKING:
    from ..types import BatchJob

__all__ = ["app"]

app = typer.Typer(help="Batches: many requests run offline from one file.", no_args_is_help=True)

BatchId = Annotated[str, typer.Argument(help="The batch's id.", show_default=False)]


@app.command("create")
def create(
    ctx: typer.Context,
    file: Annotated[
        Path | None,
        typer.Argument(
            help=(
                'A JSONL file of requests, one per line: {"custom_id": "...", "body": {...}}; '
                "checked, uploaded, then the batch created."
            ),
            show_default=False,
        ),
    ] = None,
    input_file_id: Annotated[
        str | None,
        typer.Option("--input-file-id", help="An uploaded file instead (purpose batch-api)."),
    ] = None,
    endpoint: Annotated[
        str, typer.Option("--endpoint", help="The endpoint each request goes to.")
    ] = "/v1/chat/completions",
    completion_window: Annotated[
        str | None, typer.Option("--completion-window", help="Time to finish in, e.g. 24h.")
    ] = None,
    model_id: Annotated[
        str | None, typer.Option("--model-id", help="The model of the requests.")
    ] = None,
    priority: Annotated[
        int | None, typer.Option("--priority", help="The batch's priority.")
    ] = None,
    no_check: Annotated[
        bool, typer.Option("--no-check", help="Do not check the file's lines before uploading.")
    ] = False,
    params: Params = None,
    json_output: JsonFlag = False,
) -> None:
    """Create a batch from a JSONL file of requests (or an uploaded one).

    Example: together-facade batches create requests.jsonl --completion-window 24h
    """
    if (file is None) == (input_file_id is None):
        raise typer.BadParameter(
            "give either FILE or --input-file-id (one of them)", param_hint="FILE"
        )
    batches = settings_of(ctx).client().batches
    given = fields(
        {"completion_window": completion_window, "model_id": model_id, "priority": priority},
        params,
    )
    if input_file_id is not None:
        created = batches.create(input_file_id=input_file_id, endpoint=endpoint, **given)
    else:
        assert file is not None  # one of the two, checked above
        created = batches.create_from_file(
            file, endpoint=endpoint, check=not no_check, progress=True, **given
        )
    if created.warning:
        note(f"warning: {created.warning}")
    if wants_json(ctx, json_output):
        emit_json(created)
    elif created.job is not None:
        emit(f"Created batch {created.job.id} ({shown(created.job.status)})")


@app.command("status")
def status(ctx: typer.Context, batch_id: BatchId, json_output: JsonFlag = False) -> None:
    """Show a batch: its status, progress and result files."""
    batch = settings_of(ctx).client().batches.retrieve(batch_id)
    if wants_json(ctx, json_output):
        emit_json(batch)
    else:
        _show(batch)


def _show(batch: BatchJob) -> None:
    print_fields(
        [
            ("id", batch.id),
            ("status", batch.status),
            ("progress", _percent(batch.progress)),
            ("endpoint", batch.endpoint),
            ("input file", batch.input_file_id),
            ("output file", batch.output_file_id),
            ("error file", batch.error_file_id),
            ("error", batch.error),
            ("created", batch.created_at),
            ("completed", batch.completed_at),
        ]
    )


def _percent(progress: float | None) -> str | None:
    return None if progress is None else f"{progress:g}%"


@app.command("list")
def list_batches(ctx: typer.Context, json_output: JsonFlag = False) -> None:
    """List your batches."""
    batches = settings_of(ctx).client().batches.list()
    if wants_json(ctx, json_output):
        emit_json(batches)
        return
    rows = [[b.id, b.status, _percent(b.progress), b.endpoint, b.created_at] for b in batches]
    print_table(f"{len(rows)} batches", ["Id", "Status", "Progress", "Endpoint", "Created"], rows)


@app.command("cancel")
def cancel(ctx: typer.Context, batch_id: BatchId, json_output: JsonFlag = False) -> None:
    """Cancel a batch (the requests already run keep their results)."""
    batch = settings_of(ctx).client().batches.cancel(batch_id)
    reply(wants_json(ctx, json_output), batch, f"{batch.id}: {shown(batch.status)}")


@app.command("wait")
def wait(
    ctx: typer.Context,
    batch_id: BatchId,
    timeout: WaitTimeout = None,
    poll_interval: PollInterval = 5.0,
    json_output: JsonFlag = False,
) -> None:
    """Wait for a batch to finish; exit code 8 if it fails, expires or is cancelled."""
    machine = wants_json(ctx, json_output)

    def on_progress(batch: Any) -> None:
        if not machine:
            note(f"{shown(batch.status)} {_percent(batch.progress) or ''}".rstrip())

    batch = (
        settings_of(ctx)
        .client()
        .batches.wait(
            batch_id,
            timeout=timeout,
            poll_interval=poll_interval,
            max_poll_interval=max(poll_interval, 60.0),
            on_progress=on_progress,
            progress=True,
        )
    )
    reply(machine, batch, f"{batch.id}: {shown(batch.status)}")


@app.command("download")
def download(
    ctx: typer.Context,
    batch_id: BatchId,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Where to save it (default: <id>-output.jsonl, or <id>-errors.jsonl, here).",
        ),
    ] = None,
    errors: Annotated[
        bool, typer.Option("--errors", help="The error file (failed requests) instead.")
    ] = False,
    json_output: JsonFlag = False,
) -> None:
    """Download a batch's results (or its errors), with a progress bar at a terminal."""
    batches = settings_of(ctx).client().batches
    which = "errors" if errors else "output"
    target = output if output is not None else Path(f"{batch_id}-{which}.jsonl")
    if errors:
        path = batches.download_errors(batch_id, target, progress=True)
    else:
        path = batches.download_output(batch_id, target, progress=True)
    reply(wants_json(ctx, json_output), {"id": batch_id, which: str(path)}, str(path))
