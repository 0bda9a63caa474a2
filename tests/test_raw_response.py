"""Per-method raw and streamed responses (``_resource``, ``_response``):
``client.<area>.with_raw_response.<method>(...)`` gives the result with its HTTP answer, and
``client.<area>.with_streaming_response.<method>(...)`` a context manager whose answer is read
only when asked. Each behaviour is checked with ``Together`` and ``AsyncTogether``."""

from __future__ import annotations

import ast
import asyncio
import importlib
import inspect
import json
import pkgutil
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

import together_facade as tf
from tests.helpers import API_KEY, FIXTURES, Invoker, ScriptedServer, checked_out, fixture_bytes
from together_facade import _resource, resources, types
from together_facade._streamed import AsyncStreamedResponseContext, StreamedResponseContext

MESSAGES = [{"role": "user", "content": "hi"}]
CHAT = fixture_bytes("chat-completions__hf-tape-llama33-70b-eos-2025-01-15.json")
CHAT_SSE = "chat-completions__stream-hf-tape-llama33-70b-2025-01-15.sse"
LIMITS = {
    "x-request-id": "req-7",
    "x-ratelimit-limit": "600",
    "x-ratelimit-remaining": "42",
}


def serve_chat(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1/chat/completions", method="POST").respond_with_data(
        CHAT, content_type="application/json", headers=LIMITS
    )


# --- with_raw_response -----------------------------------------------------------------------


def test_raw_response_of_a_method_has_the_answer_and_the_result(
    invoke: Invoker, httpserver: HTTPServer
) -> None:
    serve_chat(httpserver)
    raw = invoke(
        lambda c: c.chat.completions.with_raw_response.create(
            model="m", messages=MESSAGES, max_tokens=5
        )
    )
    assert isinstance(raw, tf.APIResponse)
    assert (raw.status_code, raw.request_id, raw.headers["x-ratelimit-limit"]) == (
        200,
        "req-7",
        "600",
    )
    assert raw.ratelimit.remaining_requests == 42
    assert raw.http_response.content == CHAT
    result = raw.parse()
    assert isinstance(result, types.ChatCompletionResponse) and result is raw.parsed
    assert result.choices[0].message.content == json.loads(CHAT)["choices"][0]["message"]["content"]
    sent = json.loads(httpserver.log[0][0].data)
    assert sent == {"model": "m", "messages": MESSAGES, "max_tokens": 5}


def test_raw_response_of_models_and_files(invoke: Invoker, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1/models").respond_with_json(
        [{"id": "a"}, {"id": "b"}], headers={"x-request-id": "models"}
    )
    httpserver.expect_request("/v1/files/file-1").respond_with_data(
        fixture_bytes("files__docs-cli-retrieve.json"),
        content_type="application/json",
        headers={"x-request-id": "file"},
    )
    models_raw = invoke(lambda c: c.models.with_raw_response.list())
    assert [m.id for m in models_raw.parse()] == ["a", "b"]
    assert models_raw.request_id == "models"
    file_raw = invoke(lambda c: c.files.with_raw_response.retrieve("file-1"))
    assert isinstance(file_raw.parse(), types.FileResponse)
    assert file_raw.request_id == "file"


def test_raw_response_of_a_stream_gives_the_stream(invoke: Invoker, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1/chat/completions", method="POST").respond_with_data(
        (FIXTURES / CHAT_SSE).read_bytes(),
        content_type="text/event-stream",
        headers={"x-request-id": "sse"},
    )

    def calls(c: tf.Together) -> tuple[str | None, str]:
        raw = c.chat.completions.with_raw_response.create(model="m", messages=MESSAGES, stream=True)
        with raw.parse() as stream:
            return raw.request_id, "".join(stream.text_deltas())

    async def acalls(c: tf.AsyncTogether) -> tuple[str | None, str]:
        raw = await c.chat.completions.with_raw_response.create(
            model="m", messages=MESSAGES, stream=True
        )
        async with raw.parse() as stream:
            return raw.request_id, "".join([t async for t in stream.text_deltas()])

    request_id, text = invoke(acalls if invoke.is_async else calls)
    assert request_id == "sse" and text


