"""Summarize what changed between two OpenAPI specs, for a person reviewing a spec update.

    python scripts/specdiff.py OLD.yaml NEW.yaml

Lists operations (method and path) and component schemas that were added, removed or changed,
and for changed ones which parts moved (parameters, request body, responses; properties,
required fields, enum values, types).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass
class SpecDiff:
    old_version: str
    new_version: str
    operations_added: list[str] = field(default_factory=list)
    operations_removed: list[str] = field(default_factory=list)
    operations_changed: dict[str, list[str]] = field(default_factory=dict)
    schemas_added: list[str] = field(default_factory=list)
    schemas_removed: list[str] = field(default_factory=list)
    schemas_changed: dict[str, list[str]] = field(default_factory=dict)


def _operations(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    ops: dict[str, dict[str, Any]] = {}
    for path, item in (spec.get("paths") or {}).items():
        for method in _METHODS:
            if isinstance(item, dict) and method in item:
                ops[f"{method.upper()} {path}"] = item[method]
    return ops


def _schemas(spec: dict[str, Any]) -> dict[str, Any]:
    return dict((spec.get("components") or {}).get("schemas") or {})


def _operation_changes(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    notes: list[str] = []
    if old.get("operationId") != new.get("operationId"):
        notes.append(f"operationId {old.get('operationId')!r} -> {new.get('operationId')!r}")
    old_params = {(p.get("in"), p.get("name")) for p in old.get("parameters", []) if "name" in p}
    new_params = {(p.get("in"), p.get("name")) for p in new.get("parameters", []) if "name" in p}
    for where, name in sorted(new_params - old_params, key=str):
        notes.append(f"parameter added: {name} ({where})")
    for where, name in sorted(old_params - new_params, key=str):
        notes.append(f"parameter removed: {name} ({where})")
    if old.get("parameters") != new.get("parameters") and old_params == new_params:
        notes.append("parameters changed")
    if old.get("requestBody") != new.get("requestBody"):
        notes.append("request body changed")
    old_codes, new_codes = set(old.get("responses", {})), set(new.get("responses", {}))
    if new_codes - old_codes:
        notes.append(f"responses added: {', '.join(sorted(map(str, new_codes - old_codes)))}")
    if old_codes - new_codes:
        notes.append(f"responses removed: {', '.join(sorted(map(str, old_codes - new_codes)))}")
    if any(old["responses"][c] != new["responses"][c] for c in old_codes & new_codes):
        notes.append("response content changed")
    rest_old = {k: v for k, v in old.items() if k not in _COMPARED_OP_KEYS}
    rest_new = {k: v for k, v in new.items() if k not in _COMPARED_OP_KEYS}
    if rest_old != rest_new:
        keys = sorted(
            k for k in rest_old.keys() | rest_new.keys() if rest_old.get(k) != rest_new.get(k)
        )
        notes.append(f"also changed: {', '.join(keys)}")
    return notes


_COMPARED_OP_KEYS = {"operationId", "parameters", "requestBody", "responses"}


def _schema_changes(old: Any, new: Any) -> list[str]:
    if not isinstance(old, dict) or not isinstance(new, dict):
        return ["changed"]
    notes: list[str] = []
    old_props, new_props = old.get("properties") or {}, new.get("properties") or {}
    if set(new_props) - set(old_props):
        notes.append(f"properties added: {', '.join(sorted(set(new_props) - set(old_props)))}")
    if set(old_props) - set(new_props):
        notes.append(f"properties removed: {', '.join(sorted(set(old_props) - set(new_props)))}")
    changed = sorted(p for p in set(old_props) & set(new_props) if old_props[p] != new_props[p])
    if changed:
        notes.append(f"properties changed: {', '.join(changed)}")
    old_req, new_req = set(old.get("required") or []), set(new.get("required") or [])
    if new_req - old_req:
        notes.append(f"now required: {', '.join(sorted(new_req - old_req))}")
    if old_req - new_req:
        notes.append(f"no longer required: {', '.join(sorted(old_req - new_req))}")
    old_enum, new_enum = set(map(str, old.get("enum") or [])), set(map(str, new.get("enum") or []))
    if new_enum - old_enum:
        notes.append(f"enum values added: {', '.join(sorted(new_enum - old_enum))}")
    if old_enum - new_enum:
        notes.append(f"enum values removed: {', '.join(sorted(old_enum - new_enum))}")
    skip = {"properties", "required", "enum", "description", "example", "examples"}
    other = sorted(k for k in (old.keys() | new.keys()) - skip if old.get(k) != new.get(k))
    if other:
        notes.append(f"also changed: {', '.join(other)}")
    if not notes and old != new:
        notes.append("descriptions or examples changed")
    return notes


def diff(old: dict[str, Any], new: dict[str, Any]) -> SpecDiff:
    result = SpecDiff(
        old_version=f"{old.get('openapi')} / {(old.get('info') or {}).get('version')}",
        new_version=f"{new.get('openapi')} / {(new.get('info') or {}).get('version')}",
    )
    old_ops, new_ops = _operations(old), _operations(new)
    result.operations_added = sorted(new_ops.keys() - old_ops.keys())
    result.operations_removed = sorted(old_ops.keys() - new_ops.keys())
    for key in sorted(old_ops.keys() & new_ops.keys()):
        if old_ops[key] != new_ops[key]:
            result.operations_changed[key] = _operation_changes(old_ops[key], new_ops[key])
    old_schemas, new_schemas = _schemas(old), _schemas(new)
    result.schemas_added = sorted(new_schemas.keys() - old_schemas.keys())
    result.schemas_removed = sorted(old_schemas.keys() - new_schemas.keys())
    for name in sorted(old_schemas.keys() & new_schemas.keys()):
        if old_schemas[name] != new_schemas[name]:
            result.schemas_changed[name] = _schema_changes(old_schemas[name], new_schemas[name])
    return result


def render(d: SpecDiff) -> str:
    out = [f"Spec change: OpenAPI/version {d.old_version} -> {d.new_version}"]

    def section(title: str, items: list[str]) -> None:
        out.append(f"\n{title} ({len(items)})")
        out.extend(f"  + {i}" if "added" in title else f"  - {i}" for i in items)

    def changed(title: str, items: dict[str, list[str]]) -> None:
        out.append(f"\n{title} ({len(items)})")
        for name, notes in items.items():
            out.append(f"  ~ {name}")
            out.extend(f"      {n}" for n in notes)

    section("Operations added", d.operations_added)
    section("Operations removed", d.operations_removed)
    changed("Operations changed", d.operations_changed)
    section("Schemas added", d.schemas_added)
    section("Schemas removed", d.schemas_removed)
    changed("Schemas changed", d.schemas_changed)
    return "\n".join(out)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: specdiff.py OLD.yaml NEW.yaml", file=sys.stderr)
        return 2
    from specfix import load_yaml

    print(render(diff(load_yaml(Path(argv[0])), load_yaml(Path(argv[1])))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
