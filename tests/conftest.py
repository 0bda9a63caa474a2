"""Fixtures shared by the tests (helpers live in tests/helpers.py)."""

from __future__ import annotations

import pytest
from pytest_httpserver import HTTPServer

from tests.helpers import Invoker


@pytest.fixture(params=["sync", "async"])
def invoke(request: pytest.FixtureRequest, httpserver: HTTPServer) -> Invoker:
    """Run the test once with ``Together`` and once with ``AsyncTogether``."""
    return Invoker(request.param, httpserver)
