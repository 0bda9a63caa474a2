"""``client.fine_tuning``: fine-tuning jobs."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Required, Unpack

from .. import _download, _gen, _jobs
from .._calls import (
    Call,
    Endpoint,
    RequestOptions,
    as_response,
    body_call,
    model_call,
    options_only,
    path_id,
)
from .._flow import Flow, Progress
from .._resource import AsyncAPIResource, SyncAPIResource
from ..types import FineTuneEvent, FinetuneList, FinetuneListEvents, FinetuneResponse

__all__ = ["AsyncFineTuning", "FineTuning", "FineTuningParams"]


class FineTuningParams(RequestOptions, total=False):
    """The fields of a fine-tuning job request."""

    training_file: Required[str]
    model: Required[str]
    batch_size: int
    learning_rate: float
    n_checkpoints: int
    n_epochs: int
    n_evals: int
    suffix: str
    training_type: Mapping[str, Any]
    """``{"type": "Full"}`` or ``{"type": "Lora", "lora_r": 8, "lora_alpha": 16, ...}``."""
    validation_file: str
    wandb_api_key: str


def _create(params: Mapping[str, Any]) -> Call[FinetuneResponse]:
    return body_call(
        "fine_tuning.create",
        params,
        FineTuningParams,
        _gen.create_fine_tune,
        FinetuneResponse.from_dict,
    )


def _list(options: RequestOptions) -> Call[FinetuneList]:
    name = "fine_tuning.list"
    return model_call(
        name, _gen.list_fine_tunes(), FinetuneList.from_dict, options_only(name, options)
    )


def _job_call(name: str, endpoint: Endpoint, options: RequestOptions) -> Call[FinetuneResponse]:
    return model_call(name, endpoint, FinetuneResponse.from_dict, options_only(name, options))


def _retrieve(id: str, options: RequestOptions) -> Call[FinetuneResponse]:
    endpoint = _gen.retrieve_fine_tune(path_id(id, "fine-tune id"))
    return _job_call("fine_tuning.retrieve", endpoint, options)


def _cancel(id: str, options: RequestOptions) -> Call[FinetuneResponse]:
    endpoint = _gen.cancel_fine_tune(path_id(id, "fine-tune id"))
    return _job_call("fine_tuning.cancel", endpoint, options)


def _events(id: str, options: RequestOptions) -> Call[FinetuneListEvents]:
    name = "fine_tuning.list_events"
    endpoint = _gen.list_fine_tune_events(path_id(id, "fine-tune id"))
    return model_call(name, endpoint, FinetuneListEvents.from_dict, options_only(name, options))


def _download_flow(
    id: str,
    output: str | os.PathLike[str] | None,
    checkpoint_step: int | None,
    progress: Progress | None,
) -> Flow[Path]:
    endpoint = _gen.download_fine_tune(path_id(id, "fine-tune id"), checkpoint_step)
    call = Call("fine_tuning.download", endpoint, as_response, accept="*/*")
    if output is None:
        step = f"-checkpoint-{checkpoint_step}" if checkpoint_step is not None else ""
        output = Path.cwd() / f"{id}{step}.tar.zst"
    return _download.download(call, output, progress)


def _wait(
    id: str,
    timeout: float | None,
    poll_interval: float,
    max_poll_interval: float,
    on_event: Callable[[FineTuneEvent], None] | None,
) -> Flow[FinetuneResponse]:
    waiter = _jobs.JobWaiter(
        _jobs.FINE_TUNE,
        id,
        timeout=timeout,
        poll_interval=poll_interval,
        max_poll_interval=max_poll_interval,
        on_event=on_event,
        now=time.monotonic,
    )
    events = _events(id, {}) if on_event is not None else None
    return _jobs.wait(_retrieve(id, {}), events, waiter)


class FineTuning(SyncAPIResource):
    """``client.fine_tuning``."""

    def create(self, **params: Unpack[FineTuningParams]) -> FinetuneResponse:
        """Start a fine-tuning job.

        Example::

            job = client.fine_tuning.create(
                training_file="file-...",
                model="meta-llama/Meta-Llama-3.1-8B-Instruct-Reference",
                training_type={"type": "Lora", "lora_r": 8, "lora_alpha": 16},
            )
        """
        return self._core.request(_create(params))

    def list(self, **options: Unpack[RequestOptions]) -> FinetuneList:
        """Your fine-tuning jobs (``.data``)."""
        return self._core.request(_list(options))

    def retrieve(self, id: str, **options: Unpack[RequestOptions]) -> FinetuneResponse:
        """One job, with its status. Example: ``client.fine_tuning.retrieve("ft-...").status``."""
        return self._core.request(_retrieve(id, options))

    def cancel(self, id: str, **options: Unpack[RequestOptions]) -> FinetuneResponse:
        """Cancel a running job."""
        return self._core.request(_cancel(id, options))

    def list_events(self, id: str, **options: Unpack[RequestOptions]) -> FinetuneListEvents:
        """A job's events (``.data``), oldest first."""
        return self._core.request(_events(id, options))

    def wait(
        self,
        id: str,
        *,
        timeout: float | None = None,
        poll_interval: float = 5.0,
        max_poll_interval: float = 60.0,
        on_event: Callable[[FineTuneEvent], None] | None = None,
    ) -> FinetuneResponse:
        """Poll the job until it completes (returned), fails or is cancelled (raised).

        ``on_event`` is called once for every new event. After ``timeout`` seconds it raises
        ``WaitTimeoutError``; the job keeps running.

        Example::

            job = client.fine_tuning.wait(job.id, timeout=3600, on_event=lambda e: print(e.message))
        """
        return self._core.run(_wait(id, timeout, poll_interval, max_poll_interval, on_event))

    def download(
        self,
        id: str,
        *,
        output: str | os.PathLike[str] | None = None,
        checkpoint_step: int | None = None,
        progress: Progress | None = None,
    ) -> Path:
        """Download the fine-tuned model (or a checkpoint) to ``output``; returns the path.

        The bytes go to a temporary file first, resume after an interruption, are checked
        against the announced size and are renamed into place only when complete.
        """
        return self._core.run(_download_flow(id, output, checkpoint_step, progress))