def test_raw_response_raises_the_typed_error_of_the_call(
    invoke: Invoker, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/v1/files/nope").respond_with_json(
        {"error": {"message": "no such file"}}, status=404, headers={"x-request-id": "r404"}
    )
    with pytest.raises(tf.NotFoundError) as info:
        invoke(lambda c: c.files.with_raw_response.retrieve("nope"))
    assert info.value.request_id == "r404" and "no such file" in str(info.value)


def test_raw_response_checks_arguments_before_sending(
    invoke: Invoker, httpserver: HTTPServer
) -> None:
    with pytest.raises(tf.InvalidRequestError, match="max_token"):
        invoke(
            lambda c: c.chat.completions.with_raw_response.create(
                model="m", messages=MESSAGES, max_token=5
            )
        )
    with pytest.raises(tf.InvalidRequestError, match="file id"):
        invoke(lambda c: c.files.with_raw_response.retrieve(""))
    assert httpserver.log == []


def test_raw_response_of_a_flow_is_its_last_answer(invoke: Invoker, httpserver: HTTPServer) -> None:
    job = {"id": "ft-1", "status": "completed"}
    httpserver.expect_request("/v1/fine-tunes/ft-1").respond_with_json(
        job, headers={"x-request-id": "job"}
    )
    raw = invoke(lambda c: c.fine_tuning.with_raw_response.wait("ft-1"))
    assert raw.parse().id == "ft-1" and raw.request_id == "job"


def test_views_wrap_methods_and_explain_what_they_are_not() -> None:
    client = tf.Together(api_key="k")
    view = client.files.with_raw_response
    assert view is client.files.with_raw_response  # made once per area
    assert isinstance(view, _resource.RawResponses)
    assert isinstance(client.files.with_streaming_response, _resource.StreamingResponses)
    names = dir(view)
    assert names == sorted(names) and {"list", "retrieve", "retrieve_content", "delete"} <= set(
        names
    )
    assert not {"with_raw_response", "with_streaming_response"} & set(names)
    assert view.retrieve.__name__ == "retrieve"
    assert view.retrieve.__doc__ == client.files.retrieve.__doc__
    assert view.retrieve is view.retrieve  # wrapped once
    assert "retrieve" in repr(view)
    with pytest.raises(AttributeError, match=r"has no method 'retreive'.*retrieve"):
        _ = view.retreive
    with pytest.raises(AttributeError, match="has no method '_core'"):
        _ = view._core
    with pytest.raises(AttributeError, match=r"'completions' is an API area.*\.completions\."):
        _ = client.chat.with_raw_response.completions
    with pytest.raises(AttributeError, match="is an API area"):
        _ = client.chat.with_streaming_response.completions
    assert isinstance(
        tf.AsyncTogether(api_key="k").models.with_raw_response, _resource.AsyncRawResponses
    )
    assert isinstance(
        tf.AsyncTogether(api_key="k").models.with_streaming_response,
        _resource.AsyncStreamingResponses,
    )
    assert isinstance(_resource.SyncAPIResource.with_raw_response, _resource._ViewAttr)


def test_concurrent_raw_responses_of_methods_each_get_their_own_answer(
    httpserver: HTTPServer,
) -> None:
    httpserver.expect_request("/v1/models").respond_with_json(
        [{"id": "m"}], headers={"x-request-id": "models"}
    )
    httpserver.expect_request("/v1/files").respond_with_json(
        {"data": [], "object": "list"}, headers={"x-request-id": "files"}
    )

    async def main() -> list[str | None]:
        async with tf.AsyncTogether(api_key=API_KEY, base_url=httpserver.url_for("/v1")) as c:
            raws = await asyncio.gather(
                *(
                    c.models.with_raw_response.list()
                    if i % 2 == 0
                    else c.files.with_raw_response.list()
                    for i in range(6)
                )
            )
        return [raw.request_id for raw in raws]

    assert asyncio.run(main()) == ["models", "files"] * 3


# --- with_streaming_response -----------------------------------------------------------------


