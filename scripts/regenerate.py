"""Regenerate ``generated/`` from the spec, the fixes, the generator config and templates.

    python scripts/regenerate.py                 # regenerate generated/ from openapi.yaml
    python scripts/regenerate.py --check         # drift check: fail if generated/ is not exact
    python scripts/regenerate.py --spec NEW.yaml # spec update: regenerate from NEW.yaml and, only
                                                 # if that is clean, adopt it as openapi.yaml

Everything is built in a scratch folder first; ``generated/`` is replaced only when the fixes all
apply, the generator reports no warning, and every generated module imports. Otherwise the script
stops, naming each fix that no longer applies and each generator warning, and leaves
``generated/`` and ``openapi.yaml`` as they were.
"""

from __future__ import annotations

import argparse
import datetime
import difflib
import filecmp
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from importlib.metadata import version
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import specdiff
import specfix

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
FIXES = ROOT / "openapi-fixes.yaml"
CODEGEN = ROOT / "scripts" / "codegen"
GENERATED = ROOT / "generated"
PACKAGE = "together_api_client"
INPUTS_FILE = "INPUTS.json"


class RegenerationError(Exception):
    """Regeneration stopped; the message lists every reason."""


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _inputs_record(spec: Path, fixes: Path) -> dict[str, object]:
    folder = CODEGEN / "templates"
    templates = sorted(p for p in folder.rglob("*") if p.is_file())
    return {
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


def _generator_warnings(output: str) -> list[str]:
    """The generator's report, one line per warning (blocks are separated by two blank lines)."""
    noise = ("Generating ", "If you believe this was a mistake", "Skipping Integration")
    warnings = []
    for block in re.split(r"\n\s*\n\s*\n", output.replace("\r", "")):
        lines = []
        for line in block.strip().splitlines():
            if line.startswith(("{", "[")):  # the offending schema, dumped as JSON: too long
                break
            if line.strip() and not line.startswith(noise):
                lines.append(line.strip())
        if lines:
            warnings.append(" | ".join(lines))
    return warnings


def build(spec: Path, fixes: Path, scratch: Path) -> Path:
    """Build a whole ``generated/`` tree in ``scratch``; raise RegenerationError on problems."""
    problems: list[str] = []
    try:
        fix_list = specfix.load_fixes(fixes)
    except specfix.FixFileError as exc:
        raise RegenerationError(str(exc)) from exc
    patched, failures = specfix.apply_fixes(specfix.load_yaml(spec), fix_list)
    problems += [str(f) for f in failures]

    patched_path = scratch / "patched-openapi.json"
    # YAML timestamps (examples in newer specs) are not JSON: write them as ISO strings.
    patched_path.write_text(json.dumps(patched, indent=1, default=_iso))
    tree = scratch / "generated"
    package = tree / PACKAGE
    result = _run(
        [
            sys.executable, "-m", "openapi_python_client", "generate",
            "--path", str(patched_path),
            "--output-path", str(package),
            "--meta", "none",
            "--config", str(CODEGEN / "config.yaml"),
            "--custom-template-path", str(CODEGEN / "templates"),
            "--fail-on-warning",
        ],
        cwd=scratch,
    )  # fmt: skip
    if result.returncode != 0:
        warnings = _generator_warnings(result.stdout + "\n" + result.stderr)
        problems += [f"generator: {w}" for w in warnings] or [
            f"generator exited with {result.returncode}"
        ]
    if problems:
        raise RegenerationError("\n".join(f"- {p}" for p in problems))

    ruff = [
        sys.executable,
        "-P",
        "-m",
        "ruff",
    ]  # -P: the cwd (full of generated modules) is not on sys.path
    for cmd in (
        [*ruff, "check", "--isolated", "--no-cache", "--fix-only", "--extend-select=I", "."],
        [*ruff, "format", "--isolated", "--no-cache", "."],
    ):
        formatted = _run(cmd, cwd=package)
        if formatted.returncode != 0:
            raise RegenerationError(f"- ruff failed: {formatted.stdout}{formatted.stderr}")

    (package / "py.typed").write_text("# Marker file for PEP 561\n")
    record = _inputs_record(spec, fixes)
    (tree / INPUTS_FILE).write_text(json.dumps(record, indent=2, sort_keys=True) + "\n")
    _check_imports(tree)
    return tree


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
    parser.add_argument("--spec", type=Path, help="a new spec to adopt (default: openapi.yaml)")
    parser.add_argument("--fixes", type=Path, default=FIXES, help=argparse.SUPPRESS)
    parser.add_argument(
        "--check", action="store_true", help="compare with generated/, change nothing"
    )
    args = parser.parse_args(argv)
    spec = (args.spec or SPEC).resolve()
    if args.check and args.spec:
        parser.error("--check compares against openapi.yaml; do not combine it with --spec")

    # The scratch folder sits beside generated/ so the final rename is atomic.
    scratch = Path(tempfile.mkdtemp(prefix=".regen-", dir=ROOT if not args.check else None))
    try:
        try:
            tree = build(spec, args.fixes.resolve(), scratch)
        except RegenerationError as exc:
            print(f"Regeneration stopped; generated/ was left as it was.\n{exc}", file=sys.stderr)
            if args.spec:
                print(
                    "\nThe new spec was not adopted: update or drop the fixes named above.",
                    file=sys.stderr,
                )
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
        adopting = args.spec is not None and spec != SPEC.resolve()
        if adopting:
            print(specdiff.render(specdiff.diff(specfix.load_yaml(SPEC), specfix.load_yaml(spec))))
        _replace_tree(tree)
        if adopting:
            # INPUTS.json names openapi.yaml with the new spec's hash: now it holds those bytes.
            shutil.copyfile(spec, SPEC)
        print(f"generated/{PACKAGE} regenerated from {spec.name}.")
        return 0
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
