"""The one bridge to the generated client's operations, ``together_api_client.operations``.

Every operation the facade calls gets its method, URL (each path id encoded as one segment) and
query from the generated request-line function of that operation, a public function our
generator step writes from the spec (``scripts/codegen/facade.py``). The facade sends requests
itself (retries, streaming, typed errors) rather than through the generated ``sync_detailed``,
which would read an event stream as JSON and return ``X | ErrorData | None``.

Request bodies are sent as the caller wrote them: messages, tools and response formats reach the
wire unchanged, and no time is spent turning a dict into a request model and back. Their fields
are the generated ``together_api_client.params`` TypedDicts (each area's parameters extend
them), so a field the spec adds is accepted with no edit here. Responses are read with the
generated models' ``from_dict``.

A regeneration that renames or drops an operation breaks this module (and mypy) in one place.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from together_api_client import operations as _ops
from together_api_client.operations import RequestLine

from ._calls import Endpoint


def _endpoint(line: RequestLine) -> Endpoint:
    return Endpoint(line.method, line.url, params=line.params)


# Operations with a body have a fixed request line: it is made once.
_CHAT = _ops.chat_completions()
_COMPLETIONS = _ops.completions()
_EMBEDDINGS = _ops.embeddings()
_RERANK = _ops.rerank()
_IMAGES = _ops.generate_images()
_FINE_TUNES = _ops.create_fine_tune()
_UPLOAD = _ops.start_file_upload()


def chat_completions(body: Mapping[str, Any]) -> Endpoint:
    return Endpoint(_CHAT.method, _CHAT.url, json=body)


def completions(body: Mapping[str, Any]) -> Endpoint:
    return Endpoint(_COMPLETIONS.method, _COMPLETIONS.url, json=body)


def embeddings(body: Mapping[str, Any]) -> Endpoint:
    return Endpoint(_EMBEDDINGS.method, _EMBEDDINGS.url, json=body)


def generate_images(body: Mapping[str, Any]) -> Endpoint:
    return Endpoint(_IMAGES.method, _IMAGES.url, json=body)


def rerank(body: Mapping[str, Any]) -> Endpoint:
    return Endpoint(_RERANK.method, _RERANK.url, json=body)


def start_file_upload(form: Mapping[str, Any]) -> Endpoint:
    return Endpoint(_UPLOAD.method, _UPLOAD.url, data=form)


def create_fine_tune(body: Mapping[str, Any]) -> Endpoint:
    return Endpoint(_FINE_TUNES.method, _FINE_TUNES.url, json=body)


def list_models() -> Endpoint:
    return _endpoint(_ops.list_models())


def list_files() -> Endpoint:
    return _endpoint(_ops.list_files())


def retrieve_file(id: str) -> Endpoint:
    return _endpoint(_ops.retrieve_file(id))


def retrieve_file_content(id: str) -> Endpoint:
    return _endpoint(_ops.retrieve_file_content(id))


def delete_file(id: str) -> Endpoint:
    return _endpoint(_ops.delete_file(id))


def preprocess_file(id: str) -> Endpoint:
    return _endpoint(_ops.preprocess_file(id))


def list_fine_tunes() -> Endpoint:
    return _endpoint(_ops.list_fine_tunes())


def retrieve_fine_tune(id: str) -> Endpoint:
    return _endpoint(_ops.retrieve_fine_tune(id))


def cancel_fine_tune(id: str) -> Endpoint:
    return _endpoint(_ops.cancel_fine_tune(id))


def list_fine_tune_events(id: str) -> Endpoint:
    return _endpoint(_ops.list_fine_tune_events(id))


def download_fine_tune(ft_id: str, checkpoint_step: int | None) -> Endpoint:
    return _endpoint(_ops.download_fine_tune(ft_id=ft_id, checkpoint_step=checkpoint_step))
