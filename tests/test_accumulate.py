"""The accumulator: rebuilding a complete answer from parsed chunks (pure, no I/O)."""

from __future__ import annotations

from typing import Any

import pytest

from together_facade._accumulate import Accumulator, Shape


def chat_chunk(delta: dict[str, Any] | None, index: int = 0, **choice: Any) -> dict[str, Any]:
    return {
        "id": "c1",
        "created": 7,
        "model": "m",
        "choices": [{"index": index, "delta": delta, **choice}],
    }


def test_add_gives_the_text_a_chunk_adds_to_its_first_choice() -> None:
    acc = Accumulator(chat=True)
    assert acc.add(chat_chunk({"role": "assistant"})) is None
    assert acc.add(chat_chunk({"content": "Hel"})) == "Hel"
    two = {"choices": [{"index": 1, "delta": {"content": "B"}}, {"index": 0, "delta": {}}]}
    assert acc.add(two) == "B"  # the first choice listed in this chunk
    assert acc.add(chat_chunk({"content": "lo"}, finish_reason="stop")) == "lo"
    assert acc.text == "Hello"  # the choice with the lowest index
    assert acc.finished and acc.chunks == 4


def test_completions_read_text_then_delta_content() -> None:
    acc = Accumulator(chat=False)
    assert acc.add({"choices": [{"index": 0, "text": "Par"}]}) == "Par"
    assert acc.add({"choices": [{"index": 0, "delta": {"content": "is"}}]}) == "is"
    assert acc.add({"choices": [], "finish_reason": "length"}) is None
    final = acc.final()
    assert final["object"] == "text.completion"
    assert final["choices"][0]["text"] == "Paris"


def test_the_final_chat_answer_has_tool_calls_reasoning_usage_and_finish() -> None:
    acc = Accumulator(chat=True)
    acc.add(chat_chunk({"role": "assistant", "reasoning": "Think"}))
    acc.add(chat_chunk({"reasoning": "ing."}))
    call = {"index": 0, "id": "call_1", "type": "function", "function": {"name": "get"}}
    acc.add(chat_chunk({"tool_calls": [call]}))
    acc.add(chat_chunk({"tool_calls": [{"index": 0, "function": {"arguments": '{"a":'}}]}))
    acc.add(chat_chunk({"tool_calls": [{"index": 0, "function": {"arguments": " 1}"}}]}))
    acc.add({**chat_chunk({}, finish_reason="tool_calls"), "usage": {"total_tokens": 9}})
    final = acc.final()
    assert (final["id"], final["created"], final["model"]) == ("c1", 7, "m")
    assert final["usage"] == {"total_tokens": 9}
    [choice] = final["choices"]
    assert choice["finish_reason"] == "tool_calls"
    message = choice["message"]
    assert message["content"] is None and message["reasoning"] == "Thinking."
    assert message["tool_calls"] == [
        {
            "index": 0,
            "id": "call_1",
            "type": "function",
            "function": {"name": "get", "arguments": '{"a": 1}'},
        }
    ]


@pytest.mark.parametrize(
    ("chunk", "why"),
    [
        ({"choices": {"0": {}}}, "'choices' is not a list"),
        ({"choices": ["text"]}, "a choice is not an object"),
        ({"choices": [{"delta": "text"}]}, "'delta' is not an object"),
        ({"choices": [{"delta": {"content": 5}}]}, "not a string"),
        ({"choices": [{"delta": {"tool_calls": ["call"]}}]}, "a tool call is not an object"),
        ({"choices": [{"delta": {"tool_calls": {"0": {}}}}]}, "'tool_calls' is not a list"),
        ({"choices": [{"delta": {"reasoning": 5}}]}, "'reasoning' is not a string"),
        ({"choices": [{"index": [0], "delta": {}}]}, "'index' is not a whole number"),
        ({"choices": [{"index": "0", "delta": {}}]}, "'index' is not a whole number"),
        (
            {"choices": [{"delta": {"tool_calls": [{"function": {"name": ["f"]}}]}}]},
            "a tool call's name is not a string",
        ),
        (
            {"choices": [{"delta": {"tool_calls": [{"function": {"arguments": {"a": 1}}}]}}]},
            "a tool call's arguments is not a string",
        ),
    ],
)
def test_a_chunk_of_the_wrong_shape_says_what_is_wrong(chunk: dict[str, Any], why: str) -> None:
    with pytest.raises(Shape, match=why):
        Accumulator(chat=True).add(chunk)


def test_a_missing_index_counts_as_the_first_choice() -> None:
    acc = Accumulator(chat=True)
    acc.add({"choices": [{"index": None, "delta": {"content": "a"}}]})
    acc.add({"choices": [{"index": 0, "delta": {"content": "b"}}]})
    assert acc.text == "ab" and list(acc.choices) == [0]
