"""``client.fine_tuning``: fine-tuning jobs. Arguments that are not the wire's (the official
together SDK's ``lora=...``) are made the wire body by ``_fine_tune_args``.

Beside a job's life (``create``, ``wait``, ``download``, ...), the calls around it, under the
official together SDK's names where it has them: ``estimate_price``, ``list_checkpoints``,
``delete``, ``list_metrics``, ``model_limits``; and ``list_supported_models``, which it does not
have. Those are built by ``_operations.operation_call`` from the spec's operation table, named
as this area's methods (``fine_tuning.delete``) in messages and logs.

``client.fine_tuning.jobs``, the same calls under openai's names, is in ``fine_tuning_jobs``
(one module per area, each a size one can read): it builds its calls with this module's
``_create``, ``_list``, ... and this module imports it only in the ``jobs`` property, so neither
needs the other while it loads.
"""

from __future__ import annotations

import dataclasses
import os
import time
from collections.abc import Callable, Mapping
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Unpack

from together_api_client import operations as _ops
from together_api_client.operations import OPERATIONS, Operation
from together_api_client.params import (
    CreateFineTuneParams,
    EstimateFineTunePriceParams,
    RetrieveFineTuneMetricsParams,
)

from .. import _download, _gen, _jobs, _progress
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
from .._docs import documented
from .._exceptions import InvalidRequestError, InvalidTypeError
from .._fine_tune_args import DESCRIPTIONS, with_training_type
from .._flow import Flow, Progress
from .._operations import operation_call
from .._progress import ProgressOption, Watch
from .._resource import AsyncAPIResource, SyncAPIResource
from ..types import (
    EstimateFineTunePriceResponse200,
    FinetuneDeleteResponse,
    FineTuneEvent,
    FinetuneListCheckpoints,
    FinetuneListEvents,
    FineTuneModelLimits,
    FinetuneResponse,
    FinetuneTruncatedList,
    ListFineTuneSupportedModelsResponse200,
    RetrieveFineTuneMetricsResponse200,
)

if TYPE_CHECKING:
    from .._resource import (
        AsyncRawResponses,
        AsyncStreamingResponses,
        RawResponses,
        StreamingResponses,
    )
    from .._response import wrap_araw, wrap_raw
    from .._streamed import wrap_astreamed, wrap_streamed
    from .fine_tuning_jobs import AsyncFineTuningJobs, FineTuningJobs

__all__ = [
    "AsyncFineTuning",
    "FineTuning",
    "FineTuningCreateParams",
    "FineTuningEstimatePriceParams",
    "FineTuningMetricsParams",
    "FineTuningParams",
]


class FineTuningParams(CreateFineTuneParams, RequestOptions, total=False):
    """The fields of a fine-tuning job request, as the spec has them (generated:
    ``together_api_client.params.CreateFineTuneParams``; ``training_type`` is
    ``{"type": "Full"}`` or ``{"type": "Lora", "lora_r": 8, "lora_alpha": 16, ...}``), and the
    per-call options."""


class FineTuningCreateParams(FineTuningParams, total=False):
    """``fine_tuning.create``'s arguments: the wire fields, and the official together SDK's
    convenience arguments, turned into the wire form before sending."""

    lora: bool
    """True: LoRA training (``training_type={"type": "Lora", ...}`` built from the ``lora_*``
    arguments); False: full training (``{"type": "Full"}``). Left out: no ``training_type`` is
    sent (unless given), and the service applies its default."""
    lora_r: int
    """LoRA rank, needed with ``lora=True`` (and only with it): ``lora=True`` without it is
    refused, as the wire's LoRA training type requires it (the official SDK fills in the
    model's ``default_rank``, from an endpoint the spec does not have)."""
    lora_alpha: int
    """LoRA alpha (needs ``lora=True``); left out, ``2 * lora_r`` as in the official SDK."""
    lora_dropout: float
    """LoRA dropout (needs ``lora=True``); the service's default is 0.0."""
    lora_trainable_modules: str
    """The modules LoRA trains (needs ``lora=True``); the service's default is "all-linear"."""


