"""Streams: real captures, [DONE] without waiting, in-band errors, broken transports, release of
the connection, accumulation. Each behaviour is checked on Stream and on AsyncStream."""

from __future__ import annotations

import asyncio
import gc
import json
import time
import warnings
from collections.abc import Iterator
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

import together_facade as tf
from tests.helpers import API_KEY, FIXTURES, ScriptedServer, checked_out
from together_facade import types

MESSAGES = [{"role": "user", "content": "hi"}]
SSE_FILES = sorted(p.name for p in FIXTURES.glob("*.sse"))


def payloads(name: str) -> list[dict[str, Any]]:
    lines = (FIXTURES / name).read_text().splitlines()
    found = [line[5:].strip() for line in lines if line.startswith("data:")]
    return [json.loads(p) for p in found if p != "[DONE]"]


def delta_text(raw: dict[str, Any]) -> str:
    choice = raw["choices"][0]
    if raw.get("object") == "completion.chunk":
        return str(choice["text"])
    return str(choice["delta"].get("content") or "")


class Run:
    """Consume a stream with the sync or the async client and report what happened."""

    def __init__(self, mode: str) -> None:
        self.mode = mode

    def __call__(
        self, base_url: str, consume: str = "all", chat: bool = True, **client_options: Any
    ) -> dict[str, Any]:
        options = {"api_key": API_KEY, "base_url": base_url, "max_retries": 0, **client_options}
        if self.mode == "sync":
            return self._sync(options, consume, chat)
        return asyncio.run(self._async(options, consume, chat))

    @staticmethod
    def _create(client: Any, chat: bool) -> Any:
        if chat:
            return client.chat.completions.create(model="m", messages=MESSAGES, stream=True)
        return client.completions.create(model="m", prompt="p", stream=True)

    def _sync(self, options: dict[str, Any], consume: str, chat: bool) -> dict[str, Any]:
        out: dict[str, Any] = {"chunks": [], "error": None}
        with tf.Together(**options) as client:
            stream = self._create(client, chat)
            out["stream"] = stream
            try:
                if consume == "final":
                    out["final"] = stream.get_final_completion()
                elif consume == "text":
                    out["texts"] = list(stream.text_deltas())
                else:
                    for chunk in stream:
                        out["chunks"].append(chunk)
                        if consume == "first":
                            break
                    else:
                        out["final"] = stream.get_final_completion()  # after the end: no I/O
            except tf.TogetherError as exc:
                out["error"] = exc
            out["checked_out"] = checked_out(client._http)
        return out

    async def _async(self, options: dict[str, Any], consume: str, chat: bool) -> dict[str, Any]:
        out: dict[str, Any] = {"chunks": [], "error": None}
        async with tf.AsyncTogether(**options) as client:
            stream = await self._create(client, chat)
            out["stream"] = stream
            try:
                if consume == "final":
                    out["final"] = await stream.get_final_completion()
                elif consume == "text":
                    out["texts"] = [t async for t in stream.text_deltas()]
                elif consume == "first":
                    async with stream:
                        async for chunk in stream:
                            out["chunks"].append(chunk)
                            break
                else:
                    async for chunk in stream:
                        out["chunks"].append(chunk)
                    out["final"] = await stream.get_final_completion()
            except tf.TogetherError as exc:
                out["error"] = exc
            out["checked_out"] = checked_out(client._http)
        return out


@pytest.fixture(params=["sync", "async"])
def run(request: pytest.FixtureRequest) -> Run:
    return Run(request.param)


@pytest.fixture
def scripted() -> Iterator[list[ScriptedServer]]:
    servers: list[ScriptedServer] = []
    yield servers
    for server in servers:
        server.close()


def serve(servers: list[ScriptedServer], *args: Any, **kwargs: Any) -> ScriptedServer:
    server = ScriptedServer(*args, **kwargs)
    servers.append(server)
    return server


def sse(*events: str) -> bytes:
    return "".join(f"{e}\n\n" for e in events).encode()


def chunk(text: str, finish: str | None = None, **extra: Any) -> str:
    body = {
        "id": "c1",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "m",
        "choices": [
            {"index": 0, "delta": {"role": "assistant", "content": text}, "finish_reason": finish}
        ],
        **extra,
    }
    return "data: " + json.dumps(body)


# --- the real captures --------------------------------------------------------------------------


