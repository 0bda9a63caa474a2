"""An offline stand-in of the Together API, for the tests of your own code.

``StandIn`` serves every operation of the API on 127.0.0.1, with bodies valid against the spec
the client is generated from: real recorded answers of the service where there are some (chat,
its stream, completions, embeddings, rerank, images), made-up ones elsewhere. It keeps what a
flow creates (files, batches, endpoints, fine-tunes...), records every request, and answers
what a test tells it to, including faults. Install with ``pip install
'together-facade[testing]'`` (it checks answers with jsonschema).

As a context manager::

    from together_facade import Together
    from together_facade.testing import StandIn

    with StandIn() as api, Together(api_key="test", base_url=api.base_url) as client:
        resp = client.chat.completions.create(model="m", messages=[...])  # a real capture
        api.assert_called("POST /chat/completions", times=1)

As pytest fixtures (the plugin is registered when together-facade is installed)::

    def test_my_app(together_standin, together_client):       # sync
        together_standin.chat_reply("Hello!")
        assert my_app.greet(together_client) == "Hello!"

    async def test_my_async_app(together_standin, async_together_client):  # any async runner
        ...

``together_standin`` is one server for the session, reset before and after each test;
``together_client`` / ``async_together_client`` are clients pointed at it (retries after 10 ms,
a 10 s timeout).

Operations are named ``"METHOD /template"`` as the spec writes them (``"GET /batches/{id}"``).

Answers (each for the next ``times`` calls, in order, or for good without ``times``)::

    api.answer("GET /models", json=[{"id": "my-model", "object": "model", "type": "chat"}])
    api.answer("POST /embeddings", status=401)            # the captured 401 body
    api.answer("POST /completions", sse=[chunk1, chunk2])  # then data: [DONE]
    api.chat_reply(["Hel", "lo"])                          # chunks if streamed, else whole
    api.chat_reply(tool_calls=[{"name": "get_weather", "arguments": {"city": "Paris"}}], times=1)
    chat_chunks(...), chat_completion(...)                 # the same, as data to edit

A success body given to ``answer`` must be valid against the spec (``check=False`` to send a
wrong one on purpose).

Faults (default: the next call only; ``times=None`` for good)::

    api.rate_limit(key, retry_after=1)       # 429 + Retry-After; the client's retry gets the answer
    api.server_error(key, status=503)        # a 5xx
    api.slow_first_token(key, 2.0)           # headers, 2 s of nothing, then the events
    api.cut_stream(key, after=2)             # 2 events, then the body ends (no [DONE]): the
                                             # client's IncompleteStreamError; abrupt=True: the
                                             # connection drops mid-body instead
    api.malformed_chunk(key, after=1)        # 1 good event, then one whose JSON stops halfway
    api.hold_open(key)                       # headers, then nothing until the test ends

The record::

    api.requests, api.last, api.calls(key)   # Recorded: .method .path .query .headers .json()
    api.last_upload()                        # the bytes of the last file uploaded
    api.assert_called(key, times=1); api.assert_not_called(key)
    api.assert_called_with(key, json={"model": "m"}, headers={"authorization": "Bearer test"})

Every answer carries an ``x-request-id`` (``standin-0001``, counted from the last reset), the
one ``Recorded.request_id`` holds. ``reset()`` forgets requests, answers, faults and state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._catalog import Operation
    from ._chat import ToolCall, chat_chunks, chat_completion
    from ._record import Recorded
    from ._standin import SampleRequest, StandIn

__all__ = [
    "Operation",
    "Recorded",
    "SampleRequest",
    "StandIn",
    "ToolCall",
    "chat_chunks",
    "chat_completion",
]

#: Where each public name lives: imported on first use, so that importing this package (as the
#: pytest plugin does in every session) loads no server and no jsonschema.
_HOMES = {
    "Operation": "_catalog",
    "Recorded": "_record",
    "SampleRequest": "_standin",
    "StandIn": "_standin",
    "ToolCall": "_chat",
    "chat_chunks": "_chat",
    "chat_completion": "_chat",
}

if not TYPE_CHECKING:  # a misspelt name stays an error for type checkers

    def __getattr__(name: str) -> Any:
        home = _HOMES.get(name)
        if home is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        import importlib

        value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
        globals()[name] = value
        return value