class FineTuningEstimatePriceParams(EstimateFineTunePriceParams, RequestOptions, total=False):
    """``fine_tuning.estimate_price``'s arguments: the fields of the spec's price estimate
    (generated: ``together_api_client.params.EstimateFineTunePriceParams``), and the per-call
    options."""


class FineTuningMetricsParams(RetrieveFineTuneMetricsParams, RequestOptions, total=False):
    """``fine_tuning.list_metrics``'s filters (generated:
    ``together_api_client.params.RetrieveFineTuneMetricsParams``), and the per-call options."""


def _create(params: Mapping[str, Any], name: str = "fine_tuning.create") -> Call[FinetuneResponse]:
    return body_call(
        name,
        with_training_type(name, params),
        FineTuningCreateParams,
        _gen.create_fine_tune,
        FinetuneResponse.from_dict,
    )


def _list(options: RequestOptions, name: str = "fine_tuning.list") -> Call[FinetuneTruncatedList]:
    return model_call(
        name, _gen.list_fine_tunes(), FinetuneTruncatedList.from_dict, options_only(name, options)
    )


def _job_call(name: str, endpoint: Endpoint, options: RequestOptions) -> Call[FinetuneResponse]:
    return model_call(name, endpoint, FinetuneResponse.from_dict, options_only(name, options))


def _retrieve(
    id: str, options: RequestOptions, name: str = "fine_tuning.retrieve"
) -> Call[FinetuneResponse]:
    endpoint = _gen.retrieve_fine_tune(path_id(id, "fine-tune id"))
    return _job_call(name, endpoint, options)


def _cancel(
    id: str, options: RequestOptions, name: str = "fine_tuning.cancel"
) -> Call[FinetuneResponse]:
    endpoint = _gen.cancel_fine_tune(path_id(id, "fine-tune id"))
    return _job_call(name, endpoint, options)


def _events(
    id: str, options: RequestOptions, name: str = "fine_tuning.list_events"
) -> Call[FinetuneListEvents]:
    endpoint = _gen.list_fine_tune_events(path_id(id, "fine-tune id"))
    return model_call(name, endpoint, FinetuneListEvents.from_dict, options_only(name, options))


def _operation(key: str, name: str) -> Operation:
    """The spec's operation ``key`` (``OPERATIONS``), its calls named ``name``: the method the
    user called, in messages (``fine_tuning.delete() got an unknown argument ...``) and logs."""
    return dataclasses.replace(OPERATIONS[key], name=name)


def _estimate_price(params: Mapping[str, Any]) -> Call[EstimateFineTunePriceResponse200]:
    op = _operation("estimate_fine_tune_price", "fine_tuning.estimate_price")
    return operation_call(op, _ops.estimate_fine_tune_price(), params)


def _list_checkpoints(id: str, options: RequestOptions) -> Call[FinetuneListCheckpoints]:
    op = _operation("list_fine_tune_checkpoints", "fine_tuning.list_checkpoints")
    return operation_call(op, _ops.list_fine_tune_checkpoints(path_id(id, "fine-tune id")), options)


def _delete(id: str, force: bool | None, options: RequestOptions) -> Call[FinetuneDeleteResponse]:
    if force is not None and not isinstance(force, bool):
        raise InvalidTypeError(
            f"fine_tuning.delete(): force must be True or False, got {force!r} (the service "
            "no longer reads it: leave it out)"
        )
    op = _operation("delete_fine_tune", "fine_tuning.delete")
    line = _ops.delete_fine_tune(path_id(id, "fine-tune id"), force=force)
    return operation_call(op, line, options)


