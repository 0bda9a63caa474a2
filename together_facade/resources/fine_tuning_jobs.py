"""``client.fine_tuning.jobs``: ``client.fine_tuning``'s calls under openai's names and
arguments (``hyperparameters``, ``fine_tuning_job_id``), so that code written for openai's SDK
runs unchanged; ``_fine_tune_args`` makes openai's arguments Together's.

A module of its own, as every area has, rather than a part of ``fine_tuning`` (which would grow
past a readable size). Its calls are ``fine_tuning``'s builders under openai's names, imported
from there; ``fine_tuning`` imports this module only in its ``jobs`` property, once both are
loaded, so there is no import cycle.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Unpack

from together_api_client.params import CreateFineTuneParams

from .._calls import Call, RequestOptions
from .._docs import documented
from .._fine_tune_args import OPENAI_DESCRIPTIONS, from_openai, no_paging
from .._resource import AsyncAPIResource, SyncAPIResource
from ..types import FinetuneListEvents, FinetuneResponse, FinetuneTruncatedList
from .fine_tuning import FineTuningCreateParams, _cancel, _create, _events, _list, _retrieve

if TYPE_CHECKING:
    from .._resource import (
        AsyncRawResponses,
        AsyncStreamingResponses,
        RawResponses,
        StreamingResponses,
    )
    from .._response import wrap_araw, wrap_raw
    from .._streamed import wrap_astreamed, wrap_streamed

__all__ = ["AsyncFineTuningJobs", "FineTuningJobs", "JobCreateParams"]


class JobCreateParams(FineTuningCreateParams, total=False):
    """``fine_tuning.jobs.create``'s arguments: ``fine_tuning.create``'s, and openai's
    ``hyperparameters``."""

    hyperparameters: Mapping[str, Any]
    """openai's ``{"n_epochs": 3, "batch_size": 8}``: sent as Together's ``n_epochs`` and
    ``batch_size`` ("auto" or None: left to the service). ``learning_rate_multiplier`` has no
    Together equivalent (Together takes an absolute ``learning_rate``) and is refused."""
    seed: None
    """openai's arguments this SDK does not take (``seed``, ``method``, ``integrations``,
    ``metadata``): None, as openai's code passes for "not given", is dropped; any other value is
    refused with what to pass instead (Together's ``random_seed`` and ``training_method`` by
    ``extra_body``, ``wandb_*=`` for W&B)."""
    method: None
    integrations: None
    metadata: None


# fine_tuning's calls, sent and logged under openai's names.


def _openai_create(params: Mapping[str, Any]) -> Call[FinetuneResponse]:
    """openai's ``fine_tuning.jobs.create``: its arguments made Together's (``from_openai``)."""
    name = "fine_tuning.jobs.create"
    return _create(from_openai(name, params), name)


def _openai_list(options: Mapping[str, Any]) -> Call[FinetuneTruncatedList]:
    name = "fine_tuning.jobs.list"
    return _list(no_paging(name, options), name)


def _openai_retrieve(id: str, options: RequestOptions) -> Call[FinetuneResponse]:
    return _retrieve(id, options, "fine_tuning.jobs.retrieve")


def _openai_cancel(id: str, options: RequestOptions) -> Call[FinetuneResponse]:
    return _cancel(id, options, "fine_tuning.jobs.cancel")


def _openai_events(id: str, options: Mapping[str, Any]) -> Call[FinetuneListEvents]:
    name = "fine_tuning.jobs.list_events"
    return _events(id, no_paging(name, options), name)


class FineTuningJobs(SyncAPIResource):
    """``client.fine_tuning.jobs``: ``client.fine_tuning``'s calls under openai's names, for
    code written for openai's SDK."""

    if TYPE_CHECKING:  # its methods, in its views (see the end of this module)
        with_raw_response: _FineTuningJobsRaw
        with_streaming_response: _FineTuningJobsStreaming

    @documented(JobCreateParams, CreateFineTuneParams, descriptions=OPENAI_DESCRIPTIONS)
    def create(self, **params: Unpack[JobCreateParams]) -> FinetuneResponse:
        """Start a fine-tuning job: ``fine_tuning.create``, also taking openai's
        ``hyperparameters`` (``n_epochs``, ``batch_size``).

        Example::

            job = client.fine_tuning.jobs.create(
                training_file=f.id, model="...", hyperparameters={"n_epochs": 3}, suffix="v1"
            )
        """
        return self._core.request(_openai_create(params))

    def retrieve(
        self, fine_tuning_job_id: str, **options: Unpack[RequestOptions]
    ) -> FinetuneResponse:
        """One job (``fine_tuning.retrieve``)."""
        return self._core.request(_openai_retrieve(fine_tuning_job_id, options))

    def list(self, **options: Unpack[RequestOptions]) -> FinetuneTruncatedList:
        """Your jobs, all of them (``fine_tuning.list``; no ``after``/``limit`` paging)."""
        return self._core.request(_openai_list(options))

    def cancel(
        self, fine_tuning_job_id: str, **options: Unpack[RequestOptions]
    ) -> FinetuneResponse:
        """Cancel a running job (``fine_tuning.cancel``)."""
        return self._core.request(_openai_cancel(fine_tuning_job_id, options))

    def list_events(
        self, fine_tuning_job_id: str, **options: Unpack[RequestOptions]
    ) -> FinetuneListEvents:
        """A job's events, all of them (``fine_tuning.list_events``; no paging)."""
        return self._core.request(_openai_events(fine_tuning_job_id, options))


