"""The one bridge to the generated client, ``together_api_client``.

Every operation the facade calls gets its method and URL (path ids encoded as one segment) from
the generated operation module's request builder, ``_get_kwargs``. The facade sends requests
itself (retries, streaming, typed errors) rather than through ``sync_detailed``, which would read
an event stream as JSON and return ``X | ErrorData | None``.

Request bodies are sent as the caller wrote them: messages, tools and response formats reach the
wire unchanged, and no time is spent turning a dict into a request model and back. The generated
request models remain the contract: a test checks that each operation's keyword arguments are
exactly its request model's fields. Responses are read with the generated models' ``from_dict``.

A regeneration that renames an operation or a model breaks this module (and mypy) in one place.
"""

from __future__ import annotations

from collections.abc import Mapping
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
from together_api_client.models import CreateFineTuneBody, GenerateImagesBody, StartFileUploadBody
from together_api_client.types import UNSET

from ._calls import Endpoint


def _line(kwargs: dict[str, Any]) -> tuple[str, str]:
    """The method and URL of a generated request."""
    return kwargs["method"].upper(), kwargs["url"]


def _endpoint(kwargs: dict[str, Any]) -> Endpoint:
    return Endpoint(*_line(kwargs), params=kwargs.get("params"))


# Operations with a body: their request line is fixed, so it is read once. (The builders of the
# operations whose body the spec requires are given a minimal body: only the line is kept.)
_CHAT = _line(_chat_completions._get_kwargs())
_COMPLETIONS = _line(_completions._get_kwargs())
_EMBEDDINGS = _line(_embeddings._get_kwargs())
_RERANK = _line(_rerank._get_kwargs())
_IMAGES = _line(_generate_images._get_kwargs(body=GenerateImagesBody(model="", prompt="")))
_FINE_TUNES = _line(
    _create_fine_tune._get_kwargs(body=CreateFineTuneBody(training_file="", model=""))
)
_UPLOAD = _line(_start_file_upload._get_kwargs(body=StartFileUploadBody(purpose="", file_name="")))


def chat_completions(body: Mapping[str, Any]) -> Endpoint:
    return Endpoint(*_CHAT, json=body)


def completions(body: Mapping[str, Any]) -> Endpoint:
    return Endpoint(*_COMPLETIONS, json=body)


def embeddings(body: Mapping[str, Any]) -> Endpoint:
    return Endpoint(*_EMBEDDINGS, json=body)


def generate_images(body: Mapping[str, Any]) -> Endpoint:
    return Endpoint(*_IMAGES, json=body)


def rerank(body: Mapping[str, Any]) -> Endpoint:
    return Endpoint(*_RERANK, json=body)


def start_file_upload(form: Mapping[str, Any]) -> Endpoint:
    return Endpoint(*_UPLOAD, data=form)


def create_fine_tune(body: Mapping[str, Any]) -> Endpoint:
    return Endpoint(*_FINE_TUNES, json=body)


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


def preprocess_file(id: str) -> Endpoint:
    return _endpoint(_preprocess_file._get_kwargs(id))


def list_fine_tunes() -> Endpoint:
    return _endpoint(_list_fine_tunes._get_kwargs())


def retrieve_fine_tune(id: str) -> Endpoint:
    return _endpoint(_retrieve_fine_tune._get_kwargs(id))


def cancel_fine_tune(id: str) -> Endpoint:
    return _endpoint(_cancel_fine_tune._get_kwargs(id))


def list_fine_tune_events(id: str) -> Endpoint:
    return _endpoint(_list_fine_tune_events._get_kwargs(id))


def download_fine_tune(ft_id: str, checkpoint_step: int | None) -> Endpoint:
    step = UNSET if checkpoint_step is None else checkpoint_step
    return _endpoint(_download_fine_tune._get_kwargs(ft_id=ft_id, checkpoint_step=step))