def _list_metrics(id: str, filters: Mapping[str, Any]) -> Call[RetrieveFineTuneMetricsResponse200]:
    """The spec takes the filters as a JSON body of the GET; without a filter no body is sent
    (the spec's "omit the body"), so the plain call is a plain GET."""
    op = _operation("retrieve_fine_tune_metrics", "fine_tuning.list_metrics")
    return operation_call(op, _ops.retrieve_fine_tune_metrics(path_id(id, "fine-tune id")), filters)


def _list_supported_models(options: RequestOptions) -> Call[ListFineTuneSupportedModelsResponse200]:
    op = _operation("list_fine_tune_supported_models", "fine_tuning.list_supported_models")
    return operation_call(op, _ops.list_fine_tune_supported_models(), options)


def _model_limits(model_name: str, options: RequestOptions) -> Call[FineTuneModelLimits]:
    if not isinstance(model_name, str) or not model_name.strip():
        raise InvalidRequestError(
            "fine_tuning.model_limits(): model_name must be a model's name such as "
            f"'meta-llama/Meta-Llama-3.1-8B-Instruct-Reference', got {model_name!r}"
        )
    op = _operation("retrieve_fine_tune_model_limits", "fine_tuning.model_limits")
    line = _ops.retrieve_fine_tune_model_limits(model_name=model_name)
    return operation_call(op, line, options)


def _download_flow(
    id: str,
    output: str | os.PathLike[str] | None,
    checkpoint_step: int | None,
    progress: Progress | None,
) -> Flow[Path]:
    endpoint = _gen.download_fine_tune(path_id(id, "fine-tune id"), checkpoint_step)
    call = Call("fine_tuning.download", endpoint, as_response, accept="*/*", to_storage=True)
    if output is None:
        output = Path.cwd() / _default_output(id, checkpoint_step)
    return _download.download(call, output, progress)


def _download_label(
    id: object, output: str | os.PathLike[str] | None, checkpoint_step: object
) -> str:
    """The name a download's bar shows: the output's, or the default output's."""
    if output is not None:
        return _progress.name_of(output)
    step = f"-checkpoint-{checkpoint_step}" if checkpoint_step is not None else ""
    return f"{id}{step}.tar.zst"


# Device names Windows keeps in every folder ("NUL.tar.zst" is the null device there).
_DEVICES = {"CON", "PRN", "AUX", "NUL", *(f"{d}{i}" for d in ("COM", "LPT") for i in range(10))}


def _default_output(id: str, checkpoint_step: int | None) -> str:
    """``<id>[-checkpoint-<step>].tar.zst``, which must be a plain file name (on any system) so
    that the download lands in the current directory; an id that would not make one is refused
    rather than written elsewhere."""
    step = f"-checkpoint-{checkpoint_step}" if checkpoint_step is not None else ""
    name = f"{id}{step}.tar.zst"
    odd = any(c in "/\\:" or ord(c) < 32 for c in name)  # a folder, a drive, a NUL, ...
    if odd or name.split(".")[0].upper() in _DEVICES:
        raise InvalidRequestError(
            f"fine_tuning.download(): the job id {id!r} does not make a plain file name for the "
            f"download ({name!r}), so there is no default output; pass output='model.tar.zst' "
            "(a path of your choosing)."
        )
    return name


def _wait(
    id: str,
    timeout: float | None,
    poll_interval: float,
    max_poll_interval: float,
    on_event: Callable[[FineTuneEvent], None] | None,
    watch: Watch | None,
) -> Flow[FinetuneResponse]:
    """The wait; its events are fetched at every poll for ``on_event`` and for ``watch`` (a
    ``progress=True`` line: the newest event tells the step)."""
    waiter = _jobs.JobWaiter(
        _jobs.FINE_TUNE,
        id,
        timeout=timeout,
        poll_interval=poll_interval,
        max_poll_interval=max_poll_interval,
        on_event=on_event,
        now=time.monotonic,
    )
    events = _events(id, {}) if on_event is not None or watch is not None else None
    return _jobs.wait(_retrieve(id, {}), events, waiter, watch)


