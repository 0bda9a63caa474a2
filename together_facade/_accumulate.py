"""Rebuilding a complete answer from the chunks of a stream (chat or completion).

The ``Accumulator`` takes each parsed chunk (plain JSON, no models) and keeps, per choice, the
text, the reasoning, the tool calls assembled by index, the log probabilities and the finish
reason; ``final()`` gives the answer as the non-streaming endpoint would have sent it. It is
pure and checks the shape of what it reads: a chunk it cannot read raises ``Shape``.

What the answer keeps, so that no field a provider sends is lost:

* Top-level fields (``id``, ``created``, ``model``, ``usage``, ``system_fingerprint``, and any
  field this module does not know, such as ``service_tier`` or ``x_groq``): the last non-null
  value wins. ``object`` names the whole answer (``chat.completion``, ``text.completion``), not
  the chunks; ``choices`` is rebuilt.
* Fields of a choice or of a delta this module does not read: the last non-null value wins, on
  the final choice or the final message. What accumulates as text: ``content``, ``reasoning``,
  a function's ``arguments``, and the delta fields in ``_TEXT_FIELDS`` (``reasoning_content``
  of llama.cpp, vLLM and DeepSeek; openai's ``refusal``), which are sent in pieces too and are
  kept on the final message under their own names (absent when never sent).
* A tool call's ``id`` and ``type``: the first non-empty value wins. Its function ``name``: see
  ``_add_function``. Which call a piece belongs to: see ``_ChoiceState.add_tool_calls``.

Null is "not sent" everywhere: llama.cpp sends ``"content": null``, ``"tool_calls": null`` and
the like in every delta; a chunk with null or no ``choices`` (the usage-only chunk some servers
send last) has no choices, and a null item of ``choices`` or of ``tool_calls`` is skipped.
"""

from __future__ import annotations

from typing import Any

__all__ = ["Accumulator", "Raw", "Shape"]

Raw = dict[str, Any]

#: Top-level keys of a chunk that ``final()`` does not copy: ``choices`` is rebuilt, ``object``
#: is the chunk's (``chat.completion.chunk``), and the older format's per-chunk ``token`` and
#: ``finish_reason`` are folded into the choices (log probabilities, finish reason).
_NOT_COPIED = frozenset({"choices", "object", "token", "finish_reason"})

#: Keys of a choice that are read, not copied: the rest are kept on the final choice. ``text``
#: of a chat chunk repeats the delta's content; ``message`` would replace the rebuilt one.
_CHOICE_KEYS = frozenset({"index", "delta", "finish_reason", "logprobs", "text", "seed", "message"})

#: Keys of a delta that are read, not copied: the rest are kept on the final message. ``token_id``
#: belongs to one chunk only.
_DELTA_KEYS = frozenset({"role", "content", "reasoning", "tool_calls", "function_call", "token_id"})

#: Delta fields this module does not read on every chunk but that are sent in pieces: they
#: accumulate as text (as ``content`` does), where the other fields not in ``_DELTA_KEYS`` keep
#: their last non-null value. Read only when a delta has a key outside ``_DELTA_KEYS``, so the
#: common delta (``content`` alone) costs nothing more.
_TEXT_FIELDS = frozenset({"reasoning_content", "refusal"})


class Shape(Exception):
    """A chunk whose JSON does not have the shape of a chunk."""


def _text(value: object, what: str) -> str:
    if not isinstance(value, str):
        raise Shape(f"{what} is not a string")
    return value


def _keep_unknown(into: dict[str, Any], source: Raw, known: frozenset[str]) -> None:
    """Copy the keys of ``source`` this module does not read into ``into``, the last non-null
    value winning: a provider's extra field (``stop_reason``, ``annotations``) is not lost."""
    for key, value in source.items():
        if value is not None and key not in known:
            into[key] = value


def _new_function() -> dict[str, Any]:
    return {"id": None, "type": None, "name": "", "arguments": []}


def _add_function(slot: dict[str, Any], function: object, what: str) -> None:
    """Add one piece of a function (of a tool call, or a delta's ``function_call``) to ``slot``.

    The arguments accumulate. The name is set by the first piece; a later piece equal to the
    name so far is a repeat and is dropped (LiteLLM's proxy repeats the name in every delta,
    which used to give ``get_weatherget_weather``); any other piece is appended, so a name sent
    in pieces (``get_`` then ``weather``) still comes out whole. The one case this reads wrong,
    a name split into identical pieces (``ab`` then ``ab`` for ``abab``), no provider sends."""
    if function is None:
        return
    if not isinstance(function, dict):
        raise Shape(f"{what}'s 'function' is not an object")
    name = function.get("name")
    if name is not None and _text(name, f"{what}'s name") and name != slot["name"]:
        slot["name"] += name
    arguments = function.get("arguments")
    if arguments is not None and _text(arguments, f"{what}'s arguments"):
        slot["arguments"].append(arguments)


