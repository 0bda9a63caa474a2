"""pytest fixtures of the test kit: a stand-in of the Together API and clients pointed at it.

Registered as a pytest plugin when together-facade is installed (entry point ``pytest11``), so
the fixtures need no import; without the entry point, load it with
``-p together_facade.testing.pytest_plugin`` or ``pytest_plugins = [...]`` in a conftest.
pytest imports this module in every session: it imports nothing heavy itself (no server starts,
jsonschema is not imported) until a test asks for a fixture. (PYTEST_DONT_REWRITE: it has no
assertion to rewrite, and may be imported before pytest loads it as a plugin.)

* ``together_standin``: the ``StandIn``, one server for the whole session, reset before and
  after each test (what a test programs, records or stores never leaks into the next, and an
  answer held open by ``hold_open`` hangs up when its test ends).
* ``together_client``: a ``Together`` pointed at it (api key ``"test-key"``), retrying after
  10 ms (at most 100 ms: a 429 test stays fast; a ``Retry-After`` the stand-in sends is still
  honoured), with a 10 s timeout so that a held answer never blocks a test for long.
* ``async_together_client``: the same as an ``AsyncTogether``. It keeps no connection between
  requests, so it works under any event loop (pytest-asyncio, anyio, ``asyncio.run`` in a sync
  test) and is closed after the test whichever loop it ran in.
* ``together_standin_spec``: the spec the stand-in serves (None: the packaged one). Override it
  in a conftest to serve another (a path to a JSON or YAML spec, or the spec as a dict).

Example::

    def test_summary_retries_a_rate_limit(together_standin, together_client):
        together_standin.rate_limit("POST /chat/completions")
        together_standin.chat_reply("A short summary.")
        assert summarize(together_client, "long text") == "A short summary."
        together_standin.assert_called("POST /chat/completions", times=2)
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from together_facade import AsyncTogether, Together
    from together_facade.testing import StandIn

__all__ = [
    "async_together_client",
    "together_client",
    "together_standin",
    "together_standin_spec",
]

API_KEY = "test-key"
#: The clients' settings: quick retries, a timeout that ends a held answer soon enough.
CLIENT_OPTIONS: dict[str, Any] = {
    "api_key": API_KEY,
    "max_retries": 2,
    "initial_retry_delay": 0.01,
    "max_retry_delay": 0.1,
    "timeout": 10.0,
}


@pytest.fixture(scope="session")
def together_standin_spec() -> Any:
    """The spec the stand-in serves: None, the one the client is generated from."""
    return None


@pytest.fixture(scope="session")
def _together_standin_server(together_standin_spec: Any) -> Iterator[StandIn]:
    from together_facade.testing import StandIn

    with StandIn(together_standin_spec) as api:
        yield api


@pytest.fixture
def together_standin(_together_standin_server: StandIn) -> Iterator[StandIn]:
    """The stand-in of the Together API: one server for the session, reset around each test."""
    _together_standin_server.reset()
    yield _together_standin_server
    _together_standin_server.reset()


@pytest.fixture
def together_client(together_standin: StandIn) -> Iterator[Together]:
    """A ``Together`` client pointed at the stand-in."""
    from together_facade import Together

    with Together(base_url=together_standin.base_url, **CLIENT_OPTIONS) as client:
        yield client


@pytest.fixture
def async_together_client(together_standin: StandIn) -> Iterator[AsyncTogether]:
    """An ``AsyncTogether`` client pointed at the stand-in, usable under any event loop."""
    import httpx

    from together_facade import AsyncTogether

    no_pool = httpx.AsyncHTTPTransport(limits=httpx.Limits(max_keepalive_connections=0))
    client = AsyncTogether(base_url=together_standin.base_url, transport=no_pool, **CLIENT_OPTIONS)
    yield client
    _run_to_end(client.close)


def _run_to_end(close: Any) -> None:
    """Run the coroutine function ``close`` to its end from sync code: in this thread when no
    event loop runs here, else in a thread of its own (a sync fixture's teardown can run inside
    a loop, under some async plugins)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        asyncio.run(close())
        return
    done = threading.Thread(target=lambda: asyncio.run(close()), name="close-async-client")
    done.start()
    done.join()