class FineTuning(SyncAPIResource):
    """``client.fine_tuning``: Together's fine-tuning calls, under the official together SDK's
    names and arguments (``jobs``: openai's)."""

    if TYPE_CHECKING:  # its methods, in its views (see the end of this module)
        with_raw_response: _FineTuningRaw
        with_streaming_response: _FineTuningStreaming

    @cached_property
    def jobs(self) -> FineTuningJobs:
        """The same calls under openai's names: ``client.fine_tuning.jobs.create(...)``."""
        from .fine_tuning_jobs import FineTuningJobs  # it imports this module (see the top)

        return FineTuningJobs(self._core)

    @documented(FineTuningCreateParams, CreateFineTuneParams, descriptions=DESCRIPTIONS)
    def create(self, **params: Unpack[FineTuningCreateParams]) -> FinetuneResponse:
        """Start a fine-tuning job.

        Takes the spec's fields (``training_type`` as the service takes it) or the official
        together SDK's arguments: ``lora=True`` with ``lora_r``, ``lora_alpha`` (``2 * lora_r``
        when left out), ``lora_dropout``, ``lora_trainable_modules`` becomes
        ``training_type={"type": "Lora", ...}``; ``lora=False`` becomes ``{"type": "Full"}``.
        ``lora_*`` without ``lora=True``, or ``lora`` with ``training_type``, is refused. What
        is left out is not sent: the service applies its defaults.

        Example::

            job = client.fine_tuning.create(
                training_file="file-...",
                model="meta-llama/Meta-Llama-3.1-8B-Instruct-Reference",
                lora=True,
                lora_r=8,  # lora_alpha: 16
                n_epochs=3,
            )
        """
        return self._core.request(_create(params))

    def list(self, **options: Unpack[RequestOptions]) -> FinetuneTruncatedList:
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

    @documented(FineTuningEstimatePriceParams, EstimateFineTunePriceParams)
    def estimate_price(
        self, **params: Unpack[FineTuningEstimatePriceParams]
    ) -> EstimateFineTunePriceResponse200:
        """What a job would cost, before starting it: ``estimated_total_price`` (dollars),
        ``allowed_to_proceed`` (your credit covers it), ``user_limit`` and the estimated
        training and evaluation token counts. Takes the spec's fields (``training_type`` as the
        wire has it, not ``create``'s ``lora=...``).

        Example::

            price = client.fine_tuning.estimate_price(
                training_file="file-...",
                model="meta-llama/Meta-Llama-3.1-8B-Instruct-Reference",
                n_epochs=3,
            )
            if not price.allowed_to_proceed:
                print(f"${price.estimated_total_price} is over your limit")
        """
        return self._core.request(_estimate_price(params))

    def list_checkpoints(
        self, id: str, **options: Unpack[RequestOptions]
    ) -> FinetuneListCheckpoints:
        """A job's saved checkpoints (``.data``: ``step``, ``path``, ``checkpoint_type``,
        ``created_at``); a ``step`` is what ``download(id, checkpoint_step=...)`` takes.

        Example::

            steps = [c.step for c in client.fine_tuning.list_checkpoints("ft-...").data]
        """
        return self._core.request(_list_checkpoints(id, options))

    def delete(
        self, id: str, *, force: bool | None = None, **options: Unpack[RequestOptions]
    ) -> FinetuneDeleteResponse:
        """Delete a job (``.message`` says how it went). ``force`` is the spec's deprecated
        query flag, which the service no longer reads; it is sent only when given.

        Example::

            client.fine_tuning.delete("ft-...").message
        """
        return self._core.request(_delete(id, force, options))

    def list_metrics(
        self, id: str, **filters: Unpack[FineTuningMetricsParams]
    ) -> RetrieveFineTuneMetricsResponse200:
        """A job's recorded training metrics, oldest first (``.metrics``: one flat dict of
        values per snapshot, such as ``train/loss``). Filters, all optional:
        ``global_step_from``, ``global_step_to`` (inclusive steps), ``logged_at_from``,
        ``logged_at_to`` (ISO-8601 times such as ``"2024-01-01T00:00:00Z"``). As the spec has
        it, they go in a JSON body of the GET; none given, no body is sent.

        Example::

            snapshots = client.fine_tuning.list_metrics("ft-...", global_step_from=100).metrics
            losses = [m["train/loss"] for m in snapshots if "train/loss" in m]
        """
        return self._core.request(_list_metrics(id, filters))

    def list_supported_models(
        self, **options: Unpack[RequestOptions]
    ) -> ListFineTuneSupportedModelsResponse200:
        """The names of the models you can fine-tune (``.models``).

        Example::

            names = client.fine_tuning.list_supported_models().models
        """
        return self._core.request(_list_supported_models(options))

    def model_limits(
        self, *, model_name: str, **options: Unpack[RequestOptions]
    ) -> FineTuneModelLimits:
        """What fine-tuning ``model_name`` allows: epochs, evaluations, learning rates, batch
        sizes for full and LoRA training (``full_training``, ``lora_training``), and whether it
        supports vision, tools and reasoning. A model that cannot be fine-tuned is
        ``NotFoundError``.

        Example::

            limits = client.fine_tuning.model_limits(
                model_name="meta-llama/Meta-Llama-3.1-8B-Instruct-Reference"
            )
            limits.max_num_epochs, limits.lora_training.max_rank
        """
        return self._core.request(_model_limits(model_name, options))

    def wait(
        self,
        id: str,
        *,
        timeout: float | None = None,
        poll_interval: float = 5.0,
        max_poll_interval: float = 60.0,
        on_event: Callable[[FineTuneEvent], None] | None = None,
        progress: bool = False,
    ) -> FinetuneResponse:
        """Poll the job until it completes (returned), fails or is cancelled (raised).

        ``on_event`` is called once for every new event. After ``timeout`` seconds it raises
        ``WaitTimeoutError``; the job keeps running.

        ``progress=True``: a live line on stderr, when it is a terminal, with the job's id, its
        status, its step, epoch and time left (when the service tells them) and the time
        waited; its events are then fetched at every poll. It needs rich
        (``pip install 'together-facade[progress]'``).

        Example::

            job = client.fine_tuning.wait(job.id, timeout=3600, on_event=lambda e: print(e.message))
            job = client.fine_tuning.wait(job.id, progress=True)
        """
        with _progress.job_line(progress, "fine-tune", id, _progress.fine_tune_detail) as watch:
            flow = _wait(id, timeout, poll_interval, max_poll_interval, on_event, watch)
            return self._core.run(flow)

    def download(
        self,
        id: str,
        *,
        output: str | os.PathLike[str] | None = None,
        checkpoint_step: int | None = None,
        progress: ProgressOption = None,
    ) -> Path:
        """Download the fine-tuned model (or a checkpoint) to ``output``; returns the path.
        Without ``output``: ``<id>[-checkpoint-<step>].tar.zst`` in the current directory.

        The bytes go to a temporary file first, resume after an interruption, are checked
        against the announced size and are renamed into place only when complete.
        ``progress``: True draws a bar on stderr when it is a terminal (see ``files.upload``),
        or a function is called as ``progress(done_bytes, total_bytes)``.

        Example: ``client.fine_tuning.download(job.id, output="model.tar.zst", progress=True)``.
        """
        with _progress.transfer(progress, _download_label(id, output, checkpoint_step)) as report:
            return self._core.run(_download_flow(id, output, checkpoint_step, report))


