"""The regeneration pipeline, run for real on a scratch copy of the project (see conftest).

The checkout's spec is Together's current one; the update to it from the 2024 spec the project
started from is run here too, from a scratch project put back at its 2024 state."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys

import specfix
from scratch import QUICK_TESTS, ROOT, UPSTREAM, Project, Update, tree_files, write_spec


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
    chunk = spec["components"]["schemas"]["ChatCompletionChunk"]["properties"]
    usage = {"allOf": [{"$ref": "#/components/schemas/UsageData"}, {"nullable": True}]}
    assert chunk["usage"] == usage  # what the fix guards, in the current spec as in 2024
    # Upstream "fixed" the chunk's usage in its own way: our guarded fix no longer matches.
    chunk["usage"] = {"$ref": "#/components/schemas/UsageData"}
    new_spec = write_spec(spec, project.root / "new.json")
    before, spec_before = project.tree_digest(), (project.root / "openapi.yaml").read_bytes()

    result = project.run("--spec", str(new_spec), *QUICK_TESTS)

    assert result.returncode == 1
    assert "1. Fixes that no longer apply: 1\n" in result.stderr
    stale = (
        "fix 'chat-chunk-usage-nullable' (generator) no longer applies: 1 of 2 ops fail\n"
        "      op 0 test /components/schemas/ChatCompletionChunk/properties/usage: value differs"
    )
    assert stale in result.stderr
    # A client that did not build cleanly is refused before the facade checks run.
    assert "not checked: the new client did not build cleanly" in result.stderr
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


def test_a_clean_spec_update_is_adopted(clean_update: Update) -> None:
    # The update: the current spec plus GET /health and a new request field (see scratch.py).
    project, result = clean_update.project, clean_update.result

    assert result.returncode == 0, result.stderr
    assert "RESULT: the new spec passes every check." in result.stdout
    assert re.search(r"pytest .*: passes \(\d+ passed", result.stdout), result.stdout
    assert "GET /health" in result.stdout.split("5. The spec diff")[1]
    assert (project.root / "openapi.yaml").read_bytes() == clean_update.spec.read_bytes()
    assert (project.root / "generated/together_api_client/api/health/health_check.py").exists()
    inputs = json.loads((project.root / "generated" / "INPUTS.json").read_text())
    assert inputs["tools"]["openapi-python-client"] == "0.29.1"
    assert inputs["spec"]["sha256"] == hashlib.sha256(clean_update.spec.read_bytes()).hexdigest()
    assert not list(project.root.glob(".regen-*")), "scratch folders must be cleaned up"
    check = project.run("--check")
    assert check.returncode == 0, check.stderr
    # The new operation is callable through the facade with no facade edit: the generated
    # client.api area, against the test kit's stand-in in the scratch project, which serves the
    # spec the regeneration packaged (so the new operation is there with no edit either).
    program = (
        "from together_facade.testing import StandIn\n"
        "from together_facade import Together\n"
        "with StandIn() as api, Together(api_key='k', base_url=api.base_url) as c:\n"
        "    print(type(c.api.health.check()).__name__, api.last.operation)\n"
    )
    env = {**os.environ, "PYTHONPATH": f"{project.root / 'generated'}{os.pathsep}{project.root}"}
    called = subprocess.run(
        [sys.executable, "-c", program],
        cwd=project.root, env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert called.stdout.split() == ["HealthCheckResponse200", "GET", "/health"], called.stderr


def test_the_newer_upstream_spec_stops_loudly_and_changes_nothing(at_2024: Project) -> None:
    # The project at its 2024 state (the 2024 spec and the fixes written for it) is offered the
    # current spec as it is: the update must stop, and say why.
    project = at_2024
    before, inputs_before = project.tree_digest(), project.inputs()
    surface_before = (project.root / "tests" / "api-surface.txt").read_bytes()

    result = project.run("--spec", str(UPSTREAM), *QUICK_TESTS)

    assert result.returncode == 1
    stale = {
        line.split("'")[1] for line in result.stderr.splitlines() if "no longer applies" in line
    }
    assert len(stale) == 17
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
    # The gate refuses a client that did not build cleanly before running the facade checks.
    assert "not checked: the new client did not build cleanly" in result.stderr
    assert "The new spec was not adopted" in result.stderr
    assert project.tree_digest() == before
    assert project.inputs() == inputs_before
    assert (project.root / "tests" / "api-surface.txt").read_bytes() == surface_before
    assert not list(project.root.glob(".regen-*")), "scratch folders must be cleaned up"


def test_the_update_from_the_2024_spec_gives_the_checkout_end_to_end(project: Project) -> None:
    # The project as it was in 2024: its spec, its fixes and the client they generate; then the
    # fixes rewritten for the current spec (the checkout's). Adopting the current spec from
    # there, through the gate, must give exactly what the checkout holds.
    project.checkout_2024(regenerate=True, current_fixes=True)
    checkout = tree_files(ROOT / "generated")
    old = project.files()
    # (else the comparison below could not tell an adopted client from the one left in place)
    assert len(old.keys() - checkout.keys()) > 0 and len(checkout.keys() - old.keys()) > 100
    assert (project.root / "openapi-fixes.yaml").read_bytes() == (
        ROOT / "openapi-fixes.yaml"
    ).read_bytes()

    result = project.run("--spec", str(UPSTREAM), *QUICK_TESTS)

    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "1. Fixes that no longer apply: 0\n" in result.stdout
    assert "2. Generator warnings: 0\n" in result.stdout
    assert "RESULT: the new spec passes every check." in result.stdout
    assert re.search(r"pytest .*: passes \(\d+ passed", result.stdout), result.stdout
    assert (project.root / "openapi.yaml").read_bytes() == UPSTREAM.read_bytes()
    assert (ROOT / "openapi.yaml").read_bytes() == UPSTREAM.read_bytes()
    adopted = project.files()
    assert sorted(adopted) == sorted(checkout)  # no module of the 2024 client is left behind
    differ = sorted(name for name in checkout if adopted[name] != checkout[name])
    assert differ == [], "the adopted client differs from the checkout's generated/"
    # The adopted project is consistent: its inputs reproduce its client, and the surface
    # snapshot the update rewrote is that of its client and facade.
    check = project.run("--check")
    assert check.returncode == 0, check.stderr
    surface = project.surface("--check")
    assert surface.returncode == 0, surface.stdout[-3000:] + surface.stderr


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
