"""Rebuilding a complete answer from the chunks of a stream (chat or completion).

The ``Accumulator`` takes each parsed chunk (plain JSON, no models) and keeps, per choice, the
text, the reasoning, the tool calls assembled by index, the log probabilities and the finish
reason; ``final()`` gives the answer as the non-streaming endpoint would have sent it. It is
pure and checks the shape of what it reads: a chunk it cannot read raises ``Shape``.
"""

from __future__ import annotations

from typing import Any

__all__ = ["Accumulator", "Raw", "Shape"]

Raw = dict[str, Any]


class Shape(Exception):
    """A chunk whose JSON does not have the shape of a chunk."""


def _text(value: object, what: str) -> str:
    if not isinstance(value, str):
        raise Shape(f"{what} is not a string")
    return value


class _ChoiceState:
    __slots__ = ("content", "finish_reason", "logprobs", "reasoning", "role", "seed", "tool_calls")

    def __init__(self) -> None:
        self.content: list[str] = []
        self.reasoning: list[str] = []
        self.role: str | None = None
        self.finish_reason: str | None = None
        self.seed: int | None = None
        self.tool_calls: dict[int, dict[str, Any]] = {}
        self.logprobs: dict[str, list[Any]] = {}

    def add_logprobs(self, value: Any, token: Any) -> None:
        """Collect per-chunk log probabilities, whatever shape this model sends them in."""
        if isinstance(value, dict):
            for key, items in value.items():
                if isinstance(items, list):
                    self.logprobs.setdefault(key, []).extend(items)
        elif isinstance(value, int | float) and not isinstance(value, bool):
            self.logprobs.setdefault("token_logprobs", []).append(value)
            if isinstance(token, dict):  # the older format: the token is beside the choices
                self.logprobs.setdefault("tokens", []).append(token.get("text"))
                self.logprobs.setdefault("token_ids", []).append(token.get("id"))

    def add_tool_calls(self, calls: list[Any]) -> None:
        """Assemble tool calls by ``index``: the first piece has the id and name, the rest only
        pieces of the arguments."""
        for position, call in enumerate(calls):
            if not isinstance(call, dict):
                raise Shape("a tool call is not an object")
            index = call.get("index")
            key = index if isinstance(index, int) else position
            slot = self.tool_calls.get(key)
            if slot is None:
                slot = {"id": None, "type": "function", "name": "", "arguments": []}
                self.tool_calls[key] = slot
            if call.get("id"):
                slot["id"] = call["id"]
            if call.get("type"):
                slot["type"] = call["type"]
            function = call.get("function")
            if isinstance(function, dict):
                if name := function.get("name"):
                    slot["name"] += _text(name, "a tool call's name")
                if arguments := function.get("arguments"):
                    slot["arguments"].append(_text(arguments, "a tool call's arguments"))


class Accumulator:
    """Rebuilds the complete answer from the parsed chunks of a stream (chat or completion)."""

    def __init__(self, chat: bool) -> None:
        self.chat = chat
        self.id: str | None = None
        self.created: int | None = None
        self.model: str | None = None
        self.usage: dict[str, Any] | None = None
        self.choices: dict[int, _ChoiceState] = {}
        self.chunks = 0

    @property
    def finished(self) -> bool:
        """True once any choice reported a finish reason."""
        return any(c.finish_reason is not None for c in self.choices.values())

    @property
    def text(self) -> str:
        """The text of the first choice so far."""
        first = self.choices.get(min(self.choices)) if self.choices else None
        return "".join(first.content) if first else ""

    def add(self, raw: Raw) -> str | None:
        """Take in one parsed chunk; return the text it adds to the first choice it lists (what
        ``text_deltas`` yields). Raise ``Shape`` if it does not look like a chunk."""
        self.chunks += 1
        if self.id is None:
            self.id = raw.get("id")
            self.created = raw.get("created")
            self.model = raw.get("model")
        usage = raw.get("usage")
        if isinstance(usage, dict):
            self.usage = usage
        choices = raw.get("choices")
        if not isinstance(choices, list):
            raise Shape("'choices' is not a list")
        first: str | None = None
        for choice in choices:
            if not isinstance(choice, dict):
                raise Shape("a choice is not an object")
            text = self._add_choice(raw, choice)
            if choice is choices[0]:
                first = text
        return first

    def _add_choice(self, raw: Raw, choice: Raw) -> str | None:
        """Take in one choice of a chunk; return the text it adds."""
        index = choice.get("index", 0)
        if type(index) is not int:  # (not bool either)
            if index is not None:
                raise Shape("a choice's 'index' is not a whole number")
            index = 0
        state = self.choices.get(index)
        if state is None:
            state = self.choices[index] = _ChoiceState()
        finish = choice.get("finish_reason") or raw.get("finish_reason")  # older: top level
        if finish is not None:
            state.finish_reason = str(finish)
        if choice.get("seed") is not None:
            state.seed = choice["seed"]
        if choice.get("logprobs") is not None:
            state.add_logprobs(choice["logprobs"], raw.get("token"))
        delta = choice.get("delta")
        if delta is not None and not isinstance(delta, dict):
            raise Shape("'delta' is not an object")
        if self.chat:
            if delta is None:
                return None
            text = delta.get("content")
            if delta.get("role"):
                state.role = delta["role"]
            if reasoning := delta.get("reasoning"):
                state.reasoning.append(_text(reasoning, "'reasoning'"))
            if tool_calls := delta.get("tool_calls"):
                if not isinstance(tool_calls, list):
                    raise Shape("'tool_calls' is not a list")
                state.add_tool_calls(tool_calls)
        else:
            text = choice.get("text")
            if text is None and delta is not None:
                text = delta.get("content")
        if text:
            if not isinstance(text, str):
                raise Shape("the text of a choice is not a string")
            state.content.append(text)
            return text
        return None

    def _choice_dicts(self) -> list[dict[str, Any]]:
        out = []
        for index in sorted(self.choices):
            state = self.choices[index]
            choice: dict[str, Any] = {"index": index, "finish_reason": state.finish_reason}
            choice["logprobs"] = state.logprobs or None
            if state.seed is not None:
                choice["seed"] = state.seed
            text = "".join(state.content)
            if not self.chat:
                choice["text"] = text
                out.append(choice)
                continue
            message: dict[str, Any] = {"role": state.role or "assistant"}
            message["content"] = text if (text or not state.tool_calls) else None
            if state.reasoning:
                message["reasoning"] = "".join(state.reasoning)
            if state.tool_calls:
                message["tool_calls"] = [
                    {
                        "index": key,
                        "id": slot["id"] or "",
                        "type": slot["type"],
                        "function": {"name": slot["name"], "arguments": "".join(slot["arguments"])},
                    }
                    for key, slot in sorted(state.tool_calls.items())
                ]
            choice["message"] = message
            out.append(choice)
        return out

    def final(self) -> dict[str, Any]:
        """The complete answer as the non-streaming endpoint would have sent it."""
        return {
            "id": self.id or "",
            "object": "chat.completion" if self.chat else "text.completion",
            "created": self.created or 0,
            "model": self.model or "",
            "choices": self._choice_dicts(),
            "usage": self.usage,
        }
