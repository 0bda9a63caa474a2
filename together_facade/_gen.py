"""The one bridge to the generated client, ``together_api_client``.

Every operation the facade calls is built here from the generated operation module: the method,
the URL (path ids encoded as one segment) and the JSON body written by the generated request
model's ``to_dict``. The facade sends the request itself (retries, streaming, typed errors), so
it uses the operation's request builder ``_get_kwargs`` rather than ``sync_detailed``, which would
read an event stream as JSON and return ``X | ErrorData | None``. Responses are read with the
generated models' ``from_dict`` by the resources.

A regeneration that renames an operation or a model breaks this module (and mypy) in one place.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from together_api_client.api.chat import chat_completions as _chat_completions
from together_api_client.api.completion import completions as _completions
from together_api_client.api.embeddings import embeddings as _embeddings
from together_api_client.api.files import delete_file as _delete_file
from together_api_client.api.files import list_files as _list_files
from together_api_client.api.files import preprocess_file as _preprocess_file
from together_api_client.api.files import retrieve_file as _retrieve_file
from together_api_client.api.files import retrieve_file_content as _retrieve_file_content
from together_api_client.api.files import start_file_upload as _start_file_upload
from together_api_client.api.fine_tuning import cancel_fine_tune as _cancel_fine_tune
from together_api_client.api.fine_tuning import create_fine_tune as _create_fine_tune
from together_api_client.api.fine_tuning import download_fine_tune as _download_fine_tune
from together_api_client.api.fine_tuning import list_fine_tune_events as _list_fine_tune_events
from together_api_client.api.fine_tuning import list_fine_tunes as _list_fine_tunes
from together_api_client.api.fine_tuning import retrieve_fine_tune as _retrieve_fine_tune
from together_api_client.api.images import generate_images as _generate_images
from together_api_client.api.models import list_models as _list_models
from together_api_client.api.rerank import rerank as _rerank
from together_api_client.models import (
    ChatCompletionRequest,
    CompletionRequest,
    CreateFineTuneBody,
    EmbeddingsRequest,
    GenerateImagesBody,
    RerankRequest,
    StartFileUploadBody,
)
from together_api_client.types import UNSET

__all__ = ["Endpoint"]


@dataclass(frozen=True, slots=True)
class Endpoint:
    """An HTTP request as the generated operation describes it."""

    method: str
    url: str
    params: Mapping[str, Any] | None = None
    json: Any = None
    data: Mapping[str, Any] | None = None  # a form body


def _endpoint(kwargs: dict[str, Any]) -> Endpoint:
    return Endpoint(
        method=kwargs["method"].upper(),
        url=kwargs["url"],
        params=kwargs.get("params"),
        json=kwargs.get("json"),
        data=kwargs.get("data"),
    )


def chat_completions(body: Mapping[str, Any]) -> Endpoint:
    return _endpoint(_chat_completions._get_kwargs(body=ChatCompletionRequest.from_dict(body)))


def completions(body: Mapping[str, Any]) -> Endpoint:
    return _endpoint(_completions._get_kwargs(body=CompletionRequest.from_dict(body)))


def embeddings(body: Mapping[str, Any]) -> Endpoint:
    return _endpoint(_embeddings._get_kwargs(body=EmbeddingsRequest.from_dict(body)))


def generate_images(body: Mapping[str, Any]) -> Endpoint:
    return _endpoint(_generate_images._get_kwargs(body=GenerateImagesBody.from_dict(body)))


def rerank(body: Mapping[str, Any]) -> Endpoint:
    return _endpoint(_rerank._get_kwargs(body=RerankRequest.from_dict(body)))


def list_models() -> Endpoint:
    return _endpoint(_list_models._get_kwargs())


def list_files() -> Endpoint:
    return _endpoint(_list_files._get_kwargs())


def retrieve_file(id: str) -> Endpoint:
    return _endpoint(_retrieve_file._get_kwargs(id))


def retrieve_file_content(id: str) -> Endpoint:
    return _endpoint(_retrieve_file_content._get_kwargs(id))


def delete_file(id: str) -> Endpoint:
    return _endpoint(_delete_file._get_kwargs(id))


def start_file_upload(form: Mapping[str, Any]) -> Endpoint:
    return _endpoint(_start_file_upload._get_kwargs(body=StartFileUploadBody.from_dict(form)))


def preprocess_file(id: str) -> Endpoint:
    return _endpoint(_preprocess_file._get_kwargs(id))


def list_fine_tunes() -> Endpoint:
    return _endpoint(_list_fine_tunes._get_kwargs())


def create_fine_tune(body: Mapping[str, Any]) -> Endpoint:
    return _endpoint(_create_fine_tune._get_kwargs(body=CreateFineTuneBody.from_dict(body)))


def retrieve_fine_tune(id: str) -> Endpoint:
    return _endpoint(_retrieve_fine_tune._get_kwargs(id))


def cancel_fine_tune(id: str) -> Endpoint:
    return _endpoint(_cancel_fine_tune._get_kwargs(id))


def list_fine_tune_events(id: str) -> Endpoint:
    return _endpoint(_list_fine_tune_events._get_kwargs(id))


def download_fine_tune(ft_id: str, checkpoint_step: int | None) -> Endpoint:
    step = UNSET if checkpoint_step is None else checkpoint_step
    return _endpoint(_download_fine_tune._get_kwargs(ft_id=ft_id, checkpoint_step=step))