@pytest.mark.parametrize("name", SSE_FILES)
def test_every_capture_decodes_and_accumulates(name: str, run: Run, httpserver: HTTPServer) -> None:
    raw = (FIXTURES / name).read_bytes()
    httpserver.expect_request(
        "/v1/" + ("chat/completions" if name.startswith("chat") else "completions")
    ).respond_with_data(raw, content_type="text/event-stream")
    out = run(httpserver.url_for("/v1"), chat=name.startswith("chat"))
    expected = payloads(name)
    text = "".join(delta_text(p) for p in expected)
    complete = b"[DONE]" in raw or any(p["choices"][0].get("finish_reason") for p in expected)
    if complete:
        assert out["error"] is None
        assert [c.id for c in out["chunks"]] == [p["id"] for p in expected]
        assert out["stream"].text == text
        final = out["final"]
        if name.startswith("chat"):
            assert final.choices[0].message.content == text
        else:
            assert final.choices[0].text == text
        last = expected[-1]
        assert final.choices[0].finish_reason == last["choices"][0]["finish_reason"]
        if last.get("usage"):
            assert final.usage.to_dict() == last["usage"]
    else:  # the capture stops with neither [DONE] nor a finish reason: a typed error, text kept
        assert isinstance(out["error"], tf.IncompleteStreamError)
        assert out["error"].partial_text == text
        assert len(out["chunks"]) == len(expected)
    assert out["checked_out"] == []


def test_text_deltas_and_final_completion_together(run: Run, httpserver: HTTPServer) -> None:
    name = "chat-completions__stream-hfhub-cassette-llama31-8b-length-2025-01-22.sse"
    httpserver.expect_request("/v1/chat/completions").respond_with_data(
        (FIXTURES / name).read_bytes(), content_type="text/event-stream"
    )
    out = run(httpserver.url_for("/v1"), consume="text")
    assert "".join(out["texts"]) == "".join(delta_text(p) for p in payloads(name))
    assert all(out["texts"])


# --- ending and releasing -----------------------------------------------------------------------


def test_done_ends_iteration_without_waiting_for_the_socket(
    run: Run, scripted: list[ScriptedServer]
) -> None:
    server = serve(
        scripted, [sse(chunk("Hel"), chunk("lo", "stop"), "data: [DONE]")], end="hold", hold=5.0
    )
    started = time.monotonic()
    out = run(server.base_url)
    assert time.monotonic() - started < 1.0
    assert out["error"] is None and [c.choices[0].delta.content for c in out["chunks"]] == [
        "Hel",
        "lo",
    ]
    assert out["checked_out"] == []


def test_breaking_out_early_releases_the_connection(
    run: Run, scripted: list[ScriptedServer]
) -> None:
    server = serve(scripted, [sse(chunk("a"), chunk("b"))], end="hold", hold=5.0)
    started = time.monotonic()
    out = run(server.base_url, consume="first")
    assert len(out["chunks"]) == 1 and out["checked_out"] == []
    assert time.monotonic() - started < 1.0


def test_final_completion_from_a_fresh_stream(run: Run, scripted: list[ScriptedServer]) -> None:
    usage = {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5}
    server = serve(
        scripted,
        [
            sse(chunk("Hel"), chunk("lo", "stop")),
            sse("data: " + json.dumps({"id": "c1", "choices": [], "usage": usage})),
            b"data: [DONE]\n\n",
        ],
    )
    out = run(server.base_url, consume="final")
    final = out["final"]
    assert isinstance(final, types.ChatCompletionResponse)
    assert (final.choices[0].message.content, final.choices[0].finish_reason) == ("Hello", "stop")
    assert final.usage.to_dict() == usage  # from the usage-only chunk with empty choices
    assert out["checked_out"] == []


# --- errors -------------------------------------------------------------------------------------


def test_in_band_error_in_data(run: Run, scripted: list[ScriptedServer]) -> None:
    error = {"error": {"message": "model overloaded", "type": "server_error", "code": "overloaded"}}
    server = serve(scripted, [sse(chunk("par"), "data: " + json.dumps(error))], end="hold")
    out = run(server.base_url)
    err = out["error"]
    assert type(err) is tf.APIError
    assert (err.type, err.code) == (
        "server_error",
        "overloaded",
    ) and "model overloaded" in err.message
    assert err.request_id == "stream-req-1"
    assert len(out["chunks"]) == 1 and out["checked_out"] == []


def test_in_band_error_event(run: Run, scripted: list[ScriptedServer]) -> None:
    payload = json.dumps(
        {"message": "context too long", "type": "invalid_request_error", "code": "ctx"}
    )
    server = serve(scripted, [sse(chunk("x"), f"event: error\ndata: {payload}")], end="hold")
    out = run(server.base_url)
    err = out["error"]
    assert type(err) is tf.APIError and err.code == "ctx" and "context too long" in str(err)
    assert out["checked_out"] == []