class AsyncFineTuningJobs(AsyncAPIResource):
    """``client.fine_tuning.jobs`` on ``AsyncTogether``: openai's names, awaited, for code
    written for openai's ``AsyncOpenAI`` (see ``FineTuningJobs``)."""

    if TYPE_CHECKING:  # its methods, in its views (see the end of this module)
        with_raw_response: _AsyncFineTuningJobsRaw
        with_streaming_response: _AsyncFineTuningJobsStreaming

    @documented(
        JobCreateParams,
        CreateFineTuneParams,
        like=FineTuningJobs.create,
        descriptions=OPENAI_DESCRIPTIONS,
    )
    async def create(self, **params: Unpack[JobCreateParams]) -> FinetuneResponse:
        """Start a fine-tuning job (see ``Together.fine_tuning.jobs.create``)."""
        return await self._core.request(_openai_create(params))

    async def retrieve(
        self, fine_tuning_job_id: str, **options: Unpack[RequestOptions]
    ) -> FinetuneResponse:
        """One job."""
        return await self._core.request(_openai_retrieve(fine_tuning_job_id, options))

    async def list(self, **options: Unpack[RequestOptions]) -> FinetuneTruncatedList:
        """Your jobs, all of them."""
        return await self._core.request(_openai_list(options))

    async def cancel(
        self, fine_tuning_job_id: str, **options: Unpack[RequestOptions]
    ) -> FinetuneResponse:
        """Cancel a running job."""
        return await self._core.request(_openai_cancel(fine_tuning_job_id, options))

    async def list_events(
        self, fine_tuning_job_id: str, **options: Unpack[RequestOptions]
    ) -> FinetuneListEvents:
        """A job's events, all of them."""
        return await self._core.request(_openai_events(fine_tuning_job_id, options))


# --- the views' types (see _resource): each area's methods, listed once per view ------------

if TYPE_CHECKING:

    class _FineTuningJobsRaw(RawResponses):
        def __init__(self, r: FineTuningJobs) -> None:
            self.create = wrap_raw(r.create)
            self.retrieve = wrap_raw(r.retrieve)
            self.list = wrap_raw(r.list)
            self.cancel = wrap_raw(r.cancel)
            self.list_events = wrap_raw(r.list_events)

    class _FineTuningJobsStreaming(StreamingResponses):
        def __init__(self, r: FineTuningJobs) -> None:
            self.create = wrap_streamed(r.create)
            self.retrieve = wrap_streamed(r.retrieve)
            self.list = wrap_streamed(r.list)
            self.cancel = wrap_streamed(r.cancel)
            self.list_events = wrap_streamed(r.list_events)

    class _AsyncFineTuningJobsRaw(AsyncRawResponses):
        def __init__(self, r: AsyncFineTuningJobs) -> None:
            self.create = wrap_araw(r.create)
            self.retrieve = wrap_araw(r.retrieve)
            self.list = wrap_araw(r.list)
            self.cancel = wrap_araw(r.cancel)
            self.list_events = wrap_araw(r.list_events)

    class _AsyncFineTuningJobsStreaming(AsyncStreamingResponses):
        def __init__(self, r: AsyncFineTuningJobs) -> None:
            self.create = wrap_astreamed(r.create)
            self.retrieve = wrap_astreamed(r.retrieve)
            self.list = wrap_astreamed(r.list)
            self.cancel = wrap_astreamed(r.cancel)
            self.list_events = wrap_astreamed(r.list_events)
