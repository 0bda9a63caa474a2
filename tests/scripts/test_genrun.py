"""scripts/genrun.py: the generator's warnings, in full, and the very same output as its CLI."""

from __future__ import annotations

import datetime
import json
import os
import subprocess
import sys
from pathlib import Path

import genrun
import pytest
import specfix
from genrun import GeneratorWarning, run_generator
from scratch import ROOT, UPSTREAM

CODEGEN = ROOT / "scripts" / "codegen"


def _patched(spec: Path, fixes: Path | None, into: Path) -> Path:
    """``spec`` with ``fixes`` applied (all of them: they must apply), as JSON."""

    def iso(value: object) -> str:
        assert isinstance(value, datetime.date), value
        return value.isoformat()

    patched = specfix.load_yaml(spec)
    if fixes is not None:
        patched, failures = specfix.apply_fixes(patched, specfix.load_fixes(fixes))
        assert failures == []
    into.write_text(json.dumps(patched, indent=1, default=iso))
    return into


def _cli(spec: Path, output: Path) -> subprocess.CompletedProcess[str]:
    """The generator's own command line, as scripts/regenerate.py runs it."""
    cmd = [
        sys.executable, "-m", "openapi_python_client", "generate",
        "--path", str(spec),
        "--output-path", str(output),
        "--meta", "none",
        "--config", str(CODEGEN / "config.yaml"),
        "--custom-template-path", str(CODEGEN / "templates"),
        "--fail-on-warning",
    ]  # fmt: skip
    env = {
        **os.environ,
        "PYTHONHASHSEED": "0",
        "PYTHONDONTWRITEBYTECODE": "1",
        "NO_COLOR": "1",
        "TERM": "dumb",
    }
    return subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


class Run:
    def __init__(self, spec: Path, fixes: Path | None, folder: Path) -> None:
        self.warnings = run_generator(
            _patched(spec, fixes, folder / "patched.json"),
            folder / "genrun",
            CODEGEN / "config.yaml",
            CODEGEN / "templates",
        )
        self.tree = _tree(folder / "genrun")
        self.cli = _cli(folder / "patched.json", folder / "cli")
        self.cli_tree = _tree(folder / "cli")


@pytest.fixture(scope="module")
def upstream(tmp_path_factory: pytest.TempPathFactory) -> Run:
    """The current spec as Together publishes it, with no fix: what the generator makes of it."""
    return Run(UPSTREAM, None, tmp_path_factory.mktemp("upstream"))


@pytest.fixture(scope="module")
def bundled(tmp_path_factory: pytest.TempPathFactory) -> Run:
    """The checkout's spec with its fixes: what `make generate` hands the generator. (The raw
    spec has warnings, see `upstream`: the fixes remove them.)"""
    return Run(
        ROOT / "openapi.yaml", ROOT / "openapi-fixes.yaml", tmp_path_factory.mktemp("bundled")
    )


def test_the_bundled_spec_generates_without_warnings_exactly_as_the_cli(bundled: Run) -> None:
    assert bundled.warnings == []
    assert bundled.cli.returncode == 0, bundled.cli.stderr
    assert len(bundled.tree) > 100
    assert bundled.tree == bundled.cli_tree


def test_readable_messages_change_nothing_in_the_output(upstream: Run) -> None:
    # The upstream spec goes through every patched message (unions, arrays, models): same files.
    assert upstream.cli.returncode == 1  # --fail-on-warning
    assert len(upstream.tree) > 100
    assert upstream.tree == upstream.cli_tree


