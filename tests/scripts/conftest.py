"""Fixtures for the tests of scripts/ (they import scripts/ and scratch.py from this folder)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path[:0] = [
    str(Path(__file__).resolve().parent),
    str(Path(__file__).resolve().parents[2] / "scripts"),
]

from scratch import (  # noqa: E402
    FIXES_2024,
    SPEC_2024,
    Project,
    Update,
    adopt_a_clean_update,
    make_project,
)


@pytest.fixture
def project(tmp_path: Path) -> Project:
    """A scratch copy of the checkout, for a test that changes it."""
    return make_project(tmp_path)


@pytest.fixture(scope="session")
def project_2024(tmp_path_factory: pytest.TempPathFactory) -> Project:
    """One scratch project at its 2024 state (the 2024 spec and the 2024 fixes; the checkout's
    generated/ and facade), shared by the tests that only check the update to the current spec
    and assert that it changed nothing. Each use checks it is still at that state."""
    return make_project(tmp_path_factory.mktemp("at-2024")).checkout_2024()


@pytest.fixture
def at_2024(project_2024: Project) -> Project:
    assert project_2024.inputs() == (SPEC_2024.read_bytes(), FIXES_2024.read_bytes()), (
        "an earlier test changed the shared 2024 project"
    )
    assert not list(project_2024.root.glob(".regen-*")), "an earlier test left a scratch folder"
    return project_2024


@pytest.fixture(scope="session")
def clean_update(tmp_path_factory: pytest.TempPathFactory) -> Update:
    """A clean spec update (a new operation and a new request field), adopted once, for the
    tests of what adopting it did (test_regenerate.py and test_speccheck.py); they only read."""
    return adopt_a_clean_update(tmp_path_factory.mktemp("clean-update"))