def test_in_band_error_event_with_plain_text(run: Run, scripted: list[ScriptedServer]) -> None:
    server = serve(scripted, [sse("event: error\ndata: upstream timeout")], end="hold")
    out = run(server.base_url)
    assert type(out["error"]) is tf.APIError and "upstream timeout" in out["error"].message


def test_malformed_chunk_names_the_data(run: Run, scripted: list[ScriptedServer]) -> None:
    broken = 'data: {"id": "c1", "choices": [{"index": 0, "delta": {"content": "x"'
    server = serve(scripted, [sse(chunk("ok"), broken)], end="hold")
    out = run(server.base_url)
    err = out["error"]
    assert isinstance(err, tf.APIResponseValidationError)
    assert "not JSON" in err.message and '{"id": "c1", "choices"' in err.message
    assert out["checked_out"] == []


def test_chunk_of_the_wrong_shape(run: Run, scripted: list[ScriptedServer]) -> None:
    """A chunk is read lazily: the one whose choice lacks its required ``index`` arrives, and
    reading its choices raises the validation error, naming what is missing."""
    server = serve(
        scripted,
        [sse('data: {"id": "c1", "choices": [{"delta": {}}]}', "data: [DONE]")],
        end="done",
    )
    out = run(server.base_url)
    assert out["error"] is None
    [odd] = out["chunks"]
    with pytest.raises(tf.APIResponseValidationError, match="KeyError: 'index'") as failed:
        _ = odd.choices
    assert failed.value.body == [{"delta": {}}]


def test_reset_mid_stream(run: Run, scripted: list[ScriptedServer]) -> None:
    server = serve(scripted, [sse(chunk("a")), 0.05], end="reset")
    out = run(server.base_url)
    assert isinstance(out["error"], tf.APIConnectionError)
    assert len(out["chunks"]) == 1 and out["checked_out"] == []


def test_truncated_body(run: Run, scripted: list[ScriptedServer]) -> None:
    server = serve(scripted, [sse(chunk("a"), chunk("b")), b'data: {"id": "c1", "cho'], end="close")
    out = run(server.base_url)
    assert isinstance(out["error"], tf.APIConnectionError)
    assert [c.choices[0].delta.content for c in out["chunks"]] == ["a", "b"]
    assert out["checked_out"] == []


def test_clean_end_without_done_or_finish_reason(run: Run, scripted: list[ScriptedServer]) -> None:
    server = serve(scripted, [sse(chunk("Hel"), chunk("lo"))], end="done")
    out = run(server.base_url)
    err = out["error"]
    assert isinstance(err, tf.IncompleteStreamError) and err.partial_text == "Hello"
    assert [c.choices[0].delta.content for c in err.chunks] == ["Hel", "lo"]
    assert all(isinstance(c, tf.types.ChatCompletionChunk) for c in err.chunks)
    assert out["checked_out"] == []


def test_end_with_finish_reason_but_no_done_is_complete(
    run: Run, scripted: list[ScriptedServer]
) -> None:
    server = serve(scripted, [sse(chunk("Hel"), chunk("lo", "length"))], end="done")
    out = run(server.base_url)
    assert out["error"] is None and out["stream"].text == "Hello"


def test_read_timeout_mid_stream(run: Run, scripted: list[ScriptedServer]) -> None:
    server = serve(scripted, [sse(chunk("a"))], end="hold", hold=3.0)
    out = run(server.base_url, timeout=0.3)
    assert isinstance(out["error"], tf.APITimeoutError)
    assert out["checked_out"] == []


def test_error_status_before_the_stream_is_a_status_error(run: Run, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1/chat/completions").respond_with_json(
        {"error": {"message": "bad model", "type": "invalid_request_error"}}, status=400
    )
    with pytest.raises(tf.BadRequestError, match="bad model"):
        run(httpserver.url_for("/v1"))


