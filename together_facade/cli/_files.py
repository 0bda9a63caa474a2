"""``together-facade files``: upload, check, list, retrieve, content, delete."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ._common import (
    ExitCode,
    JsonFlag,
    emit,
    emit_json,
    epoch,
    note,
    print_fields,
    print_table,
    reply,
    settings_of,
    wants_json,
)

__all__ = ["app"]

app = typer.Typer(help="Your data files: fine-tuning and batch inputs.", no_args_is_help=True)

FileId = Annotated[str, typer.Argument(help="The file's id (file-...).", show_default=False)]
LocalFile = Annotated[Path, typer.Argument(help="The local file.", show_default=False)]


@app.command("upload")
def upload(
    ctx: typer.Context,
    path: LocalFile,
    purpose: Annotated[
        str, typer.Option("--purpose", help="fine-tune, batch-api, eval, ...")
    ] = "fine-tune",
    no_check: Annotated[
        bool, typer.Option("--no-check", help="Skip the local format check (fine-tune files).")
    ] = False,
    one_step: Annotated[
        bool,
        typer.Option(
            "--one-step",
            help="Send a file of up to 50 MiB in one request to the API host (no storage host).",
        ),
    ] = False,
    json_output: JsonFlag = False,
) -> None:
    """Upload a file (checked first when it is for fine-tuning), with a progress bar at a
    terminal."""
    uploaded = (
        settings_of(ctx)
        .client()
        .files.upload(path, purpose=purpose, check=not no_check, one_step=one_step, progress=True)
    )
    reply(
        wants_json(ctx, json_output),
        uploaded,
        f"Uploaded {path.name} as {uploaded.id} ({uploaded.bytes} bytes)",
    )


@app.command("check")
def check(ctx: typer.Context, path: LocalFile, json_output: JsonFlag = False) -> None:
    """Check a fine-tuning data file here, without sending anything. Exits 2 if it fails."""
    from .._filecheck import check_file

    report = check_file(path)
    if wants_json(ctx, json_output):
        emit_json(report.to_dict())
    elif report.is_check_passed:
        emit(f"{path}: {report.message}")
    if not report.is_check_passed:
        where = f"{path}: " if report.found else ""  # else the message names the path
        note(f"error: {where}{report.message}")
        raise typer.Exit(ExitCode.BAD_INPUT)


@app.command("list")
def list_files(ctx: typer.Context, json_output: JsonFlag = False) -> None:
    """List your files."""
    files = settings_of(ctx).client().files.list()
    if wants_json(ctx, json_output):
        emit_json(files)
        return
    rows = [[f.id, f.filename, f.purpose, f.bytes, epoch(f.created_at)] for f in files.data]
    print_table(f"{len(rows)} files", ["Id", "Name", "Purpose", "Bytes", "Created (UTC)"], rows)


@app.command("retrieve")
def retrieve(ctx: typer.Context, file_id: FileId, json_output: JsonFlag = False) -> None:
    """Show a file's details."""
    f = settings_of(ctx).client().files.retrieve(file_id)
    if wants_json(ctx, json_output):
        emit_json(f)
        return
    print_fields(
        [
            ("id", f.id),
            ("filename", f.filename),
            ("purpose", f.purpose),
            ("bytes", f.bytes),
            ("type", f.file_type),
            ("created", epoch(f.created_at)),
        ]
    )


@app.command("content")
def content(
    ctx: typer.Context,
    file_id: FileId,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help="Save it to this file (resumable); else write it to stdout."
        ),
    ] = None,
    json_output: JsonFlag = False,
) -> None:
    """Download a file's content: to a file (with a progress bar at a terminal), or to stdout."""
    files = settings_of(ctx).client().files
    if output is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(files.retrieve_content(file_id))
        sys.stdout.buffer.flush()
        return
    path = files.retrieve_content(file_id, output=output, progress=True)
    reply(wants_json(ctx, json_output), {"id": file_id, "path": str(path)}, str(path))


@app.command("delete")
def delete(ctx: typer.Context, file_id: FileId, json_output: JsonFlag = False) -> None:
    """Delete a file."""
    deleted = settings_of(ctx).client().files.delete(file_id)
    reply(
        wants_json(ctx, json_output),
        deleted,
        f"Deleted {deleted.id or file_id}" if deleted.deleted else f"Not deleted: {file_id}",
    )
