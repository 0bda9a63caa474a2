"""The generated models behave like the official SDKs' results, on every real capture.

Wire names as attributes, ``None`` for an absent field, no ``Unset`` anywhere a user looks,
``to_dict()`` giving back exactly the JSON a model was read from, pydantic-style dumps, list
results that act as lists, and nulls read in every field.
"""

from __future__ import annotations

import enum
import json
import typing
from collections.abc import Iterator
from typing import Any

import attrs
import pytest
import together_api_client.models as models
from together_api_client.models import (
    ChatCompletionChunk,
    ChatCompletionMessage,
    ChatCompletionResponse,
    CompletionChunk,
    FileList,
    FileResponse,
    FinetuneListEvents,
    FinetuneResponse,
    FinishReason,
    LoRATrainingType,
    ModelInfo,
)
from together_api_client.types import ListModel, Model

from .test_real_responses import CHECKS, FIXTURES, JSON_FILES, SSE_FILES, sse_payloads

READERS: dict[str, type[Model]] = {
    "chat-completions": models.ChatCompletionResponse,
    "completions": models.CompletionResponse,
    "embeddings": models.EmbeddingsResponse,
    "images-generations": models.ImageResponse,
    "rerank": models.RerankResponse,
    "error": models.ErrorData,
    "files": models.FileResponse,
}


def _model_for(name: str, body: dict[str, Any]) -> type[Model]:
    if name.startswith("files") and body.get("deleted") is not None:
        return models.FileDeleteResponse
    return READERS[name.split("__")[0]]


def _captures() -> Iterator[tuple[str, type[Model], dict[str, Any]]]:
    for name in JSON_FILES:
        body = json.loads((FIXTURES / name).read_text())
        yield name, _model_for(name, body), body
    for name in SSE_FILES:
        chunk = ChatCompletionChunk if name.startswith("chat") else CompletionChunk
        for i, payload in enumerate(sse_payloads(name)):
            yield f"{name}#{i}", chunk, json.loads(payload)


CAPTURES = list(_captures())