def _function_dict(slot: dict[str, Any]) -> dict[str, Any]:
    return {"name": slot["name"], "arguments": "".join(slot["arguments"])}


class _ChoiceState:
    __slots__ = (
        "content",
        "extra",
        "finish_reason",
        "function_call",
        "logprobs",
        "message_extra",
        "null_slot",
        "reasoning",
        "role",
        "seed",
        "texts",
        "tool_calls",
        "tool_top",
    )

    def __init__(self) -> None:
        self.content: list[str] = []
        self.reasoning: list[str] = []
        self.role: str | None = None
        self.finish_reason: str | None = None
        self.seed: int | None = None
        self.tool_calls: dict[int, dict[str, Any]] = {}
        self.tool_top = -1  # the highest slot of tool_calls (kept: max() each time is quadratic)
        # The slot of the latest tool call piece whose index was null (see add_tool_calls).
        self.null_slot: int | None = None
        self.texts: dict[str, list[str]] = {}  # the _TEXT_FIELDS of the deltas, in pieces
        self.function_call: dict[str, Any] | None = None
        self.logprobs: dict[str, list[Any]] = {}
        self.extra: dict[str, Any] = {}  # unknown fields of the choice
        self.message_extra: dict[str, Any] = {}  # unknown fields of the deltas

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

    def add_delta_fields(self, delta: Raw) -> None:
        """Keep the fields of a delta this module does not read on every chunk: those in
        ``_TEXT_FIELDS`` accumulate as text, the others keep their last non-null value."""
        for key, value in delta.items():
            if value is None or key in _DELTA_KEYS:
                continue
            if key in _TEXT_FIELDS:
                pieces = self.texts.get(key)
                if pieces is None:
                    pieces = self.texts[key] = []
                pieces.append(_text(value, repr(key)))
            else:
                self.message_extra[key] = value

    def add_tool_calls(self, calls: list[Any]) -> None:
        """Assemble tool calls by ``index``: the first non-empty ``id`` and ``type`` win, so a
        provider repeating them in every delta does not change them; the name and arguments
        follow ``_add_function``. A null item of the list is skipped.

        A piece whose ``index`` is null (Together's parallel tool calls, llama.cpp) goes where
        ``_null_index_slot`` says: by its ``id`` when it has one, else to the latest such call."""
        used: set[int] | None = None  # the slots of this list's null-index pieces so far
        for position, call in enumerate(calls):
            if not isinstance(call, dict):
                if call is None:
                    continue
                raise Shape("a tool call is not an object")
            index = call.get("index")
            if index is None:
                index = self._null_index_slot(call, position, used)
                self.null_slot = index
                if len(calls) > 1:
                    if used is None:
                        used = set()
                    used.add(index)
            elif type(index) is not int:  # (not bool either)
                raise Shape("a tool call's 'index' is not a whole number")
            slot = self.tool_calls.get(index)
            if slot is None:
                slot = self.tool_calls[index] = _new_function()
                if index > self.tool_top:
                    self.tool_top = index
            for key in ("id", "type"):
                value = call.get(key)
                if value is not None and _text(value, f"a tool call's {key!r}") and not slot[key]:
                    slot[key] = value
            _add_function(slot, call.get("function"), "a tool call")

    def _null_index_slot(self, call: Raw, position: int, used: set[int] | None) -> int:
        """The slot of a tool call piece whose ``index`` is null. The latest slot such pieces
        went to (``null_slot``) is the call being sent:

        * A piece with an ``id`` other than that call's starts a new call, in the next free slot
          (Together sends each of its parallel calls whole, with an id and a null index, one
          after the other: they used to be merged into one). One with the same ``id`` (a server
          repeating the id in every piece, as llama.cpp does) continues it.
        * A piece without an ``id`` continues that call, unless a piece before it in the same
          list did (two pieces of one list are two calls): then it starts a new call.
        * Before any such call, a piece without an ``id`` goes by its position in the list (as
          every null index used to): the first piece of a stream, to slot 0, or a piece of a
          call whose first piece had an index. Only there is the position still a good guess."""
        call_id = call.get("id")
        latest = self.null_slot
        if call_id is not None and _text(call_id, "a tool call's 'id'"):
            if latest is not None and self.tool_calls[latest]["id"] == call_id:
                return latest
        elif latest is None:
            return position
        elif used is None or latest not in used:
            return latest
        return self.tool_top + 1

    def add_function_call(self, function_call: object) -> None:
        """Assemble the older ``function_call`` of a delta like a tool call's function."""
        if not isinstance(function_call, dict):
            raise Shape("'function_call' is not an object")
        if self.function_call is None:
            self.function_call = _new_function()
        _add_function(self.function_call, function_call, "the function call")

    def message(self) -> dict[str, Any]:
        """The final message of a chat choice."""
        text = "".join(self.content)
        message: dict[str, Any] = {"role": self.role or "assistant"}
        message["content"] = text if (text or not (self.tool_calls or self.function_call)) else None
        if self.reasoning:
            message["reasoning"] = "".join(self.reasoning)
        for key, pieces in self.texts.items():
            message[key] = "".join(pieces)
        if self.tool_calls:
            message["tool_calls"] = [
                {
                    "index": index,
                    "id": slot["id"] or "",
                    "type": slot["type"] or "function",
                    "function": _function_dict(slot),
                }
                for index, slot in sorted(self.tool_calls.items())
            ]
        if self.function_call is not None:
            message["function_call"] = _function_dict(self.function_call)
        message.update(self.message_extra)
        return message


