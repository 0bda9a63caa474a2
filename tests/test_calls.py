"""Calls (``_calls``): the arguments of an operation checked before anything is sent, ids kept to
one path segment, per-call options, and the reading of a successful answer (``parse_model``)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Required

import pytest
from pytest_httpserver import HTTPServer

import together_facade as tf
from tests.helpers import Invoker, fixture_bytes, http_response
from together_facade import _json
from together_facade._calls import (
    OPTION_KEYS,
    RequestOptions,
    parse_model,
    path_id,
    schema_fields,
    split_options,
)

CHAT = {"model": "m", "messages": [{"role": "user", "content": "hi"}]}
CHAT_ANSWER = fixture_bytes("chat-completions__hf-tape-llama33-70b-eos-2025-01-15.json")

CODECS = [
    pytest.param(_json.STDLIB, id="stdlib"),
    pytest.param(
        _json.ORJSON,
        id="orjson",
        marks=pytest.mark.skipif(_json.ORJSON is None, reason="orjson is not installed"),
    ),
]
BACKENDS = ["stdlib", "orjson"]


def chat(client: tf.Together | tf.AsyncTogether) -> object:
    return client.chat.completions.create(**CHAT)


# --- argument checks, through the clients -----------------------------------------------------


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda c: c.chat.completions.create(messages=[{"role": "user", "content": "x"}]),
            "needs 'model'",
        ),
        (
            lambda c: c.chat.completions.create(model="m", messages=[], max_token=5),
            "Did you mean 'max_tokens'",
        ),
        (lambda c: c.embeddings.create(model="m"), "needs 'input'"),
        (lambda c: c.files.retrieve(""), "non-empty"),
        (lambda c: c.files.delete(".."), "not a valid id"),
        (lambda c: c.fine_tuning.retrieve("  "), "non-empty"),
        (lambda c: c.models.list(limit=3), "unknown argument 'limit'"),
    ],
)
def test_bad_arguments_are_refused_before_any_request(
    call: object, message: str, invoke: Invoker, httpserver: HTTPServer
) -> None:
    with pytest.raises(tf.InvalidRequestError, match=message):
        invoke(call)  # type: ignore[arg-type]
    assert httpserver.log == []


@pytest.mark.parametrize(
    ("file_id", "wire_path"),
    [
        ("../fine-tunes", "/v1/files/..%2Ffine-tunes"),
        ("a/b?x=1", "/v1/files/a%2Fb%3Fx%3D1"),
        ("é #1", "/v1/files/%C3%A9%20%231"),
    ],
)
def test_path_ids_stay_one_segment(
    file_id: str, wire_path: str, invoke: Invoker, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/v1/files/" + file_id).respond_with_json({"id": file_id})
    result = invoke(lambda c: c.files.retrieve(file_id))
    assert result.id == file_id
    request = httpserver.log[0][0]
    assert request.environ["REQUEST_URI"] == wire_path  # the raw request line
    assert request.query_string == b""


def test_extra_headers_query_body(invoke: Invoker, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1/chat/completions").respond_with_data(
        CHAT_ANSWER, content_type="application/json"
    )
    invoke(
        lambda c: c.chat.completions.create(
            model="m",
            messages=[{"role": "user", "content": "hi"}],
            temperature=None,  # None means "not given"
            extra_headers={"X-Trace": "t1"},
            extra_query={"debug": "1"},
            extra_body={"reasoning_effort": "low", "context_length_exceeded_behavior": "truncate"},
        )
    )
    request = httpserver.log[0][0]
    assert request.headers["X-Trace"] == "t1"
    assert request.args["debug"] == "1"
    assert json.loads(request.get_data()) == {
        "model": "m",
        "messages": [{"role": "user", "content": "hi"}],
        "reasoning_effort": "low",
        "context_length_exceeded_behavior": "truncate",
    }


@pytest.mark.parametrize(
    "arguments",
    [
        pytest.param({"messages": [{"role": "user", "content": object()}]}, id="object"),
        pytest.param({"messages": [{"role": "user", "content": {"a", "b"}}]}, id="set"),
        pytest.param({"stop": {"END"}}, id="set-field"),
        pytest.param({"extra_body": {"x": object()}}, id="extra_body"),
        pytest.param({"messages": [{"role": "user", "content": "x", ("a",): 1}]}, id="tuple-key"),
    ],
)
@pytest.mark.parametrize("backend", BACKENDS)
def test_a_body_that_is_not_json_is_refused_naming_the_call(
    arguments: dict[str, Any], backend: str, invoke: Invoker, httpserver: HTTPServer
) -> None:
    call = {**CHAT, **arguments}
    with pytest.raises(tf.InvalidRequestError) as info:
        invoke(lambda c: c.chat.completions.create(**call), json_backend=backend)
    assert "chat.completions.create" in str(info.value)
    assert "JSON" in str(info.value)
    assert httpserver.log == []


@pytest.mark.parametrize("number", [float("nan"), float("inf"), float("-inf")])
@pytest.mark.parametrize("backend", BACKENDS)
def test_a_number_json_cannot_hold_is_refused_with_either_codec(
    number: float, backend: str, invoke: Invoker, httpserver: HTTPServer
) -> None:
    # The standard library refuses NaN and infinities; orjson would send them as null, that is
    # "not given": the same call must not mean something else once orjson is installed.
    httpserver.expect_request("/v1/chat/completions").respond_with_data(
        CHAT_ANSWER, content_type="application/json"
    )
    with pytest.raises(tf.InvalidRequestError) as info:
        invoke(
            lambda c: c.chat.completions.create(**CHAT, temperature=number), json_backend=backend
        )
    assert "chat.completions.create" in str(info.value)
    assert httpserver.log == []


@pytest.mark.parametrize(
    ("headers", "named"),
    [({"X": 1}, "'X'"), ({"X-Ok": "ok", "X-None": None}, "'X-None'"), ({2: "two"}, "2")],
)
def test_extra_headers_that_are_not_text_are_refused_naming_the_call(
    headers: object, named: str, invoke: Invoker, httpserver: HTTPServer
) -> None:
    with pytest.raises(tf.InvalidRequestError) as info:
        invoke(lambda c: c.chat.completions.create(**CHAT, extra_headers=headers))
    assert isinstance(info.value, TypeError)
    message = str(info.value)
    assert "chat.completions.create" in message and "extra_headers" in message
    assert named in message
    assert httpserver.log == []


@pytest.mark.parametrize(
    "headers",
    [
        pytest.param({"X-Trace": "a\r\nInjected: 1"}, id="line-break-in-value"),
        pytest.param({"X Trace": "a"}, id="space-in-name"),
    ],
)
def test_extra_headers_that_cannot_be_sent_are_refused_naming_the_call(
    headers: dict[str, str], invoke: Invoker, httpserver: HTTPServer
) -> None:
    # Today these reach the transport, which refuses them: an APIConnectionError.
    with pytest.raises(tf.InvalidRequestError) as info:
        invoke(lambda c: c.chat.completions.create(**CHAT, extra_headers=headers))
    message = str(info.value)
    assert "chat.completions.create" in message and "extra_headers" in message
    assert repr(next(iter(headers))) in message
    assert httpserver.log == []


# --- split_options, schema_fields, path_id ----------------------------------------------------

ALLOWED = frozenset({"model", "messages", "max_tokens", "temperature"})
REQUIRED = frozenset({"model", "messages"})


def test_split_options_separates_the_body_from_the_options() -> None:
    body, options = split_options(
        "chat.completions.create",
        {
            "model": "m",
            "messages": [],
            "max_tokens": 5,
            "extra_headers": {"X": "1"},
            "timeout": 3,
        },
        ALLOWED,
        REQUIRED,
    )
    assert body == {"model": "m", "messages": [], "max_tokens": 5}
    assert options == {"extra_headers": {"X": "1"}, "timeout": 3}


def test_split_options_takes_none_as_not_given() -> None:
    body, options = split_options(
        "op", {"model": "m", "messages": [], "temperature": None}, ALLOWED, REQUIRED
    )
    assert body == {"model": "m", "messages": []}
    assert "temperature" not in body and options == {}
    with pytest.raises(tf.InvalidRequestError, match=r"op\(\) needs 'model'\."):
        split_options("op", {"model": None, "messages": []}, ALLOWED, REQUIRED)


def test_split_options_names_every_missing_argument() -> None:
    with pytest.raises(tf.InvalidRequestError) as info:
        split_options("chat.completions.create", {"max_tokens": 1}, ALLOWED, REQUIRED)
    assert str(info.value) == "chat.completions.create() needs 'messages', 'model'."
    assert not isinstance(info.value, TypeError)


def test_split_options_refuses_an_unknown_argument_with_hints() -> None:
    with pytest.raises(tf.InvalidRequestError) as info:
        split_options("op", {"model": "m", "messages": [], "max_token": 5}, ALLOWED, REQUIRED)
    message = str(info.value)
    assert "op() got an unknown argument 'max_token'" in message
    assert "Did you mean 'max_tokens'?" in message
    assert "extra_body={'max_token': ...}" in message


def test_split_options_gives_no_guess_when_nothing_is_close() -> None:
    with pytest.raises(tf.InvalidRequestError) as info:
        split_options("op", {"zzzz": 1}, ALLOWED, REQUIRED)
    assert "Did you mean" not in str(info.value)
    assert "unknown argument 'zzzz'" in str(info.value)
    assert "extra_body={'zzzz': ...}" in str(info.value)


def test_split_options_checks_unknown_arguments_before_missing_ones() -> None:
    with pytest.raises(tf.InvalidRequestError, match="unknown argument 'modle'"):
        split_options("op", {"modle": "m"}, ALLOWED, REQUIRED)


class _Params(RequestOptions, total=False):
    """Parameters written as a generated operation writes them: under ``from __future__ import
    annotations``, so ``__required_keys__`` cannot tell which are ``Required``."""

    model: Required[str]
    input: Required[str | list[str]]
    dimensions: int
    metadata: Mapping[str, Any]


def test_schema_fields_finds_required_fields_under_future_annotations() -> None:
    fields, required = schema_fields(_Params)
    assert fields == {"model", "input", "dimensions", "metadata"}
    assert required == {"model", "input"}
    assert not fields & OPTION_KEYS  # extra_headers, timeout, ... are options, not fields


def test_schema_fields_of_a_real_operation() -> None:
    from together_facade.resources.chat import ChatCompletionParams

    fields, required = schema_fields(ChatCompletionParams)
    assert required == {"model", "messages"}
    assert {"temperature", "tools", "max_tokens"} <= fields
    assert not fields & OPTION_KEYS


@pytest.mark.parametrize("value", ["file-abc", "ft-1", "a/b", " x ", "..."])
def test_path_id_keeps_a_usable_id(value: str) -> None:
    assert path_id(value, "file id") == value


@pytest.mark.parametrize(
    ("value", "why"),
    [
        ("", "non-empty"),
        ("   ", "non-empty"),
        (None, "non-empty"),
        (123, "non-empty"),
        (b"file-1", "non-empty"),
        (".", "not a valid id"),
        ("..", "not a valid id"),
    ],
)
def test_path_id_refuses_what_would_address_something_else(value: object, why: str) -> None:
    with pytest.raises(tf.InvalidRequestError) as info:
        path_id(value, "file id")
    assert str(info.value).startswith("file id")
    assert why in str(info.value) and repr(value) in str(info.value)


# --- reading a successful answer --------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "why"),
    [
        (b"not json at all", "not JSON"),
        (b'{"id": "x", "choices": []}', "the answer has no 'created' field"),
        (b"[1, 2]", "cannot read"),
    ],
)
def test_unreadable_success_body(
    answer: bytes, why: str, invoke: Invoker, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/v1/chat/completions").respond_with_data(
        answer, content_type="application/json"
    )
    with pytest.raises(tf.APIResponseValidationError, match=why) as info:
        invoke(chat)
    assert info.value.body is not None
    assert isinstance(info.value.__cause__, ValueError | TypeError | KeyError | AttributeError)


def test_an_unreadable_nested_part_fails_when_read(invoke: Invoker, httpserver: HTTPServer) -> None:
    """Results are read lazily: the call returns, the fields that can be read are, and the one
    that cannot raises the validation error when it is asked for, naming it and keeping it."""
    answer = {"id": "x", "object": "chat.completion", "created": 1, "model": "m", "choices": "no"}
    httpserver.expect_request("/v1/chat/completions").respond_with_json(answer)
    result = invoke(chat)
    assert (result.id, result.model, result.usage) == ("x", "m", None)
    for _ in range(2):  # (not kept half-read: asking again fails again)
        with pytest.raises(tf.APIResponseValidationError, match="the field 'choices'") as info:
            _ = result.choices
        assert info.value.body == "no" and isinstance(info.value.__cause__, TypeError)
    with pytest.raises(tf.APIResponseValidationError):
        result.model_dump()


def _dict_reader(data: Any) -> dict[str, Any]:
    assert isinstance(data, dict)
    return data


@pytest.mark.parametrize("codec", CODECS)
def test_parse_model_reads_json_with_the_reader(codec: _json.JSONCodec) -> None:
    response = http_response(200, b'{"id": "x", "n": 18446744073709551615}')
    assert parse_model(response, "op", _dict_reader, codec) == {
        "id": "x",
        "n": 18446744073709551615,
    }


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(b"<html><body>Bad gateway, " + b"x" * 5000 + b"</body></html>", id="html"),
        pytest.param(b"", id="empty"),
        pytest.param(b'{"id": "chatcmpl-1", "choices": [', id="cut-short"),
        pytest.param(b"\xff\xfe not utf-8", id="not-utf-8"),
    ],
)
@pytest.mark.parametrize("codec", CODECS)
def test_parse_model_on_a_body_that_is_not_json_shows_its_start(
    content: bytes, codec: _json.JSONCodec
) -> None:
    response = http_response(200, content, headers={"x-request-id": "req-7"})
    with pytest.raises(tf.APIResponseValidationError) as info:
        parse_model(response, "chat.completions.create", _dict_reader, codec)
    err = info.value
    assert err.message.startswith("chat.completions.create: the answer is not JSON")
    start = content[:40].decode("utf-8", "replace")
    assert repr(start)[:-1] in err.message  # the start of the body, quoted
    assert len(err.message) < 600  # only the start: not a page of HTML
    assert (err.body, err.request_id, err.request) == (content, "req-7", response.request)
    assert isinstance(err.__cause__, ValueError)


def _raising(exc: Exception) -> Any:
    def reader(data: Any) -> Any:
        raise exc

    return reader


@pytest.mark.parametrize(
    "exc",
    [TypeError("not a list"), IndexError("list index out of range")],
    ids=["TypeError", "IndexError"],
)
@pytest.mark.parametrize("codec", CODECS)
def test_parse_model_on_json_the_reader_cannot_read(exc: Exception, codec: _json.JSONCodec) -> None:
    content = b'{"id": "x", "choices": "nope"}'
    response = http_response(200, content, headers={"x-request-id": "req-8"})
    with pytest.raises(tf.APIResponseValidationError) as info:
        parse_model(response, "chat.completions.create", _raising(exc), codec)
    err = info.value
    assert err.message.startswith("chat.completions.create: cannot read the answer")
    assert type(exc).__name__ in err.message
    assert err.body == {"id": "x", "choices": "nope"}  # parsed, not the bytes
    assert (err.request_id, err.request) == ("req-8", response.request)
    assert err.__cause__ is exc


@pytest.mark.parametrize("codec", CODECS)
def test_a_missing_required_field_is_named(codec: _json.JSONCodec) -> None:
    from together_facade.types import ChatCompletionResponse

    content = b'{"id": "x", "object": "chat.completion", "created": 1, "model": "m", '
    content += b'"choices": [{"index": 0}]}'
    response = http_response(200, content, headers={"x-request-id": "req-9"})
    answer = parse_model(
        response, "chat.completions.create", ChatCompletionResponse.from_dict, codec
    )
    with pytest.raises(tf.APIResponseValidationError) as info:  # read when asked for
        _ = answer.choices
    assert info.value.message.startswith(
        "Cannot read the field 'choices' of ChatCompletionResponse from the answer "
        "(KeyError: 'message')"
    )
    assert isinstance(info.value.__cause__, KeyError)
    top = http_response(200, b'{"id": "x", "choices": []}', headers={"x-request-id": "req-9"})
    with pytest.raises(tf.APIResponseValidationError) as info:  # the top level: at once
        parse_model(top, "chat.completions.create", ChatCompletionResponse.from_dict, codec)
    assert info.value.message == (
        "chat.completions.create: the answer has no 'created' field, which it always carries"
    )


@pytest.mark.parametrize("codec", CODECS)
def test_parse_model_takes_the_request_id_from_the_body_without_a_header(
    codec: _json.JSONCodec,
) -> None:
    response = http_response(200, b'{"id": "body-id", "choices": "nope"}')
    with pytest.raises(tf.APIResponseValidationError) as info:
        parse_model(response, "op", _raising(KeyError("x")), codec)
    assert info.value.request_id == "body-id"


@pytest.mark.parametrize("codec", CODECS)
def test_parse_model_with_a_real_model(codec: _json.JSONCodec) -> None:
    good = parse_model(
        http_response(200, CHAT_ANSWER),
        "chat.completions.create",
        tf.types.ChatCompletionResponse.from_dict,
        codec,
    )
    assert good.choices[0].message.content == "one plus one is equal to two."
    for broken in (b"[]", b'"text"', b"null"):
        with pytest.raises(tf.APIResponseValidationError, match="cannot read the answer"):
            parse_model(
                http_response(200, broken),
                "chat.completions.create",
                tf.types.ChatCompletionResponse.from_dict,
                codec,
            )