def _walk(value: object, path: str) -> Iterator[tuple[str, object]]:
    yield path, value
    if isinstance(value, Model):
        for field in attrs.fields(type(value)):
            if not field.name.startswith("_"):
                yield from _walk(getattr(value, field.name), f"{path}.{field.name}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _walk(item, f"{path}[{i}]")


def test_the_captures_are_all_here() -> None:
    assert set(CHECKS) == {name.split("__")[0] for name in JSON_FILES}
    assert len(CAPTURES) > 80  # 30 whole bodies and every data: payload of the 8 streams


@pytest.mark.parametrize(("name", "model", "body"), CAPTURES, ids=[c[0] for c in CAPTURES])
def test_to_dict_gives_back_the_json_it_was_read_from(
    name: str, model: type[Model], body: dict[str, Any]
) -> None:
    parsed = model.from_dict(body)
    assert parsed.to_dict() == body
    assert json.loads(parsed.to_json()) == body
    assert json.loads(parsed.model_dump_json(exclude_unset=True)) == body


@pytest.mark.parametrize(("name", "model", "body"), CAPTURES, ids=[c[0] for c in CAPTURES])
def test_no_sentinel_anywhere_a_user_looks(
    name: str, model: type[Model], body: dict[str, Any]
) -> None:
    parsed = model.from_dict(body)
    for path, value in _walk(parsed, "result"):
        assert "Unset" not in type(value).__name__, path
    assert "Unset" not in repr(parsed)
    assert "UNSET" not in repr(parsed)


def test_no_sentinel_in_any_annotation_of_a_model() -> None:
    for name in models.__all__:
        cls = getattr(models, name)
        if not (isinstance(cls, type) and issubclass(cls, Model)):
            continue
        for field, hint in typing.get_type_hints(cls).items():
            assert "Unset" not in str(hint), f"{name}.{field}: {hint}"


def test_attributes_have_the_wire_names() -> None:
    info = ModelInfo.from_dict({"id": "m", "type": "chat", "object": "model", "license": "MIT"})
    assert (info.type, info.object, info.license) == ("chat", "model", "MIT")
    file = FileResponse.from_dict({"id": "f", "bytes": 3, "FileType": "jsonl", "object": "file"})
    assert (file.bytes, file.file_type, file.object) == (3, "jsonl", "file")
    assert getattr(info, "type_", None) is None
    built = ModelInfo(id="m", type="chat")  # type: ignore[arg-type]
    assert built.to_dict() == {"id": "m", "type": "chat"}


def test_an_absent_field_is_none_and_a_missing_required_one_is_named() -> None:
    message = ChatCompletionMessage.from_dict({"role": "assistant", "content": "hi"})
    assert message.tool_calls is None and message.reasoning is None
    assert "tool_calls" not in message.to_dict()
    with pytest.raises(KeyError, match="choices"):  # checked when read
        ChatCompletionResponse.from_dict({"id": "x", "object": "chat.completion", "created": 1})
    # A nested model is read when first asked for: a missing required field of it fails then,
    # naming the field (the facade makes this an APIResponseValidationError: see tests/test_lazy.py)
    answer = ChatCompletionResponse.from_dict(
        {"id": "x", "object": "chat.completion", "created": 1, "model": "m",
         "choices": [{"index": 0, "finish_reason": "stop"}]}
    )  # fmt: skip
    assert answer.id == "x"
    with pytest.raises(Exception, match="'message'") as failed:
        _ = answer.choices
    assert "ChatCompletionResponse" in str(failed.value) and "KeyError" in str(failed.value)


def test_null_is_read_in_every_field_enums_and_models_included() -> None:
    chunk = ChatCompletionChunk.from_dict(
        {
            "id": "c", "object": None, "created": None, "model": None, "usage": None,
            "system_fingerprint": None,
            "choices": [{"index": 0, "finish_reason": None, "logprobs": None, "seed": None,
                         "delta": {"role": None, "content": None, "tool_calls": None,
                                   "function_call": None, "reasoning": None}}],
        }
    )  # fmt: skip
    delta = chunk.choices[0].delta
    assert (delta.role, delta.content, delta.tool_calls, delta.function_call) == (None,) * 4
    assert chunk.to_dict()["choices"][0]["delta"]["role"] is None  # null kept as null


def test_unknown_enum_values_keep_their_raw_string_and_read_like_the_wire() -> None:
    choice = ChatCompletionResponse.from_dict(
        {"id": "x", "object": "chat.completion", "created": 1, "model": "m",
         "choices": [{"index": 0, "finish_reason": "content_filter",
                      "message": {"role": "assistant", "content": ""}}]}
    ).choices[0]  # fmt: skip
    assert choice.finish_reason == "content_filter"
    assert repr(choice.finish_reason) == "'content_filter'"
    assert repr(FinishReason.STOP) == "'stop'"
    assert choice.to_dict()["finish_reason"] == "content_filter"


def test_a_union_prefers_the_type_whose_discriminator_it_knows() -> None:
    job = FinetuneResponse.from_dict(
        {"id": "ft-1", "training_type": {"type": "Lora", "lora_r": 8, "lora_alpha": 16}}
    )
    assert isinstance(job.training_type, LoRATrainingType)
    assert job.training_type.lora_r == 8


def test_model_dump_as_pydantic_gives_it() -> None:
    message = ChatCompletionMessage.from_dict(
        {"role": "assistant", "content": None, "x_vendor": 1,
         "tool_calls": [{"id": "call_1", "type": "function",
                         "function": {"name": "f", "arguments": "{}"}}]}
    )  # fmt: skip
    full = message.model_dump()
    assert full["reasoning"] is None and full["function_call"] is None  # every field
    assert full["x_vendor"] == 1  # unknown fields too
    assert full["role"] == "assistant" and type(full["role"]) is str
    assert full["tool_calls"][0]["index"] is None
    slim = message.model_dump(exclude_none=True)
    assert slim == {
        "role": "assistant",
        "x_vendor": 1,
        "tool_calls": [{"id": "call_1", "type": "function",
                        "function": {"name": "f", "arguments": "{}"}}],
    }  # fmt: skip
    assert json.loads(message.model_dump_json(exclude_none=True)) == slim
    assert message.model_dump(exclude_unset=True) == message.to_dict()
    assert isinstance(message.role, enum.Enum)  # the model itself is unchanged


def test_list_results_act_as_lists() -> None:
    files = FileList.from_dict({"data": [{"id": "a"}, {"id": "b"}], "object": "list"})
    assert [f.id for f in files] == ["a", "b"]
    assert len(files) == 2 and files[1].id == "b" and [f.id for f in files[:1]] == ["a"]
    assert files.data[0].id == "a" and files["object"] == "list"
    assert isinstance(files, ListModel)
    events = FinetuneListEvents.from_dict({"data": [{"type": "JOB_PENDING", "message": "m"}]})
    assert [e.type for e in events] == ["JOB_PENDING"]
    assert len(FileList.from_dict({"data": None})) == 0


def test_unknown_fields_are_kept_and_can_be_set() -> None:
    resp = ChatCompletionResponse.from_dict(
        {"id": "x", "object": "chat.completion", "created": 1, "model": "m",
         "service_tier": "flex",
         "choices": [{"index": 0, "message": {"role": "assistant", "content": "hi"}}]}
    )  # fmt: skip
    assert resp["service_tier"] == "flex" and "service_tier" in resp
    assert resp.additional_properties == {"service_tier": "flex"}
    resp["note"] = 1
    assert resp.to_dict()["note"] == 1
    del resp["service_tier"]
    assert "service_tier" not in resp.to_dict()


def test_copies_and_pickles_keep_unknown_fields_set_by_hand() -> None:
    import copy
    import pickle

    resp = ChatCompletionMessage.from_dict({"role": "assistant", "content": "hi", "tier": "x"})
    resp["added"] = 1
    del resp["tier"]
    for twin in (copy.copy(resp), copy.deepcopy(resp), pickle.loads(pickle.dumps(resp))):
        assert twin.to_dict() == {"role": "assistant", "content": "hi", "added": 1}
        assert twin == resp


def test_square_brackets_read_and_write_by_wire_name() -> None:
    message = ChatCompletionMessage.from_dict({"role": "assistant", "content": "hi"})
    assert message["content"] == "hi" and "content" in message and "reasoning" not in message
    message["content"] = "changed"
    assert message.content == "changed" and message.to_dict()["content"] == "changed"
    del message["content"]
    assert message.content is None
    with pytest.raises(TypeError, match="wire names"):
        message[0] = "x"  # type: ignore[index]
    files = FileList.from_dict({"data": [{"id": "a"}], "object": "list"})
    files[0] = FileResponse(id="b")
    assert files.data[0].id == "b" and files.to_dict()["data"] == [{"id": "b"}]


def test_model_dump_keeps_none_inside_plain_dicts_and_takes_include_exclude() -> None:
    message = ChatCompletionMessage.from_dict(
        {"role": "assistant", "content": None, "vendor": {"a": None, "b": [None]}}
    )
    assert message.model_dump(exclude_none=True) == {
        "role": "assistant",
        "vendor": {"a": None, "b": [None]},
    }
    assert message.model_dump(include={"role"}) == {"role": "assistant"}
    assert "role" not in message.model_dump(exclude={"role"})
    assert message.model_dump_json(include={"role"}) == '{"role":"assistant"}'  # compact


def test_a_union_member_missing_a_field_is_not_read_as_the_wrong_type() -> None:
    job = FinetuneResponse.from_dict({"id": "ft-1", "training_type": {"type": "Lora", "lora_r": 8}})
    assert job.training_type == {"type": "Lora", "lora_r": 8}  # kept as it came, not "Full"


def test_a_lazily_read_model_copies_pickles_and_compares_whole_before_any_read() -> None:
    """A model read from an answer builds each field when first asked for; a copy, a pickle, an
    ``==`` or a ``repr`` made before any field was read still sees every field."""
    import copy
    import pickle

    answer = {
        "id": "x", "object": "chat.completion", "created": 1, "model": "m",
        "choices": [{"index": 0, "finish_reason": "stop",
                     "message": {"role": "assistant", "content": "hi"}}],
        "usage": {"prompt_tokens": 1, "completion_tokens": 2, "total_tokens": 3},
    }  # fmt: skip
    for make in (copy.copy, copy.deepcopy, lambda r: pickle.loads(pickle.dumps(r))):
        twin = make(ChatCompletionResponse.from_dict(answer))
        assert twin.choices[0].message.content == "hi" and twin.usage.total_tokens == 3
    assert ChatCompletionResponse.from_dict(answer) == ChatCompletionResponse.from_dict(answer)
    assert "content='hi'" in repr(ChatCompletionResponse.from_dict(answer))
    resp = ChatCompletionResponse.from_dict(answer)
    assert resp.choices is resp.choices  # built once, then kept
    resp.choices = []  # and set like any attribute
    assert resp.to_dict()["choices"] == []
