"""The gate of a spec update: what a new spec would do to the facade, in one report.

    python scripts/regenerate.py --spec-check NEW.yaml   # make spec-check SPEC=NEW.yaml
    python scripts/regenerate.py --spec NEW.yaml         # make generate SPEC=NEW.yaml: adopts
                                                         # NEW.yaml only if this check passes

``check`` builds the new client in a scratch folder (every stale fix and every generator warning
collected, see ``regenerate.build_report``), then copies the project there with the new client and
the new spec in place of the current ones and runs, against them, what guards the facade:
``mypy --strict`` on the facade and the typing tests, and the test suite. Before the suite runs,
the public-surface snapshot (``tests/api-surface.txt``) is rewritten from the new client, so the
report shows what users would see change, and the suite checks the rest. The report ends with
the spec diff. Nothing in the checkout changes.
"""

from __future__ import annotations

import difflib
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import specdiff
import specfix

ROOT = Path(__file__).resolve().parent.parent
SURFACE = Path("tests") / "api-surface.txt"
#: What the scratch project is made of: the checkout's sources, tests and settings (not the
#: virtual environment, caches or the generated client, which is the new one).
_COPIED = ("together_facade", "tests", "examples", "scripts", "pyproject.toml", "README.md",
           "openapi-fixes.yaml", "Makefile")  # fmt: skip
_IGNORED = shutil.ignore_patterns("__pycache__", ".mypy_cache", ".pytest_cache", "*.pyc")
_SHOWN = 60  # lines of each long section shown in full; the rest are counted


@dataclass
class Outcome:
    """One check run in the scratch project: its command, whether it passed, what it said."""

    name: str
    passed: bool
    lines: list[str] = field(default_factory=list)
    summary: str = ""


@dataclass
class SpecCheck:
    build: object  # regenerate.Build
    project: Path | None = None
    outcomes: list[Outcome] = field(default_factory=list)
    surface_diff: list[str] = field(default_factory=list)
    diff_text: str = ""

    @property
    def passed(self) -> bool:
        build = self.build
        return bool(getattr(build, "clean", False)) and all(o.passed for o in self.outcomes)


def scratch_project(folder: Path, tree: Path, spec: Path) -> Path:
    """A copy of the project in ``folder`` with ``tree`` as ``generated/`` and ``spec`` as
    ``openapi.yaml``."""
    project = folder / "project"
    project.mkdir()
    for name in _COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, project / name, ignore=_IGNORED)
        elif source.exists():
            shutil.copyfile(source, project / name)
    shutil.copyfile(spec, project / "openapi.yaml")
    shutil.copytree(tree, project / "generated")
    return project


def _env(project: Path) -> dict[str, str]:
    # The scratch copies come first on the path, before the checkout's editable install.
    path = os.pathsep.join([str(project / "generated"), str(project)])
    return {**os.environ, "PYTHONPATH": path, "PYTHONDONTWRITEBYTECODE": "1"}


def _run(cmd: list[str], project: Path, timeout: float) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(
            cmd, cwd=project, env=_env(project), capture_output=True, text=True,
            check=False, timeout=timeout,
        )  # fmt: skip
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout if isinstance(exc.stdout, str) else ""
        return subprocess.CompletedProcess(cmd, 124, out, f"timed out after {timeout:.0f} s")


def run_mypy(project: Path) -> Outcome:
    cmd = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(project / ".mypy_cache"),
           "together_facade", "tests/typing"]  # fmt: skip
    result = _run(cmd, project, 600)
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    summary = (result.stdout.strip().splitlines() or [result.stderr.strip()])[-1:]
    return Outcome(
        "mypy --strict together_facade tests/typing", result.returncode == 0, errors,
        summary[0] if summary else "",
    )  # fmt: skip


def run_tests(project: Path, selection: list[str]) -> Outcome:
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--tb=line",
           "-o", "addopts=--strict-markers --import-mode=importlib -rfE", *selection]  # fmt: skip
    result = _run(cmd, project, 1800)
    lines = result.stdout.splitlines()
    failed = [line for line in lines if line.startswith(("FAILED ", "ERROR "))]
    # pytest's last line: "= 3716 passed, 1 xfailed in 417.52s =" (or without the rules in -q)
    summary = next(
        (
            line
            for line in reversed(lines)
            if re.search(r"\d+ (passed|failed|error)", line) and " in " in line
        ),
        "",
    )
    if result.returncode not in (0, 1) and not failed:
        failed = (lines + result.stderr.splitlines())[-20:]
    return Outcome(
        "pytest " + (" ".join(selection) or "(the whole suite)"), result.returncode == 0,
        failed, summary.strip("= ") or result.stderr.strip()[-300:],
    )  # fmt: skip


