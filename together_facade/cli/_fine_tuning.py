"""``together-facade fine-tuning``: create, list, status, events, cancel, wait, download."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from ._common import (
    JsonFlag,
    Model,
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

__all__ = ["app"]

app = typer.Typer(help="Fine-tuning jobs.", no_args_is_help=True)

JobId = Annotated[str, typer.Argument(help="The job's id (ft-...).", show_default=False)]


@app.command("create")
def create(
    ctx: typer.Context,
    training_file: Annotated[
        str, typer.Option("--training-file", help="The uploaded training file's id.")
    ],
    model: Model,
    validation_file: Annotated[
        str | None, typer.Option("--validation-file", help="An uploaded validation file's id.")
    ] = None,
    n_epochs: Annotated[int | None, typer.Option("--n-epochs", min=1, help="Epochs.")] = None,
    n_checkpoints: Annotated[
        int | None, typer.Option("--n-checkpoints", min=1, help="Checkpoints to save.")
    ] = None,
    n_evals: Annotated[
        int | None, typer.Option("--n-evals", min=0, help="Evaluations on the validation set.")
    ] = None,
    batch_size: Annotated[
        str | None, typer.Option("--batch-size", help="Examples per batch: a number, or max.")
    ] = None,
    learning_rate: Annotated[
        float | None, typer.Option("--learning-rate", help="The learning rate.")
    ] = None,
    suffix: Annotated[
        str | None, typer.Option("--suffix", help="Added to the fine-tuned model's name.")
    ] = None,
    lora: Annotated[
        bool | None,
        typer.Option("--lora/--full", help="LoRA or full training (default: the service's)."),
    ] = None,
    lora_r: Annotated[int | None, typer.Option("--lora-r", min=1, help="LoRA rank.")] = None,
    lora_alpha: Annotated[
        int | None, typer.Option("--lora-alpha", min=1, help="LoRA alpha (2 x rank if left out).")
    ] = None,
    lora_dropout: Annotated[
        float | None, typer.Option("--lora-dropout", help="LoRA dropout.")
    ] = None,
    lora_trainable_modules: Annotated[
        str | None, typer.Option("--lora-trainable-modules", help="Modules LoRA trains.")
    ] = None,
    wandb_api_key: Annotated[
        str | None, typer.Option("--wandb-api-key", help="Weights & Biases key, to track it.")
    ] = None,
    params: Params = None,
    json_output: JsonFlag = False,
) -> None:
    """Start a fine-tuning job on an uploaded file.

    Example: together-facade fine-tuning create --training-file file-... -m
    meta-llama/Meta-Llama-3.1-8B-Instruct-Reference --lora --lora-r 8 --n-epochs 3
    """
    given: dict[str, Any] = {
        "validation_file": validation_file,
        "n_epochs": n_epochs,
        "n_checkpoints": n_checkpoints,
        "n_evals": n_evals,
        "batch_size": _batch_size(batch_size),
        "learning_rate": learning_rate,
        "suffix": suffix,
        "lora": lora,
        "lora_r": lora_r,
        "lora_alpha": lora_alpha,
        "lora_dropout": lora_dropout,
        "lora_trainable_modules": lora_trainable_modules,
        "wandb_api_key": wandb_api_key,
    }
    job = (
        settings_of(ctx)
        .client()
        .fine_tuning.create(training_file=training_file, model=model, **fields(given, params))
    )
    reply(
        wants_json(ctx, json_output),
        job,
        f"Created {job.id} ({shown(job.status)}): {shown(job.model_output_name)}",
    )


def _batch_size(value: str | None) -> int | str | None:
    if value is None or value == "max":
        return value
    try:
        return int(value)
    except ValueError:
        raise typer.BadParameter(
            f"{value!r} is neither a number nor max", param_hint="'--batch-size'"
        ) from None


@app.command("list")
def list_jobs(ctx: typer.Context, json_output: JsonFlag = False) -> None:
    """List your fine-tuning jobs."""
    jobs = settings_of(ctx).client().fine_tuning.list()
    if wants_json(ctx, json_output):
        emit_json(jobs)
        return
    rows = [[j.id, j.status, j.model, j.model_output_name, j.created_at] for j in jobs.data]
    print_table(f"{len(rows)} jobs", ["Id", "Status", "Model", "Output", "Created"], rows)


@app.command("status")
def status(ctx: typer.Context, job_id: JobId, json_output: JsonFlag = False) -> None:
    """Show a job: its status, model and output."""
    job = settings_of(ctx).client().fine_tuning.retrieve(job_id)
    if wants_json(ctx, json_output):
        emit_json(job)
        return
    print_fields(
        [
            ("id", job.id),
            ("status", job.status),
            ("model", job.model),
            ("output", job.model_output_name),
            ("training file", job.training_file),
            ("epochs", job.n_epochs),
            ("created", job.created_at),
            ("updated", job.updated_at),
        ]
    )


@app.command("events")
def events(ctx: typer.Context, job_id: JobId, json_output: JsonFlag = False) -> None:
    """Show a job's events, oldest first."""
    listed = settings_of(ctx).client().fine_tuning.list_events(job_id)
    if wants_json(ctx, json_output):
        emit_json(listed)
        return
    for event in listed.data:
        emit(f"{shown(event.created_at)}  {shown(event.level)}  {shown(event.message)}")


@app.command("cancel")
def cancel(ctx: typer.Context, job_id: JobId, json_output: JsonFlag = False) -> None:
    """Cancel a running job."""
    job = settings_of(ctx).client().fine_tuning.cancel(job_id)
    reply(wants_json(ctx, json_output), job, f"{job.id}: {shown(job.status)}")


@app.command("wait")
def wait(
    ctx: typer.Context,
    job_id: JobId,
    timeout: WaitTimeout = None,
    poll_interval: PollInterval = 5.0,
    json_output: JsonFlag = False,
) -> None:
    """Wait for a job to finish, showing its events; exit code 8 if it fails or is cancelled."""
    machine = wants_json(ctx, json_output)

    def on_event(event: Any) -> None:
        if not machine:
            note(f"{shown(event.created_at)}  {shown(event.message)}")

    job = (
        settings_of(ctx)
        .client()
        .fine_tuning.wait(
            job_id,
            timeout=timeout,
            poll_interval=poll_interval,
            max_poll_interval=max(poll_interval, 60.0),
            on_event=on_event,
            progress=True,
        )
    )
    reply(machine, job, f"{job.id}: {shown(job.status)}, {shown(job.model_output_name)}")


@app.command("download")
def download(
    ctx: typer.Context,
    job_id: JobId,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Where to save it (default: <id>.tar.zst, here)."),
    ] = None,
    checkpoint_step: Annotated[
        int | None,
        typer.Option("--checkpoint-step", help="A checkpoint instead of the final model."),
    ] = None,
    json_output: JsonFlag = False,
) -> None:
    """Download the fine-tuned model (or a checkpoint), resumable, with a progress bar at a
    terminal."""
    path = (
        settings_of(ctx)
        .client()
        .fine_tuning.download(job_id, output=output, checkpoint_step=checkpoint_step, progress=True)
    )
    reply(wants_json(ctx, json_output), {"id": job_id, "path": str(path)}, str(path))
