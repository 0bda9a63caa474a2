"""The guards of the spec-fix applier: a fix whose target moved is reported by name."""

from __future__ import annotations

from pathlib import Path

import pytest
import specfix

SPEC = {"components": {"schemas": {"A": {"type": "object", "required": ["x", "y"]}}}}


def fix(*ops: dict[str, object], name: str = "f") -> specfix.Fix:
    return specfix.Fix(name=name, why="because", patch=list(ops))


def test_guarded_replace_applies_and_leaves_the_input_alone() -> None:
    patched, failures = specfix.apply_fixes(
        SPEC,
        [
            fix(
                {"op": "test", "path": "/components/schemas/A/required", "value": ["x", "y"]},
                {"op": "replace", "path": "/components/schemas/A/required", "value": ["x"]},
            )
        ],
    )
    assert failures == []
    assert patched["components"]["schemas"]["A"]["required"] == ["x"]
    assert SPEC["components"]["schemas"]["A"]["required"] == ["x", "y"]


def test_failed_test_names_the_fix_and_the_fix_is_not_half_applied() -> None:
    patched, failures = specfix.apply_fixes(
        SPEC,
        [
            fix(
                {"op": "add", "path": "/components/schemas/A/title", "value": "T"},
                {"op": "test", "path": "/components/schemas/A/required", "value": ["z"]},
                name="stale-one",
            ),
            fix({"op": "add", "path": "/components/schemas/B", "value": {}}, name="fine"),
        ],
    )
    assert [f.name for f in failures] == ["stale-one"]
    assert "test failed at /components/schemas/A/required" in str(failures[0])
    assert str(failures[0]).startswith("fix 'stale-one' no longer applies")
    assert "title" not in patched["components"]["schemas"]["A"]
    assert patched["components"]["schemas"]["B"] == {}


def test_add_refuses_to_overwrite_what_upstream_already_has() -> None:
    _, failures = specfix.apply_fixes(
        SPEC, [fix({"op": "add", "path": "/components/schemas/A/type", "value": "string"})]
    )
    assert "already exists" in failures[0].problem


def test_missing_target_is_reported() -> None:
    _, failures = specfix.apply_fixes(
        SPEC, [fix({"op": "test", "path": "/components/schemas/Gone/type", "value": "object"})]
    )
    assert failures[0].problem == "/components/schemas/Gone does not exist"


def test_array_append_and_escaped_pointer() -> None:
    spec = {"paths": {"/a/{id}": {"get": {"tags": ["x"]}}}}
    patched, failures = specfix.apply_fixes(
        spec, [fix({"op": "add", "path": "/paths/~1a~1{id}/get/tags/-", "value": "y"})]
    )
    assert failures == []
    assert patched["paths"]["/a/{id}"]["get"]["tags"] == ["x", "y"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- {fix: a, why: w, patch: [{op: replace, path: /x, value: 1}]}", "not guarded"),
        ("- {fix: a, why: w, patch: [{op: move, from: /x, path: /y}]}", "unsupported op"),
        ("- {fix: a, why: '', patch: [{op: test, path: /x, value: 1}]}", "one-line 'why'"),
        ("- {fix: a, why: w, patch: []}", "empty patch"),
        (
            "- {fix: a, why: w, patch: [{op: test, path: /x, value: 1}]}\n"
            "- {fix: a, why: w, patch: [{op: test, path: /x, value: 1}]}",
            "used twice",
        ),
        ("- {fix: a, patch: [{op: test, path: /x, value: 1}]}", "exactly the keys"),
        ("- {fix: a, why: w, patch: [{op: test, path: /x, value: 1}", "not valid YAML"),
    ],
)
def test_malformed_fix_files_are_refused(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "fixes.yaml"
    path.write_text(text)
    with pytest.raises(specfix.FixFileError, match=message):
        specfix.load_fixes(path)


def test_the_project_fixes_all_apply_to_the_bundled_spec() -> None:
    root = Path(__file__).resolve().parents[2]
    fixes = specfix.load_fixes(root / "openapi-fixes.yaml")
    _, failures = specfix.apply_fixes(specfix.load_yaml(root / "openapi.yaml"), fixes)
    assert failures == []
    assert len(fixes) >= 10
