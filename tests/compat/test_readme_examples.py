"""The README's examples (tests/typing/readme_examples.py, also checked by mypy --strict) run
against the stand-in of the API, and give the recorded answers."""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from together_facade import Together


def _load() -> ModuleType:
    path = Path(__file__).resolve().parent.parent / "typing" / "readme_examples.py"
    spec = importlib.util.spec_from_file_location("readme_examples", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


examples = _load()


@pytest.fixture
def client(standin: Any) -> Iterator[Together]:
    with Together(api_key=standin.api_key, base_url=standin.root_url, max_retries=0) as client:
        yield client


def test_first_example(client: Together) -> None:
    assert examples.first_example(client)


def test_streaming_example(client: Together) -> None:
    text, final = examples.streaming_example(client)
    assert text and final == text


def test_tool_calling_loop_sends_the_returned_message_back(client: Together, standin: Any) -> None:
    messages = examples.tool_calling_loop(client)
    assert len(messages) >= 3
    sent = standin.sent("POST", "/v1/chat/completions")[-1].json["messages"]
    assistant = sent[1]
    assert assistant["role"] == "assistant" and assistant["tool_calls"]
    call = assistant["tool_calls"][0]
    assert call["function"]["name"] == messages[1].tool_calls[0].function.name  # as it came
    assert json.loads(call["function"]["arguments"])
    assert sent[2]["role"] == "tool" and sent[2]["tool_call_id"] == call["id"]


def test_serialization_example(client: Together) -> None:
    dumped = examples.serialization_example(client)
    assert dumped["role"] == "assistant" and None not in dumped.values()


def test_other_areas(client: Together) -> None:
    seen = examples.other_areas(client)
    assert seen[0].endswith("dimensions") and len(seen) == 5
    assert seen[3].startswith("request ") and "application/json" in seen[3]
