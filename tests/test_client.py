"""The client object itself: a custom ``http_client`` or ``transport``, redirects, round trips of
real conversations, and fields this SDK does not know yet."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer

import together_facade as tf
from tests.helpers import Invoker, fixture_bytes

CHAT_ANSWER = fixture_bytes("chat-completions__hf-tape-llama33-70b-eos-2025-01-15.json")


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


@pytest.mark.parametrize(
    ("cls", "named", "make"),
    [
        (tf.AsyncTogether, "http_client", httpx.Client),
        (tf.Together, "http_client", httpx.AsyncClient),
        (tf.Together, "http_client", lambda: "https://proxy"),
        (tf.AsyncTogether, "transport", httpx.HTTPTransport),
        (tf.Together, "transport", httpx.AsyncHTTPTransport),
    ],
)
def test_a_pool_or_transport_of_the_other_kind_is_refused_at_once(
    cls: type, named: str, make: Callable[[], object]
) -> None:
    with pytest.raises(tf.InvalidRequestError) as info:
        cls(api_key="k", base_url="https://example.test/v1", **{named: make()})
    assert isinstance(info.value, TypeError)
    assert f"{cls.__name__}({named}=...)" in str(info.value)


def test_a_pool_and_a_transport_together_are_refused() -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=[]))
    with httpx.Client() as http, pytest.raises(tf.InvalidRequestError) as info:
        tf.Together(api_key="k", http_client=http, transport=transport)
    assert "http_client" in str(info.value) and "transport" in str(info.value)


def test_a_subclass_is_what_its_context_manager_gives() -> None:
    class MyTogether(tf.Together):
        pass

    class MyAsyncTogether(tf.AsyncTogether):
        pass

    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=[]))
    with MyTogether(api_key="k", transport=transport) as client:
        assert type(client) is MyTogether
    assert client._http.is_closed

    async def main() -> type:
        async with MyAsyncTogether(api_key="k") as aclient:
            return type(aclient)

    assert asyncio.run(main()) is MyAsyncTogether


def test_answers_are_read_for_cookies_only_when_they_set_one(httpserver: Any) -> None:
    """The pool the client makes skips http.cookiejar for answers without Set-Cookie (a cost
    on every call); a cookie that is set is still kept, as httpx keeps it."""
    from http.cookiejar import CookieJar

    calls: list[int] = []
    real = CookieJar.extract_cookies

    def counting(self: CookieJar, response: Any, request: Any) -> None:
        calls.append(1)
        real(self, response, request)

    httpserver.expect_request("/v1/models").respond_with_json([])
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(CookieJar, "extract_cookies", counting)
        with tf.Together(api_key="k", base_url=httpserver.url_for("/v1"), max_retries=0) as c:
            c.models.list()
            c.models.list()
            assert calls == []
            httpserver.clear()
            httpserver.expect_request("/v1/models").respond_with_json(
                [], headers={"Set-Cookie": "session=abc; Path=/"}
            )
            c.models.list()
            assert calls == [1]
            assert c._http.cookies.get("session") == "abc"