class Accumulator:
    """Rebuilds the complete answer from the parsed chunks of a stream (chat or completion)."""

    def __init__(self, chat: bool) -> None:
        self.chat = chat
        # The last non-null value of each top-level key (those in _NOT_COPIED too: storing them
        # is cheaper than skipping them on every chunk; final() leaves them out).
        self.top: dict[str, Any] = {}
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
        top = self.top
        for key, value in raw.items():
            if value is not None:
                top[key] = value
        choices = raw.get("choices")
        if not isinstance(choices, list):
            if choices is None:  # a chunk with usage only, from some servers
                return None
            raise Shape("'choices' is not a list")
        first: str | None = None
        listed = False  # whether the first choice this chunk lists was read
        for choice in choices:
            if not isinstance(choice, dict):
                if choice is None:
                    continue
                raise Shape("a choice is not an object")
            text = self._add_choice(raw, choice)
            if not listed:
                first = text
                listed = True
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
            if isinstance(finish, list | dict):  # (str() of one nested deep would recurse)
                raise Shape("a choice's 'finish_reason' is not a string")
            state.finish_reason = str(finish)
        if choice.get("seed") is not None:
            state.seed = choice["seed"]
        if choice.get("logprobs") is not None:
            state.add_logprobs(choice["logprobs"], raw.get("token"))
        if not choice.keys() <= _CHOICE_KEYS:  # a C-level check, cheaper than the loop
            _keep_unknown(state.extra, choice, _CHOICE_KEYS)
        delta = choice.get("delta")
        if delta is not None and not isinstance(delta, dict):
            raise Shape("'delta' is not an object")
        if self.chat:
            if delta is None:
                return None
            text = delta.get("content")
            if role := delta.get("role"):  # checked by the model that reads the answer
                state.role = role
            if (reasoning := delta.get("reasoning")) is not None:
                state.reasoning.append(_text(reasoning, "'reasoning'"))
            if (tool_calls := delta.get("tool_calls")) is not None:
                if type(tool_calls) is not list:
                    raise Shape("'tool_calls' is not a list")
                state.add_tool_calls(tool_calls)
            if (function_call := delta.get("function_call")) is not None:
                state.add_function_call(function_call)
            if not delta.keys() <= _DELTA_KEYS:  # a C-level check, cheaper than the loop
                state.add_delta_fields(delta)
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
            if self.chat:
                choice["message"] = state.message()
            else:
                choice["text"] = "".join(state.content)
            choice.update(state.extra)
            out.append(choice)
        return out

    def final(self) -> dict[str, Any]:
        """The complete answer as the non-streaming endpoint would have sent it."""
        top = self.top
        answer: dict[str, Any] = {
            "id": top.get("id") or "",
            "object": "chat.completion" if self.chat else "text.completion",
            "created": top.get("created") or 0,
            "model": top.get("model") or "",
            "choices": self._choice_dicts(),
            "usage": top.get("usage"),
        }
        for key, value in top.items():
            if key not in answer and key not in _NOT_COPIED:
                answer[key] = value
        return answer
