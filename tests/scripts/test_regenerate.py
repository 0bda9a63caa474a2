"""The regeneration pipeline, run for real on a scratch copy of the project (see conftest)."""

from __future__ import annotations

import hashlib
import json

import specfix
from scratch import QUICK_TESTS, ROOT, Project

UPSTREAM = ROOT / "tests" / "fixtures" / "specs" / "upstream-openapi.yaml"


def test_regeneration_reproduces_generated_exactly(project: Project) -> None:
    before = project.tree_digest()
    result = project.run()
    assert result.returncode == 0, result.stderr
    assert project.tree_digest() == before
    assert project.run("--check").returncode == 0


def test_drift_check_names_a_hand_edited_file(project: Project) -> None:
    target = project.root / "generated" / "together_api_client" / "models" / "finish_reason.py"
    target.write_text(target.read_text().replace('STOP = "stop"', 'STOP = "halt"'))
    (project.root / "generated" / "together_api_client" / "stray.py").write_text("x = 1\n")
    result = project.run("--check")
    assert result.returncode == 1
    assert "differs: together_api_client/models/finish_reason.py" in result.stderr
    assert '+    STOP = "stop"' in result.stderr
    assert "not produced by the inputs: together_api_client/stray.py" in result.stderr


def test_a_stale_fix_stops_regeneration_by_name_and_changes_nothing(project: Project) -> None:
    spec = specfix.load_yaml(project.root / "openapi.yaml")
    # Upstream "fixed" the chunk's usage in its own way: our guarded fix no longer matches.
    spec["components"]["schemas"]["ChatCompletionChunk"]["properties"]["usage"] = {
        "$ref": "#/components/schemas/UsageData"
    }
    new_spec = project.root / "new.json"
    new_spec.write_text(json.dumps(spec))
    before, spec_before = project.tree_digest(), (project.root / "openapi.yaml").read_bytes()

    result = project.run("--spec", str(new_spec))

    assert result.returncode == 1
    assert "fix 'chat-chunk-usage-nullable' (generator) no longer applies" in result.stderr
    assert "generated/ was left as it was" in result.stderr
    assert project.tree_digest() == before
    assert (project.root / "openapi.yaml").read_bytes() == spec_before
    assert not list(project.root.glob(".regen-*")), "scratch folders must be cleaned up"


def test_a_broken_fixes_file_stops_regeneration(project: Project) -> None:
    fixes = project.root / "openapi-fixes.yaml"
    fixes.write_text(
        fixes.read_text() + "\n- {fix: oops, kind: spec, why: w, patch: [{op: remove, path: /x}]}\n"
    )
    before = project.tree_digest()
    result = project.run()
    assert result.returncode == 1
    assert "fix 'oops'" in result.stderr and "not guarded" in result.stderr
    assert project.tree_digest() == before


def test_a_clean_spec_update_is_adopted(project: Project) -> None:
    spec = specfix.load_yaml(project.root / "openapi.yaml")
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
    new_spec = project.root / "new.json"
    new_spec.write_text(json.dumps(spec))

    result = project.run("--spec", str(new_spec), *QUICK_TESTS)

    assert result.returncode == 0, result.stderr
    assert "RESULT: the new spec passes every check." in result.stdout
    assert "GET /health" in result.stdout.split("5. The spec diff")[1]
    assert (project.root / "openapi.yaml").read_bytes() == new_spec.read_bytes()
    assert (project.root / "generated/together_api_client/api/health/health_check.py").exists()
    inputs = json.loads((project.root / "generated" / "INPUTS.json").read_text())
    assert inputs["tools"]["openapi-python-client"] == "0.29.1"
    assert project.run("--check").returncode == 0


def test_the_newer_upstream_spec_stops_loudly_and_changes_nothing(project: Project) -> None:
    before, spec_before = project.tree_digest(), (project.root / "openapi.yaml").read_bytes()

    result = project.run("--spec", str(UPSTREAM), *QUICK_TESTS)

    assert result.returncode == 1
    stale = {
        line.split("'")[1] for line in result.stderr.splitlines() if "no longer applies" in line
    }
    # Upstream fixed some things itself (binary downloads, reasoning fields) and reshaped others.
    assert {
        "file-content-is-binary",
        "finetune-download-is-binary",
        "chat-message-tolerant",
    } <= stale
    assert "chat-chunk-usage-nullable" not in stale  # still needed, still applies
    warnings = result.stderr.split("2. Generator warnings: 15\n")[1].split("\n\n")[0]
    assert "TrainingMethodSFT: schema removed\n" in warnings
    assert "property 'train_on_inputs': Invalid boolean value: auto" in warnings
    assert "The new spec was not adopted" in result.stderr
    assert project.tree_digest() == before
    assert (project.root / "openapi.yaml").read_bytes() == spec_before


def test_inputs_record_matches_the_checkout() -> None:
    inputs = json.loads((ROOT / "generated" / "INPUTS.json").read_text())
    spec_sha = hashlib.sha256((ROOT / "openapi.yaml").read_bytes()).hexdigest()
    fixes_sha = hashlib.sha256((ROOT / "openapi-fixes.yaml").read_bytes()).hexdigest()
    assert (inputs["spec"]["sha256"], inputs["fixes"]["sha256"]) == (spec_sha, fixes_sha)


def test_generated_code_never_imports_the_facade() -> None:
    offenders = [
        p.relative_to(ROOT).as_posix()
        for p in (ROOT / "generated").rglob("*.py")
        if "together_facade" in p.read_text()
    ]
    assert offenders == []