def test_retries_happen_before_the_stream_only(
    run: Run, httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from together_facade import _core

    async def no_sleep(seconds: float) -> None:
        return None

    monkeypatch.setattr(_core, "_sleep", lambda s: None)
    monkeypatch.setattr(_core, "_async_sleep", no_sleep)
    httpserver.expect_ordered_request("/v1/chat/completions").respond_with_json(
        {"error": {"message": "busy"}}, status=503
    )
    httpserver.expect_ordered_request("/v1/chat/completions").respond_with_data(
        sse(chunk("ok", "stop"), "data: [DONE]"), content_type="text/event-stream"
    )
    out = run(httpserver.url_for("/v1"), max_retries=1)
    assert out["error"] is None and out["stream"].text == "ok"
    body = json.loads(httpserver.log[0][0].get_data())
    assert body["stream"] is True and httpserver.log[0][0].headers["Accept"] == "text/event-stream"


# --- accumulation details ---------------------------------------------------------------


def test_tool_calls_are_assembled_by_index(run: Run, scripted: list[ScriptedServer]) -> None:
    def call_chunk(tool_calls: list[dict[str, Any]], finish: str | None = None) -> str:
        body = {
            "id": "c1",
            "object": "chat.completion.chunk",
            "created": 1,
            "model": "m",
            "choices": [
                {
                    "index": 0,
                    "delta": {"role": "assistant", "content": None, "tool_calls": tool_calls},
                    "finish_reason": finish,
                }
            ],
        }
        return "data: " + json.dumps(body)

    events = [
        call_chunk(
            [
                {
                    "index": 0,
                    "id": "call_a",
                    "type": "function",
                    "function": {"name": "get_weather", "arguments": ""},
                }
            ]
        ),
        call_chunk([{"index": 0, "function": {"arguments": '{"loc'}}]),
        call_chunk(
            [
                {
                    "index": 1,
                    "id": "call_b",
                    "type": "function",
                    "function": {"name": "get_time", "arguments": "{}"},
                }
            ]
        ),
        call_chunk([{"index": 0, "function": {"arguments": 'ation": "Paris"}'}}], "tool_calls"),
        "data: [DONE]",
    ]
    server = serve(scripted, [sse(*events)])
    out = run(server.base_url, consume="final")
    message = out["final"].choices[0].message
    assert out["final"].choices[0].finish_reason == "tool_calls"
    assert message.content is None
    calls = [(c.id, c.function.name, c.function.arguments) for c in message.tool_calls]
    assert calls == [
        ("call_a", "get_weather", '{"location": "Paris"}'),
        ("call_b", "get_time", "{}"),
    ]


def test_logprobs_and_reasoning_are_accumulated(run: Run, scripted: list[ScriptedServer]) -> None:
    def lp_chunk(text: str, reasoning: str, lp: dict[str, Any], finish: str | None = None) -> str:
        body = {
            "id": "c1",
            "choices": [
                {
                    "index": 0,
                    "delta": {"content": text, "reasoning": reasoning},
                    "logprobs": lp,
                    "finish_reason": finish,
                }
            ],
        }
        return "data: " + json.dumps(body)

    events = [
        lp_chunk("A", "think", {"tokens": ["A"], "token_logprobs": [-0.1]}),
        lp_chunk("B", "ing", {"tokens": ["B"], "token_logprobs": [-0.2]}, "stop"),
        "data: [DONE]",
    ]
    server = serve(scripted, [sse(*events)])
    final = run(server.base_url, consume="final")["final"]
    choice = final.choices[0]
    assert choice.message.content == "AB" and choice.message.reasoning == "thinking"
    assert choice.logprobs.tokens == ["A", "B"] and choice.logprobs.token_logprobs == [-0.1, -0.2]


def test_completion_stream_final(run: Run, httpserver: HTTPServer) -> None:
    name = "completions__stream-mlflow-anonymized-structure.sse"
    httpserver.expect_request("/v1/completions").respond_with_data(
        (FIXTURES / name).read_bytes(), content_type="text/event-stream"
    )
    final = run(httpserver.url_for("/v1"), consume="final", chat=False)["final"]
    assert isinstance(final, types.CompletionResponse)
    assert final.choices[0].text == "testtesttest" and final.choices[0].finish_reason == "length"
    assert final.usage.total_tokens == 217


def test_async_task_cancelled_mid_stream_releases_the_connection(
    scripted: list[ScriptedServer],
) -> None:
    server = serve(scripted, [sse(chunk("a")), 0.05, sse(chunk("b"))], end="hold", hold=5.0)

    async def main() -> list[Any]:
        async with tf.AsyncTogether(api_key=API_KEY, base_url=server.base_url) as client:
            got: list[Any] = []
            started = asyncio.Event()

            async def consume() -> None:
                stream = await client.chat.completions.create(
                    model="m", messages=MESSAGES, stream=True
                )
                async for c in stream:
                    got.append(c)
                    started.set()

            task = asyncio.create_task(consume())
            await asyncio.wait_for(started.wait(), 2)
            await asyncio.sleep(0.1)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            assert checked_out(client._http) == []
            return got

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        got = asyncio.run(main(), debug=True)
        gc.collect()
    assert [c.choices[0].delta.content for c in got] == ["a", "b"]
    assert [str(w.message) for w in caught] == []


def test_an_incomplete_stream_keeps_only_its_latest_chunks_beyond_the_budget(
    run: Run, scripted: list[ScriptedServer], monkeypatch: pytest.MonkeyPatch
) -> None:
    from together_facade import _streaming

    monkeypatch.setattr(_streaming, "KEPT_CHUNKS", 3)
    server = serve(scripted, [sse(*(chunk(f"t{i} ") for i in range(10)))], end="done")
    err = run(server.base_url, consume="text")["error"]
    assert isinstance(err, tf.IncompleteStreamError)
    assert err.partial_text == "".join(f"t{i} " for i in range(10))  # all the text
    kept = [c.choices[0].delta.content for c in err.chunks]
    assert kept == ["t7 ", "t8 ", "t9 "]


def test_chunks_that_do_not_make_a_final_answer_give_a_validation_error(
    run: Run, scripted: list[ScriptedServer]
) -> None:
    odd = {"id": "c1", "choices": [{"index": 0, "delta": {"role": {"r": 1}, "content": "x"}}]}
    end = {"id": "c1", "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}
    server = serve(scripted, [sse(*("data: " + json.dumps(c) for c in (odd, end)))], end="done")
    err = run(server.base_url, consume="final")["error"]
    assert isinstance(err, tf.APIResponseValidationError)
    assert "ChatCompletionResponse" in err.message and err.request_id == "stream-req-1"


# --- what OpenAI-compatible servers send (llama.cpp, LiteLLM's proxy) ---------------------------


def _server_chunk(delta: dict[str, Any], finish: str | None = None, **top: Any) -> str:
    body = {
        "id": "chatcmpl-9",
        "object": "chat.completion.chunk",
        "created": 7,
        "model": "qwen2.5",
        "system_fingerprint": None,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
        **top,
    }
    return "data: " + json.dumps(body)


def test_llama_cpp_nulls_in_every_delta_read_and_accumulate(
    run: Run, scripted: list[ScriptedServer]
) -> None:
    nulls = {"role": None, "content": None, "tool_calls": None, "function_call": None}
    call = {"index": 0, "id": "call_1", "type": "function"}
    events = [
        _server_chunk({**nulls, "role": "assistant"}),
        _server_chunk(
            {
                **nulls,
                "tool_calls": [{**call, "function": {"name": "get_weather", "arguments": ""}}],
            }
        ),
        _server_chunk({**nulls, "tool_calls": [{"index": 0, "function": {"arguments": '{"c'}}]}),
        _server_chunk({**nulls, "tool_calls": [{"index": 0, "function": {"arguments": '":1}'}}]}),
        _server_chunk(
            nulls,
            "tool_calls",
            system_fingerprint="b4567",
            usage={"prompt_tokens": 4, "completion_tokens": 5, "total_tokens": 9},
        ),
        "data: [DONE]",
    ]
    server = serve(scripted, [sse(*events)])
    out = run(server.base_url)
    assert out["error"] is None and len(out["chunks"]) == 5
    assert out["chunks"][0].choices[0].delta.content is None
    assert out["chunks"][2].choices[0].delta.role is None  # null: not an error
    final = out["final"]
    assert final["system_fingerprint"] == "b4567" and final.usage.total_tokens == 9
    assert final.id == "chatcmpl-9" and final.object == "chat.completion"
    (tool_call,) = final.choices[0].message.tool_calls
    assert (tool_call.id, tool_call.type, tool_call.function.name) == (
        "call_1",
        "function",
        "get_weather",
    )
    assert tool_call.function.arguments == '{"c":1}'


def test_a_proxy_repeating_id_and_name_in_every_tool_call_delta(
    run: Run, scripted: list[ScriptedServer]
) -> None:
    def piece(arguments: str) -> dict[str, Any]:
        function = {"name": "get_weather", "arguments": arguments}
        return {
            "tool_calls": [{"index": 0, "id": "call_1", "type": "function", "function": function}]
        }

    events = [
        _server_chunk({"role": "assistant", **piece("")}),
        _server_chunk(piece('{"city": ')),
        _server_chunk(piece('"Paris"}')),
        _server_chunk({}, "tool_calls", x_litellm_call="abc"),
        "data: [DONE]",
    ]
    server = serve(scripted, [sse(*events)])
    out = run(server.base_url, consume="final")
    final = out["final"]
    (tool_call,) = final.choices[0].message.tool_calls
    assert tool_call.function.name == "get_weather"  # not get_weatherget_weather...
    assert tool_call.id == "call_1"
    assert tool_call.function.arguments == '{"city": "Paris"}'
    assert final["x_litellm_call"] == "abc"  # an unknown top-level field is kept
