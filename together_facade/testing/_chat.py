"""Chat answers built from texts and tool calls, shaped as the service sends them.

``chat_chunks`` makes the chunks of a streamed answer and ``chat_completion`` the same answer
whole. Their shape is that of Together's real answers (the captures in ``captures/``): every
chunk has ``choices[].text`` beside the delta, ``logprobs``, ``seed`` and ``usage`` are null until
the last chunk, which carries the finish reason and the usage. A tool call streams the way
OpenAI-compatible servers stream it: a first delta with its index, id, type and name, then
deltas of ``{index, function: {arguments}}`` carrying pieces of its arguments.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Mapping, Sequence
from typing import Any, NotRequired, TypedDict

__all__ = ["ToolCall", "chat_chunks", "chat_completion"]

_MODEL = "meta-llama/Meta-Llama-3-8B-Instruct-Turbo"  # the model of the chat captures


class ToolCall(TypedDict):
    """A tool call the model makes: ``{"name": "get_weather", "arguments": {"city": "Paris"}}``.

    ``arguments`` is a dict (sent as its JSON), a JSON string, or a list of strings: the pieces
    a stream sends, one delta each (a dict or a string is sent in two pieces). ``id`` defaults to
    ``call_<n>``.
    """

    name: str
    arguments: NotRequired[Mapping[str, Any] | str | Sequence[str]]
    id: NotRequired[str]


def chat_chunks(
    content: str | Sequence[str] = (),
    *,
    tool_calls: Sequence[ToolCall] = (),
    reasoning: str | Sequence[str] = (),
    model: str = _MODEL,
    finish_reason: str | None = None,
    usage: Mapping[str, int] | None = None,
    id: str | None = None,
) -> list[dict[str, Any]]:
    """The chunks of a streamed chat answer (without the ``[DONE]`` that ends a stream).

    ``content`` is the answer's text: a string (one chunk) or its pieces, one chunk each;
    ``reasoning`` the same for a reasoning model's thoughts (sent first); ``tool_calls`` the
    calls the model makes (see ``ToolCall``). The last chunk carries ``finish_reason``
    (default ``"tool_calls"`` when there are calls, else ``"stop"``) and ``usage`` (default: one
    completion token a chunk; the prompt is not counted: 0).

    Example::

        api.answer("POST /chat/completions", sse=chat_chunks(["Hel", "lo"]))
    """
    ident, created = id or _new_id(), int(time.time())
    chunks: list[dict[str, Any]] = []
    for delta in _deltas(content, tool_calls, reasoning):
        text = delta.get("content")
        full = {"role": "assistant", "content": None, "tool_calls": None, **delta}
        choice = {
            "index": 0,
            "text": text if isinstance(text, str) else "",
            "logprobs": None,
            "finish_reason": None,
            "seed": None,
            "delta": full,
        }
        chunks.append(
            {
                "id": ident,
                "object": "chat.completion.chunk",
                "created": created,
                "choices": [choice],
                "model": model,
                "usage": None,
            }
        )
    last = chunks[-1]
    last["choices"][0]["finish_reason"] = finish_reason or ("tool_calls" if tool_calls else "stop")
    last["usage"] = dict(usage) if usage is not None else _usage(len(chunks))
    return chunks


def chat_completion(
    content: str | Sequence[str] | None = None,
    *,
    tool_calls: Sequence[ToolCall] = (),
    reasoning: str | Sequence[str] | None = None,
    model: str = _MODEL,
    finish_reason: str | None = None,
    usage: Mapping[str, int] | None = None,
    id: str | None = None,
) -> dict[str, Any]:
    """The same answer as ``chat_chunks``, whole: a ``chat.completion`` body.

    Example::

        api.answer("POST /chat/completions", json=chat_completion("Hello!"))
    """
    text = None if content is None else "".join(_pieces(content))
    message: dict[str, Any] = {"role": "assistant", "content": text}
    if reasoning is not None:
        message["reasoning"] = "".join(_pieces(reasoning))
    calls = [_tool_call(index, call) for index, call in enumerate(tool_calls)]
    message["tool_calls"] = calls
    choice = {
        "finish_reason": finish_reason or ("tool_calls" if calls else "stop"),
        "seed": None,
        "logprobs": None,
        "index": 0,
        "message": message,
    }
    tokens = len(_deltas(content or (), tool_calls, reasoning or ()))
    return {
        "id": id or _new_id(),
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "prompt": [],
        "choices": [choice],
        "usage": dict(usage) if usage is not None else _usage(tokens),
    }


def _deltas(
    content: str | Sequence[str], tool_calls: Sequence[ToolCall], reasoning: str | Sequence[str]
) -> list[dict[str, Any]]:
    """The deltas of a streamed answer, one a chunk: reasoning, text, then each tool call."""
    deltas: list[dict[str, Any]] = [{"reasoning": piece} for piece in _pieces(reasoning)]
    deltas += [{"content": piece} for piece in _pieces(content)]
    for index, call in enumerate(tool_calls):
        deltas += _tool_call_deltas(index, call)
    return deltas or [{"content": ""}]


def _pieces(text: str | Sequence[str]) -> list[str]:
    if isinstance(text, str):
        return [text] if text else []
    if not all(isinstance(piece, str) for piece in text):
        raise TypeError(f"give the text as a string or a list of strings, not {text!r}")
    return list(text)


def _tool_call_deltas(index: int, call: ToolCall) -> list[dict[str, Any]]:
    head = {
        "index": index,
        "id": call.get("id") or f"call_{index}",
        "type": "function",
        "function": {"name": _name(call), "arguments": ""},
    }
    deltas: list[dict[str, Any]] = [{"tool_calls": [head]}]
    for piece in _arguments(call):
        deltas.append({"tool_calls": [{"index": index, "function": {"arguments": piece}}]})
    return deltas


def _tool_call(index: int, call: ToolCall) -> dict[str, Any]:
    return {
        "index": index,
        "id": call.get("id") or f"call_{index}",
        "type": "function",
        "function": {"name": _name(call), "arguments": "".join(_arguments(call))},
    }


def _name(call: ToolCall) -> str:
    name = call.get("name") if isinstance(call, Mapping) else None
    if not isinstance(name, str) or not name:
        raise ValueError(f'a tool call needs a "name" (the function\'s), got {call!r}')
    return name


def _arguments(call: ToolCall) -> list[str]:
    """The pieces a stream sends of the call's arguments (two halves of a dict's JSON or of a
    string, or the pieces given)."""
    given = call.get("arguments", {})
    if isinstance(given, Mapping):
        given = json.dumps(dict(given))
    if isinstance(given, str):
        half = len(given) // 2
        return [part for part in (given[:half], given[half:]) if part] or [""]
    return _pieces(given)


def _usage(completion_tokens: int) -> dict[str, int]:
    return {
        "prompt_tokens": 0,
        "completion_tokens": completion_tokens,
        "total_tokens": completion_tokens,
    }


def _new_id() -> str:
    """An id shaped like the service's (16 hex digits)."""
    return uuid.uuid4().hex[:16]
