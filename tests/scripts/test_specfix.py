"""The guards of the spec-fix applier: a fix whose target moved is reported by name."""

from __future__ import annotations

from pathlib import Path

import pytest
import specfix
from scratch import FIXES_2024, ROOT, SPEC_2024, UPSTREAM

SPEC = {"components": {"schemas": {"A": {"type": "object", "required": ["x", "y"]}}}}


def fix(*ops: dict[str, object], name: str = "f", kind: specfix.FixKind = "spec") -> specfix.Fix:
    return specfix.Fix(name=name, kind=kind, why="because", patch=list(ops))


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
    assert (
        "op 1 test /components/schemas/A/required: value differs: expected ['z'], found ['x', 'y']"
        in str(failures[0])
    )
    assert str(failures[0]).startswith("fix 'stale-one' (spec) no longer applies")
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
    assert failures[0].problem == (
        "op 0 test /components/schemas/Gone/type: /components/schemas/Gone does not exist"
    )


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
        (
            "- {fix: a, kind: spec, why: w, patch: [{op: replace, path: /x, value: 1}]}",
            "not guarded",
        ),
        (
            "- {fix: a, kind: spec, why: w, patch: [{op: move, from: /x, path: /y}]}",
            "unsupported op",
        ),
        (
            "- {fix: a, kind: spec, why: '', patch: [{op: test, path: /x, value: 1}]}",
            "one-line 'why'",
        ),
        ("- {fix: a, kind: spec, why: w, patch: []}", "empty patch"),
        (
            "- {fix: a, kind: spec, why: w, patch: [{op: test, path: /x, value: 1}]}\n"
            "- {fix: a, kind: spec, why: w, patch: [{op: test, path: /x, value: 1}]}",
            "used twice",
        ),
        ("- {fix: a, kind: spec, patch: [{op: test, path: /x, value: 1}]}", "exactly the keys"),
        ("- {fix: a, kind: spec, why: w, patch: [{op: test, path: /x, value: 1}", "not valid YAML"),
        # Every fix says what it works around.
        (
            "- {fix: a, why: w, patch: [{op: test, path: /x, value: 1}]}",
            r"entry 0 \('a'\) must have exactly the keys fix, kind, why, patch \(missing: kind\)",
        ),
        (
            "- {fix: a, kind: upstream, why: w, patch: [{op: test, path: /x, value: 1}]}",
            "fix 'a' has kind 'upstream'; expected one of generator, spec, service",
        ),
        (
            "- {fix: a, kind: Spec, why: w, patch: [{op: test, path: /x, value: 1}]}",
            "has kind 'Spec'",
        ),
        ("- {fix: a, kind: , why: w, patch: [{op: test, path: /x, value: 1}]}", "has kind None"),
        (
            "- {fix: a, kind: spec, why: w, patch: [{op: test, path: /x, value: 1}], note: n}",
            r"exactly the keys fix, kind, why, patch \(unknown: note\)",
        ),
    ],
)
def test_malformed_fix_files_are_refused(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "fixes.yaml"
    path.write_text(text)
    with pytest.raises(specfix.FixFileError, match=message):
        specfix.load_fixes(path)


def test_the_project_fixes_all_apply_to_the_bundled_spec() -> None:
    fixes = specfix.load_fixes(ROOT / "openapi-fixes.yaml")
    _, failures = specfix.apply_fixes(specfix.load_yaml(ROOT / "openapi.yaml"), fixes)
    assert failures == []
    assert len(fixes) >= 10


def test_the_2024_fixes_all_applied_to_the_2024_spec() -> None:
    # The starting point of the update tests (scratch.Project.checkout_2024) is a sound one.
    fixes = specfix.load_fixes(FIXES_2024)
    _, failures = specfix.apply_fixes(specfix.load_yaml(SPEC_2024), fixes)
    assert failures == []
    assert len(fixes) >= 10


def test_every_failing_op_of_a_stale_fix_is_reported_and_the_fix_is_not_applied() -> None:
    stale = fix(
        {"op": "test", "path": "/components/schemas/A/required", "value": ["z"]},
        {"op": "replace", "path": "/components/schemas/A/required", "value": ["x"]},
        {"op": "add", "path": "/components/schemas/A/type", "value": "string"},
        {"op": "add", "path": "/components/schemas/A/title", "value": "T"},
        {"op": "add", "path": "/components/schemas/Gone/properties/p", "value": {}},
        name="three-stale",
        kind="generator",
    )
    later = fix({"op": "add", "path": "/components/schemas/B", "value": {}}, name="later")

    patched, failures = specfix.apply_fixes(SPEC, [stale, later])

    assert [f.name for f in failures] == ["three-stale"]
    failure = failures[0]
    assert failure.kind == "generator"
    assert failure.total_ops == 5
    assert [(p.index, p.op, p.path) for p in failure.ops] == [
        (0, "test", "/components/schemas/A/required"),
        (2, "add", "/components/schemas/A/type"),
        (4, "add", "/components/schemas/Gone/properties/p"),
    ]
    assert [p.reason for p in failure.ops] == [
        "value differs: expected ['z'], found ['x', 'y']",
        "already exists (upstream may have made this change)",
        "/components/schemas/Gone does not exist",
    ]
    assert str(failure) == (
        "fix 'three-stale' (generator) no longer applies: 3 of 5 ops fail\n"
        "    op 0 test /components/schemas/A/required:"
        " value differs: expected ['z'], found ['x', 'y']\n"
        "    op 2 add /components/schemas/A/type:"
        " already exists (upstream may have made this change)\n"
        "    op 4 add /components/schemas/Gone/properties/p:"
        " /components/schemas/Gone does not exist"
    )
    assert failure.problem == "; ".join(str(p) for p in failure.ops)
    # All or nothing: not even the ops that worked on the scratch copy reach the result ...
    assert patched["components"]["schemas"]["A"] == SPEC["components"]["schemas"]["A"]
    assert "Gone" not in patched["components"]["schemas"]
    # ... and the fixes after it still apply.
    assert patched["components"]["schemas"]["B"] == {}


def test_a_change_whose_guard_failed_is_still_tried_so_a_missing_target_is_reported() -> None:
    _, failures = specfix.apply_fixes(
        SPEC,
        [
            fix(
                {"op": "test", "path": "/components/schemas/A/required", "value": ["z"]},
                {"op": "replace", "path": "/components/schemas/A/required", "value": ["x"]},
                {"op": "test", "path": "/components/schemas/A/nullable", "value": True},
                {"op": "remove", "path": "/components/schemas/A/nullable"},
                {"op": "test", "path": "/components/schemas/A/required/5", "value": "q"},
                {"op": "replace", "path": "/components/schemas/A/required/5", "value": "r"},
            )
        ],
    )
    # The replace of a present target whose test failed works on the scratch copy: not reported.
    assert [(p.index, p.op, p.reason) for p in failures[0].ops] == [
        (0, "test", "value differs: expected ['z'], found ['x', 'y']"),
        (2, "test", "does not exist"),
        (3, "remove", "does not exist"),
        (4, "test", "does not exist"),
        (5, "replace", "does not exist"),
    ]
    assert str(failures[0]).splitlines()[0].endswith("5 of 6 ops fail")


def test_long_values_are_cut_short_in_messages_and_say_so() -> None:
    long_doc = {"text": "x" * 1000, "title": "Llama"}
    spec = {"a": {"b": {"text": "y" * 1000, "title": "Llama", "extra": 1}}}
    _, failures = specfix.apply_fixes(
        spec, [fix({"op": "test", "path": "/a/b", "value": long_doc})]
    )
    reason = failures[0].ops[0].reason
    assert reason.count("... [truncated, ") == 2
    assert len(reason) < 500
    assert "(keys new: 'extra'; changed: 'text')" in reason


def test_a_bad_array_index_is_a_stale_op_not_a_crash() -> None:
    spec = {"a": ["x"]}
    _, failures = specfix.apply_fixes(
        spec,
        [
            fix(
                {"op": "add", "path": "/a/7", "value": "y"},
                {"op": "add", "path": "/a/first", "value": "y"},
            )
        ],
    )
    assert [p.reason for p in failures[0].ops] == [
        "cannot add at index '7' of an array of 1 items",
        "cannot add at index 'first' of an array of 1 items",
    ]


def test_the_newer_upstream_spec_reports_every_stale_fix_and_every_stale_op() -> None:
    # The fixes written for the 2024 spec, against the current one (the update the project made).
    fixes = specfix.load_fixes(FIXES_2024)
    _, failures = specfix.apply_fixes(specfix.load_yaml(UPSTREAM), fixes)

    # In one run, not one fix per rerun: upstream fixed some of these and reshaped the others.
    assert [f.name for f in failures] == [
        "chat-chunk-choice-tolerant",
        "completion-chunk-openai-style",
        "chat-message-tolerant",
        "completion-choice-tolerant",
        "completion-object-value",
        "file-content-is-binary",
        "finetune-download-is-binary",
        "image-data-url-or-b64",
        "file-response-tolerant",
        "request-no-example-defaults",
        "chat-request-messages-as-sent",
        "chat-request-tool-choice-and-format",
        "images-request-response-format",
        "fine-tune-learning-rate-is-absolute",
        "rerank-documents-strings-or-objects",
        "fine-tune-tolerant",
        "error-fields-optional",
    ]
    by_name = {f.name: f for f in failures}
    kinds = {f.name: f.kind for f in fixes}
    assert all(f.kind == kinds[f.name] for f in failures)

    # Three ops of this fix are stale, at three different places: all three are named.
    chunk = by_name["completion-chunk-openai-style"]
    assert [(p.index, p.op, p.path) for p in chunk.ops] == [
        (4, "add", "/components/schemas/CompletionChunk/properties/object"),
        (5, "add", "/components/schemas/CompletionChunk/properties/created"),
        (7, "test", "/components/schemas/CompletionChoice"),
    ]
    assert str(chunk).startswith(
        "fix 'completion-chunk-openai-style' (spec) no longer applies: 3 of 9 ops fail\n"
    )
    # Each of the three FileResponse guards fails on its own.
    assert [p.index for p in by_name["file-response-tolerant"].ops] == [0, 2, 4]
    # Upstream dropped every example default: each test and each remove says so.
    defaults = by_name["request-no-example-defaults"]
    assert [p.index for p in defaults.ops] == list(range(22)) == list(range(len(defaults.ops)))
    assert {p.reason for p in defaults.ops} == {"does not exist"}
    # A message line never runs away with a whole schema.
    assert all(len(line) < 600 for f in failures for line in str(f).splitlines())