def test_every_warning_of_the_upstream_spec_is_reported_once(upstream: Run) -> None:
    warnings = upstream.warnings
    # 17: the raw spec, with no fix at all. (These tests used to apply the fixes of the day,
    # the 2024 ones, to it: 15 then, as chat-chunk-usage-nullable and
    # completion-chunk-usage-and-finish-reason-nullable, which still apply, remove the two
    # "Cannot take allOf a non-object" warnings of the chunks.)
    assert len(warnings) == 17
    # The CLI prints this one run together with the warning before it.
    assert [w.where for w in warnings].count("/components/schemas/InterpreterOutput") == 1
    assert all(isinstance(w, GeneratorWarning) for w in warnings)
    assert not any(w.what.startswith("Warning(s) encountered") for w in warnings)
    wheres = [w.where for w in warnings]
    assert wheres[:2] == ["POST /fine-tunes", "POST /fine-tunes/estimate-price"]
    assert "/components/schemas/TrainingMethodSFT" in wheres
    assert {w.consequence for w in warnings} == {
        "endpoint not generated",
        "schema not generated",
        "schema removed",
        # A schema dropped takes the schemas made of it along, and the warning says which.
        "schema removed, and with it /components/schemas/CompletionEvent",
        "schema removed, and with it /components/schemas/ChatCompletionEvent",
    }
    chunk = next(w for w in warnings if w.where == "/components/schemas/ChatCompletionChunk")
    assert chunk.cause == "property 'usage': Cannot take allOf a non-object"


def test_warnings_name_things_rather_than_object_addresses(upstream: Run) -> None:
    for warning in upstream.warnings:
        text = str(warning)
        assert " object at 0x" not in text
        assert 1 <= len(text.splitlines()) <= 3
        assert warning.cause, text
        assert warning.cause in text and warning.what in text and warning.consequence in text
    by_where = {w.where: w for w in upstream.warnings}
    assert by_where["POST /fine-tunes"].cause == (
        "property 'train_on_inputs': Invalid boolean value: auto"
    )


def test_union_warnings_name_the_member_and_its_own_cause(upstream: Run) -> None:
    unions = [w for w in upstream.warnings if "Invalid property in union" in w.cause]
    assert len(unions) == 5
    interpreter = next(w for w in unions if w.where == "/components/schemas/InterpreterOutput")
    assert interpreter.cause == (
        "Invalid property in union '/components/schemas/InterpreterOutput_StreamOutput': "
        'Attempted to generate duplicate models with name "StreamOutput"'
    )
    assert interpreter.schema is not None and interpreter.schema.startswith(
        '{"title":"StreamOutput"'
    )
    estimate = next(w for w in unions if w.where == "POST /fine-tunes/estimate-price")
    assert estimate.cause == (
        "Invalid property in union 'training_method_type_0': "
        "Could not find reference in parsed models or enums"
    )
    for warning in unions:
        member, _, inner = warning.cause.partition("': ")
        assert member.startswith("Invalid property in union '") and inner, warning


def test_schemas_are_one_short_line_of_json(upstream: Run) -> None:
    schemas = [w.schema for w in upstream.warnings if w.schema is not None]
    assert len(schemas) >= 10
    for schema in schemas:
        assert "\n" not in schema and len(schema) <= genrun.SCHEMA_LIMIT
        if not schema.endswith("..."):
            json.loads(schema)


def test_rendering() -> None:
    warning = GeneratorWarning(
        where="POST /x",
        what="WARNING parsing POST /x within default",
        cause="property 'flag': Invalid boolean value: auto",
        schema='{"type":"boolean"}',
        consequence="endpoint not generated",
    )
    assert str(warning) == (
        "WARNING parsing POST /x within default: endpoint not generated\n"
        "    cause: property 'flag': Invalid boolean value: auto\n"
        '    schema: {"type":"boolean"}'
    )
    bare = GeneratorWarning(
        "", "Failed to parse OpenAPI document", "", None, "client not generated"
    )
    assert str(bare) == "Failed to parse OpenAPI document: client not generated"


def test_a_document_the_generator_rejects_is_reported(tmp_path: Path) -> None:
    spec = tmp_path / "bad.json"
    spec.write_text('{"openapi": "3.0.0"}')
    [warning] = run_generator(spec, tmp_path / "out")
    assert warning.what == "Failed to parse OpenAPI document"
    assert warning.consequence == "client not generated"
    assert "info" in warning.cause


def test_a_child_that_dies_raises(tmp_path: Path) -> None:
    with pytest.raises(genrun.GeneratorCrashed, match="No such file"):
        run_generator(tmp_path / "missing.json", tmp_path / "out")
