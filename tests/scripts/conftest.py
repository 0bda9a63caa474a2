"""Fixtures for the tests of scripts/ (they import scripts/ and scratch.py from this folder)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path[:0] = [
    str(Path(__file__).resolve().parent),
    str(Path(__file__).resolve().parents[2] / "scripts"),
]

from scratch import Project, make_project  # noqa: E402


@pytest.fixture
def project(tmp_path: Path) -> Project:
    return make_project(tmp_path)