class AsyncFineTuning(AsyncAPIResource):
    """``client.fine_tuning`` on ``AsyncTogether``."""

    async def create(self, **params: Unpack[FineTuningParams]) -> FinetuneResponse:
        """Start a fine-tuning job (see ``Together.fine_tuning.create``)."""
        return await self._core.request(_create(params))

    async def list(self, **options: Unpack[RequestOptions]) -> FinetuneList:
        """Your fine-tuning jobs."""
        return await self._core.request(_list(options))

    async def retrieve(self, id: str, **options: Unpack[RequestOptions]) -> FinetuneResponse:
        """One job, with its status."""
        return await self._core.request(_retrieve(id, options))

    async def cancel(self, id: str, **options: Unpack[RequestOptions]) -> FinetuneResponse:
        """Cancel a running job."""
        return await self._core.request(_cancel(id, options))

    async def list_events(self, id: str, **options: Unpack[RequestOptions]) -> FinetuneListEvents:
        """A job's events."""
        return await self._core.request(_events(id, options))

    async def wait(
        self,
        id: str,
        *,
        timeout: float | None = None,
        poll_interval: float = 5.0,
        max_poll_interval: float = 60.0,
        on_event: Callable[[FineTuneEvent], None] | None = None,
    ) -> FinetuneResponse:
        """Poll the job until it completes (see ``Together.fine_tuning.wait``)."""
        flow = _wait(id, timeout, poll_interval, max_poll_interval, on_event)
        return await self._core.run(flow)

    async def download(
        self,
        id: str,
        *,
        output: str | os.PathLike[str] | None = None,
        checkpoint_step: int | None = None,
        progress: Progress | None = None,
    ) -> Path:
        """Download the fine-tuned model (see ``Together.fine_tuning.download``)."""
        return await self._core.run(_download_flow(id, output, checkpoint_step, progress))
