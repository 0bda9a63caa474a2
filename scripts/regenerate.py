"""Regenerate ``generated/`` from the spec, the fixes, the generator config and templates.

    python scripts/regenerate.py                 # regenerate generated/ from openapi.yaml
    python scripts/regenerate.py --check         # drift check: fail if generated/ is not exact
    python scripts/regenerate.py --spec-check NEW.yaml  # what NEW.yaml would do: one report
    python scripts/regenerate.py --spec NEW.yaml        # spec update: adopt NEW.yaml as
                                                        # openapi.yaml only if its check passes

Everything is built in a scratch folder first; ``generated/`` is replaced only when the fixes all
apply, the generator reports no warning, our generator step (``scripts/codegen/facade.py``) runs
and every generated module imports. Otherwise the script stops, naming every op of every fix
that no longer applies and every generator warning, and leaves ``generated/`` and
``openapi.yaml`` as they were. A new spec must pass the spec check as well (``speccheck``: the
facade type-checks and its tests pass against the new client).
"""

from __future__ import annotations

import argparse
import datetime
import difflib
import filecmp
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import genrun
import speccheck
import specfix

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
FIXES = ROOT / "openapi-fixes.yaml"
CODEGEN = ROOT / "scripts" / "codegen"
GENERATED = ROOT / "generated"
PACKAGE = "together_api_client"
INPUTS_FILE = "INPUTS.json"
#: Our generator step (the facade's tables: params.py, operations.py, results.py) and its settings.
FACADE_STEP = ("facade.py", "facade.yaml")


class RegenerationError(Exception):
    """Regeneration stopped; the message lists every reason."""


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _inputs_record(spec: Path, fixes: Path) -> dict[str, object]:
    folder = CODEGEN / "templates"
    templates = sorted(p for p in folder.rglob("*") if p.is_file())
    return {
        "facade_step": {name: _sha256(CODEGEN / name) for name in FACADE_STEP},
        "spec": {"path": "openapi.yaml", "sha256": _sha256(spec)},
        "fixes": {"path": fixes.relative_to(ROOT).as_posix(), "sha256": _sha256(fixes)},
        "generator_config": {"sha256": _sha256(CODEGEN / "config.yaml")},
        "templates": {t.relative_to(folder).as_posix(): _sha256(t) for t in templates},
        "tools": {
            "openapi-python-client": version("openapi-python-client"),
            "ruff": version("ruff"),
        },
        "command": "make generate",
    }


def _iso(value: object) -> str:
    if isinstance(value, datetime.date):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} into the patched spec")


def _run(cmd: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    # The generator orders some properties by iterating a set: fix the hash seed so that the
    # output is the same on every run and machine.
    env = {
        **os.environ,
        "PYTHONHASHSEED": "0",
        "PYTHONDONTWRITEBYTECODE": "1",
        "NO_COLOR": "1",
        "TERM": "dumb",
    }
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, check=False)


@dataclass
class Build:
    """What building a client from a spec gave: the tree (None if it could not be made), the
    fixes that no longer apply, the generator's warnings, and any other problem."""

    tree: Path | None
    stale: list[specfix.FixFailure] = field(default_factory=list)
    warnings: list[genrun.GeneratorWarning] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return self.tree is not None and not (self.stale or self.warnings or self.problems)

    def text(self) -> str:
        lines = [str(f) for f in self.stale]
        lines += [f"generator: {w}" for w in self.warnings]
        lines += self.problems
        return "\n".join(f"- {line}" for line in lines)


