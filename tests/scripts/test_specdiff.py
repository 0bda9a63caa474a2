"""The spec-change summary a person reviews before adopting a new spec."""

from __future__ import annotations

import copy
import re
from typing import Any

import pytest
import specdiff
import specfix
from scratch import SPEC_2024, UPSTREAM

# The upstream tests diff the 2024 spec the project started from against the current one: the
# update the project made (the checkout's openapi.yaml is now the current spec itself).

BREAKING_TITLE = "Breaks callers and readers ("


def sections(text: str) -> tuple[list[str], str]:
    """The lines of the breaking section, and all the text after it."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(BREAKING_TITLE))
    end = next((i for i in range(start + 1, len(lines)) if not lines[i]), len(lines))
    return [line.strip() for line in lines[start + 1 : end]], "\n".join(lines[end:])


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def json_body(schema: dict[str, Any], code: str | None = None) -> dict[str, Any]:
    body = {"content": {"application/json": {"schema": schema}}}
    return {"responses": {code: {"description": "ok", **body}}} if code else body


def spec(
    paths: dict[str, Any] | None = None,
    schemas: dict[str, Any] | None = None,
    openapi: str = "3.0.3",
) -> dict[str, Any]:
    return {
        "openapi": openapi,
        "info": {"version": "1"},
        "paths": paths or {},
        "components": {"schemas": schemas or {}},
    }


def obj(required: list[str] | None = None, **props: Any) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "object", "properties": props}
    if required:
        schema["required"] = required
    return schema


STR = {"type": "string"}

# An operation reading R (in its response) and sending Q (as its request body).
USES = {
    "/a": {
        "post": {
            "operationId": "a",
            "requestBody": {"required": True, **json_body(ref("Q"))},
            **json_body(ref("R"), "200"),
        }
    }
}


def assert_breaks(old: dict[str, Any], new: dict[str, Any], *expected: str) -> list[str]:
    """Each expected line is in the breaking section, and its change is nowhere in the rest."""
    text = specdiff.render(specdiff.diff(old, new))
    breaking, rest = sections(text)
    for line in expected:
        assert line in breaking, f"{line!r} not among {breaking}"
        detail = line.rsplit("): ", 1)[-1]
        assert detail not in rest, f"{detail!r} also listed as not breaking:\n{rest}"
    assert text.splitlines()[1].startswith(f"{len(breaking)} changes break callers or readers; ")
    return breaking


def test_summary_of_the_upstream_spec() -> None:
    diff = specdiff.diff(specfix.load_yaml(SPEC_2024), specfix.load_yaml(UPSTREAM))
    assert (diff.old_version, diff.new_version) == ("3.0.3 / 2.0.0", "3.1.0 / 2.0.0")
    assert len(diff.operations_added) == 83 and diff.operations_removed == []
    assert "POST /batches" in diff.operations_added
    # Every 2024 operation but GET /files moved; GET /files only changed its x-codeSamples.
    assert len(diff.operations_changed) == 15
    assert "GET /files" not in diff.operations_changed
    assert "GET /files/{id}/content" in diff.operations_changed
    assert diff.schemas_removed == [
        "FileObject",
        "FinetuneDownloadResult",
        "FinetuneEvent",
        "FinetuneList",
    ]
    text = specdiff.render(diff)
    assert text.startswith("Spec change: OpenAPI/version 3.0.3 / 2.0.0 -> 3.1.0 / 2.0.0\n")
    assert "Operations added (83)" in text and "Schemas added (192)" in text


def test_the_upstream_summary_leads_with_what_breaks() -> None:
    text = specdiff.render(specdiff.diff(specfix.load_yaml(SPEC_2024), specfix.load_yaml(UPSTREAM)))
    lines = text.splitlines()
    count = re.fullmatch(r"(\d+) changes break callers or readers; (\d+) others", lines[1])
    assert count
    breaking, rest = sections(text)
    assert int(count[1]) == len(breaking) > 0
    # The breaking section is the first one, right after the two summary lines.
    assert lines[2:4] == ["", f"{BREAKING_TITLE}{len(breaking)})"]
    assert "schema removed: FinetuneList (was response of GET /fine-tunes)" in breaking
    # Fields newly required in response schemas: readers of other servers may not get them.
    assert "schema CompletionResponse (response of POST /completions): now required: prompt" in (
        breaking
    )
    assert (
        "schema ChatCompletionResponse (response of POST /chat/completions): "
        "now required: prompt (new field)"
    ) in breaking
    assert (
        "schema FileResponse (response of 3 operations): field removed: LineCount (was required)"
    ) in breaking
    assert (
        "GET /files/{id}/content response 200: media type: application/json -> text/plain"
    ) in breaking
    assert not re.search(r"\bFinetuneList\b", rest) and "now required" not in rest
    assert "x-codeSamples" not in text
    assert len(lines) < 250


def test_request_fields_newly_required_or_removed() -> None:
    old = spec(
        {
            **USES,
            "/b": {
                "put": {
                    "parameters": [
                        {"in": "query", "name": "keep", "schema": STR},
                        {"in": "query", "name": "gone", "schema": STR},
                        {"in": "header", "name": "X-Tenant", "schema": STR},
                    ],
                    "requestBody": json_body(obj(a=STR, b=STR)),
                    "responses": {"204": {"description": "done"}},
                }
            },
        },
        {"Q": obj(a=STR, b=STR, c=STR), "R": obj()},
    )
    new = spec(
        {
            **USES,
            "/b": {
                "put": {
                    "parameters": [
                        {"in": "query", "name": "keep", "schema": STR, "required": True},
                        {"in": "path", "name": "fresh", "schema": STR, "required": True},
                        {"in": "header", "name": "X-Tenant", "schema": STR, "required": True},
                    ],
                    "requestBody": json_body(obj(["a", "n"], a=STR, n=STR)),
                    "responses": {"204": {"description": "done"}},
                }
            },
        },
        {"Q": obj(["a", "d"], a=STR, b=STR, d=STR), "R": obj()},
    )
    assert_breaks(
        old,
        new,
        # Through the $ref of POST /a's request body, into the component.
        "schema Q (request of POST /a): now required: a",
        "schema Q (request of POST /a): now required: d (new field)",
        "schema Q (request of POST /a): field removed: c",
        # An inline request body.
        "PUT /b request body: now required: a",
        "PUT /b request body: now required: n (new field)",
        "PUT /b request body: field removed: b",
        # Parameters.
        "PUT /b: parameter now required: keep (query)",
        "PUT /b: parameter now required: X-Tenant (header)",
        "PUT /b: new required parameter: fresh (path)",
        "PUT /b: parameter removed: gone (query)",
    )


def test_response_fields_no_longer_guaranteed() -> None:
    old = spec(
        USES,
        {
            "Q": obj(["id", "label"], id=STR, label=STR),
            "R": obj(
                ["id", "name", "gone"],
                id=STR,
                name=STR,
                gone=STR,
                items={"type": "array", "items": obj(["x"], x=STR)},
            ),
            "Unused": obj(["a"], a=STR),
        },
    )
    new = spec(
        USES,
        {
            "Q": obj(["id"], id=STR, label=STR),
            "R": obj(
                ["id", "prompt"],
                id=STR,
                name=STR,
                prompt=STR,
                items={"type": "array", "items": obj(["x", "y"], x=STR, y=STR)},
            ),
            "Unused": obj([], a=STR),
        },
    )
    breaking = assert_breaks(
        old,
        new,
        "schema R (response of POST /a): no longer required: name",
        "schema R (response of POST /a): field removed: gone (was required)",
        # A tolerant reader of another server that leaves the field out fails.
        "schema R (response of POST /a): now required: prompt (new field)",
        "schema R (response of POST /a): now required: items[].y (new field)",
        "schema Unused (not used by any operation): no longer required: a",
    )
    # A request schema whose field became optional breaks no one.
    assert not [line for line in breaking if line.startswith("schema Q")]
    _, rest = sections(specdiff.render(specdiff.diff(old, new)))
    assert "Q: no longer required: label" in rest


@pytest.mark.parametrize(
    ("before", "after", "line"),
    [
        ({"type": "string"}, {"type": "integer"}, "type of f: string -> integer"),
        (
            {"type": "string"},
            {"type": "string", "format": "uuid"},
            "type of f: string -> string(uuid)",
        ),
        (
            {"type": "string"},
            {"type": "string", "nullable": True},
            "type of f: string -> string | null",
        ),
        ({"type": ["string", "null"]}, {"type": "string"}, "type of f: string | null -> string"),
        (ref("A"), ref("B"), "type of f: A -> B"),
        (
            {"type": "array", "items": ref("A")},
            {"type": "array", "items": ref("B")},
            "type of f[]: A -> B",
        ),
        (
            {"type": "string", "enum": ["a", "b", "c"]},
            {"type": "string", "enum": ["a", "c", "d"]},
            "enum values removed from f: b (now: a, c, d)",
        ),
        ({"const": "v1"}, {"const": "v2"}, "enum values removed from f: v1 (now: v2)"),
        (
            {"type": "string", "enum": ["text_completion"]},
            {"const": "text.completion"},
            "enum values removed from f: text_completion (now: text.completion)",
        ),
        (
            {"type": "object", "properties": {"g": {"type": "integer"}}},
            {"type": "object", "properties": {"g": {"type": "number"}}},
            "type of f.g: integer -> number",
        ),
    ],
)
def test_type_changes(before: dict[str, Any], after: dict[str, Any], line: str) -> None:
    for uses in ("R", "Q"):  # in a response and in a request
        old = spec(USES, {"Q": obj(), "R": obj(), "A": obj(), "B": obj(), uses: obj(f=before)})
        new = spec(USES, {"Q": obj(), "R": obj(), "A": obj(), "B": obj(), uses: obj(f=after)})
        side = "response" if uses == "R" else "request"
        assert_breaks(old, new, f"schema {uses} ({side} of POST /a): {line}")


def test_a_new_restriction_breaks_callers_not_readers() -> None:
    old = spec(USES, {"Q": obj(kind=STR), "R": obj(object=STR)})
    new = spec(USES, {"Q": obj(kind={"const": "file"}), "R": obj(object={"const": "file"})})
    breaking = assert_breaks(
        old, new, "schema Q (request of POST /a): values of kind now restricted to: file"
    )
    assert len(breaking) == 1
    _, rest = sections(specdiff.render(specdiff.diff(old, new)))
    assert "  ~ R: values of object now restricted to: file" in rest


def test_removals_and_media_types() -> None:
    old = spec(
        {
            **USES,
            "/gone": {"delete": {"responses": {"204": {"description": "done"}}}},
            "/file": {"get": json_body({"type": "object"}, "200")},
        },
        {"Q": obj(), "R": obj(), "Old": obj(), "Kept": obj(old=ref("Old"))},
    )
    new = spec(
        {
            **USES,
            "/file": {
                "get": {
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"text/plain": {"schema": {"type": "string"}}},
                        }
                    }
                }
            },
        },
        {"Q": obj(), "R": obj(), "Kept": obj()},
    )
    assert_breaks(
        old,
        new,
        "operation removed: DELETE /gone",
        "schema removed: Old (was not used by any operation)",
        "GET /file response 200: media type: application/json -> text/plain",
        "schema Kept (not used by any operation): field removed: old",
    )
    diff = specdiff.diff(old, new)
    assert diff.operations_removed == ["DELETE /gone"] and diff.schemas_removed == ["Old"]
    assert {c.detail for c in diff.breaking} >= {"operation removed", "schema removed"}


def test_what_does_not_break_is_listed_after_and_briefly() -> None:
    old = spec(USES, {"Q": obj(a=STR), "R": obj(a=STR, e={"type": "string", "enum": ["x"]})})
    new = spec(
        {
            **USES,
            "/new": {"get": json_body(ref("New"), "200")},
        },
        {
            "Q": obj(a={"type": "string", "description": "Now documented."}, b=STR),
            "R": obj(
                a={"type": "string", "maxLength": 3},
                c=STR,
                d=STR,
                e={"type": "string", "enum": ["x", "y"]},
            ),
            "New": obj(),
        },
    )
    text = specdiff.render(specdiff.diff(old, new))
    breaking, rest = sections(text)
    assert breaking == ["none"]
    assert text.splitlines()[1] == "0 changes break callers or readers; 8 others"
    assert "Operations added (1)\n  + GET /new" in rest
    assert "Schemas added (1)\n  + New" in rest
    assert "  ~ R: optional fields added: c, d" in rest
    assert "  ~ R: enum values added: e: y" in rest
    assert "  ~ R: constraints changed: a (maxLength)" in rest
    assert "  ~ Q: optional fields added: b" in rest
    # Descriptions are counted, not listed.
    assert "Descriptions or examples changed in 1 schemas and 0 operations (not listed)." in rest
    assert "documented" not in text


def test_extension_keys_are_ignored_at_any_depth() -> None:
    def op(samples: str) -> dict[str, Any]:
        return {
            "x-codeSamples": [{"lang": "Python", "source": samples}],
            "parameters": [{"in": "header", "name": "x-request-id", "schema": STR}],
            **json_body(
                {
                    "type": "object",
                    "x-nested": samples,
                    "properties": {"x-count": {"type": "integer", "x-deep": {"a": samples}}},
                },
                "200",
            ),
        }

    old = spec({"/a": {"get": op("one")}}, {"S": {"type": "object", "x-order": [1]}})
    new = spec({"/a": {"get": op("two")}}, {"S": {"type": "object", "x-order": [2]}})
    new["x-top"] = True
    diff = specdiff.diff(old, new)
    assert diff.changes == [] and diff.operations_changed == {} and diff.schemas_changed == {}
    assert "x-" not in specdiff.render(diff)

    # Names that start with "x-" (a property, a header) are not extensions.
    del new["paths"]["/a"]["get"]["parameters"]
    content = new["paths"]["/a"]["get"]["responses"]["200"]["content"]
    del content["application/json"]["schema"]["properties"]["x-count"]
    assert_breaks(
        old,
        new,
        "GET /a: parameter removed: x-request-id (header)",
        "GET /a response 200: field removed: x-count",
    )


def test_nullable_in_openapi_3_0_and_3_1_is_the_same() -> None:
    nullable_30 = {
        "a": {"type": "string", "nullable": True},
        "b": {"allOf": [ref("T")], "nullable": True},
        "c": {"allOf": [ref("T"), {"nullable": True}]},
        "d": {"type": "string", "enum": [None, "x"]},
        "e": {"type": "array", "items": {"type": "integer", "nullable": True}},
        "f": {"type": "string", "enum": ["only"]},
    }
    nullable_31 = {
        "a": {"type": ["string", "null"]},
        "b": {"anyOf": [ref("T"), {"type": "null"}]},
        "c": {"oneOf": [{"type": "null"}, ref("T")], "description": "A T, or nothing."},
        "d": {"type": ["string", "null"], "enum": ["x", None]},
        "e": {"type": "array", "items": {"type": ["integer", "null"]}},
        "f": {"const": "only"},
    }
    old = spec(USES, {"Q": obj(**nullable_30), "R": obj(**nullable_30), "T": obj()})
    new = spec(
        USES, {"Q": obj(**nullable_31), "R": obj(**nullable_31), "T": obj()}, openapi="3.1.0"
    )
    diff = specdiff.diff(old, new)
    assert diff.breaking == []
    assert [c.detail for c in diff.changes] == ["descriptions or examples changed"] * 2

    # A change of nullability itself is reported.
    new["components"]["schemas"]["R"]["properties"]["b"] = ref("T")
    assert_breaks(old, new, "schema R (response of POST /a): type of b: T | null -> T")


def test_a_field_moved_into_a_named_schema_is_compared_with_it() -> None:
    level = {"type": "string", "enum": ["info", "error"]}
    old = spec(USES, {"Q": obj(), "R": obj(level=level, items=obj(["k"], k=STR))})
    new = spec(
        USES,
        {
            "Q": obj(),
            "R": obj(level=ref("Level"), items=ref("Item")),
            "Level": {"type": "string", "enum": ["info", "warning", "error"]},
            "Item": obj(["k", "v"], k=STR, v=STR),
        },
    )
    breaking = assert_breaks(
        old, new, "schema R (response of POST /a): now required: items.v (new field)"
    )
    assert len(breaking) == 1
    _, rest = sections(specdiff.render(specdiff.diff(old, new)))
    assert "R: moved into a named schema: items (Item), level (Level)" in rest
    assert "R: enum values added: level: warning" in rest


def test_schema_and_operation_details() -> None:
    old = {
        "paths": {
            "/a": {
                "get": {
                    "operationId": "a",
                    "parameters": [{"in": "query", "name": "x"}],
                    "responses": {"200": {}},
                }
            }
        },
        "components": {
            "schemas": {
                "S": {
                    "type": "object",
                    "required": ["a"],
                    "properties": {"a": {}, "b": {}},
                    "enum": ["p"],
                }
            }
        },
    }
    new = {
        "paths": {
            "/a": {
                "get": {
                    "operationId": "a2",
                    "parameters": [{"in": "query", "name": "y"}],
                    "responses": {"200": {}, "404": {}},
                }
            }
        },
        "components": {
            "schemas": {
                "S": {
                    "type": "object",
                    "required": ["b"],
                    "properties": {"b": {"type": "string"}, "c": {}},
                    "enum": ["p", "q"],
                }
            }
        },
    }
    diff = specdiff.diff(old, new)
    assert diff.operations_changed["GET /a"] == [
        "operationId: 'a' -> 'a2'",
        "optional parameters added: y (query)",
        "parameter removed: x (query)",
        "responses added: 404",
    ]
    assert diff.schemas_changed["S"] == [
        "enum values added: schema: q",
        "field removed: a (was required)",
        "now required: b",
        "optional fields added: c",
        "type of b: any -> string",
    ]
    assert [c.detail for c in diff.breaking] == [
        "parameter removed: x (query)",
        "field removed: a (was required)",
        "now required: b",
        "type of b: any -> string",
    ]


def test_the_summary_is_deterministic() -> None:
    def reordered(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: reordered(value[k]) for k in reversed(list(value))}
        if isinstance(value, list):
            return [reordered(v) for v in value]
        return value

    old, new = specfix.load_yaml(SPEC_2024), specfix.load_yaml(UPSTREAM)
    text = specdiff.render(specdiff.diff(old, new))
    assert specdiff.render(specdiff.diff(reordered(old), reordered(new))) == text
    assert specdiff.render(specdiff.diff(copy.deepcopy(old), copy.deepcopy(new))) == text
