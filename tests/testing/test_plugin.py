"""The pytest plugin's fixtures, used the way a user's tests use them: sync, async (under anyio's
runner and under ``asyncio.run``), and in a pytest run of their own (reset between tests, a
held answer hung up when its test ends, another spec).

Until the package's ``pytest11`` entry point registers the plugin, this module loads it itself.
"""

from __future__ import annotations

import asyncio
import time

import pytest

from together_facade import AsyncTogether, RateLimitError, Together
from together_facade.testing import StandIn

pytest_plugins = ["pytester", "together_facade.testing.pytest_plugin"]

CHAT = "POST /chat/completions"
MESSAGES = [{"role": "user", "content": "Hi"}]


def test_the_sync_client_talks_to_the_stand_in(
    together_standin: StandIn, together_client: Together
) -> None:
    assert together_standin.requests == []  # reset before the test
    together_standin.chat_reply("Hello!")
    resp = together_client.chat.completions.create(model="m", messages=MESSAGES)
    assert resp.choices[0].message.content == "Hello!"
    call = together_standin.assert_called(CHAT, times=1)[0]
    assert call.headers["authorization"] == "Bearer test-key"
    assert str(together_client.base_url).startswith(together_standin.base_url)


def test_a_429_is_retried_fast(together_standin: StandIn, together_client: Together) -> None:
    together_standin.server_error(CHAT)
    together_standin.rate_limit(CHAT)  # Retry-After: 0
    started = time.monotonic()
    together_client.chat.completions.create(model="m", messages=MESSAGES)
    assert time.monotonic() - started < 1
    together_standin.assert_called(CHAT, times=3)
    together_standin.rate_limit(CHAT, times=None)
    with pytest.raises(RateLimitError):
        together_client.chat.completions.create(model="m", messages=MESSAGES)


@pytest.mark.anyio
async def test_the_async_client_under_anyio(
    together_standin: StandIn, async_together_client: AsyncTogether
) -> None:
    together_standin.chat_reply(["Hel", "lo"])
    stream = await async_together_client.chat.completions.create(
        model="m", messages=MESSAGES, stream=True
    )
    async with stream:
        assert [t async for t in stream.text_deltas()] == ["Hel", "lo"]
    emb = await async_together_client.embeddings.create(model="m", input=["a", "b"])
    assert len(emb.data) == 2


def test_the_async_client_under_asyncio_run(
    together_standin: StandIn, async_together_client: AsyncTogether
) -> None:
    async def twice() -> list[str | None]:
        first = await async_together_client.chat.completions.create(model="m", messages=MESSAGES)
        second = await async_together_client.chat.completions.create(model="m", messages=MESSAGES)
        return [first.choices[0].finish_reason, second.choices[0].finish_reason]

    assert asyncio.run(twice()) == ["stop", "stop"]
    # A second event loop: the client kept no connection bound to the first one.
    assert asyncio.run(twice()) == ["stop", "stop"]
    together_standin.assert_called(CHAT, times=4)


USERS_TESTS = """
import threading
import time

import httpx

held = []


def test_one(together_standin, together_client):
    together_standin.chat_reply("programmed")  # for good: must not leak into test_two
    together_client.files.upload(b'{"text": "a"}\\n', purpose="fine-tune", file_name="a.jsonl")
    together_standin.hold_open("GET /models")
    thread = threading.Thread(
        target=lambda: held.append(httpx.get(together_standin.base_url + "/models", timeout=None))
    )
    thread.start()
    held.append(thread)
    while len(together_standin.requests) < 4:  # the upload's three, then the held call
        time.sleep(0.01)


def test_two(together_standin, together_client):
    thread = held[0]
    thread.join(5)
    assert not thread.is_alive()  # test_one's held answer was hung up when it ended
    assert together_standin.requests == []
    answer = together_client.chat.completions.create(model="m", messages=[])
    assert answer.choices[0].message.content != "programmed"
    assert list(together_client.files.list()) == []


def test_three(together_standin):
    assert together_standin.base_url.startswith("http://127.0.0.1:")
"""


def test_a_users_test_run_gets_a_fresh_stand_in_for_each_test(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_users_app=USERS_TESTS)
    result = pytester.runpytest_inprocess("-p", "together_facade.testing.pytest_plugin")
    result.assert_outcomes(passed=3)


def test_a_conftest_can_serve_another_spec(pytester: pytest.Pytester) -> None:
    spec = {
        "openapi": "3.1.0",
        "paths": {"/ping": {"get": {"responses": {"204": {"description": "pong"}}}}},
    }
    pytester.makeconftest(
        "import pytest\n\n"
        "@pytest.fixture(scope='session')\n"
        f"def together_standin_spec():\n    return {spec!r}\n"
    )
    pytester.makepyfile(
        "import httpx\n\n"
        "def test_ping(together_standin):\n"
        "    assert [op[:2] for op in together_standin.operations] == [('GET', '/ping')]\n"
        "    assert httpx.get(together_standin.base_url + '/ping').status_code == 204\n"
    )
    result = pytester.runpytest_inprocess("-p", "together_facade.testing.pytest_plugin")
    result.assert_outcomes(passed=1)
