"""A scratch copy of the project's generation inputs and output, so that tests can break the
inputs and run the real scripts without touching the checkout."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = ROOT / "scripts"
sys.path.insert(0, str(SCRIPTS))


@dataclass
class Project:
    root: Path

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, str(self.root / "scripts" / "regenerate.py"), *args],
            capture_output=True,
            text=True,
            check=False,
            timeout=600,
        )

    def tree_digest(self, folder: str = "generated") -> str:
        digest = hashlib.sha256()
        for path in sorted((self.root / folder).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(path.relative_to(self.root).as_posix().encode())
                digest.update(path.read_bytes())
        return digest.hexdigest()


#: A fast part of the suite, for the spec checks these tests run (the real gate runs it all).
QUICK_TESTS = ("--check-tests", "tests/test_calls.py", "tests/generated/test_real_responses.py")


def make_project(tmp_path: Path) -> Project:
    """A copy of what the scripts read: the generation inputs and output, and the facade and its
    tests (the spec check runs them against a new client)."""
    for name in ("openapi.yaml", "openapi-fixes.yaml", "pyproject.toml", "README.md", "Makefile"):
        shutil.copyfile(ROOT / name, tmp_path / name)
    ignore = shutil.ignore_patterns("__pycache__", ".mypy_cache", ".pytest_cache")
    for folder in ("scripts", "generated", "together_facade", "tests", "examples"):
        shutil.copytree(ROOT / folder, tmp_path / folder, ignore=ignore)
    return Project(tmp_path)
