"""Client options, per-call options, raw responses, logging and the secrecy of the API key."""

from __future__ import annotations

import asyncio
import json
import logging

import httpx
import pytest
from pytest_httpserver import HTTPServer

import together_facade as tf
from tests.helpers import API_KEY, Invoker, fixture_bytes
from together_facade import _logs

CHAT_ANSWER = fixture_bytes("chat-completions__hf-tape-llama33-70b-eos-2025-01-15.json")


def test_environment_configures_the_client(
    monkeypatch: pytest.MonkeyPatch, httpserver: HTTPServer
) -> None:
    monkeypatch.setenv("TOGETHER_API_KEY", "env-key")
    monkeypatch.setenv("TOGETHER_BASE_URL", httpserver.url_for("/v9/"))
    httpserver.expect_request("/v9/models").respond_with_json([])
    client = tf.Together()
    assert client.base_url == httpserver.url_for("/v9")
    assert client.models.list() == []
    assert httpserver.log[0][0].headers["Authorization"] == "Bearer env-key"
    default = tf.Together(api_key="k", base_url=None)
    monkeypatch.delenv("TOGETHER_BASE_URL")
    assert tf.Together(api_key="k").base_url == "https://api.together.xyz/v1"
    assert default.max_retries == 2


def test_timeouts_keep_connect_separate() -> None:
    assert tf.Together(api_key="k").timeout == httpx.Timeout(600.0, connect=10.0)
    assert tf.Together(api_key="k", timeout=30).timeout == httpx.Timeout(30.0, connect=10.0)
    assert tf.Together(api_key="k", timeout=2).timeout == httpx.Timeout(2.0, connect=2.0)
    custom = httpx.Timeout(5.0, read=100.0)
    assert tf.Together(api_key="k", timeout=custom).timeout is custom
    with pytest.raises(tf.InvalidRequestError, match="max_retries"):
        tf.Together(api_key="k", max_retries=-1)


def test_with_options_derives_a_client_sharing_the_pool(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1/models").respond_with_json([])
    client = tf.Together(
        api_key="k", base_url=httpserver.url_for("/v1"), default_headers={"X-A": "1"}
    )
    other = client.with_options(
        max_retries=5, timeout=3, default_headers={"X-B": "2"}, api_key="k2"
    )
    assert (other.max_retries, other.timeout.read, other.api_key) == (5, 3.0, "k2")
    assert (client.max_retries, client.api_key) == (2, "k")
    assert other._http is client._http
    other.models.list()
    headers = httpserver.log[0][0].headers
    assert (headers["X-A"], headers["X-B"], headers["Authorization"]) == ("1", "2", "Bearer k2")
    other.close()  # does not close the shared pool
    client.models.list()
    client.close()
    assert client._http.is_closed


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


def test_function_calling_round_trip(invoke: Invoker, httpserver: HTTPServer) -> None:
    tools = [
        {
            "type": "function",
            "function": {
                "name": "get_weather",
                "description": "Weather for a place",
                "parameters": {"type": "object", "properties": {"location": {"type": "string"}}},
            },
        }
    ]
    httpserver.expect_ordered_request("/v1/chat/completions").respond_with_data(
        fixture_bytes("chat-completions__tool-calls-llama31-70b.json"),
        content_type="application/json",
    )
    httpserver.expect_ordered_request("/v1/chat/completions").respond_with_data(
        CHAT_ANSWER, content_type="application/json"
    )
    question = {"role": "user", "content": "Weather in Tokyo for 3 days?"}
    forced = {"type": "function", "function": {"name": "get_weather"}}

    def follow_up(first: tf.types.ChatCompletionResponse) -> list[dict[str, object]]:
        call = first.choices[0].message.tool_calls[0]  # type: ignore[index]
        assert json.loads(call.function.arguments) == {"location": "Tokyo, Japan", "num_days": "3"}
        assistant = {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {"id": call.id, "type": "function", "function": call.function.to_dict()}
            ],
        }
        result = {
            "role": "tool",
            "tool_call_id": call.id,
            "name": "get_weather",
            "content": '{"temp": 21}',
        }
        return [question, assistant, result]

    if invoke.is_async:

        async def conversation(c: tf.AsyncTogether) -> object:
            first = await c.chat.completions.create(
                model="m", messages=[question], tools=tools, tool_choice=forced
            )
            return await c.chat.completions.create(
                model="m", messages=follow_up(first), tools=tools, tool_choice="auto"
            )
    else:

        def conversation(c: tf.Together) -> object:  # type: ignore[misc]
            first = c.chat.completions.create(
                model="m", messages=[question], tools=tools, tool_choice=forced
            )
            return c.chat.completions.create(
                model="m", messages=follow_up(first), tools=tools, tool_choice="auto"
            )

    answer = invoke(conversation)
    assert answer.choices[0].message.content == "one plus one is equal to two."
    first_body = json.loads(httpserver.log[0][0].get_data())
    assert first_body["tool_choice"] == {"type": "function", "function": {"name": "get_weather"}}
    second = json.loads(httpserver.log[1][0].get_data())
    assert second["tool_choice"] == "auto"
    assert second["messages"][1]["tool_calls"][0]["id"] == "call_rl70039f6p72yhvvo1pkds8a"
    assert second["messages"][1]["content"] is None
    assert second["messages"][2] == {
        "role": "tool",
        "tool_call_id": "call_rl70039f6p72yhvvo1pkds8a",
        "name": "get_weather",
        "content": '{"temp": 21}',
    }


