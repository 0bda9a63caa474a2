"""Fixtures shared by the tests (helpers live in tests/helpers.py)."""

from __future__ import annotations

from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from tests.helpers import Invoker, KeepAliveServer


@pytest.fixture(params=["sync", "async"])
def invoke(request: pytest.FixtureRequest, httpserver: HTTPServer) -> Invoker:
    """Run the test once with ``Together`` and once with ``AsyncTogether``."""
    return Invoker(request.param, httpserver)


@pytest.fixture
def keepalive_server() -> Any:
    """Makes ``KeepAliveServer``s (closed after the test): ``keepalive_server(tail, late)``."""
    servers: list[KeepAliveServer] = []

    def make(tail: str = "end", late: float = 0.02) -> KeepAliveServer:
        servers.append(KeepAliveServer(tail, late))
        return servers[-1]

    yield make
    for s in servers:
        s.close()
