"""The spec-change summary a person reviews before adopting a new spec."""

from __future__ import annotations

import specdiff
import specfix
from scratch import ROOT

BUNDLED = ROOT / "openapi.yaml"
UPSTREAM = ROOT / "tests" / "fixtures" / "specs" / "upstream-openapi.yaml"


def test_summary_of_the_upstream_spec() -> None:
    diff = specdiff.diff(specfix.load_yaml(BUNDLED), specfix.load_yaml(UPSTREAM))
    assert (diff.old_version, diff.new_version) == ("3.0.3 / 2.0.0", "3.1.0 / 2.0.0")
    assert len(diff.operations_added) == 83 and diff.operations_removed == []
    assert "POST /batches" in diff.operations_added
    assert len(diff.operations_changed) == 16  # every bundled operation moved somehow
    assert "GET /files/{id}/content" in diff.operations_changed
    text = specdiff.render(diff)
    assert text.startswith("Spec change: OpenAPI/version 3.0.3 / 2.0.0 -> 3.1.0 / 2.0.0")
    assert "Operations added (83)" in text and "Schemas removed (4)" in text


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
        "operationId 'a' -> 'a2'",
        "parameter added: y (query)",
        "parameter removed: x (query)",
        "responses added: 404",
    ]
    assert diff.schemas_changed["S"] == [
        "properties added: c",
        "properties removed: a",
        "properties changed: b",
        "now required: b",
        "no longer required: a",
        "enum values added: q",
    ]
