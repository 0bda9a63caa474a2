"""The accumulator: rebuilding a complete answer from parsed chunks (pure, no I/O)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.helpers import fixture_bytes
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
        ({"choices": "text"}, "'choices' is not a list"),
        ({"choices": ["text"]}, "a choice is not an object"),
        ({"choices": [None, 5]}, "a choice is not an object"),
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


@pytest.mark.parametrize("chat", [True, False])
def test_a_chunk_with_null_or_no_choices_has_none(chat: bool) -> None:
    acc = Accumulator(chat=chat)  # some servers end with a usage-only chunk
    piece = {"delta": {"content": "Hi"}} if chat else {"text": "Hi"}
    assert acc.add({"id": "c1", "choices": [{**piece, "finish_reason": "stop"}]}) == "Hi"
    assert acc.add({"choices": None, "usage": {"total_tokens": 2}}) is None
    assert acc.add({"usage": {"total_tokens": 3}, "system_fingerprint": "fp"}) is None
    final = acc.final()
    assert acc.chunks == 3 and acc.text == "Hi" and acc.finished
    assert final["usage"] == {"total_tokens": 3} and final["system_fingerprint"] == "fp"
    assert [c["index"] for c in final["choices"]] == [0]


def test_null_choices_are_skipped_and_the_first_listed_choice_gives_the_text() -> None:
    acc = Accumulator(chat=True)
    assert acc.add({"choices": [None]}) is None
    assert acc.add({"choices": [None, {"index": 1, "delta": {"content": "B"}}]}) == "B"
    assert acc.add({"choices": [None, {"index": 0, "delta": {"content": "A"}}, None]}) == "A"
    assert acc.chunks == 3 and acc.text == "A" and sorted(acc.choices) == [0, 1]


def test_a_missing_index_counts_as_the_first_choice() -> None:
    acc = Accumulator(chat=True)
    acc.add({"choices": [{"index": None, "delta": {"content": "a"}}]})
    acc.add({"choices": [{"index": 0, "delta": {"content": "b"}}]})
    assert acc.text == "ab" and list(acc.choices) == [0]


# --- top-level fields ---------------------------------------------------------------------------


def test_final_keeps_every_top_level_field_the_last_non_null_value_winning() -> None:
    acc = Accumulator(chat=True)
    first = chat_chunk({"role": "assistant", "content": "a"})
    acc.add({**first, "object": "chat.completion.chunk", "x_groq": {"id": "req_1"}, "usage": None})
    acc.add({**chat_chunk({"content": "b"}), "system_fingerprint": "fp_1", "service_tier": None})
    acc.add({**chat_chunk({}), "model": "m2", "usage": {"total_tokens": 3}, "service_tier": "auto"})
    last = {**chat_chunk({}, finish_reason="stop"), "usage": None, "system_fingerprint": None}
    acc.add({**last, "id": None, "model": None, "x_groq": {"usage": {"queue_time": 0.1}}})
    final = acc.final()
    assert final == {
        "id": "c1",  # null in the last chunk: the last non-null value wins
        "object": "chat.completion",
        "created": 7,
        "model": "m2",  # changed by the third chunk, null in the last
        "choices": [
            {
                "index": 0,
                "finish_reason": "stop",
                "logprobs": None,
                "message": {"role": "assistant", "content": "ab"},
            }
        ],
        "usage": {"total_tokens": 3},
        "x_groq": {"usage": {"queue_time": 0.1}},
        "system_fingerprint": "fp_1",
        "service_tier": "auto",
    }


def test_final_has_defaults_for_the_fields_an_answer_needs_when_no_chunk_sent_them() -> None:
    acc = Accumulator(chat=True)
    acc.add({"choices": [{"delta": {"content": "a"}, "finish_reason": "stop"}], "usage": None})
    final = acc.final()
    assert (final["id"], final["created"], final["model"], final["usage"]) == ("", 0, "", None)
    assert final["object"] == "chat.completion"


def test_the_older_format_keeps_token_and_finish_reason_out_of_the_top_level() -> None:
    acc = Accumulator(chat=False)
    common = {"id": "x", "object": "completion.chunk", "stats": None, "generated_text": None}
    token = {"id": 330, "text": " A", "logprob": -0.5, "special": False}
    acc.add({**common, "choices": [{"text": " A", "logprobs": -0.5}], "token": token})
    end = {**common, "generated_text": " A", "finish_reason": "eos", "token": token}
    acc.add({**end, "choices": [{"text": "", "logprobs": -0.1}]})
    final = acc.final()
    assert "token" not in final and "finish_reason" not in final and "stats" not in final
    assert final["object"] == "text.completion" and final["generated_text"] == " A"
    [choice] = final["choices"]
    assert choice["finish_reason"] == "eos" and choice["text"] == " A"
    assert choice["logprobs"]["token_logprobs"] == [-0.5, -0.1]


# --- unknown fields of a choice and of a delta --------------------------------------------------


def test_unknown_delta_fields_are_kept_on_the_message_the_last_non_null_value_winning() -> None:
    acc = Accumulator(chat=True)
    acc.add(chat_chunk({"content": "a", "token_id": 1, "refusal": None, "annotations": [1]}))
    acc.add(chat_chunk({"content": "b", "token_id": 2, "annotations": None, "audio": {"id": "x"}}))
    acc.add(chat_chunk({"token_id": 3, "annotations": [2]}, finish_reason="stop"))
    message = acc.final()["choices"][0]["message"]
    assert message == {
        "role": "assistant",
        "content": "ab",
        "annotations": [2],
        "audio": {"id": "x"},
    }  # token_id belongs to one chunk; a null refusal is not sent


def test_reasoning_content_and_refusal_accumulate_as_text_under_their_own_names() -> None:
    acc = Accumulator(chat=True)  # llama.cpp, vLLM, DeepSeek: reasoning_content; openai: refusal
    acc.add(chat_chunk({"role": "assistant", "content": None, "reasoning_content": "Let me"}))
    acc.add(chat_chunk({"reasoning_content": " think", "refusal": None, "annotations": [1]}))
    acc.add(chat_chunk({"reasoning_content": None, "refusal": "I can", "annotations": [2]}))
    acc.add(chat_chunk({"refusal": "not help", "content": "!"}))
    acc.add(chat_chunk({"refusal": "", "reasoning_content": "."}, finish_reason="stop"))
    message = acc.final()["choices"][0]["message"]
    assert message == {
        "role": "assistant",
        "content": "!",
        "reasoning_content": "Let me think.",
        "refusal": "I cannot help",
        "annotations": [2],  # any other unknown field: the last non-null value wins
    }


def test_reasoning_content_and_refusal_are_absent_when_never_sent_or_always_null() -> None:
    acc = Accumulator(chat=True)
    acc.add(chat_chunk({"content": "a", "reasoning_content": None, "refusal": None}))
    acc.add(chat_chunk({"content": "b", "reasoning": "r"}, finish_reason="stop"))
    message = acc.final()["choices"][0]["message"]
    assert message == {"role": "assistant", "content": "ab", "reasoning": "r"}


@pytest.mark.parametrize("field", ["reasoning_content", "refusal"])
@pytest.mark.parametrize("value", [5, ["a"], {"text": "a"}, True])
def test_a_text_field_that_is_not_a_string_says_so(field: str, value: object) -> None:
    acc = Accumulator(chat=True)
    acc.add(chat_chunk({field: "a"}))
    with pytest.raises(Shape, match=f"'{field}' is not a string"):
        acc.add(chat_chunk({field: value}))


def test_unknown_choice_fields_are_kept_on_the_choice_the_last_non_null_value_winning() -> None:
    acc = Accumulator(chat=True)
    acc.add(chat_chunk({"content": "a"}, text="a", stop_reason=None, matched_stop=1))
    acc.add(chat_chunk({"content": "b"}, text="b", stop_reason="</s>", message={"content": "?"}))
    acc.add(chat_chunk({}, finish_reason="stop", stop_reason=None))
    choice = acc.final()["choices"][0]
    assert choice["stop_reason"] == "</s>" and choice["matched_stop"] == 1
    assert "text" not in choice  # a chat chunk's text repeats the delta's content
    assert choice["message"] == {"role": "assistant", "content": "ab"}  # rebuilt, not copied


def test_unknown_fields_of_a_completion_choice_are_kept_and_its_delta_is_not() -> None:
    acc = Accumulator(chat=False)
    acc.add({"choices": [{"text": "a", "delta": {"token_id": 1, "content": "a"}, "tag": "t"}]})
    acc.add({"choices": [{"text": "b", "finish_reason": "length", "tag": None}]})
    [choice] = acc.final()["choices"]
    assert choice == {
        "index": 0,
        "finish_reason": "length",
        "logprobs": None,
        "text": "ab",
        "tag": "t",
    }


# --- tool calls ---------------------------------------------------------------------------------


def tool_delta(**call: Any) -> dict[str, Any]:
    return {"tool_calls": [call]}


def test_a_tool_call_repeating_its_id_and_name_in_every_delta_has_them_once() -> None:
    acc = Accumulator(chat=True)  # LiteLLM's proxy repeats id, type and name in every delta
    for piece in ('{"city":', ' "Paris"', "}"):
        function = {"name": "get_weather", "arguments": piece}
        acc.add(chat_chunk(tool_delta(index=0, id="call_1", type="function", function=function)))
    acc.add(chat_chunk({}, finish_reason="tool_calls"))
    message = acc.final()["choices"][0]["message"]
    assert message["content"] is None
    assert message["tool_calls"] == [
        {
            "index": 0,
            "id": "call_1",
            "type": "function",
            "function": {"name": "get_weather", "arguments": '{"city": "Paris"}'},
        }
    ]


def test_a_tool_call_name_sent_in_pieces_is_joined_and_a_repeat_of_it_dropped() -> None:
    acc = Accumulator(chat=True)
    acc.add(chat_chunk(tool_delta(index=0, id="call_1", function={"name": "get_"})))
    acc.add(chat_chunk(tool_delta(index=0, function={"name": "weather", "arguments": "{"})))
    acc.add(chat_chunk(tool_delta(index=0, function={"name": "get_weather", "arguments": "}"})))
    [call] = acc.final()["choices"][0]["message"]["tool_calls"]
    assert call["function"] == {"name": "get_weather", "arguments": "{}"}


def test_the_first_non_empty_id_and_type_of_a_tool_call_win() -> None:
    acc = Accumulator(chat=True)
    acc.add(chat_chunk(tool_delta(index=0, id="", type="", function={"name": "f"})))
    acc.add(chat_chunk(tool_delta(index=0, id="call_1", type="function")))
    acc.add(chat_chunk(tool_delta(index=0, id="call_2", type="other")))
    acc.add(chat_chunk(tool_delta(index=1, function={"name": "g"})))  # never an id nor a type
    calls = acc.final()["choices"][0]["message"]["tool_calls"]
    assert [(c["id"], c["type"]) for c in calls] == [("call_1", "function"), ("", "function")]


def test_tool_calls_in_parallel_are_assembled_by_index() -> None:
    acc = Accumulator(chat=True)
    first = {"index": 0, "id": "a", "function": {"name": "f", "arguments": "1"}}
    second = {"index": 1, "id": "b", "function": {"name": "g", "arguments": "2"}}
    acc.add(chat_chunk({"tool_calls": [first, second]}))
    acc.add(chat_chunk({"tool_calls": [{"index": 1, "function": {"arguments": "3"}}]}))
    calls = acc.final()["choices"][0]["message"]["tool_calls"]
    assert [(c["id"], c["function"]["name"], c["function"]["arguments"]) for c in calls] == [
        ("a", "f", "1"),
        ("b", "g", "23"),
    ]


def test_llama_cpp_nulls_in_every_delta_are_read_as_not_sent() -> None:
    acc = Accumulator(chat=True)
    nulls = {"role": None, "content": None, "reasoning": None, "function_call": None}
    assert acc.add(chat_chunk({**nulls, "role": "assistant", "tool_calls": None})) is None
    for piece in ('{"a"', ": 1}"):
        function = {"name": "f", "arguments": piece}  # index null: by position in the list
        call = {"index": None, "id": "c1", "type": "function", "function": function}
        assert acc.add(chat_chunk({**nulls, "tool_calls": [call]})) is None
    empty = {"index": 0, "id": None, "type": None, "function": None}
    acc.add(chat_chunk({**nulls, "tool_calls": [empty]}))
    acc.add(chat_chunk({**nulls, "tool_calls": [{"function": {"name": None, "arguments": None}}]}))
    acc.add(chat_chunk({**nulls, "tool_calls": None}, finish_reason="tool_calls", logprobs=None))
    final = acc.final()
    assert acc.text == "" and acc.finished
    assert final["choices"][0]["message"] == {
        "role": "assistant",
        "content": None,
        "tool_calls": [
            {
                "index": 0,
                "id": "c1",
                "type": "function",
                "function": {"name": "f", "arguments": '{"a": 1}'},
            }
        ],
    }


def test_the_older_function_call_is_assembled_like_a_tool_call() -> None:
    acc = Accumulator(chat=True)
    acc.add(chat_chunk({"role": "assistant", "function_call": {"name": "f", "arguments": "{"}}))
    acc.add(chat_chunk({"function_call": {"name": "f", "arguments": "}"}}))
    acc.add(chat_chunk({"function_call": {"arguments": None}}, finish_reason="function_call"))
    message = acc.final()["choices"][0]["message"]
    assert message == {
        "role": "assistant",
        "content": None,
        "function_call": {"name": "f", "arguments": "{}"},
    }


@pytest.mark.parametrize(
    ("delta", "why"),
    [
        (tool_delta(index="0"), "a tool call's 'index' is not a whole number"),
        (tool_delta(index=True), "a tool call's 'index' is not a whole number"),
        (tool_delta(id=5), "a tool call's 'id' is not a string"),
        (tool_delta(type=["function"]), "a tool call's 'type' is not a string"),
        (tool_delta(function="f"), "a tool call's 'function' is not an object"),
        ({"tool_calls": ""}, "'tool_calls' is not a list"),
        ({"function_call": "f"}, "'function_call' is not an object"),
        ({"function_call": {"name": 1}}, "the function call's name is not a string"),
        ({"function_call": {"arguments": [1]}}, "the function call's arguments is not a string"),
    ],
)
def test_a_tool_call_of_the_wrong_shape_says_what_is_wrong(delta: dict[str, Any], why: str) -> None:
    acc = Accumulator(chat=True)
    with pytest.raises(Shape, match=why):
        acc.add(chat_chunk(delta))


# --- tool calls whose index is null -------------------------------------------------------------


def null_call(
    call_id: str | None = None, name: str | None = None, arguments: str | None = None
) -> dict[str, Any]:
    """A tool call piece with a null index (Together's parallel calls, llama.cpp)."""
    call: dict[str, Any] = {"index": None, "function": {"name": name, "arguments": arguments}}
    if call_id is not None:
        call["id"] = call_id
        call["type"] = "function"
    return call


def calls_of(acc: Accumulator) -> list[tuple[int, str, str, str]]:
    calls = acc.final()["choices"][0]["message"]["tool_calls"]
    return [(c["index"], c["id"], c["function"]["name"], c["function"]["arguments"]) for c in calls]


PARALLEL = json.loads(
    fixture_bytes("chat-completions__docs-FRAGMENT-parallel-tool-calls-index-null.json")
)
EXPECTED = [
    (index, call["id"], call["function"]["name"], call["function"]["arguments"])
    for index, call in enumerate(PARALLEL)
]


def test_togethers_parallel_calls_with_a_null_index_one_per_delta_stay_apart() -> None:
    acc = Accumulator(chat=True)
    acc.add(chat_chunk({"role": "assistant", "tool_calls": PARALLEL[:1]}))
    for call in PARALLEL[1:]:
        acc.add(chat_chunk({"tool_calls": [call]}))
    acc.add(chat_chunk({}, finish_reason="tool_calls"))
    assert len(EXPECTED) == 5 and calls_of(acc) == EXPECTED


def test_togethers_parallel_calls_with_a_null_index_in_one_delta_stay_apart() -> None:
    acc = Accumulator(chat=True)
    acc.add(chat_chunk({"role": "assistant", "tool_calls": PARALLEL}, finish_reason="tool_calls"))
    assert calls_of(acc) == EXPECTED


def test_a_null_index_piece_with_the_same_id_or_none_continues_the_latest_call() -> None:
    acc = Accumulator(chat=True)
    acc.add(chat_chunk({"tool_calls": [null_call("call_a", "f", '{"x"')]}))
    acc.add(chat_chunk({"tool_calls": [null_call(arguments=": 1")]}))  # no id: the latest call
    acc.add(chat_chunk({"tool_calls": [null_call("call_a", "f", "}")]}))  # id and name repeated
    acc.add(chat_chunk({"tool_calls": [null_call("call_b", "g", "{")]}))  # another id: a new call
    acc.add(chat_chunk({"tool_calls": [null_call(arguments="}")]}))
    acc.add(chat_chunk({"tool_calls": [None, null_call("", arguments="")]}))  # "" is no id
    assert calls_of(acc) == [(0, "call_a", "f", '{"x": 1}'), (1, "call_b", "g", "{}")]


def test_an_id_seen_before_but_not_the_latest_starts_a_new_call() -> None:
    acc = Accumulator(chat=True)  # the rule: only the latest call's id continues it
    acc.add(chat_chunk({"tool_calls": [null_call("a", "f", "1")]}))
    acc.add(chat_chunk({"tool_calls": [null_call("b", "g", "2")]}))
    acc.add(chat_chunk({"tool_calls": [null_call("a", "f", "3")]}))
    assert calls_of(acc) == [(0, "a", "f", "1"), (1, "b", "g", "2"), (2, "a", "f", "3")]


def test_null_index_pieces_without_ids_in_one_list_are_separate_calls() -> None:
    acc = Accumulator(chat=True)  # the first ones go by position, as every null index used to
    acc.add(chat_chunk({"tool_calls": [null_call(name="f"), null_call(name="g")]}))
    acc.add(chat_chunk({"tool_calls": [null_call(arguments="{}")]}))  # the latest call: g
    acc.add(chat_chunk({"tool_calls": [null_call(arguments="1"), null_call(arguments="2")]}))
    assert calls_of(acc) == [(0, "", "f", ""), (1, "", "g", "{}1"), (2, "", "", "2")]


def test_a_null_index_piece_after_pieces_with_an_index_goes_by_its_position() -> None:
    acc = Accumulator(chat=True)  # an index on the first piece only: position 0 is that call
    acc.add(chat_chunk(tool_delta(index=0, id="a", type="function", function={"name": "f"})))
    acc.add(chat_chunk({"tool_calls": [null_call(arguments="{}")]}))
    assert calls_of(acc) == [(0, "a", "f", "{}")]


def test_a_real_index_beside_null_index_calls_keeps_its_slot() -> None:
    acc = Accumulator(chat=True)
    acc.add(chat_chunk(tool_delta(index=0, id="a", function={"name": "f", "arguments": "1"})))
    acc.add(chat_chunk({"tool_calls": [null_call("b", "g", "2")]}))  # a new id: next free slot
    acc.add(chat_chunk(tool_delta(index=0, function={"arguments": "3"})))  # by index, as ever
    acc.add(chat_chunk({"tool_calls": [null_call(arguments="4")]}))  # the latest null one: b
    acc.add(chat_chunk(tool_delta(index=5, id="c", function={"name": "h"})))
    acc.add(chat_chunk({"tool_calls": [null_call("d", "k", "5")]}))  # after the highest slot
    assert calls_of(acc) == [
        (0, "a", "f", "13"),
        (1, "b", "g", "24"),
        (5, "c", "h", ""),
        (6, "d", "k", "5"),
    ]


def test_null_tool_call_items_are_skipped() -> None:
    acc = Accumulator(chat=True)
    acc.add(chat_chunk({"role": "assistant", "tool_calls": [None]}))
    assert acc.final()["choices"][0]["message"] == {"role": "assistant", "content": ""}
    acc.add(chat_chunk({"tool_calls": [None, null_call("a", "f", "{}"), None]}))
    assert calls_of(acc) == [(0, "a", "f", "{}")]


@pytest.mark.parametrize(
    ("calls", "why"),
    [
        ([None, "call"], "a tool call is not an object"),
        ([{"index": None, "id": 5}], "a tool call's 'id' is not a string"),
        ([null_call("a"), {"index": None, "id": ["b"]}], "a tool call's 'id' is not a string"),
        ([{"index": None, "function": "f"}], "a tool call's 'function' is not an object"),
    ],
)
def test_a_null_index_tool_call_of_the_wrong_shape_says_what_is_wrong(
    calls: list[Any], why: str
) -> None:
    with pytest.raises(Shape, match=why):
        Accumulator(chat=True).add(chat_chunk({"tool_calls": calls}))
