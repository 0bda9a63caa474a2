"""``client.fine_tuning``: fine-tuning jobs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, Unpack

from .. import _gen
from .._base import Call, RequestOptions, options_only, parse_model, path_id, split_options
from .._resource import AsyncAPIResource, SyncAPIResource
from ..types import FinetuneList, FinetuneListEvents, FinetuneResponse

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


_FIELDS = frozenset(FineTuningParams.__annotations__) - frozenset(RequestOptions.__annotations__)
_REQUIRED = frozenset({"training_file", "model"})


def _job(name: str) -> Any:
    return lambda r: parse_model(r, name, FinetuneResponse.from_dict)


def _create(params: Mapping[str, Any]) -> Call[FinetuneResponse]:
    name = "fine_tuning.create"
    body, options = split_options(name, params, _FIELDS, _REQUIRED)
    return Call(name, _gen.create_fine_tune(body), _job(name), options)


def _list(options: RequestOptions) -> Call[FinetuneList]:
    name = "fine_tuning.list"
    return Call(
        name,
        _gen.list_fine_tunes(),
        lambda r: parse_model(r, name, FinetuneList.from_dict),
        options_only(name, options),
    )


def _retrieve(id: str, options: RequestOptions) -> Call[FinetuneResponse]:
    name = "fine_tuning.retrieve"
    return Call(
        name,
        _gen.retrieve_fine_tune(path_id(id, "fine-tune id")),
        _job(name),
        options_only(name, options),
    )


def _cancel(id: str, options: RequestOptions) -> Call[FinetuneResponse]:
    name = "fine_tuning.cancel"
    return Call(
        name,
        _gen.cancel_fine_tune(path_id(id, "fine-tune id")),
        _job(name),
        options_only(name, options),
    )


def _events(id: str, options: RequestOptions) -> Call[FinetuneListEvents]:
    name = "fine_tuning.list_events"
    return Call(
        name,
        _gen.list_fine_tune_events(path_id(id, "fine-tune id")),
        lambda r: parse_model(r, name, FinetuneListEvents.from_dict),
        options_only(name, options),
    )


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
