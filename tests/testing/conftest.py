"""Fixtures of the test kit's tests: one stand-in per module, reset before each test, and the
two client modes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from together_facade.testing import StandIn


@pytest.fixture(scope="module")
def standin() -> Iterator[StandIn]:
    with StandIn() as api:
        yield api


@pytest.fixture
def kit(standin: StandIn) -> Iterator[StandIn]:
    """The module's stand-in, reset before and after the test."""
    standin.reset()
    yield standin
    standin.reset()


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    """Run the test with ``Together`` and with ``AsyncTogether``."""
    return str(request.param)