def surface_change(project: Path) -> tuple[list[str], Outcome | None]:
    """Rewrite the scratch project's surface snapshot from the new client; its diff against
    the checkout's is what users would see change."""
    tool = project / "scripts" / "surface.py"
    if not tool.exists():
        return [], None
    result = _run([sys.executable, str(tool), "--write"], project, 300)
    if result.returncode != 0:
        text = (result.stderr or result.stdout).strip().splitlines()[-15:]
        return [], Outcome("scripts/surface.py --write", False, text, "the surface cannot be read")
    old = (ROOT / SURFACE).read_text().splitlines() if (ROOT / SURFACE).exists() else []
    new = (project / SURFACE).read_text().splitlines()
    diff = difflib.unified_diff(old, new, f"{SURFACE} (now)", f"{SURFACE} (new spec)", lineterm="")
    return list(diff), None


def check(
    spec: Path, old_spec: Path, fixes: Path, scratch: Path, tests: list[str], gate: bool = False
) -> SpecCheck:
    """Everything ``spec`` would change, checked in ``scratch``; ``tests`` narrows the suite
    (the project's own tests of this gate use it: the default is the whole suite). With
    ``gate``, a client that did not build cleanly is refused at once, without the facade checks
    (the report alone asks for them, to show what else would break)."""
    import regenerate  # the builder; imported here as it imports this module

    result = SpecCheck(regenerate.build_report(spec, fixes, scratch))
    tree = getattr(result.build, "tree", None)
    if gate and not getattr(result.build, "clean", False):
        tree = None
    if tree is not None:
        project = scratch_project(scratch, tree, spec)
        result.project = project
        result.outcomes.append(run_mypy(project))
        result.surface_diff, failed = surface_change(project)
        if failed is not None:
            result.outcomes.append(failed)
        result.outcomes.append(run_tests(project, tests))
    result.diff_text = specdiff.render(
        specdiff.diff(specfix.load_yaml(old_spec), specfix.load_yaml(spec))
    )
    return result


def _listed(lines: list[str], indent: str = "  ") -> list[str]:
    shown = [indent + line for line in lines[:_SHOWN]]
    if len(lines) > _SHOWN:
        shown.append(f"{indent}... and {len(lines) - _SHOWN} more")
    return shown


def render(result: SpecCheck, spec: Path) -> str:
    build = result.build
    stale = list(getattr(build, "stale", []))
    warnings = list(getattr(build, "warnings", []))
    problems = list(getattr(build, "problems", []))
    out = [f"Spec check of {spec}", ""]
    out.append(f"1. Fixes that no longer apply: {len(stale)}")
    for failure in stale:
        out += ["  " + line for line in str(failure).splitlines()]
    out.append("")
    out.append(f"2. Generator warnings: {len(warnings)}")
    for number, warning in enumerate(warnings, 1):
        first, *rest = str(warning).splitlines()
        out.append(f"  {number}. {first}")
        out += ["     " + line.strip() for line in rest]
    if problems:
        out.append("")
        out.append(f"   Other problems building the client: {len(problems)}")
        for problem in problems:
            out += ["  - " + line for line in problem.splitlines()]
    out.append("")
    out.append("3. What breaks in the facade")
    if result.project is None:
        out.append("  not checked: the new client did not build cleanly")
    for outcome in result.outcomes:
        verdict = "passes" if outcome.passed else "FAILS"
        out.append(f"  {outcome.name}: {verdict} ({outcome.summary})")
        out += _listed(outcome.lines, "    ")
    out.append("")
    if result.project is None:
        out.append(f"4. What users see change ({SURFACE}): not computed: the client did not build")
    else:
        out.append(f"4. What users see change ({SURFACE}): {len(result.surface_diff)} diff lines")
    out += _listed(result.surface_diff[2:] if result.surface_diff else [], "  ")
    out.append("")
    out.append("5. The spec diff")
    out += ["  " + line for line in result.diff_text.splitlines()]
    out.append("")
    if result.passed:
        out.append("RESULT: the new spec passes every check.")
    else:
        reasons = []
        if stale:
            reasons.append(f"{len(stale)} stale fixes")
        if warnings:
            reasons.append(f"{len(warnings)} generator warnings")
        if problems or result.project is None:
            reasons.append("the client did not build cleanly")
        reasons += [o.name.split()[0] + " fails" for o in result.outcomes if not o.passed]
        out.append("RESULT: REFUSED: " + "; ".join(reasons) + ".")
    return "\n".join(out) + "\n"