class AsyncFineTuning(AsyncAPIResource):
    """``client.fine_tuning`` on ``AsyncTogether``: the same calls, awaited."""

    if TYPE_CHECKING:  # its methods, in its views (see the end of this module)
        with_raw_response: _AsyncFineTuningRaw
        with_streaming_response: _AsyncFineTuningStreaming

    @cached_property
    def jobs(self) -> AsyncFineTuningJobs:
        """The same calls under openai's names: ``await client.fine_tuning.jobs.create(...)``."""
        from .fine_tuning_jobs import AsyncFineTuningJobs  # it imports this module (see the top)

        return AsyncFineTuningJobs(self._core)

    @documented(
        FineTuningCreateParams,
        CreateFineTuneParams,
        like=FineTuning.create,
        descriptions=DESCRIPTIONS,
    )
    async def create(self, **params: Unpack[FineTuningCreateParams]) -> FinetuneResponse:
        """Start a fine-tuning job (see ``Together.fine_tuning.create``)."""
        return await self._core.request(_create(params))

    async def list(self, **options: Unpack[RequestOptions]) -> FinetuneTruncatedList:
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

    @documented(
        FineTuningEstimatePriceParams, EstimateFineTunePriceParams, like=FineTuning.estimate_price
    )
    async def estimate_price(
        self, **params: Unpack[FineTuningEstimatePriceParams]
    ) -> EstimateFineTunePriceResponse200:
        """What a job would cost (see ``Together.fine_tuning.estimate_price``)."""
        return await self._core.request(_estimate_price(params))

    async def list_checkpoints(
        self, id: str, **options: Unpack[RequestOptions]
    ) -> FinetuneListCheckpoints:
        """A job's saved checkpoints.

        Example: ``(await client.fine_tuning.list_checkpoints("ft-...")).data``.
        """
        return await self._core.request(_list_checkpoints(id, options))

    async def delete(
        self, id: str, *, force: bool | None = None, **options: Unpack[RequestOptions]
    ) -> FinetuneDeleteResponse:
        """Delete a job (see ``Together.fine_tuning.delete``).

        Example: ``(await client.fine_tuning.delete("ft-...")).message``.
        """
        return await self._core.request(_delete(id, force, options))

    async def list_metrics(
        self, id: str, **filters: Unpack[FineTuningMetricsParams]
    ) -> RetrieveFineTuneMetricsResponse200:
        """A job's training metrics (see ``Together.fine_tuning.list_metrics``).

        Example: ``(await client.fine_tuning.list_metrics("ft-...", global_step_to=500)).metrics``.
        """
        return await self._core.request(_list_metrics(id, filters))

    async def list_supported_models(
        self, **options: Unpack[RequestOptions]
    ) -> ListFineTuneSupportedModelsResponse200:
        """The models you can fine-tune.

        Example: ``(await client.fine_tuning.list_supported_models()).models``.
        """
        return await self._core.request(_list_supported_models(options))

    async def model_limits(
        self, *, model_name: str, **options: Unpack[RequestOptions]
    ) -> FineTuneModelLimits:
        """What fine-tuning a model allows (see ``Together.fine_tuning.model_limits``).

        Example: ``await client.fine_tuning.model_limits(model_name="meta-llama/...")``.
        """
        return await self._core.request(_model_limits(model_name, options))

    async def wait(
        self,
        id: str,
        *,
        timeout: float | None = None,
        poll_interval: float = 5.0,
        max_poll_interval: float = 60.0,
        on_event: Callable[[FineTuneEvent], None] | None = None,
        progress: bool = False,
    ) -> FinetuneResponse:
        """Poll the job until it completes (see ``Together.fine_tuning.wait``, and
        ``progress`` there)."""
        with _progress.job_line(progress, "fine-tune", id, _progress.fine_tune_detail) as watch:
            flow = _wait(id, timeout, poll_interval, max_poll_interval, on_event, watch)
            return await self._core.run(flow)

    async def download(
        self,
        id: str,
        *,
        output: str | os.PathLike[str] | None = None,
        checkpoint_step: int | None = None,
        progress: ProgressOption = None,
    ) -> Path:
        """Download the fine-tuned model (see ``Together.fine_tuning.download``)."""
        with _progress.transfer(progress, _download_label(id, output, checkpoint_step)) as report:
            return await self._core.run(_download_flow(id, output, checkpoint_step, report))