def build_report(spec: Path, fixes: Path, scratch: Path) -> Build:
    """Build a ``generated/`` tree for ``spec`` in ``scratch``, going as far as it can: every
    stale fix and every generator warning is collected (the generator runs on what the fixes
    that still apply make of the spec), and the tree is kept if it could be made."""
    try:
        fix_list = specfix.load_fixes(fixes)
    except specfix.FixFileError as exc:
        return Build(None, problems=[str(exc)])
    patched, stale = specfix.apply_fixes(specfix.load_yaml(spec), fix_list)
    report = Build(None, stale=list(stale))

    patched_path = scratch / "patched-openapi.json"
    # YAML timestamps (examples in newer specs) are not JSON: write them as ISO strings.
    patched_path.write_text(json.dumps(patched, indent=1, default=_iso))
    tree = scratch / "generated"
    package = tree / PACKAGE
    try:
        report.warnings = genrun.run_generator(
            patched_path, package, CODEGEN / "config.yaml", CODEGEN / "templates"
        )
    except genrun.GeneratorCrashed as exc:
        report.problems.append(f"generator: {exc}")
        return report
    if not package.is_dir():
        return report
    step = _run(
        [sys.executable, str(CODEGEN / "facade.py"), str(patched_path), str(package)], scratch
    )
    if step.returncode != 0:
        report.problems.append(step.stderr.strip() or step.stdout.strip())
        return report

    ruff = [
        sys.executable,
        "-P",
        "-m",
        "ruff",
    ]  # -P: the cwd (generated modules) is not on sys.path
    for cmd in (
        [*ruff, "check", "--isolated", "--no-cache", "--fix-only", "--extend-select=I", "."],
        [*ruff, "format", "--isolated", "--no-cache", "."],
    ):
        formatted = _run(cmd, cwd=package)
        if formatted.returncode != 0:
            report.problems.append(f"ruff failed: {formatted.stdout}{formatted.stderr}")
            return report

    (package / "py.typed").write_text("# Marker file for PEP 561\n")
    record = _inputs_record(spec, fixes)
    (tree / INPUTS_FILE).write_text(json.dumps(record, indent=2, sort_keys=True) + "\n")
    try:
        _check_imports(tree)
    except RegenerationError as exc:
        report.problems.append(str(exc).removeprefix("- "))
        return report
    report.tree = tree
    return report


def build(spec: Path, fixes: Path, scratch: Path) -> Path:
    """Build a whole ``generated/`` tree in ``scratch``; raise RegenerationError on problems."""
    report = build_report(spec, fixes, scratch)
    if not report.clean or report.tree is None:
        raise RegenerationError(report.text() or "- the client could not be generated")
    return report.tree


def _check_imports(tree: Path) -> None:
    """Every generated module must import, with nothing else on the path."""
    probe = (
        "import importlib, pkgutil, sys\n"
        f"import {PACKAGE} as p\n"
        "bad = []\n"
        "for m in pkgutil.walk_packages(p.__path__, p.__name__ + '.'):\n"
        "    try:\n"
        "        importlib.import_module(m.name)\n"
        "    except Exception as e:\n"
        "        bad.append(f'{m.name}: {e!r}')\n"
        "print('\\n'.join(bad))\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = _run(
        [
            sys.executable,
            "-I",
            "-B",
            "-c",
            f"import sys; sys.path.insert(0, {str(tree)!r})\n" + probe,
        ],
        tree,
    )
    if result.returncode != 0:
        raise RegenerationError(
            f"- generated modules do not import:\n{result.stdout}{result.stderr}"
        )


def _files(tree: Path) -> dict[str, Path]:
    return {
        p.relative_to(tree).as_posix(): p
        for p in tree.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }


def compare(expected: Path, actual: Path, max_lines: int = 60) -> list[str]:
    """A readable summary of how ``actual`` differs from ``expected`` (empty when identical)."""
    want, have = _files(expected), _files(actual)
    lines: list[str] = []
    for name in sorted(want.keys() - have.keys()):
        lines.append(f"missing from generated/: {name}")
    for name in sorted(have.keys() - want.keys()):
        lines.append(f"not produced by the inputs: {name}")
    for name in sorted(want.keys() & have.keys()):
        if filecmp.cmp(want[name], have[name], shallow=False):
            continue
        lines.append(f"differs: {name}")
        diff = difflib.unified_diff(
            have[name].read_text().splitlines(),
            want[name].read_text().splitlines(),
            f"generated/{name}",
            f"regenerated/{name}",
            lineterm="",
        )
        lines += ["    " + d for d in list(diff)[:max_lines]]
    return lines