def test_streaming_response_sends_on_entering_and_reads_only_when_asked(
    invoke: Invoker, httpserver: HTTPServer
) -> None:
    serve_chat(httpserver)

    def calls(c: tf.Together) -> dict[str, Any]:
        context = c.chat.completions.with_streaming_response.create(model="m", messages=MESSAGES)
        out: dict[str, Any] = {"sent_before_entering": len(httpserver.log)}
        with context as response:
            out["type"] = type(response)
            out["repr"] = repr(response)
            out["head"] = (
                response.status_code,
                response.request_id,
                response.headers["x-request-id"],
            )
            out["ratelimit"] = response.ratelimit.limit_requests
            out["read_yet"] = response.http_response.is_stream_consumed
            out["result"] = response.parse()
            out["again"] = response.parse()
            out["closed_inside"] = response.is_closed
        out["closed"] = response.is_closed
        out["checked_out"] = checked_out(c._http)
        return out

    async def acalls(c: tf.AsyncTogether) -> dict[str, Any]:
        context = c.chat.completions.with_streaming_response.create(model="m", messages=MESSAGES)
        out: dict[str, Any] = {"sent_before_entering": len(httpserver.log)}
        async with context as response:
            out["type"] = type(response)
            out["repr"] = repr(response)
            out["head"] = (
                response.status_code,
                response.request_id,
                response.headers["x-request-id"],
            )
            out["ratelimit"] = response.ratelimit.limit_requests
            out["read_yet"] = response.http_response.is_stream_consumed
            out["result"] = await response.parse()
            out["again"] = await response.parse()
            out["closed_inside"] = response.is_closed
        out["closed"] = response.is_closed
        out["checked_out"] = checked_out(c._http)
        return out

    out = invoke(acalls if invoke.is_async else calls)
    expected = tf.AsyncStreamedAPIResponse if invoke.is_async else tf.StreamedAPIResponse
    assert out["type"] is expected
    assert out["repr"] == f"<{expected.__name__} 200 request_id='req-7'>"
    assert out["sent_before_entering"] == 0
    assert out["head"] == (200, "req-7", "req-7") and out["ratelimit"] == 600
    assert out["read_yet"] is False
    assert isinstance(out["result"], types.ChatCompletionResponse)
    assert out["again"] is out["result"]
    assert out["closed"] and out["checked_out"] == []


def test_streaming_response_gives_the_body_as_it_arrives(
    invoke: Invoker, httpserver: HTTPServer
) -> None:
    body = b'{"a": 1}\n{"b": 2}\n' * 3
    httpserver.expect_request("/v1/files/file-1/content").respond_with_data(
        body, content_type="application/octet-stream"
    )

    def calls(c: tf.Together) -> dict[str, Any]:
        area = c.files.with_streaming_response
        out: dict[str, Any] = {}
        with area.retrieve_content("file-1") as response:
            out["bytes"] = b"".join(response.iter_bytes(chunk_size=5))
        with area.retrieve_content("file-1") as response:
            out["lines"] = list(response.iter_lines())
        with area.retrieve_content("file-1") as response:
            out["text"] = "".join(response.iter_text())
        with area.retrieve_content("file-1") as response:
            out["read"] = response.read()
            out["lines_after_read"] = list(response.iter_lines())
            out["parsed"] = response.parse()
            out["json_lines"] = response.text().count("\n")
        return out

    async def acalls(c: tf.AsyncTogether) -> dict[str, Any]:
        area = c.files.with_streaming_response
        out: dict[str, Any] = {}
        async with area.retrieve_content("file-1") as response:
            out["bytes"] = b"".join([b async for b in response.iter_bytes(chunk_size=5)])
        async with area.retrieve_content("file-1") as response:
            out["lines"] = [line async for line in response.iter_lines()]
        async with area.retrieve_content("file-1") as response:
            out["text"] = "".join([t async for t in response.iter_text()])
        async with area.retrieve_content("file-1") as response:
            out["read"] = await response.read()
            out["lines_after_read"] = [line async for line in response.iter_lines()]
            out["parsed"] = await response.parse()
            out["json_lines"] = (await response.text()).count("\n")
        return out

    out = invoke(acalls if invoke.is_async else calls)
    lines = body.decode().splitlines()
    assert out["bytes"] == body and out["read"] == body and out["parsed"] == body
    assert out["lines"] == lines and out["lines_after_read"] == lines
    assert out["text"] == body.decode() and out["json_lines"] == 6


