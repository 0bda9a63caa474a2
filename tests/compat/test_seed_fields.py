"""Every request field of Together's chat reference docs is still accepted, whatever the spec.

The project's first chat docs (``tests/fixtures/seeds/000_*``: a curl example with every field;
``003_*``: the body parameters, described one by one) are what users' code was written from.
Each field goes through ``chat.completions.create`` as a keyword argument, typed (it is a key of
``ChatCompletionParams``), and reaches the wire unchanged.
"""

from __future__ import annotations

import json
import re
import typing
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from tests.helpers import Invoker, fixture_bytes
from together_facade.resources.chat import ChatCompletionParams

SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"
ANSWER = json.loads(fixture_bytes("chat-completions__basic-eos-llama31-8b.json"))


def _curl_body() -> dict[str, Any]:
    text = (SEEDS / "000_82592f15cc7efbff.txt").read_text()
    found = re.search(r"--data '(\{.*?\n\})'", text, re.S)
    assert found, "the curl example's body"
    body: dict[str, Any] = json.loads(found[1])
    return body


#: The body parameters 003 describes (the page lost their names; each is told by its
#: description, quoted here so that the test stays tied to the text).
DESCRIBED = {
    "model": "Defaults to mistralai/mistral-7b-instruct-v0.2",
    "max_tokens": "The maximum number of tokens to generate",
    "stream": "If set, partial message deltas will be sent",
    "temperature": "The sampling temperature to use",
    "top_p": "The top-p sampling mass",
    "stop": "A string or a list of strings where the API will stop",
    "frequency_penalty": "based on their existing frequency",
    "presence_penalty": "based on whether they appear in the text so far",
    "seed": "It is possible to reproduce results by fixing the input seed",
    "messages": "A list of messages comprising the conversation so far.",
}


def test_the_reference_fields_are_typed_parameters() -> None:
    typed = set(typing.get_type_hints(ChatCompletionParams)) | {"stream"}  # stream: overloads
    assert set(_curl_body()) <= typed
    assert set(DESCRIBED) <= typed
    text = (SEEDS / "003_50f36af291614f6e.txt").read_text()
    for name, description in DESCRIBED.items():
        assert description in text, name


def test_the_curl_example_is_sent_as_written(invoke: Invoker, httpserver: HTTPServer) -> None:
    body = {k: v for k, v in _curl_body().items() if k != "stream"}
    httpserver.expect_request("/v1/chat/completions", method="POST").respond_with_json(ANSWER)
    invoke(lambda c: c.chat.completions.create(**body))
    sent = json.loads(httpserver.log[-1][0].data)
    assert sent == body


@pytest.mark.parametrize("stop", ["\n", ["\n", "</s>"]])
def test_the_described_fields_are_sent_as_written(
    invoke: Invoker, httpserver: HTTPServer, stop: str | list[str]
) -> None:
    fields = {
        "model": "mistralai/mistral-7b-instruct-v0.2",
        "messages": [{"role": "user", "content": "Hi"}],
        "max_tokens": 1024,
        "temperature": 0.3,
        "top_p": 1,
        "stop": stop,
        "frequency_penalty": 0,
        "presence_penalty": 0,
        "seed": 0,
    }
    httpserver.expect_request("/v1/chat/completions", method="POST").respond_with_json(ANSWER)
    invoke(lambda c: c.chat.completions.create(**fields))
    assert json.loads(httpserver.log[-1][0].data) == fields