def _replace_tree(new: Path) -> None:
    old = GENERATED.with_name(".generated.old")
    shutil.rmtree(old, ignore_errors=True)
    if GENERATED.exists():
        GENERATED.rename(old)
    new.rename(GENERATED)
    shutil.rmtree(old, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--spec", type=Path, help="a new spec to adopt, if it passes --spec-check")
    parser.add_argument(
        "--spec-check", type=Path, metavar="SPEC", help="report what SPEC would do; change nothing"
    )
    parser.add_argument("--fixes", type=Path, default=FIXES, help=argparse.SUPPRESS)
    # The project's tests of the gate narrow the suite it runs (the default: all of it).
    parser.add_argument("--check-tests", nargs="*", default=[], help=argparse.SUPPRESS)
    parser.add_argument(
        "--check", action="store_true", help="compare with generated/, change nothing"
    )
    args = parser.parse_args(argv)
    if args.check and (args.spec or args.spec_check):
        parser.error("--check compares against openapi.yaml; do not combine it with a spec")
    if args.spec_check:
        return _spec_check(args.spec_check.resolve(), args.fixes.resolve(), args.check_tests)
    spec = (args.spec or SPEC).resolve()
    adopting = args.spec is not None and spec != SPEC.resolve()

    # The scratch folder sits beside generated/ so the final rename is atomic.
    scratch = Path(tempfile.mkdtemp(prefix=".regen-", dir=ROOT if not args.check else None))
    try:
        if adopting:
            return _adopt(spec, args.fixes.resolve(), scratch, args.check_tests)
        try:
            tree = build(spec, args.fixes.resolve(), scratch)
        except RegenerationError as exc:
            print(f"Regeneration stopped; generated/ was left as it was.\n{exc}", file=sys.stderr)
            return 1
        if args.check:
            diff = compare(tree, GENERATED)
            if diff:
                print(
                    "generated/ is not what the inputs produce (run `make generate`):",
                    file=sys.stderr,
                )
                print("\n".join(diff), file=sys.stderr)
                return 1
            print("generated/ matches openapi.yaml + openapi-fixes.yaml + scripts/codegen.")
            return 0
        _replace_tree(tree)
        print(f"generated/{PACKAGE} regenerated from {spec.name}.")
        return 0
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _spec_check(spec: Path, fixes: Path, tests: list[str]) -> int:
    """``make spec-check SPEC=...``: the report, and nothing changed."""
    with tempfile.TemporaryDirectory(prefix="spec-check-") as folder:
        result = speccheck.check(spec, SPEC, fixes, Path(folder), tests)
        print(speccheck.render(result, spec), end="")
    return 0 if result.passed else 1


def _adopt(spec: Path, fixes: Path, scratch: Path, tests: list[str]) -> int:
    """``make generate SPEC=...``: adopt ``spec`` only if the spec check passes: then the new
    client, the spec and the public-surface snapshot replace the current ones together."""
    result = speccheck.check(spec, SPEC, fixes, scratch, tests, gate=True)
    report = speccheck.render(result, spec)
    if not result.passed or result.project is None:
        print(report, end="", file=sys.stderr)
        print(
            "\nRegeneration stopped; generated/ was left as it was. The new spec was not "
            "adopted: update or drop the fixes, or the facade, named above.",
            file=sys.stderr,
        )
        return 1
    print(report, end="")
    _replace_tree(result.project / "generated")
    # INPUTS.json names openapi.yaml with the new spec's hash: now it holds those bytes.
    shutil.copyfile(spec, SPEC)
    surface = result.project / speccheck.SURFACE
    if surface.exists():
        shutil.copyfile(surface, ROOT / speccheck.SURFACE)
    print(f"generated/{PACKAGE} regenerated from {spec.name}; openapi.yaml is now {spec.name}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
