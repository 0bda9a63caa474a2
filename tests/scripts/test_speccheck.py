"""The spec-update gate: `make spec-check SPEC=...` reports, `make generate SPEC=...` adopts a
spec only when the facade still type-checks and passes its tests against the new client.

Each test runs the real scripts in a scratch copy of the project (``scratch.make_project``), on a
fast part of the suite (``QUICK_TESTS``; the real gate runs all of it). The tests that only read
what a run did share their scratch project (conftest: ``at_2024``, ``clean_update``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import specfix
from pytest_httpserver import HTTPServer
from scratch import FIXES_2024, QUICK_TESTS, ROOT, UPSTREAM, Project, Update, write_spec


def _section(report: str, number: int) -> str:
    return report.split(f"\n{number}. ", 1)[1].split(f"\n{number + 1}. ", 1)[0]


def test_spec_check_of_the_upstream_spec_reports_everything_and_changes_nothing(
    at_2024: Project,
) -> None:
    # The project at its 2024 state (the 2024 spec and the fixes written for it), checking the
    # current spec as the update it was: every fix the current spec broke, every generator
    # warning, and nothing changed.
    project = at_2024
    before, inputs_before = project.tree_digest(), project.inputs()
    surface_before = (project.root / "tests" / "api-surface.txt").read_bytes()

    result = project.run("--spec-check", str(UPSTREAM), *QUICK_TESTS)

    assert result.returncode == 1
    report = result.stdout
    stale = _section(report, 1)
    _, failures = specfix.apply_fixes(specfix.load_yaml(UPSTREAM), specfix.load_fixes(FIXES_2024))
    assert sum(len(f.ops) for f in failures) > len(failures) == 17
    # Every op of every stale fix, not only the first one of each, in the applier's words.
    assert stale == (
        "Fixes that no longer apply: 17\n"
        + "".join("".join(f"  {line}\n" for line in str(f).splitlines()) for f in failures)
    )
    assert "fix 'request-no-example-defaults' (spec) no longer applies: 22 of 22 ops fail" in stale
    assert stale.count("    op ") == sum(len(f.ops) for f in failures)
    warnings = _section(report, 2)
    assert warnings.startswith("Generator warnings: 15\n")
    numbered = [line for line in warnings.splitlines() if line[:5].strip().rstrip(".").isdigit()]
    assert len(numbered) == 15
    assert "/components/schemas/InterpreterOutput" in warnings  # the one the old parser lost
    # The build went as far as it could: what the dropped schemas broke is named too.
    assert "generated modules do not import" in warnings
    assert " object at 0x" not in report
    assert "not checked: the new client did not build cleanly" in _section(report, 3)
    assert "not computed: the client did not build" in _section(report, 4)
    diff = _section(report, 5)
    assert diff.startswith("The spec diff\n  Spec change: OpenAPI/version 3.0.3 / 2.0.0 -> 3.1.0")
    assert diff.index("Breaks callers and readers") < diff.index("Operations added (83)")
    assert "schema removed: FinetuneList" in diff
    assert "x-codeSamples" not in report
    assert report.rstrip().splitlines()[-1] == (
        "RESULT: REFUSED: 17 stale fixes; 15 generator warnings; the client did not build cleanly."
    )
    assert project.tree_digest() == before
    assert project.inputs() == inputs_before
    assert (project.root / "tests" / "api-surface.txt").read_bytes() == surface_before
    assert not list(project.root.glob(".regen-*"))


def test_a_response_change_that_breaks_the_facade_is_refused(project: Project) -> None:
    project.write_surface()  # the baseline the surface diff (section 4) is read against
    spec = specfix.load_yaml(project.root / "openapi.yaml")
    message = spec["components"]["schemas"]["ChatCompletionMessage"]["properties"]
    assert message["content"] == {"nullable": True, "type": "string"}
    message["content"] = {"nullable": True, "type": "integer"}  # code reads it as text
    new_spec = write_spec(spec, project.root / "new.json")
    before, spec_before = project.tree_digest(), (project.root / "openapi.yaml").read_bytes()
    surface_before = (project.root / "tests" / "api-surface.txt").read_bytes()

    result = project.run("--spec", str(new_spec), *QUICK_TESTS)

    assert result.returncode == 1, result.stdout + result.stderr
    facade = _section(result.stderr, 3)
    assert "mypy --strict together_facade tests/typing: FAILS" in facade
    assert "readme_examples.py" in facade and "int | None" in facade
    assert "+ChatCompletionMessage.content: int | None (required)" in _section(result.stderr, 4)
    assert "The new spec was not adopted" in result.stderr
    assert project.tree_digest() == before
    assert (project.root / "openapi.yaml").read_bytes() == spec_before
    assert (project.root / "tests" / "api-surface.txt").read_bytes() == surface_before


def test_a_new_request_field_is_sent_with_no_facade_edit(
    clean_update: Update, httpserver: HTTPServer
) -> None:
    # The update adds ChatCompletionRequest.thinking_budget (and GET /health, see scratch.py).
    project, adopted = clean_update.project, clean_update.result

    assert adopted.returncode == 0, adopted.stderr
    assert project.files("together_facade") == clean_update.facade_before
    added = "+Together.chat.completions.create(*, thinking_budget: int = None)"
    assert added in _section(adopted.stdout, 4)
    # ... and the adopted snapshot, which the gate rewrote, has it.
    surface = (project.root / "tests" / "api-surface.txt").read_text().splitlines()
    assert added[1:] in surface and "Async" + added[1:] in surface
    answer = json.loads(
        (
            ROOT / "tests/fixtures/real-responses/chat-completions__basic-eos-llama31-8b.json"
        ).read_text()
    )
    httpserver.expect_request("/v1/chat/completions", method="POST").respond_with_json(answer)
    program = (
        "from together_facade import Together\n"
        f"client = Together(api_key='k', base_url={httpserver.url_for('/v1')!r}, max_retries=0)\n"
        "resp = client.chat.completions.create(model='m', messages=[{'role': 'user', "
        "'content': 'hi'}], thinking_budget=64)\n"
        "print(resp.choices[0].message.role)\n"
        "help(client.chat.completions.create)\n"
    )
    env = {**os.environ, "PYTHONPATH": f"{project.root / 'generated'}{os.pathsep}{project.root}"}
    run = subprocess.run(
        [sys.executable, "-c", program], env=env, capture_output=True, text=True, timeout=60
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("assistant\n")
    assert "thinking_budget: Tokens the model may think." in run.stdout
    ((request, _),) = httpserver.log
    assert json.loads(request.get_data())["thinking_budget"] == 64
