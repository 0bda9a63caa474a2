"""The README's examples as a typed program: `make typecheck` runs mypy --strict on it, and
tests/compat/test_readme_examples.py runs it against the stand-in of the API.

No narrowing anywhere: what the service always sends is typed as present
(``resp.choices[0].message``), the rest is ``X | None``, and a returned message goes back into
``messages`` as it is.
"""

from __future__ import annotations

import json
from typing import Any

from together_facade import Together
from together_facade.params import ChatCompletionMessageParam, ToolsPartParam

MODEL = "meta-llama/Llama-3.3-70B-Instruct-Turbo"

TOOLS: list[ToolsPartParam] = [
    {
        "type": "function",
        "function": {
            "name": "get_current_weather",
            "description": "The weather in a city",
            "parameters": {
                "type": "object",
                "properties": {"location": {"type": "string"}},
                "required": ["location"],
            },
        },
    }
]


def first_example(client: Together) -> str | None:
    resp = client.chat.completions.create(
        model=MODEL,
        messages=[{"role": "user", "content": "Hello"}],
        max_tokens=100,
    )
    print(resp.choices[0].message.content)
    return resp.choices[0].message.content


def streaming_example(client: Together) -> tuple[str, str | None]:
    pieces = []
    with client.chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": "Hi"}], stream=True
    ) as stream:
        for text in stream.text_deltas():
            pieces.append(text)
        final = stream.get_final_completion()
    return "".join(pieces), final.choices[0].message.content


def tool_calling_loop(client: Together) -> list[ChatCompletionMessageParam]:
    """The standard loop: the returned message is appended as it is, each tool's answer after."""
    messages: list[ChatCompletionMessageParam] = [
        {"role": "user", "content": "What is the weather in Paris?"}
    ]
    resp = client.chat.completions.create(model=MODEL, messages=messages, tools=TOOLS)
    message = resp.choices[0].message
    messages.append(message)
    for call in message.tool_calls or []:
        arguments = json.loads(call.function.arguments)
        messages.append(
            {
                "role": "tool",
                "tool_call_id": call.id,
                "name": call.function.name,
                "content": json.dumps({"location": arguments.get("location"), "celsius": 21}),
            }
        )
    client.chat.completions.create(model=MODEL, messages=messages, tools=TOOLS)
    return messages


def serialization_example(client: Together) -> dict[str, Any]:
    resp = client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": "x"}])
    as_json: str = resp.model_dump_json(exclude_none=True)
    wire: dict[str, Any] = resp.to_dict()
    assert json.loads(as_json)["id"] == wire["id"]
    return resp.choices[0].message.model_dump(exclude_none=True)


def other_areas(client: Together) -> list[str]:
    seen = []
    emb = client.embeddings.create(model="togethercomputer/m2-bert-80M-8k-retrieval", input=["a"])
    seen.append(f"{len(emb.data[0].embedding)} dimensions")
    for m in client.models.list():
        seen.append(f"{m.id} {m.type}")
        break
    for f in client.files.list():
        seen.append(f"{f.id} {f.bytes}")
        break
    raw = client.chat.completions.with_raw_response.create(
        model=MODEL, messages=[{"role": "user", "content": "x"}]
    )
    seen.append(f"request {raw.request_id} {raw.headers.get('content-type')}")
    seen.append(raw.parse().id)
    return seen
