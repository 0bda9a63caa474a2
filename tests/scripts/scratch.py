"""A scratch copy of the project's generation inputs and output, so that tests can break the
inputs and run the real scripts without touching the checkout.

The checkout's ``openapi.yaml`` is Together's current spec (the same bytes as ``UPSTREAM``). The
spec the project started from, and the fixes that went with it, are kept as fixtures
(``SPEC_2024``, ``FIXES_2024``): ``Project.checkout_2024`` puts a scratch project back at that
state, so that the update from it to the current spec can be tested end to end.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = ROOT / "scripts"
sys.path.insert(0, str(SCRIPTS))

import specfix  # noqa: E402

SPECS = ROOT / "tests" / "fixtures" / "specs"
#: Together's current spec, as published; the checkout's openapi.yaml is these bytes.
UPSTREAM = SPECS / "upstream-openapi.yaml"
#: The 2024 spec the project started from (16 operations), and the fixes that went with it,
#: both exactly as they were committed before the move to the current spec.
SPEC_2024 = SPECS / "openapi-2024.yaml"
FIXES_2024 = SPECS / "openapi-2024-fixes.yaml"


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

    def files(self, folder: str = "generated") -> dict[str, bytes]:
        """Every file of ``folder`` (caches left out), by its path in it, with its bytes."""
        return tree_files(self.root / folder)

    def inputs(self) -> tuple[bytes, bytes]:
        """The bytes of openapi.yaml and openapi-fixes.yaml."""
        return (
            (self.root / "openapi.yaml").read_bytes(),
            (self.root / "openapi-fixes.yaml").read_bytes(),
        )

    def surface(self, *args: str) -> subprocess.CompletedProcess[str]:
        """Run ``scripts/surface.py`` on the scratch project's own client and facade."""
        path = os.pathsep.join([str(self.root / "generated"), str(self.root)])
        env = {**os.environ, "PYTHONPATH": path, "PYTHONDONTWRITEBYTECODE": "1"}
        return subprocess.run(
            [sys.executable, str(self.root / "scripts" / "surface.py"), *args],
            cwd=self.root, env=env, capture_output=True, text=True, check=False, timeout=300,
        )  # fmt: skip

    def write_surface(self) -> None:
        """Rewrite the scratch ``tests/api-surface.txt`` from its own client and facade (as
        ``make surface`` does), so that a spec check's surface diff, read against it, shows
        only what the new spec changes, whether or not the checkout's snapshot is up to date
        (``tests/test_surface.py`` checks that one)."""
        result = self.surface("--write")
        assert result.returncode == 0, result.stderr

    def checkout_2024(self, *, current_fixes: bool = False, regenerate: bool = False) -> Project:
        """Put the generation inputs back at their 2024 state: ``openapi.yaml`` is the 2024 spec
        and ``openapi-fixes.yaml`` the fixes that went with it (with ``current_fixes``: the
        checkout's fixes, rewritten for the current spec, as they are when that spec is about to
        be adopted). The facade, its tests and the scripts stay the checkout's; so does
        ``generated/``, unless ``regenerate``: then it is rebuilt from the 2024 spec and the 2024
        fixes (by the checkout's scripts) before the current fixes, if asked for, go in."""
        shutil.copyfile(SPEC_2024, self.root / "openapi.yaml")
        shutil.copyfile(FIXES_2024, self.root / "openapi-fixes.yaml")
        if regenerate:
            result = self.run()
            assert result.returncode == 0, "the 2024 client did not regenerate:\n" + result.stderr
        if current_fixes:
            shutil.copyfile(ROOT / "openapi-fixes.yaml", self.root / "openapi-fixes.yaml")
        return self


def tree_files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in folder.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }


def write_spec(spec: dict[str, Any], path: Path) -> Path:
    """Write a (changed) spec as JSON. The current spec has YAML timestamps in its examples,
    which JSON has not: they are written as ISO strings, as regenerate.py writes them."""

    def iso(value: object) -> str:
        if isinstance(value, datetime.date):
            return value.isoformat()
        raise TypeError(f"cannot write {type(value).__name__} into a spec")

    path.write_text(json.dumps(spec, default=iso))
    return path


#: A fast part of the suite, for the spec checks these tests run (the real gate runs it all).
QUICK_TESTS = ("--check-tests", "tests/test_calls.py", "tests/generated/test_real_responses.py")


@dataclass
class Update:
    """A spec update adopted through the gate (``regenerate.py --spec``) in a scratch project."""

    project: Project
    spec: Path  # the new spec
    result: subprocess.CompletedProcess[str]  # what the gate said
    facade_before: dict[str, bytes]  # the facade's files before the update


def adopt_a_clean_update(tmp_path: Path) -> Update:
    """Adopt, in a fresh scratch project, the current spec plus a new operation (``GET /health``,
    under a new tag) and a new optional request field (``ChatCompletionRequest.thinking_budget``):
    a spec update that needs no fix and no facade edit. One adoption (the whole gate: a build,
    mypy, the surface and the quick tests) for the tests of what it did."""
    project = make_project(tmp_path)
    project.write_surface()  # the baseline the gate's surface diff is read against
    spec = specfix.load_yaml(project.root / "openapi.yaml")
    assert "/health" not in spec["paths"]
    assert not (project.root / "generated/together_api_client/api/health").exists()
    spec["paths"]["/health"] = {
        "get": {
            "operationId": "health-check",
            "tags": ["Health"],
            "responses": {
                "200": {
                    "description": "ok",
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "properties": {"status": {"type": "string"}},
                            }
                        }
                    },
                }
            },
        }
    }
    fields = spec["components"]["schemas"]["ChatCompletionRequest"]["properties"]
    assert "thinking_budget" not in fields
    fields["thinking_budget"] = {"type": "integer", "description": "Tokens the model may think."}
    new_spec = write_spec(spec, project.root / "new.json")
    facade_before = project.files("together_facade")
    result = project.run("--spec", str(new_spec), *QUICK_TESTS)
    return Update(project, new_spec, result, facade_before)


def make_project(tmp_path: Path) -> Project:
    """A copy of what the scripts read: the generation inputs and output, and the facade and its
    tests (the spec check runs them against a new client)."""
    for name in ("openapi.yaml", "openapi-fixes.yaml", "pyproject.toml", "README.md", "Makefile"):
        shutil.copyfile(ROOT / name, tmp_path / name)
    ignore = shutil.ignore_patterns("__pycache__", ".mypy_cache", ".pytest_cache")
    for folder in ("scripts", "generated", "together_facade", "tests", "examples"):
        shutil.copytree(ROOT / folder, tmp_path / folder, ignore=ignore)
    return Project(tmp_path)
