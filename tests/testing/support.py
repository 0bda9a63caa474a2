"""Helpers of the test kit's tests: the served spec read on its own (to check the stand-in's
answers with a validator the stand-in did not build), and calls that work on both clients."""

from __future__ import annotations

import importlib.resources
import inspect
import json
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator  # type: ignore[import-untyped]

from together_facade import AsyncTogether, Together
from together_facade._streaming import AsyncStream
from together_facade.testing._spec import json_schema

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "fixtures" / "real-responses"
KIT_CAPTURES = ROOT / "together_facade" / "testing" / "captures"
CHAT = "POST /chat/completions"
MESSAGES = [{"role": "user", "content": "What is deep learning?"}]

#: The spec the stand-in serves, read straight from the generated package.
SPEC: dict[str, Any] = json.loads(
    importlib.resources.files("together_api_client").joinpath("openapi.json").read_text("utf-8")
)
COMPONENTS = {"schemas": {n: json_schema(s) for n, s in SPEC["components"]["schemas"].items()}}


def component(name: str) -> Any:
    """A validator of the component schema ``name``."""
    return Draft202012Validator({"$ref": f"#/components/schemas/{name}", "components": COMPONENTS})


def answer_validator(key: str, status: int | str = 200, media: str = "application/json") -> Any:
    """A validator of the body of operation ``key``'s answer ``status``."""
    method, path = key.split(" ", 1)
    content = SPEC["paths"][path][method.lower()]["responses"][str(status)]["content"]
    return Draft202012Validator({**json_schema(content[media]["schema"]), "components": COMPONENTS})


def problems(validator: Any, value: Any) -> list[str]:
    """Why ``value`` does not validate (empty when it does), for assertion messages."""
    return sorted(
        f"{list(e.absolute_path)}: {e.message[:200]}" for e in validator.iter_errors(value)
    )


def corpus(name: str) -> Any:
    """A capture of the corpus: its JSON, or the JSON chunks of an .sse file."""
    text = (CORPUS / name).read_text()
    if not name.endswith(".sse"):
        return json.loads(text)
    return [
        json.loads(line[5:])
        for line in text.splitlines()
        if line.startswith("data:") and line[5:].strip() != "[DONE]"
    ]


def client(mode: str, base_url: str, **options: Any) -> Together | AsyncTogether:
    """A client of the stand-in: ``Together`` for "sync", ``AsyncTogether`` for "async"."""
    settings = {"api_key": "test-key", "base_url": base_url, "max_retries": 0, **options}
    return Together(**settings) if mode == "sync" else AsyncTogether(**settings)


async def done(value: Any) -> Any:
    """A call's result: awaited on ``AsyncTogether``, as it is on ``Together``."""
    return await value if inspect.isawaitable(value) else value


async def close(client: Together | AsyncTogether) -> None:
    await done(client.close())


async def stream_text(client: Together | AsyncTogether, **call: Any) -> tuple[str, Any]:
    """Stream a chat answer: its text deltas joined, and the final completion."""
    call = {"messages": MESSAGES, "model": "m", **call}
    stream = await done(client.chat.completions.create(stream=True, **call))
    if isinstance(stream, AsyncStream):
        async with stream:
            text = "".join([piece async for piece in stream.text_deltas()])
            return text, await stream.get_final_completion()
    with stream:
        text = "".join(stream.text_deltas())
        return text, stream.get_final_completion()
