"""A small app built on together_facade: a weather assistant that calls a tool.

``ask`` runs the tool-calling loop: the model may ask for ``get_weather``; the app runs it and
sends the result back, until the model answers in text. ``ask_streaming`` streams the answer and,
when the connection breaks mid-answer, returns what arrived with a note instead of crashing.

Its tests (``test_weather_bot.py``) run offline against together_facade's test kit.
"""

from __future__ import annotations

import json
from typing import Any

from together_facade import IncompleteStreamError, Together

MODEL = "meta-llama/Llama-3.3-70B-Instruct-Turbo"
TOOLS = [
    {
        "type": "function",
        "function": {
            "name": "get_weather",
            "description": "The current weather in a city.",
            "parameters": {
                "type": "object",
                "properties": {"city": {"type": "string"}},
                "required": ["city"],
            },
        },
    }
]
FORECASTS = {"Paris": "sunny, 24 °C", "Oslo": "snow, -3 °C"}
CUT_SHORT = " [the answer was cut short]"


def get_weather(city: str) -> str:
    return FORECASTS.get(city, "unknown")


def ask(client: Together, question: str, *, max_rounds: int = 5) -> str:
    """The model's answer to ``question``, after running the tools it asks for."""
    messages: list[dict[str, Any]] = [{"role": "user", "content": question}]
    for _ in range(max_rounds):
        reply = client.chat.completions.create(model=MODEL, messages=messages, tools=TOOLS)
        message = reply.choices[0].message
        if not message.tool_calls:
            return message.content or ""
        messages.append(message.model_dump(exclude_none=True))  # the assistant's tool calls
        for call in message.tool_calls:
            arguments = json.loads(call.function.arguments or "{}")
            messages.append(
                {"role": "tool", "tool_call_id": call.id, "content": get_weather(**arguments)}
            )
    raise RuntimeError(f"no answer after {max_rounds} rounds of tool calls")


def ask_streaming(client: Together, question: str) -> str:
    """The answer, streamed; what arrived and a note if the stream breaks off."""
    received: list[str] = []
    stream = client.chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": question}], stream=True
    )
    try:
        with stream:
            for text in stream.text_deltas():
                received.append(text)
    except IncompleteStreamError:
        return "".join(received) + CUT_SHORT
    return "".join(received)