# --- the views' types (see _resource): each area's methods, listed once per view ------------

if TYPE_CHECKING:

    class _FineTuningRaw(RawResponses):
        def __init__(self, r: FineTuning) -> None:
            self.create = wrap_raw(r.create)
            self.list = wrap_raw(r.list)
            self.retrieve = wrap_raw(r.retrieve)
            self.cancel = wrap_raw(r.cancel)
            self.list_events = wrap_raw(r.list_events)
            self.estimate_price = wrap_raw(r.estimate_price)
            self.list_checkpoints = wrap_raw(r.list_checkpoints)
            self.delete = wrap_raw(r.delete)
            self.list_metrics = wrap_raw(r.list_metrics)
            self.list_supported_models = wrap_raw(r.list_supported_models)
            self.model_limits = wrap_raw(r.model_limits)
            self.wait = wrap_raw(r.wait)
            self.download = wrap_raw(r.download)

    class _FineTuningStreaming(StreamingResponses):
        def __init__(self, r: FineTuning) -> None:
            self.create = wrap_streamed(r.create)
            self.list = wrap_streamed(r.list)
            self.retrieve = wrap_streamed(r.retrieve)
            self.cancel = wrap_streamed(r.cancel)
            self.list_events = wrap_streamed(r.list_events)
            self.estimate_price = wrap_streamed(r.estimate_price)
            self.list_checkpoints = wrap_streamed(r.list_checkpoints)
            self.delete = wrap_streamed(r.delete)
            self.list_metrics = wrap_streamed(r.list_metrics)
            self.list_supported_models = wrap_streamed(r.list_supported_models)
            self.model_limits = wrap_streamed(r.model_limits)
            self.wait = wrap_streamed(r.wait)
            self.download = wrap_streamed(r.download)

    class _AsyncFineTuningRaw(AsyncRawResponses):
        def __init__(self, r: AsyncFineTuning) -> None:
            self.create = wrap_araw(r.create)
            self.list = wrap_araw(r.list)
            self.retrieve = wrap_araw(r.retrieve)
            self.cancel = wrap_araw(r.cancel)
            self.list_events = wrap_araw(r.list_events)
            self.estimate_price = wrap_araw(r.estimate_price)
            self.list_checkpoints = wrap_araw(r.list_checkpoints)
            self.delete = wrap_araw(r.delete)
            self.list_metrics = wrap_araw(r.list_metrics)
            self.list_supported_models = wrap_araw(r.list_supported_models)
            self.model_limits = wrap_araw(r.model_limits)
            self.wait = wrap_araw(r.wait)
            self.download = wrap_araw(r.download)

    class _AsyncFineTuningStreaming(AsyncStreamingResponses):
        def __init__(self, r: AsyncFineTuning) -> None:
            self.create = wrap_astreamed(r.create)
            self.list = wrap_astreamed(r.list)
            self.retrieve = wrap_astreamed(r.retrieve)
            self.cancel = wrap_astreamed(r.cancel)
            self.list_events = wrap_astreamed(r.list_events)
            self.estimate_price = wrap_astreamed(r.estimate_price)
            self.list_checkpoints = wrap_astreamed(r.list_checkpoints)
            self.delete = wrap_astreamed(r.delete)
            self.list_metrics = wrap_astreamed(r.list_metrics)
            self.list_supported_models = wrap_astreamed(r.list_supported_models)
            self.model_limits = wrap_astreamed(r.model_limits)
            self.wait = wrap_astreamed(r.wait)
            self.download = wrap_astreamed(r.download)