def test_streaming_response_json_reads_the_body(invoke: Invoker, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1/models").respond_with_json([{"id": "m"}])

    def calls(c: tf.Together) -> Any:
        with c.models.with_streaming_response.list() as response:
            return response.json()

    async def acalls(c: tf.AsyncTogether) -> Any:
        async with c.models.with_streaming_response.list() as response:
            return await response.json()

    assert invoke(acalls if invoke.is_async else calls) == [{"id": "m"}]


def test_streaming_response_of_a_stream_parses_to_the_stream(
    invoke: Invoker, httpserver: HTTPServer
) -> None:
    sse = (FIXTURES / CHAT_SSE).read_bytes()
    httpserver.expect_request("/v1/chat/completions", method="POST").respond_with_data(
        sse, content_type="text/event-stream"
    )

    def calls(c: tf.Together) -> tuple[Any, ...]:
        create = c.chat.completions.with_streaming_response.create
        with create(model="m", messages=MESSAGES, stream=True) as response:
            stream = response.parse()
            text = "".join(stream.text_deltas())
        with create(model="m", messages=MESSAGES, stream=True) as response:
            lines = list(response.iter_lines())
        return type(stream), text, lines, checked_out(c._http)

    async def acalls(c: tf.AsyncTogether) -> tuple[Any, ...]:
        create = c.chat.completions.with_streaming_response.create
        async with create(model="m", messages=MESSAGES, stream=True) as response:
            stream = await response.parse()
            text = "".join([t async for t in stream.text_deltas()])
        async with create(model="m", messages=MESSAGES, stream=True) as response:
            lines = [line async for line in response.iter_lines()]
        return type(stream), text, lines, checked_out(c._http)

    kind, text, lines, busy = invoke(acalls if invoke.is_async else calls)
    assert kind is (tf.AsyncStream if invoke.is_async else tf.Stream)
    expected = "".join(
        chunk["choices"][0]["delta"].get("content") or ""
        for chunk in (
            json.loads(line[5:])
            for line in sse.decode().splitlines()
            if line.startswith("data:") and "[DONE]" not in line
        )
    )
    assert text == expected
    assert lines == sse.decode().splitlines() and busy == []


def test_streaming_response_raises_the_typed_error_on_entering(
    invoke: Invoker, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/v1/models").respond_with_json(
        {"error": {"message": "slow down", "type": "rate_limit"}},
        status=429,
        headers={"x-request-id": "r429", "retry-after": "120"},
    )

    def calls(c: tf.Together) -> list[str]:
        seen = []
        with pytest.raises(tf.RateLimitError) as info, c.models.with_streaming_response.list():
            seen.append("body")
        assert info.value.request_id == "r429" and info.value.retry_after == 120
        return seen

    async def acalls(c: tf.AsyncTogether) -> list[str]:
        seen = []
        with pytest.raises(tf.RateLimitError) as info:
            async with c.models.with_streaming_response.list():
                seen.append("body")
        assert info.value.request_id == "r429" and info.value.retry_after == 120
        return seen

    assert invoke(acalls if invoke.is_async else calls) == []  # the block never ran
    assert len(httpserver.log) == 1  # a wait over 60 s is not waited for


def test_streaming_response_retries_like_any_call(invoke: Invoker, httpserver: HTTPServer) -> None:
    httpserver.expect_ordered_request("/v1/models").respond_with_json(
        {"error": {"message": "busy"}}, status=503, headers={"retry-after-ms": "1"}
    )
    httpserver.expect_ordered_request("/v1/models").respond_with_json(
        [{"id": "m"}], headers={"x-request-id": "second"}
    )

    def calls(c: tf.Together) -> tuple[str | None, list[Any]]:
        with c.models.with_streaming_response.list() as response:
            return response.request_id, response.parse()

    async def acalls(c: tf.AsyncTogether) -> tuple[str | None, list[Any]]:
        async with c.models.with_streaming_response.list() as response:
            return response.request_id, await response.parse()

    request_id, result = invoke(acalls if invoke.is_async else calls)
    assert request_id == "second" and [m.id for m in result] == ["m"]


def test_streaming_response_checks_arguments_on_entering(
    invoke: Invoker, httpserver: HTTPServer
) -> None:
    def calls(c: tf.Together) -> None:
        context = c.chat.completions.with_streaming_response.create(model="m")  # no messages
        with pytest.raises(tf.InvalidRequestError, match="messages"), context:
            pass

    async def acalls(c: tf.AsyncTogether) -> None:
        context = c.chat.completions.with_streaming_response.create(model="m")
        with pytest.raises(tf.InvalidRequestError, match="messages"):
            async with context:
                pass

    invoke(acalls if invoke.is_async else calls)
    assert httpserver.log == []


def test_an_answer_that_cannot_be_read_fails_at_parse_not_before(
    invoke: Invoker, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/v1/models").respond_with_data(
        b"<html>oops</html>", content_type="text/html", headers={"x-request-id": "html"}
    )

    def calls(c: tf.Together) -> tuple[Any, ...]:
        with c.models.with_streaming_response.list() as response:
            status = response.status_code
            with pytest.raises(tf.APIResponseValidationError) as info:
                response.parse()
            with pytest.raises(tf.APIResponseValidationError):
                response.parse()  # again: the same error, the body is not read twice
            return status, info.value.request_id, response.read()

    async def acalls(c: tf.AsyncTogether) -> tuple[Any, ...]:
        async with c.models.with_streaming_response.list() as response:
            status = response.status_code
            with pytest.raises(tf.APIResponseValidationError) as info:
                await response.parse()
            with pytest.raises(tf.APIResponseValidationError):
                await response.parse()
            return status, info.value.request_id, await response.read()

    assert invoke(acalls if invoke.is_async else calls) == (200, "html", b"<html>oops</html>")


def test_reading_twice_or_after_the_block_says_what_to_do(
    invoke: Invoker, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/v1/models").respond_with_json([{"id": "m"}])

    def calls(c: tf.Together) -> None:
        with c.models.with_streaming_response.list() as response:
            list(response.iter_bytes())
            with pytest.raises(tf.TogetherError, match=r"already read.*call read\(\) first"):
                response.parse()
            with pytest.raises(tf.TogetherError, match="already read"):
                list(response.iter_lines())
        with c.models.with_streaming_response.list() as response:
            pass
        with pytest.raises(tf.TogetherError, match=r"closed.*inside the with block"):
            response.read()
        with pytest.raises(tf.TogetherError, match="closed"):
            list(response.iter_bytes())

    async def acalls(c: tf.AsyncTogether) -> None:
        async with c.models.with_streaming_response.list() as response:
            [b async for b in response.iter_bytes()]
            with pytest.raises(tf.TogetherError, match=r"already read.*call read\(\) first"):
                await response.parse()
            with pytest.raises(tf.TogetherError, match="already read"):
                [line async for line in response.iter_lines()]
        async with c.models.with_streaming_response.list() as response:
            pass
        with pytest.raises(tf.TogetherError, match=r"closed.*inside the with block"):
            await response.read()
        with pytest.raises(tf.TogetherError, match="closed"):
            [b async for b in response.iter_bytes()]

    invoke(acalls if invoke.is_async else calls)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_body_cut_short_is_a_connection_error(mode: str) -> None:
    server = ScriptedServer([b"first line\n", b"second"], end="close", content_type="text/plain")
    try:
        options = {"api_key": API_KEY, "base_url": server.base_url, "max_retries": 0}
        if mode == "sync":
            with tf.Together(**options) as client:
                got: list[str] = []
                with (
                    pytest.raises(tf.APIConnectionError),
                    client.files.with_streaming_response.retrieve_content("f") as response,
                ):
                    got.extend(response.iter_lines())
                assert got == ["first line"]
                assert checked_out(client._http) == []
        else:

            async def main() -> list[str]:
                async with tf.AsyncTogether(**options) as client:
                    got: list[str] = []
                    with pytest.raises(tf.APIConnectionError):
                        async with client.files.with_streaming_response.retrieve_content(
                            "f"
                        ) as response:
                            async for line in response.iter_lines():
                                got.append(line)
                    assert checked_out(client._http) == []
                    return got

            assert asyncio.run(main()) == ["first line"]
    finally:
        server.close()


def test_calls_inside_the_block_are_ordinary(invoke: Invoker, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1/models").respond_with_json([{"id": "m"}])
    httpserver.expect_request("/v1/files").respond_with_json({"data": [], "object": "list"})

    def calls(c: tf.Together) -> tuple[Any, ...]:
        with c.models.with_streaming_response.list() as response:
            files_list = c.files.list()  # neither deferred nor captured
            raw = c.files.with_raw_response.list()
            return files_list.data, raw.status_code, [m.id for m in response.parse()]

    async def acalls(c: tf.AsyncTogether) -> tuple[Any, ...]:
        async with c.models.with_streaming_response.list() as response:
            files_list = await c.files.list()
            raw = await c.files.with_raw_response.list()
            return files_list.data, raw.status_code, [m.id for m in await response.parse()]

    assert invoke(acalls if invoke.is_async else calls) == ([], 200, ["m"])


def test_streaming_response_of_a_download_to_a_file(
    invoke: Invoker, httpserver: HTTPServer, tmp_path: Path
) -> None:
    """A method that is a flow of its own (here: a download to disk) runs whole; ``parse()`` is
    its result, and the response its last answer."""
    httpserver.expect_request("/v1/files/file-1/content").respond_with_data(
        b"abc", headers={"x-request-id": "dl"}
    )
    target = tmp_path / "out.jsonl"

    def calls(c: tf.Together) -> tuple[Any, ...]:
        with c.files.with_streaming_response.retrieve_content("file-1", output=target) as r:
            return r.request_id, r.parse()

    async def acalls(c: tf.AsyncTogether) -> tuple[Any, ...]:
        async with c.files.with_streaming_response.retrieve_content("file-1", output=target) as r:
            return r.request_id, await r.parse()

    assert invoke(acalls if invoke.is_async else calls) == ("dl", target)
    assert target.read_bytes() == b"abc"


def test_a_function_that_sends_nothing_is_refused() -> None:
    def nothing() -> int:
        return 1

    async def anothing() -> int:
        return 1

    with pytest.raises(tf.TogetherError, match="sent no request"), StreamedResponseContext(nothing):
        pass

    async def main() -> None:
        with pytest.raises(tf.TogetherError, match="sent no request"):
            async with AsyncStreamedResponseContext(anothing):
                pass

    asyncio.run(main())


def test_concurrent_streamed_responses_each_get_their_own_answer(httpserver: HTTPServer) -> None:
    def handler(request: Request) -> Response:
        name = request.path.rsplit("/", 1)[-1]
        return Response(json.dumps({"id": name}), headers={"x-request-id": name})

    httpserver.expect_request("/v1/files/a").respond_with_handler(handler)
    httpserver.expect_request("/v1/files/b").respond_with_handler(handler)

    async def one(c: tf.AsyncTogether, name: str) -> tuple[str | None, str]:
        async with c.files.with_streaming_response.retrieve(name) as response:
            await asyncio.sleep(0)
            return response.request_id, (await response.parse()).id

    async def main() -> list[tuple[str | None, str]]:
        async with tf.AsyncTogether(api_key=API_KEY, base_url=httpserver.url_for("/v1")) as c:
            return list(await asyncio.gather(*(one(c, "ab"[i % 2]) for i in range(6))))

    assert asyncio.run(main()) == [("a", "a"), ("b", "b")] * 3


# --- the views' types list every method ------------------------------------------------------

AREAS = [
    importlib.import_module(f"together_facade.resources.{info.name}")
    for info in pkgutil.iter_modules(resources.__path__)
]
VIEWS = ("with_raw_response", "with_streaming_response")
#: The generic view each typed view extends, and the wrapper it lists methods with.
KINDS = {
    (False, "with_raw_response"): ("RawResponses", "wrap_raw"),
    (False, "with_streaming_response"): ("StreamingResponses", "wrap_streamed"),
    (True, "with_raw_response"): ("AsyncRawResponses", "wrap_araw"),
    (True, "with_streaming_response"): ("AsyncStreamingResponses", "wrap_astreamed"),
}


def _listed(view: ast.ClassDef) -> tuple[str, str, set[str], set[str]]:
    """What a typed view is: its base, the area its ``__init__(self, r: <Area>)`` takes, the
    wrappers it calls and the methods it lists (``self.<name> = wrap_...(r.<name>)``)."""
    init = next(n for n in view.body if isinstance(n, ast.FunctionDef) and n.name == "__init__")
    area = init.args.args[1].annotation
    wraps, names = set(), set()
    for statement in init.body:
        assert isinstance(statement, ast.Assign) and isinstance(statement.value, ast.Call)
        (target,) = statement.targets
        (method,) = statement.value.args
        assert isinstance(target, ast.Attribute) and isinstance(method, ast.Attribute)
        assert target.attr == method.attr, ast.unparse(statement)  # self.x = wrap_...(r.x)
        wraps.add(ast.unparse(statement.value.func))
        names.add(target.attr)
    bases = ", ".join(map(ast.unparse, view.bases))
    return bases, ast.unparse(area) if area else "", wraps, names


def _typed_views(module: Any) -> dict[str, dict[str, tuple[str, str, set[str], set[str]]]]:
    """For each area class of ``module`` that declares its views for type checkers
    (``with_raw_response: <View>`` under ``if TYPE_CHECKING:``): each view, as ``_listed``."""
    tree = ast.parse(inspect.getsource(module))
    classes = {node.name: node for node in ast.walk(tree) if isinstance(node, ast.ClassDef)}
    found: dict[str, dict[str, tuple[str, str, set[str], set[str]]]] = {}
    for name, node in classes.items():
        for statement in ast.walk(node):
            if (
                isinstance(statement, ast.AnnAssign)
                and isinstance(statement.target, ast.Name)
                and statement.target.id in VIEWS
            ):
                view = classes[ast.unparse(statement.annotation)]
                found.setdefault(name, {})[statement.target.id] = _listed(view)
    return found


def test_the_typed_views_list_every_method_of_every_area() -> None:
    with_methods = set()
    for module in AREAS:
        typed = _typed_views(module)
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__ or not issubclass(
                cls, _resource.SyncAPIResource | _resource.AsyncAPIResource
            ):
                continue
            methods = {
                m for m, _ in inspect.getmembers(cls, inspect.isfunction) if not m.startswith("_")
            }
            if not methods:  # client.chat: the generic views
                assert name not in typed, name
                continue
            with_methods.add(name)
            is_async = issubclass(cls, _resource.AsyncAPIResource)
            expected = {
                view: (KINDS[is_async, view][0], name, {KINDS[is_async, view][1]}, methods)
                for view in VIEWS
            }
            assert typed.get(name) == expected, (
                f"{module.__name__}.{name} must declare, under TYPE_CHECKING, "
                f"with_raw_response and with_streaming_response as views listing {sorted(methods)}"
            )
        assert set(typed) <= with_methods, module.__name__  # no view of an area elsewhere
    assert {"ChatCompletions", "AsyncModels", "Files", "AsyncFineTuningJobs"} <= with_methods


@pytest.mark.parametrize("client_cls", [tf.Together, tf.AsyncTogether])
def test_a_view_method_shows_the_parameters_a_caller_passes(
    client_cls: type[tf.Together] | type[tf.AsyncTogether],
) -> None:
    client = client_cls(api_key="k")
    area = client.chat.completions
    for view in (area.with_raw_response, area.with_streaming_response):
        shown = inspect.signature(view.create)
        assert shown == inspect.signature(area.create)
        assert "self" not in shown.parameters and "model" in shown.parameters
