"""Summarize what changed between two OpenAPI specs, for a person reviewing a spec update.

    python scripts/specdiff.py OLD.yaml NEW.yaml

The summary leads with the changes that break callers or readers of the API, one line each with
the operation or schema and the field path:

- request fields newly required (request body schemas, parameters) or removed;
- response fields no longer guaranteed (were required, now optional or gone), and fields newly
  required in schemas that readers of other servers may not get;
- types changed (type, format, nullability, `$ref` target, enum values removed, const changed);
- schemas and operations removed, response media types changed.

Then the rest, concisely: operations and schemas added, non-breaking changes (new optional fields,
enum values added, constraints), and a count of the description and example changes.

Vendor extensions (`x-` keys) are ignored at every depth. OpenAPI 3.0 `nullable: true` and 3.1
`type: [T, "null"]` (or a `null` member of anyOf/oneOf) mean the same, and a `const` is compared
as an enum of one value, so moving a spec from 3.0 to 3.1 is not reported as type changes.

Component schemas are compared one by one; a `$ref` inside a schema is compared by its target's
name, and the target's own changes are reported once, under its name, with the operations that
use it in requests or responses.
"""

from __future__ import annotations

import sys
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# Keys whose value maps names (property, header, media type, status code...) to objects: their
# own keys are names, never extensions, even when they start with "x-".
_NAME_MAPS = frozenset(
    {
        "properties",
        "patternProperties",
        "$defs",
        "definitions",
        "dependentSchemas",
        "paths",
        "webhooks",
        "responses",
        "content",
        "headers",
        "encoding",
        "links",
        "callbacks",
        "schemas",
        "parameters",
        "requestBodies",
        "securitySchemes",
        "examples",
        "variables",
        "mapping",
    }
)
# Keys whose value is literal data (not spec objects): compared as they are.
_LITERAL_KEYS = frozenset({"example", "examples", "default", "enum", "const"})
# Keys that only document: their changes are counted, not listed.
_DOC_KEYS = frozenset(
    {"description", "summary", "title", "example", "examples", "externalDocs", "$comment"}
)
# Schema keys compared structurally by _compare_schema; others are "constraints".
_STRUCTURE_KEYS = frozenset(
    {
        "type",
        "format",
        "nullable",
        "$ref",
        "enum",
        "const",
        "properties",
        "required",
        "items",
        "additionalProperties",
        "allOf",
        "oneOf",
        "anyOf",
    }
)

BREAKING = "breaking"
OTHER = "other"
DOCS = "docs"


@dataclass(frozen=True, order=True)
class Change:
    """One change. `kind` is "operation" or "schema", `name` the operation ("GET /files") or
    component schema name, `where` a part of the operation ("request body", "response 200"),
    `label` what happened ("now required") and `item` to what (a field path), if anything."""

    kind: str
    name: str
    where: str
    label: str
    item: str
    category: str  # BREAKING, OTHER or DOCS

    @property
    def detail(self) -> str:
        return f"{self.label}: {self.item}" if self.item else self.label


@dataclass
class SpecDiff:
    old_version: str
    new_version: str
    operations_added: list[str] = field(default_factory=list)
    operations_removed: list[str] = field(default_factory=list)
    # Per changed operation or schema: its changes (breaking or not), one per line, sorted.
    operations_changed: dict[str, list[str]] = field(default_factory=dict)
    schemas_added: list[str] = field(default_factory=list)
    schemas_removed: list[str] = field(default_factory=list)
    schemas_changed: dict[str, list[str]] = field(default_factory=dict)
    # Every change, sorted; see `breaking` and `others`.
    changes: list[Change] = field(default_factory=list)
    # Which operations use each schema (old and new spec together), e.g. "response of GET /files".
    schema_use: dict[str, str] = field(default_factory=dict)

    @property
    def breaking(self) -> list[Change]:
        return [c for c in self.changes if c.category == BREAKING]

    @property
    def others(self) -> list[Change]:
        return [c for c in self.changes if c.category != BREAKING]