def test_raw_response_exposes_request_id_and_rate_limits(
    invoke: Invoker, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/v1/models").respond_with_json(
        [{"id": "m"}],
        headers={
            "x-request-id": "req-9",
            "x-ratelimit-limit": "600",
            "x-ratelimit-remaining": "599",
            "x-ratelimit-limit-tokens": "180000",
            "x-ratelimit-remaining-tokens": "179000",
            "x-ratelimit-reset": "1",
        },
    )
    raw = invoke(lambda c: c.with_raw_response(c.models.list))
    assert isinstance(raw, tf.APIResponse)
    assert [m.id for m in raw.parsed] == ["m"]
    assert (raw.status_code, raw.request_id) == (200, "req-9")
    limits = raw.ratelimit
    assert (
        limits.limit_requests,
        limits.remaining_requests,
        limits.remaining_tokens,
        limits.reset,
    ) == (
        600,
        599,
        179000,
        1,
    )
    assert limits.raw["x-ratelimit-limit-tokens"] == "180000"


def test_custom_http_client_and_transport() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=[{"id": "from-mock"}], headers={"cf-ray": "ray-7"})

    http = httpx.Client(transport=httpx.MockTransport(handler), headers={"X-Proxy": "yes"})
    client = tf.Together(api_key="k", base_url="https://example.test/v1", http_client=http)
    assert [m.id for m in client.models.list()] == ["from-mock"]
    assert seen[0].url == "https://example.test/v1/models" and seen[0].headers["X-Proxy"] == "yes"
    client.close()
    assert not http.is_closed  # a pool that was passed in is the caller's to close


def test_async_custom_http_client() -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=[{"id": "async-mock"}])

    async def main() -> list[str]:
        http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
        async with tf.AsyncTogether(
            api_key="k", base_url="https://example.test/v1", http_client=http
        ) as c:
            return [m.id for m in await c.models.list()]

    assert asyncio.run(main()) == ["async-mock"]


def test_cross_origin_redirect_drops_the_key(invoke: Invoker, httpserver: HTTPServer) -> None:
    other = HTTPServer(host="localhost")  # another origin: other host name and port
    other.start()
    try:
        other.expect_request("/elsewhere").respond_with_json([{"id": "moved"}])
        httpserver.expect_request("/v1/models").respond_with_data(
            "", status=307, headers={"Location": other.url_for("/elsewhere")}
        )
        assert [m.id for m in invoke(lambda c: c.models.list())] == ["moved"]
        assert "Authorization" not in other.log[0][0].headers
        assert httpserver.log[0][0].headers["Authorization"] == f"Bearer {API_KEY}"
    finally:
        other.clear()
        other.stop()


def test_the_key_is_never_shown(
    invoke: Invoker,
    httpserver: HTTPServer,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("TOGETHER_LOG", "debug")
    monkeypatch.setattr(_logs.log, "handlers", [])
    monkeypatch.setattr(_logs.log, "_together_configured", False, raising=False)
    httpserver.expect_ordered_request("/v1/models").respond_with_json(
        [{"id": "m"}], headers={"x-request-id": "r1"}
    )
    httpserver.expect_ordered_request("/v1/models").respond_with_json(
        {"error": {"message": "invalid key"}}, status=401
    )
    invoke(lambda c: c.models.list())
    with pytest.raises(tf.AuthenticationError) as info:
        invoke(lambda c: c.models.list())
    client = tf.Together(api_key=API_KEY)
    out = capfd.readouterr()
    logged = out.out + out.err
    assert "GET" in logged and "-> 200" in logged and "-> 401" in logged  # logging is on
    assert "<redacted>" in logged
    for text in (logged, repr(client), str(info.value), repr(info.value), repr(info.value.request)):
        assert API_KEY not in text
    assert _logs.log.level == logging.DEBUG


def test_unknown_fields_and_enum_values_survive(invoke: Invoker, httpserver: HTTPServer) -> None:
    body = json.loads(CHAT_ANSWER)
    body["choices"][0]["finish_reason"] = "content_filter"
    body["service_tier"] = "priority"
    httpserver.expect_request("/v1/chat/completions").respond_with_json(body)
    resp = invoke(
        lambda c: c.chat.completions.create(model="m", messages=[{"role": "user", "content": "x"}])
    )
    assert resp.choices[0].finish_reason == "content_filter"
    assert resp["service_tier"] == "priority"


def test_transport_option_plugs_into_the_clients_own_pool() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=[{"id": "via-transport"}])

    client = tf.Together(
        api_key="k", base_url="https://example.test/v1", transport=httpx.MockTransport(handler)
    )
    assert [m.id for m in client.models.list()] == ["via-transport"]
    client.close()
    assert client._http.is_closed  # the pool is the client's own

    async def main() -> list[str]:
        async def ahandler(request: httpx.Request) -> httpx.Response:
            return httpx.Response(200, json=[{"id": "async-transport"}])

        async with tf.AsyncTogether(
            api_key="k", base_url="https://example.test/v1", transport=httpx.MockTransport(ahandler)
        ) as c:
            return [m.id for m in await c.models.list()]

    assert asyncio.run(main()) == ["async-transport"]
