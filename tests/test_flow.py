"""The contract between flows and their two drivers (``SyncCore.run``, ``AsyncCore.run``).

Each test runs the same flow under both drivers, over a mock transport.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import together_facade as tf
from together_facade._calls import Call, Endpoint, as_response, read_bytes
from together_facade._config import new_config
from together_facade._core import AsyncCore, SyncCore
from together_facade._flow import Close, Flow, Pump, Read, Send, Sleep

Handler = Callable[[httpx.Request], httpx.Response]
URL = "https://api.example.com/v1"


def drive(mode: str, flow: Flow[Any], handler: Handler) -> Any:
    config = new_config(
        api_key="k",
        base_url=URL,
        timeout=None,
        max_retries=0,
        default_headers=None,
        json_backend=None,
    )
    transport = httpx.MockTransport(handler)
    if mode == "sync":
        with httpx.Client(transport=transport) as http:
            return SyncCore(config, http, direct=True).run(flow)

    async def main() -> Any:
        async with httpx.AsyncClient(transport=transport) as http:
            return await AsyncCore(config, http, direct=True).run(flow)

    return asyncio.run(main())


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def ok(request: httpx.Request) -> httpx.Response:
    # A body given as a stream stays open until it is read or closed (content= would not).
    return httpx.Response(200, stream=httpx.ByteStream(b"abcdef"))


def test_each_command_gives_its_result(mode: str) -> None:
    written: list[bytes] = []

    def flow() -> Flow[tuple[bytes, int]]:
        first = yield Send(httpx.Request("GET", URL + "/a"))
        body = yield Read(first)
        second = yield Send(httpx.Request("GET", URL + "/b"))
        yield Pump(second, written.append)
        third = yield Send(httpx.Request("GET", URL + "/c"))
        yield Close(third)
        slept = yield Sleep(0)
        assert slept is None and third.is_closed and second.is_closed
        return body, third.status_code

    assert drive(mode, flow(), ok) == (b"abcdef", 200)
    assert b"".join(written) == b"abcdef"


def test_a_failure_of_the_io_is_raised_inside_the_flow(mode: str) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    def flow() -> Flow[str]:
        try:
            yield Send(httpx.Request("GET", URL + "/a"))
        except httpx.ConnectError as exc:
            return f"caught {exc}"
        return "not raised"

    assert drive(mode, flow(), refuse) == "caught refused"


def test_a_call_gives_its_parsed_result_and_an_error_answer_raises_inside_the_flow(
    mode: str,
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/missing"):
            return httpx.Response(404, json={"error": {"message": "no such thing"}})
        return httpx.Response(200, content=b"found")

    def flow() -> Flow[tuple[bytes, str]]:
        found = yield Call("x.get", Endpoint("GET", "/there"), read_bytes)
        try:
            yield Call("x.get", Endpoint("GET", "/missing"), read_bytes)
        except tf.NotFoundError as exc:
            return found, exc.message
        return found, "not raised"

    assert drive(mode, flow(), handler) == (b"found", "no such thing")


def test_a_flow_that_fails_has_the_responses_it_left_open_closed(mode: str) -> None:
    kept: list[httpx.Response] = []

    def flow() -> Flow[None]:
        kept.append((yield Send(httpx.Request("GET", URL + "/a"))))
        kept.append((yield Call("x", Endpoint("GET", "/b"), as_response, stream=True)))
        raise ValueError("the flow gave up")

    with pytest.raises(ValueError, match="gave up"):
        drive(mode, flow(), ok)
    assert len(kept) == 2 and all(r.is_closed for r in kept)


def test_a_response_handed_back_open_stays_open(mode: str) -> None:
    def flow() -> Flow[httpx.Response]:
        response: httpx.Response = yield Send(httpx.Request("GET", URL + "/a"))
        return response

    assert not drive(mode, flow(), ok).is_closed


def test_an_interrupt_ends_the_flow_and_closes_its_responses(mode: str) -> None:
    kept: list[httpx.Response] = []
    cleaned: list[str] = []

    def interrupt(chunk: bytes) -> None:
        raise KeyboardInterrupt

    def flow() -> Flow[None]:
        try:
            response = yield Send(httpx.Request("GET", URL + "/a"))
            kept.append(response)
            yield Pump(response, interrupt)
        except Exception:  # an interrupt is not an error a flow handles
            cleaned.append("caught")
        finally:
            cleaned.append("finally")

    with pytest.raises(KeyboardInterrupt):
        drive(mode, flow(), ok)
    assert cleaned == ["finally"] and kept[0].is_closed


def test_a_cancelled_task_ends_the_flow_and_closes_its_responses() -> None:
    kept: list[httpx.Response] = []
    cleaned: list[str] = []

    def flow() -> Flow[None]:
        try:
            kept.append((yield Send(httpx.Request("GET", URL + "/a"))))
            yield Sleep(30)
        finally:
            cleaned.append("finally")

    async def main() -> None:
        config = new_config(
            api_key="k",
            base_url=URL,
            timeout=None,
            max_retries=0,
            default_headers=None,
            json_backend=None,
        )
        async with httpx.AsyncClient(transport=httpx.MockTransport(ok)) as http:
            task = asyncio.create_task(AsyncCore(config, http, direct=True).run(flow()))
            await asyncio.sleep(0.05)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task

    asyncio.run(main())
    assert cleaned == ["finally"] and kept[0].is_closed


def test_what_is_not_a_command_is_refused_inside_the_flow(mode: str) -> None:
    def flow() -> Flow[str]:
        try:
            yield "send something"
        except TypeError as exc:
            return f"refused: {exc}"
        return "accepted"

    assert "not a command" in drive(mode, flow(), ok)


def test_a_flow_whose_cleanup_fails_still_has_its_responses_closed(mode: str) -> None:
    kept: list[httpx.Response] = []

    def interrupt(chunk: bytes) -> None:
        raise KeyboardInterrupt

    def flow() -> Flow[None]:
        try:
            kept.append((yield Send(httpx.Request("GET", URL + "/a"))))
            yield Pump(kept[0], interrupt)
        finally:
            raise OSError("No space left on device")  # as removing a temporary file may

    with pytest.raises(OSError, match="No space"):
        drive(mode, flow(), ok)
    assert kept[0].is_closed


def test_a_streamed_call_whose_answer_cannot_be_read_is_closed_at_once(mode: str) -> None:
    kept: list[httpx.Response] = []

    def unreadable(response: httpx.Response, codec: Any) -> None:
        kept.append(response)
        raise tf.APIResponseValidationError("unreadable")

    def flow() -> Flow[bool]:
        try:
            yield Call("x", Endpoint("GET", "/a"), unreadable, stream=True)
        except tf.APIResponseValidationError:
            return kept[0].is_closed  # closed before the flow even carries on
        return False

    assert drive(mode, flow(), ok) is True


def test_a_request_that_leaves_the_api_does_not_get_the_pools_auth(mode: str) -> None:
    seen: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200)

    def flow() -> Flow[None]:
        yield Send(httpx.Request("PUT", "https://storage.example.net/b"), False)
        yield Send(httpx.Request("GET", URL + "/models"), True)

    config = new_config(
        api_key="k",
        base_url=URL,
        timeout=None,
        max_retries=0,
        default_headers=None,
        json_backend=None,
    )
    transport = httpx.MockTransport(record)
    if mode == "sync":
        with httpx.Client(transport=transport, auth=("user", "pw")) as http:
            SyncCore(config, http, direct=False).run(flow())
    else:

        async def main() -> None:
            async with httpx.AsyncClient(transport=transport, auth=("user", "pw")) as http:
                await AsyncCore(config, http, direct=False).run(flow())

        asyncio.run(main())
    assert "Authorization" not in seen[0].headers
    assert seen[1].headers["Authorization"].startswith("Basic ")