# --- reading a spec -------------------------------------------------------------------------


def _strip_extensions(value: Any, names: bool = False) -> Any:
    """`value` without `x-` keys at any depth (but keeping names such as a header "x-request-id",
    and literal data such as examples as they are)."""
    if isinstance(value, dict):
        out: dict[Any, Any] = {}
        for key, item in value.items():
            if not names and isinstance(key, str) and key.startswith("x-"):
                continue
            if not names and key in _LITERAL_KEYS:
                out[key] = item
            else:
                out[key] = _strip_extensions(item, names=not names and key in _NAME_MAPS)
        return out
    if isinstance(value, list):
        return [_strip_extensions(item) for item in value]
    return value


def _pointer(spec: dict[str, Any], ref: str) -> Any:
    if not ref.startswith("#/"):
        return None
    node: Any = spec
    for part in ref[2:].split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def _deref(spec: dict[str, Any], node: Any) -> Any:
    """Follow `$ref`s of non-schema objects (parameters, request bodies, responses)."""
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"] not in seen:
        seen.add(node["$ref"])
        target = _pointer(spec, node["$ref"])
        if target is None:
            break
        node = target
    return node


def _ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~")


_SCHEMA_REF = "#/components/schemas/"


def _operations(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Operations by "METHOD /path", with the path item's parameters merged in."""
    ops: dict[str, dict[str, Any]] = {}
    for path, item in (spec.get("paths") or {}).items():
        item = _deref(spec, item)
        if not isinstance(item, dict):
            continue
        shared = item.get("parameters") or []
        for method in _METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                op = dict(op)
                if shared:
                    op["parameters"] = [*shared, *(op.get("parameters") or [])]
                ops[f"{method.upper()} {path}"] = op
    return ops


def _schemas(spec: dict[str, Any]) -> dict[str, Any]:
    return dict((spec.get("components") or {}).get("schemas") or {})


def _parameters(spec: dict[str, Any], op: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    params: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in op.get("parameters") or []:
        param = _deref(spec, raw)
        if isinstance(param, dict) and "name" in param:
            params[(str(param.get("in")), str(param["name"]))] = param  # later ones override
    return params


def _schema_refs(spec: dict[str, Any], node: Any, seen: set[str] | None = None) -> set[str]:
    """Names of the component schemas `node` refers to (directly), following other `$ref`s."""
    seen = set() if seen is None else seen
    found: set[str] = set()
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            if ref.startswith(_SCHEMA_REF):
                found.add(_ref_name(ref))
            elif ref not in seen:
                seen.add(ref)
                found |= _schema_refs(spec, _pointer(spec, ref), seen)
        for key, value in node.items():
            if key not in _LITERAL_KEYS:
                found |= _schema_refs(spec, value, seen)
    elif isinstance(node, list):
        for value in node:
            found |= _schema_refs(spec, value, seen)
    return found


def _schema_use(spec: dict[str, Any]) -> dict[str, tuple[set[str], set[str]]]:
    """For each component schema: the operations using it (transitively) in a request and in a
    response."""
    schemas = _schemas(spec)
    edges = {name: _schema_refs(spec, schema) for name, schema in schemas.items()}

    def closure(roots: set[str]) -> set[str]:
        reached, todo = set(), list(roots)
        while todo:
            name = todo.pop()
            if name not in reached:
                reached.add(name)
                todo.extend(edges.get(name, ()))
        return reached

    use: dict[str, tuple[set[str], set[str]]] = {name: (set(), set()) for name in schemas}
    for key, op in _operations(spec).items():
        request = _schema_refs(spec, [op.get("parameters"), op.get("requestBody")])
        response = _schema_refs(spec, op.get("responses"))
        for side, roots in ((0, request), (1, response)):
            for name in closure(roots):
                use.setdefault(name, (set(), set()))[side].add(key)
    return use


def _few(ops: set[str]) -> str:
    return ", ".join(sorted(ops)) if len(ops) <= 2 else f"{len(ops)} operations"


def _use_label(requests: set[str], responses: set[str]) -> str:
    parts = []
    if responses:
        parts.append(f"response of {_few(responses)}")
    if requests:
        parts.append(f"request of {_few(requests)}")
    return "; ".join(parts) if parts else "not used by any operation"


# --- comparing schemas ----------------------------------------------------------------------


def _is_null(node: Any) -> bool:
    if not isinstance(node, dict):
        return False
    rest = {k: v for k, v in node.items() if k not in _DOC_KEYS}
    return rest in ({"type": "null"}, {"nullable": True}, {"enum": [None]}, {"const": None})


def _is_doc_only(node: Any) -> bool:
    return isinstance(node, dict) and not (node.keys() - _DOC_KEYS)


def _normalize(node: Any) -> tuple[dict[str, Any], bool]:
    """The schema with nullability taken out (returned apart), `const` as a one-value enum, and
    trivial allOf/anyOf/oneOf wrappers (one member, or a member plus null) unwrapped."""
    if not isinstance(node, dict):
        return {}, False
    node = dict(node)
    nullable = node.pop("nullable", False) is True
    types = node.get("type")
    if isinstance(types, list):
        kept = [t for t in types if t != "null"]
        nullable = nullable or len(kept) != len(types)
        if len(kept) == 1:
            node["type"] = kept[0]
        elif kept:
            node["type"] = kept
        else:
            node.pop("type")
    elif types == "null":
        node.pop("type")
        nullable = True
    if "const" in node:
        value = node.pop("const")
        node["enum"] = [value]
        inferred = _json_type(value)
        if "type" not in node and inferred:
            node["type"] = inferred
    if isinstance(node.get("enum"), list) and None in node["enum"]:
        nullable = True
        node["enum"] = [v for v in node["enum"] if v is not None]
    for key in ("allOf", "anyOf", "oneOf"):
        members = node.get(key)
        if not isinstance(members, list):
            continue
        kept = []
        for member in members:
            if _is_null(member):
                nullable = True
            elif not (key == "allOf" and _is_doc_only(member)):  # in allOf, {} adds nothing
                kept.append(member)
        if key == "allOf":
            # Inline members of allOf add their fields to this schema.
            refs = []
            for member in kept:
                if isinstance(member, dict) and "$ref" not in member:
                    inner, inner_nullable = _normalize(member)
                    nullable = nullable or inner_nullable
                    refs.extend(inner.pop("allOf", []))
                    _merge_into(node, inner)
                else:
                    refs.append(member)
            kept = refs
        node[key] = kept
        if not kept:
            node.pop(key)
        elif len(kept) == 1 and not (node.keys() & _STRUCTURE_KEYS - {key}):
            node.pop(key)
            inner, inner_nullable = _normalize(kept[0])
            node = {**node, **inner}
            nullable = nullable or inner_nullable
    return node, nullable


def _merge_into(node: dict[str, Any], inner: dict[str, Any]) -> None:
    for key, value in inner.items():
        if key == "properties":
            node["properties"] = {**(node.get("properties") or {}), **value}
        elif key == "required":
            node["required"] = [*(node.get("required") or []), *value]
        elif key in ("allOf", "anyOf", "oneOf"):
            node[key] = [*(node.get(key) or []), *value]
        else:
            node.setdefault(key, value)


def _json_type(value: Any) -> str | None:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return None


def _shape(node: dict[str, Any], deep: bool = False) -> str:
    """The type of a normalized schema, in a few words: "string(date-time)", "object", "Model",
    "oneOf(string, array<string>)". Fields, and unless `deep` array items and map values, are
    not part of it (they are compared on their own, as "field", "field[]" and "field{}")."""
    if isinstance(node.get("$ref"), str):
        return _ref_name(node["$ref"])
    parts = []
    types = node.get("type")
    if "type" not in node:
        if "properties" in node or isinstance(node.get("additionalProperties"), dict):
            types = "object"
        elif "items" in node:
            types = "array"
        elif isinstance(node.get("enum"), list) and node["enum"]:
            inferred = {_json_type(v) for v in node["enum"]}
            types = inferred.pop() if len(inferred) == 1 else None
    for kind in [types] if isinstance(types, str) else sorted(map(str, types or [])):
        if kind == "array" and deep:
            kind = f"array<{_shape_text(*_deep_shape(node.get('items')))}>"
        elif (
            kind == "object"
            and isinstance(node.get("additionalProperties"), dict)
            and "properties" not in node
        ):
            kind = "map"
            if deep:
                kind += f"<{_shape_text(*_deep_shape(node['additionalProperties']))}>"
        if node.get("format"):
            kind += f"({node['format']})"
        parts.append(kind)
    typed = " | ".join(parts)
    combined = [typed] if typed else []
    for key in ("allOf", "anyOf", "oneOf"):
        members = node.get(key)
        if isinstance(members, list) and members:
            shapes = sorted({_shape_text(*_deep_shape(member)) for member in members})
            if len(shapes) == 1 and (not combined or combined == shapes):
                combined = shapes  # e.g. anyOf: [{type: string, enum: [...]}, {type: string}]
            else:
                combined.append(f"{key}({', '.join(shapes)})")
    return " & ".join(combined) or "any"


def _deep_shape(node: Any) -> tuple[str, bool]:
    normalized, nullable = _normalize(node)
    return _shape(normalized, deep=True), nullable


def _shape_text(shape: str, nullable: bool) -> str:
    return f"{shape} | null" if nullable else shape


def _enum(node: dict[str, Any]) -> set[str] | None:
    values = node.get("enum")
    return {str(v) for v in values} if isinstance(values, list) else None


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


Emit = Callable[[str, str, str], None]  # label, item, category


@dataclass(frozen=True)
class _Context:
    """Where a schema is compared: the two specs (to resolve `$ref`s), whether responses
    (readers) and requests (callers) use it, and where its changes go."""

    old_spec: dict[str, Any]
    new_spec: dict[str, Any]
    readers: bool
    callers: bool
    emit: Emit


def _resolve_schema(spec: dict[str, Any], node: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """A normalized `{"$ref": ...}` schema replaced by its (normalized) target, if found."""
    nullable, seen = False, set()
    while isinstance(node.get("$ref"), str) and node["$ref"] not in seen:
        seen.add(node["$ref"])
        target = _pointer(spec, node["$ref"])
        if not isinstance(target, dict):
            break
        node, target_nullable = _normalize(target)
        nullable = nullable or target_nullable
    return node, nullable


def _compare_schema(old: Any, new: Any, path: str, ctx: _Context) -> None:
    """Report how schema `old` became `new` (`path`: where, inside the subject of `ctx`)."""
    o, o_null = _normalize(old)
    n, n_null = _normalize(new)
    emit = ctx.emit
    where = path or "schema"
    if any(o.get(k) != n.get(k) for k in _DOC_KEYS):
        emit("descriptions changed", where, DOCS)
    o_shape, n_shape = _shape(o), _shape(n)
    before, after = _shape_text(o_shape, o_null), _shape_text(n_shape, n_null)
    o_ref, n_ref = isinstance(o.get("$ref"), str), isinstance(n.get("$ref"), str)
    if o_shape != n_shape and o_ref != n_ref:
        # Inline on one side, a named schema on the other: compare with what the name holds.
        name = n_shape if n_ref else o_shape
        if n_ref:
            n, resolved_null = _resolve_schema(ctx.new_spec, n)
            n_null = n_null or resolved_null
        else:
            o, resolved_null = _resolve_schema(ctx.old_spec, o)
            o_null = o_null or resolved_null
        o_shape, n_shape = _shape(o), _shape(n)
        if o_shape == n_shape:
            moved = "moved into a named schema" if n_ref else "no longer a named schema"
            emit(moved, f"{where} ({name})", OTHER)
        elif n_ref:
            after = f"{name} = {_shape_text(n_shape, n_null)}"
        else:
            before = f"{name} = {_shape_text(o_shape, o_null)}"
    if o_shape != n_shape or o_null != n_null:
        label = f"type of {path}" if path else "type"
        emit(label, f"{before} -> {after}", BREAKING)
    if o_shape != n_shape:
        return  # a different type: its insides are not comparable
    o_enum, n_enum = _enum(o), _enum(n)
    if o_enum is not None and n_enum is not None:
        if o_enum - n_enum:
            now = f" (now: {', '.join(sorted(n_enum))})" if len(n_enum) <= 3 else ""
            removed = ", ".join(sorted(o_enum - n_enum)) + now
            emit(f"enum values removed from {where}", removed, BREAKING)
        if n_enum - o_enum:
            emit("enum values added", f"{where}: {', '.join(sorted(n_enum - o_enum))}", OTHER)
    elif o_enum is not None:
        emit("no longer an enum", where, OTHER)
    elif n_enum is not None:
        # Values a caller could send are now refused; readers only get fewer kinds of values.
        values = ", ".join(sorted(n_enum))
        category = BREAKING if ctx.callers else OTHER
        emit(f"values of {where} now restricted to", values, category)
    constraints = sorted(
        k for k in (o.keys() | n.keys()) - _STRUCTURE_KEYS - _DOC_KEYS if o.get(k) != n.get(k)
    )
    if constraints:
        emit("constraints changed", f"{where} ({', '.join(constraints)})", OTHER)
    _compare_fields(o, n, path, ctx)
    if isinstance(o.get("items"), dict) or isinstance(n.get("items"), dict):
        _compare_schema(o.get("items"), n.get("items"), path + "[]", ctx)
    if isinstance(o.get("additionalProperties"), dict) and isinstance(
        n.get("additionalProperties"), dict
    ):
        _compare_schema(o["additionalProperties"], n["additionalProperties"], path + "{}", ctx)
    for key in ("anyOf", "oneOf"):
        o_members, n_members = o.get(key) or [], n.get(key) or []
        if len(o_members) == len(n_members):
            for i, (a, b) in enumerate(zip(o_members, n_members, strict=True)):
                _compare_schema(a, b, f"{path}<{key} {i + 1}>", ctx)


def _compare_fields(o: dict[str, Any], n: dict[str, Any], path: str, ctx: _Context) -> None:
    emit = ctx.emit
    o_props, n_props = o.get("properties") or {}, n.get("properties") or {}
    o_req, n_req = set(o.get("required") or []), set(n.get("required") or [])
    for name in sorted(o_props.keys() - n_props.keys()):
        was = " (was required)" if name in o_req else ""
        emit("field removed", _join(path, name) + was, BREAKING)
    for name in sorted(n_props.keys() - o_props.keys()):
        if name in n_req:
            emit("now required", _join(path, name) + " (new field)", BREAKING)
        else:
            emit("optional fields added", _join(path, name), OTHER)
    for name in sorted(n_req - o_req):
        if name in o_props or name not in n_props:
            emit("now required", _join(path, name), BREAKING)
    for name in sorted(o_req - n_req):
        if name in n_props or name not in o_props:
            category = BREAKING if ctx.readers else OTHER
            emit("no longer required", _join(path, name), category)
    for name in sorted(o_props.keys() & n_props.keys()):
        _compare_schema(o_props[name], n_props[name], _join(path, name), ctx)


# --- comparing operations -------------------------------------------------------------------

OpEmit = Callable[
    [str, str, str, str], None
]  # where (part of the operation), label, item, category


def _media_types(content: Any) -> set[str]:
    return set(content) if isinstance(content, dict) else set()


def _docs_differ(old: Any, new: Any) -> bool:
    if not isinstance(old, dict) or not isinstance(new, dict):
        return False
    return any(old.get(k) != new.get(k) for k in _DOC_KEYS)


def _context(
    old_spec: dict[str, Any], new_spec: dict[str, Any], where: str, response: bool, emit: OpEmit
) -> _Context:
    def emit_here(label: str, item: str, category: str) -> None:
        emit(where, label, item, category)

    return _Context(old_spec, new_spec, readers=response, callers=not response, emit=emit_here)


def _compare_content(
    old: dict[str, Any],
    new: dict[str, Any],
    where: str,
    specs: tuple[dict[str, Any], dict[str, Any]],
    emit: OpEmit,
) -> None:
    """Compare the media types and their schemas of a request body or a response."""
    o_content, n_content = old.get("content") or {}, new.get("content") or {}
    o_types, n_types = _media_types(o_content), _media_types(n_content)
    response = where.startswith("response")
    if o_types - n_types:
        before = ", ".join(sorted(o_types)) or "none"
        after = ", ".join(sorted(n_types)) or "none"
        emit(where, "media type", f"{before} -> {after}", BREAKING)
    elif n_types - o_types:
        emit(where, "media types added", ", ".join(sorted(n_types - o_types)), OTHER)
    for media in sorted(o_types & n_types):
        here = where if len(o_types | n_types) == 1 else f"{where} [{media}]"
        a, b = o_content[media] or {}, n_content[media] or {}
        if a.get("schema") is not None or b.get("schema") is not None:
            ctx = _context(*specs, here, response, emit)
            _compare_schema(a.get("schema"), b.get("schema"), "", ctx)
        if _docs_differ(a, b):
            emit(here, "descriptions changed", "", DOCS)


def _compare_parameters(
    old: dict[str, Any],
    new: dict[str, Any],
    specs: tuple[dict[str, Any], dict[str, Any]],
    emit: OpEmit,
) -> None:
    o_params, n_params = _parameters(specs[0], old), _parameters(specs[1], new)
    for where, name in sorted(o_params.keys() - n_params.keys()):
        emit("", "parameter removed", f"{name} ({where})", BREAKING)
    for where, name in sorted(n_params.keys() - o_params.keys()):
        if n_params[(where, name)].get("required"):
            emit("", "new required parameter", f"{name} ({where})", BREAKING)
        else:
            emit("", "optional parameters added", f"{name} ({where})", OTHER)
    for key in sorted(o_params.keys() & n_params.keys()):
        a, b = o_params[key], n_params[key]
        label = f"{key[1]} ({key[0]})"
        if b.get("required") and not a.get("required"):
            emit("", "parameter now required", label, BREAKING)
        elif a.get("required") and not b.get("required"):
            emit("", "parameters no longer required", label, OTHER)
        if a.get("schema") is not None or b.get("schema") is not None:
            ctx = _context(*specs, "", False, emit)
            _compare_schema(a.get("schema"), b.get("schema"), f"parameter {label}", ctx)
        if _docs_differ(a, b):
            emit("", "descriptions changed", "", DOCS)
        rest = {"name", "in", "required", "schema"} | _DOC_KEYS
        other = sorted(k for k in (a.keys() | b.keys()) - rest if a.get(k) != b.get(k))
        if other:
            emit("", "parameters changed", f"{label} ({', '.join(other)})", OTHER)


def _compare_operation(
    old: dict[str, Any],
    new: dict[str, Any],
    specs: tuple[dict[str, Any], dict[str, Any]],
    emit: OpEmit,
) -> None:
    old_spec, new_spec = specs
    _compare_parameters(old, new, specs, emit)

    o_body = _deref(old_spec, old.get("requestBody"))
    n_body = _deref(new_spec, new.get("requestBody"))
    if not isinstance(o_body, dict) and isinstance(n_body, dict):
        if n_body.get("required"):
            emit("", "required request body added", "", BREAKING)
        else:
            emit("", "optional request body added", "", OTHER)
    elif isinstance(o_body, dict) and not isinstance(n_body, dict):
        emit("", "request body removed", "", BREAKING)
    elif isinstance(o_body, dict) and isinstance(n_body, dict):
        if n_body.get("required") and not o_body.get("required"):
            emit("request body", "now required", "", BREAKING)
        elif o_body.get("required") and not n_body.get("required"):
            emit("request body", "no longer required", "", OTHER)
        _compare_content(o_body, n_body, "request body", specs, emit)
        if _docs_differ(o_body, n_body):
            emit("request body", "descriptions changed", "", DOCS)

    o_resp = {str(k): _deref(old_spec, v) for k, v in (old.get("responses") or {}).items()}
    n_resp = {str(k): _deref(new_spec, v) for k, v in (new.get("responses") or {}).items()}
    for code in sorted(n_resp.keys() - o_resp.keys()):
        emit("", "responses added", code, OTHER)
    for code in sorted(o_resp.keys() - n_resp.keys()):
        emit("", "responses removed", code, OTHER)
    for code in sorted(o_resp.keys() & n_resp.keys()):
        a = o_resp[code] if isinstance(o_resp[code], dict) else {}
        b = n_resp[code] if isinstance(n_resp[code], dict) else {}
        where = f"response {code}"
        _compare_content(a, b, where, specs, emit)
        if _docs_differ(a, b):
            emit(where, "descriptions changed", "", DOCS)
        if (a.get("headers") or {}) != (b.get("headers") or {}):
            emit(where, "headers changed", "", OTHER)

    if old.get("operationId") != new.get("operationId"):
        emit("", "operationId", f"{old.get('operationId')!r} -> {new.get('operationId')!r}", OTHER)
    if new.get("deprecated") and not old.get("deprecated"):
        emit("", "now deprecated", "", OTHER)
    if _docs_differ(old, new):
        emit("", "descriptions changed", "", DOCS)
    compared = {"operationId", "parameters", "requestBody", "responses", "deprecated"} | _DOC_KEYS
    other = sorted(k for k in (old.keys() | new.keys()) - compared if old.get(k) != new.get(k))
    if other:
        emit("", "also changed", ", ".join(other), OTHER)


# --- the diff -------------------------------------------------------------------------------

_DOCS_LABEL = "descriptions or examples changed"


def diff(old: dict[str, Any], new: dict[str, Any]) -> SpecDiff:
    result = SpecDiff(
        old_version=f"{old.get('openapi')} / {(old.get('info') or {}).get('version')}",
        new_version=f"{new.get('openapi')} / {(new.get('info') or {}).get('version')}",
    )
    old, new = _strip_extensions(old), _strip_extensions(new)
    specs = (old, new)
    changes: set[Change] = set()

    def add(kind: str, name: str, where: str, label: str, item: str, category: str) -> None:
        if category == DOCS:  # counted once per operation or schema, never listed
            where, label, item = "", _DOCS_LABEL, ""
        changes.add(Change(kind, name, where, label, item, category))

    old_use, new_use = _schema_use(old), _schema_use(new)
    use: dict[str, tuple[set[str], set[str]]] = {}
    for name in sorted(old_use.keys() | new_use.keys()):
        o_req, o_resp = old_use.get(name, (set(), set()))
        n_req, n_resp = new_use.get(name, (set(), set()))
        use[name] = (o_req | n_req, o_resp | n_resp)
        result.schema_use[name] = _use_label(*use[name])

    old_ops, new_ops = _operations(old), _operations(new)
    result.operations_added = sorted(new_ops.keys() - old_ops.keys())
    result.operations_removed = sorted(old_ops.keys() - new_ops.keys())
    for key in result.operations_added:
        add("operation", key, "", "operation added", "", OTHER)
    for key in result.operations_removed:
        add("operation", key, "", "operation removed", "", BREAKING)
    for key in sorted(old_ops.keys() & new_ops.keys()):
        _compare_operation(old_ops[key], new_ops[key], specs, partial(add, "operation", key))

    old_schemas, new_schemas = _schemas(old), _schemas(new)
    result.schemas_added = sorted(new_schemas.keys() - old_schemas.keys())
    result.schemas_removed = sorted(old_schemas.keys() - new_schemas.keys())
    for name in result.schemas_added:
        add("schema", name, "", "schema added", "", OTHER)
    for name in result.schemas_removed:
        add("schema", name, "", "schema removed", "", BREAKING)
    for name in sorted(old_schemas.keys() & new_schemas.keys()):
        requests, responses = use.get(name, (set(), set()))
        ctx = _Context(
            old,
            new,
            # A schema no operation uses could be used either way.
            readers=bool(responses) or not requests,
            callers=bool(requests) or not responses,
            emit=partial(add, "schema", name, ""),
        )
        _compare_schema(old_schemas[name], new_schemas[name], "", ctx)

    result.changes = sorted(changes)
    added_or_removed = {"operation added", "operation removed", "schema added", "schema removed"}
    for change in result.changes:
        if change.label in added_or_removed:
            continue
        target = result.operations_changed if change.kind == "operation" else result.schemas_changed
        where = f"{change.where}: " if change.where else ""
        target.setdefault(change.name, []).append(where + change.detail)
    return result


# --- rendering ------------------------------------------------------------------------------


def _subject(d: SpecDiff, change: Change) -> str:
    if change.kind == "schema":
        subject = (
            f"schema {change.name} ({d.schema_use.get(change.name, 'not used by any operation')})"
        )
    else:
        subject = change.name
    return f"{subject} {change.where}" if change.where else subject


def _breaking_line(d: SpecDiff, change: Change) -> str:
    if change.label == "schema removed":
        use = d.schema_use.get(change.name, "not used by any operation")
        return f"schema removed: {change.name} (was {use})"
    if change.label == "operation removed":
        return f"operation removed: {change.name}"
    return f"{_subject(d, change)}: {change.detail}"


def _grouped(changes: list[Change]) -> list[str]:
    """One line per subject and kind of change, the items joined."""
    groups: dict[tuple[str, str], list[str]] = {}
    for change in changes:
        subject = f"{change.name} {change.where}" if change.where else change.name
        groups.setdefault((subject, change.label), [])
        if change.item:
            groups[(subject, change.label)].append(change.item)
    lines = []
    for (subject, label), items in sorted(groups.items()):
        lines.append(f"{subject}: {label}: {', '.join(items)}" if items else f"{subject}: {label}")
    return lines


def render(d: SpecDiff) -> str:
    breaking, others = d.breaking, d.others
    out = [
        f"Spec change: OpenAPI/version {d.old_version} -> {d.new_version}",
        f"{len(breaking)} changes break callers or readers; {len(others)} others",
        "",
        f"Breaks callers and readers ({len(breaking)})",
    ]
    out.extend(f"  {_breaking_line(d, c)}" for c in breaking)
    if not breaking:
        out.append("  none")

    if d.operations_added:
        out += ["", f"Operations added ({len(d.operations_added)})"]
        out.extend(f"  + {key}" for key in d.operations_added)
    if d.schemas_added:
        out += ["", f"Schemas added ({len(d.schemas_added)})"]
        out.extend(
            textwrap.wrap(
                ", ".join(d.schemas_added),
                width=100,
                initial_indent="  + ",
                subsequent_indent="    ",
                break_on_hyphens=False,
                break_long_words=False,
            )
        )
    listed = [
        c
        for c in others
        if c.category == OTHER and c.label not in ("operation added", "schema added")
    ]
    for kind, title in (("operation", "Operations"), ("schema", "Schemas")):
        of_kind = [c for c in listed if c.kind == kind]
        lines = _grouped(of_kind)
        if lines:
            count = len({c.name for c in of_kind})
            out += ["", f"{title} changed, not breaking ({count})"]
            for line in lines:
                out.extend(
                    textwrap.wrap(
                        line,
                        width=100,
                        initial_indent="  ~ ",
                        subsequent_indent="      ",
                        break_on_hyphens=False,
                        break_long_words=False,
                    )
                )
    docs_ops = sorted({c.name for c in others if c.category == DOCS and c.kind == "operation"})
    docs_schemas = sorted({c.name for c in others if c.category == DOCS and c.kind == "schema"})
    if docs_ops or docs_schemas:
        out += [
            "",
            f"Descriptions or examples changed in {len(docs_schemas)} schemas and "
            f"{len(docs_ops)} operations (not listed).",
        ]
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
