"""Every HTTP operation of ``openapi.yaml`` called through the facade, and its answer read.

Each operation is called through its generated typed method (``client.api.<area>.<call>``),
sync and async, against the stand-in of the whole API (``together_facade.testing``), with a minimal
valid request built from the spec (its path parameters, required query parameters and body
fields). The stand-in answers with bodies built from the spec's schemas and examples; the test
checks the request the server received (method, path, body) and the type of what the call
returned. A spec update that adds an operation adds it here with no edit.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
from together_api_client import models
from together_api_client.operations import OPERATIONS, Operation

from together_facade import AsyncTogether, Together
from together_facade.testing import StandIn

#: The two the service has and the spec lacks (added by openapi-fixes.yaml's file-upload-operations;
#: tests/test_upload.py covers them).
ADDED = {("POST", "/files"), ("POST", "/files/{id}/preprocess")}
HTTP = [op for op in OPERATIONS.values() if op.area and (op.method, op.path) not in ADDED]
WEBSOCKET = [op for op in OPERATIONS.values() if not op.area]
ROOT_SPEC = Path(__file__).resolve().parent.parent / "openapi.yaml"


@pytest.fixture(scope="module")
def api() -> Iterator[StandIn]:
    with StandIn(ROOT_SPEC) as server:
        yield server


def test_the_table_has_every_operation_of_the_spec(api: StandIn) -> None:
    served = {(m, t) for m, t, _, _ in api.operations}
    assert {(op.method, op.path) for op in HTTP} == served
    assert len(HTTP) == 97
    assert {(op.method, op.path) for op in OPERATIONS.values()} - served - ADDED == {
        (op.method, op.path) for op in WEBSOCKET
    }
    assert sorted(op.path for op in WEBSOCKET) == ["/audio/speech/websocket", "/realtime"]


def _arguments(api: StandIn, op: Operation) -> tuple[list[str], dict[str, Any]]:
    """The positional (path) and keyword (query, body) arguments of a minimal valid call."""
    sample = api.sample_request(f"{op.method} {op.path}")
    pattern = "^/v1" + re.sub(r"\\\{[^}]+\\\}", "([^/]+)", re.escape(op.path)) + "$"
    found = re.match(pattern, sample.path)
    assert found, (sample.path, op.path)
    positional = [unquote(v) for v in found.groups()]
    keywords: dict[str, Any] = dict(sample.query)
    if sample.form is not None:
        keywords.update(sample.form)
    elif isinstance(sample.json, dict):
        keywords.update(sample.json)
    return positional, keywords


def _check_result(op: Operation, result: Any) -> None:
    if op.result == "None":
        assert result is None
    elif op.result == "bytes":
        assert isinstance(result, bytes) and result
    elif op.result.startswith("list["):
        inner = getattr(models, op.result[5:-1])
        assert isinstance(result, list) and all(isinstance(x, inner) for x in result)
    else:
        kinds = tuple(getattr(models, name.strip()) for name in op.result.split("|"))
        assert isinstance(result, kinds), (op.name, type(result), op.result)


def _check_request(api: StandIn, op: Operation, keywords: dict[str, Any]) -> None:
    sent = api.calls(f"{op.method} {op.path}")[-1]
    if op.body == "json":
        fields = {k: v for k, v in keywords.items() if k not in op.query_params}
        if fields or op.method != "GET":
            assert sent.json() == fields
        else:
            assert sent.body == b""  # a GET with only optional body fields sends no body
    elif op.body == "multipart":
        assert sent.headers["content-type"].startswith("multipart/form-data")
        for key, value in keywords.items():
            assert (value if isinstance(value, bytes) else str(value).encode()) in sent.body, key


@pytest.mark.parametrize("op", HTTP, ids=[op.name for op in HTTP])
def test_every_operation_sync(api: StandIn, op: Operation) -> None:
    api.reset()
    positional, keywords = _arguments(api, op)
    with Together(api_key="k", base_url=api.base_url, max_retries=0) as client:
        method = getattr(getattr(client.api, op.area), op.call)
        result = method(*positional, **keywords)
    _check_result(op, result)
    _check_request(api, op, keywords)


@pytest.mark.parametrize("op", HTTP, ids=[op.name for op in HTTP])
def test_every_operation_async(api: StandIn, op: Operation) -> None:
    api.reset()
    positional, keywords = _arguments(api, op)

    async def call() -> Any:
        async with AsyncTogether(api_key="k", base_url=api.base_url, max_retries=0) as client:
            method = getattr(getattr(client.api, op.area), op.call)
            return await method(*positional, **keywords)

    _check_result(op, asyncio.run(call()))
    _check_request(api, op, keywords)


def test_a_raw_response_of_a_generic_call(api: StandIn) -> None:
    api.reset()
    with Together(api_key="k", base_url=api.base_url) as client:
        job = client.api.batches.create_batch(
            input_file_id="file-1", endpoint="/v1/chat/completions"
        )
        raw = client.with_raw_response(client.api.batches.list_batches)
    assert raw.status_code == 200
    assert job.job is not None
    assert [b.id for b in raw.parse()] == [job.job.id]


def test_an_unknown_body_field_is_refused_with_a_hint(api: StandIn) -> None:
    from together_facade import InvalidRequestError

    api.reset()
    with Together(api_key="k", base_url=api.base_url) as client:
        with pytest.raises(InvalidRequestError, match="Did you mean 'input_file_id'"):
            client.api.batches.create_batch(  # type: ignore[call-arg]
                input_fileid="file-1", endpoint="/v1/chat/completions"
            )
        with pytest.raises(InvalidRequestError, match="needs 'endpoint'"):
            client.api.batches.create_batch(input_file_id="file-1")  # type: ignore[call-arg]
    assert api.requests == []  # refused before anything is sent


def test_an_error_answer_is_a_typed_error(api: StandIn) -> None:
    from together_facade import NotFoundError

    api.reset()
    api.answer("GET /deployments/{id}", status=404, json={"error": {"message": "no such"}})
    client = Together(api_key="k", base_url=api.base_url, max_retries=0)
    with client, pytest.raises(NotFoundError, match="no such"):
        client.api.deployments.retrieve_deployment("dep-1")


def test_path_ids_are_one_segment(api: StandIn) -> None:
    api.reset()
    with Together(api_key="k", base_url=api.base_url) as client:
        client.api.deployments.retrieve_deployment("a/b?c")
    assert api.last.path.endswith("/deployments/a%2Fb%3Fc")
    assert json.dumps(api.last.query) == "{}"
