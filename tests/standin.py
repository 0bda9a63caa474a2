"""A local stand-in of the whole Together REST API, made from its OpenAPI spec.

::

    with StandIn() as api:
        client = Together(api_key="sk-test", base_url=api.base_url)
        client.files.upload(...)
        assert api.last.operation == "POST /files/upload"

Why: the facade's tests need a server that answers every operation of the published spec the
way Together would (the success status, its content type, a body valid against the response
schema), that remembers what a client flow creates (a file, then a batch over it, then the
batch's output file), and whose answers a test can change (an error, a stream, a delay), all on
127.0.0.1 and without a hand-written fixture per call.

What it serves, read from the spec (default ``tests/fixtures/specs/upstream-openapi.yaml``):

* Every path of the spec under ``/v1``, routed by its template (a ``{name}`` segment matches one
  percent-decoded segment; literal segments win over templates). An unknown path answers 404, a
  known path with another method 405, both with an ``{"error": {...}}`` body. The WebSocket
  operations (their only answer is a 101) answer 426.
* The success answer of each operation (its lowest 2xx status; the one operation without a 2xx,
  ``GET /deployments/storage/{filename}``, redirects with a 307 to ``/_signed/<name>``, which
  serves a few bytes, as a signed download URL would): JSON bodies are the spec's
  media-type example if it validates, else made up from the schema (``_Synth``: the schemas'
  own examples where they validate, then their keywords), and always checked against the
  response schema with jsonschema; examples that do not validate are listed in
  ``invalid_examples``. Binary answers are a few bytes (a short WAV for audio), ``text/plain``
  a JSONL line, and ``text/event-stream`` (or ``"stream": true`` in the JSON request body of an
  operation that can stream) a few chunks made from the stream's chunk schema, then
  ``data: [DONE]``.
* State for the flows a client runs (``_State``): uploaded files and their content, batches that
  complete after ``batch_steps`` polls and write an output file, dedicated endpoints, fine-tunes,
  evaluations and videos. Ids it deleted answer 404, ids it never made get the default answer.
  Other answers echo the path's ids into the body where the schema has an ``id`` field (or a
  field named like the parameter). One knowing departure from the spec: a stored evaluation's
  ``results`` are those of its type, which the spec's ``oneOf`` (of object schemas that any
  object matches at once) can never accept; the default evaluation answers leave them out.

Every request is recorded (``requests``, ``calls(key)``, ``last``) and ``answer(key, ...)``
replaces the answer of an operation (an error, a body, events, headers, a delay), for good or
for the next ``times`` calls; ``reset()`` forgets all that and the stored state.
``sample_request(key)`` makes a minimal valid request of an operation. Operations are named by
their key, ``"METHOD /template"`` as the spec writes it: ``"GET /batches/{id}"``.
"""

from __future__ import annotations

import base64
import contextlib
import copy
import datetime as dt
import functools
import json
import math
import os
import socket
import struct
import sys
import threading
import time
import traceback
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from socketserver import TCPServer
from typing import Any
from urllib.parse import parse_qs, quote, unquote, urlsplit

from jsonschema import Draft4Validator, Draft202012Validator  # type: ignore[import-untyped]
from jsonschema.exceptions import best_match  # type: ignore[import-untyped]
from ruamel.yaml import YAML

__all__ = ["DEFAULT_SPEC", "Operation", "Recorded", "SampleRequest", "StandIn", "json_schema"]

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SPEC = ROOT / "tests" / "fixtures" / "specs" / "upstream-openapi.yaml"
HOST = "127.0.0.1"
PREFIX = "/v1"  # the spec's server is https://api.together.ai/v1
SIGNED = "/_signed/"  # where the stand-in's redirects to a "signed URL" lead
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
JSON = "application/json"
SSE = "text/event-stream"

DATE_TIME = "2026-04-28T12:00:00Z"
MAX_DEPTH = 6  # below this, made-up objects only get their required properties
HARD_DEPTH = 2 * MAX_DEPTH  # and below this, nothing at all (a cycle of required properties)
PIECES = ("Hello", ", ", "world")  # the texts of the chunks of a made-up stream
JSONL_LINE = (
    b'{"messages": [{"role": "user", "content": "Hello"}, '
    b'{"role": "assistant", "content": "Hi! How can I help?"}]}\n'
)
_FORMATS = {
    "date-time": DATE_TIME,
    "date": DATE_TIME[:10],
    "time": DATE_TIME[11:],
    "uri": "https://example.com/stand-in",
    "url": "https://example.com/stand-in",
    "uri-reference": "https://example.com/stand-in",
    "uuid": "5f0c8a8e-3c1b-4b8e-9d7a-2f6e4c1d0b9a",
    "email": "user@example.com",
    "hostname": "example.com",
    "ipv4": "127.0.0.1",
    "binary": "stand-in bytes",
    "byte": base64.b64encode(b"stand-in bytes").decode(),
}
#: Schema keywords that only annotate: a node made of these alone accepts anything.
_ANNOTATIONS = frozenset(
    {"description", "title", "example", "examples", "default", "deprecated", "readOnly"}
    | {"writeOnly", "externalDocs", "xml", "discriminator", "format"}
)
_MISSING: Any = object()  # "no value" where None is a value


# --- the spec -----------------------------------------------------------------------------------


def _plain(node: Any) -> Any:
    """YAML data as JSON data: YAML timestamps (unquoted dates in examples) become ISO strings."""
    if isinstance(node, dict):
        return {str(k): _plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_plain(v) for v in node]
    if isinstance(node, dt.date):  # datetime too: it is a subclass
        return node.isoformat()
    return node


@functools.cache
def load_spec(path: Path) -> dict[str, Any]:
    """The OpenAPI document at ``path``, as JSON data."""
    spec: dict[str, Any] = _plain(YAML(typ="safe").load(path.read_bytes()))
    return spec


_SUBSCHEMA = (
    *("items", "additionalProperties", "not", "if", "then", "else", "contains"),
    *("propertyNames", "unevaluatedProperties", "unevaluatedItems", "additionalItems"),
)
_SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SUBSCHEMA_MAPS = ("properties", "patternProperties", "$defs", "dependentSchemas")


def json_schema(node: Any) -> Any:
    """An OpenAPI schema as JSON Schema: ``nullable: true`` (OpenAPI 3.0, still met in 3.1
    specs) lets null through, at every level. Examples and other values are left alone."""
    if not isinstance(node, dict):
        return node
    out = dict(node)
    for key in _SUBSCHEMA:
        if isinstance(out.get(key), list):
            out[key] = [json_schema(s) for s in out[key]]
        elif key in out:
            out[key] = json_schema(out[key])
    for key in _SUBSCHEMA_LISTS:
        if key in out:
            out[key] = [json_schema(s) for s in out[key]]
    for key in _SUBSCHEMA_MAPS:
        if isinstance(out.get(key), dict):
            out[key] = {name: json_schema(s) for name, s in out[key].items()}
    return _nullable(out) if out.pop("nullable", None) is True else out


def _nullable(node: dict[str, Any]) -> dict[str, Any]:
    kind = node.get("type")
    if kind is None:  # a $ref, a oneOf...: wrap it
        outer = {k: v for k, v in node.items() if k in _ANNOTATIONS}
        inner = {k: v for k, v in node.items() if k not in _ANNOTATIONS}
        return {**outer, "anyOf": [inner, {"type": "null"}]}
    kinds = kind if isinstance(kind, list) else [kind]
    out = {**node, "type": [*kinds, "null"] if "null" not in kinds else kinds}
    if "enum" in out and None not in out["enum"]:
        out["enum"] = [*out["enum"], None]
    return out


def _is_json(media: str | None) -> bool:
    return media is not None and (media == JSON or media.endswith("+json"))


class _Schemas:
    """The spec's component schemas as JSON Schema, and validators for any node of them."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        raw = spec.get("components", {}).get("schemas", {})
        self._components = {"schemas": {name: json_schema(s) for name, s in raw.items()}}
        old = str(spec.get("openapi", "3.1")).startswith("3.0")
        self._cls: Any = Draft4Validator if old else Draft202012Validator
        self._validators: dict[int, tuple[Any, Any]] = {}
        self._lock = threading.Lock()

    def resolve(self, ref: str) -> Any:
        """The node a local ``$ref`` points to (``#/components/schemas/Name``)."""
        if not ref.startswith("#/components/"):
            raise ValueError(f"the stand-in only follows #/components/ references, not {ref!r}")
        node: Any = {"components": self._components}
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        return node

    def deref(self, node: Any) -> Any:
        """``node`` with its ``$ref`` (and the target's) followed, siblings kept."""
        for _ in range(64):
            if not (isinstance(node, dict) and "$ref" in node):
                return node
            siblings = {k: v for k, v in node.items() if k != "$ref"}
            target = self.resolve(node["$ref"])
            node = {**target, **siblings} if siblings else target
        raise ValueError("a $ref cycle")

    def properties(self, node: Any) -> dict[str, Any]:
        """The properties an object schema declares, its ``allOf`` branches' included."""
        node = self.deref(node)
        if not isinstance(node, dict):
            return {}
        found = dict(node.get("properties", {}))
        for branch in node.get("allOf", []):
            found = {**self.properties(branch), **found}
        return found

    def problem(self, value: Any, node: Any) -> str | None:
        """Why ``value`` does not validate against ``node``, or None when it does."""
        error = best_match(self._validator(node).iter_errors(value))
        if error is None:
            return None
        where = "".join(f"[{p!r}]" for p in error.absolute_path)
        return f"at ${where}: {error.message[:200]}"

    def valid(self, value: Any, node: Any) -> bool:
        return self._validator(node).is_valid(value)

    def _validator(self, node: Any) -> Any:
        """A validator for ``node``, its ``$ref``s resolved against the components (kept, with
        the node, by the node's id: merged nodes are made on the fly)."""
        with self._lock:
            entry = self._validators.get(id(node))
            if entry is None or entry[0] is not node:
                if len(self._validators) > 20000:  # nodes merged on the fly pile up
                    self._validators.clear()
                root = {**node, "components": self._components} if isinstance(node, dict) else node
                entry = (node, self._cls(root))
                self._validators[id(node)] = entry
            return entry[1]


# --- made-up values -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _At:
    """Where ``_Synth`` is in the value it makes: the JSON path, the depth, the ``$ref``s it
    went through, and the name of the property (a made-up string is that name)."""

    path: str = "$"
    depth: int = 0
    refs: tuple[str, ...] = ()
    name: str | None = None

    def prop(self, name: str) -> _At:
        return _At(f"{self.path}.{name}", self.depth + 1, self.refs, name)

    def item(self) -> _At:
        return _At(f"{self.path}[0]", self.depth + 1, self.refs, self.name)

    def via(self, ref: str) -> _At:
        depth = max(self.depth, MAX_DEPTH) if ref in self.refs else self.depth
        return _At(self.path, depth, (*self.refs, ref), self.name)


class _Synth:
    """Makes a value valid against a schema (a node of ``_Schemas``).

    At each node, in order: ``const``; the node's ``example`` (then its ``examples``) if it
    validates against the node (those that do not are noted in ``invalid``); ``allOf`` merged;
    the first ``oneOf``/``anyOf`` branch that gives a valid value (null branches last); the first
    ``enum`` value; else a value of the node's type: objects with all their properties (only the
    required ones with ``minimal``, or below ``MAX_DEPTH`` and on a ``$ref`` cycle; an optional
    property whose made-up value does not validate is left out), arrays of one item (or
    ``minItems``), strings by ``format`` (else the property's name), numbers within bounds.
    """

    def __init__(
        self,
        schemas: _Schemas,
        *,
        minimal: bool = False,
        where: str = "",
        invalid: list[str] | None = None,
    ) -> None:
        self.schemas = schemas
        self.minimal = minimal
        self.where = where
        self.invalid = invalid

    def value(self, node: Any) -> Any:
        return self._value(node, _At())

    def _value(self, node: Any, at: _At) -> Any:
        if not isinstance(node, dict):
            return None  # a boolean schema
        if at.depth > HARD_DEPTH:
            return _bottom(node)
        if "$ref" in node:
            return self._ref(node, at)
        if "const" in node:
            return copy.deepcopy(node["const"])
        found = self._example(node, at)
        if found is not _MISSING:
            return found
        if "allOf" in node:
            return self._value(self._merge_all(node), at)
        for key in ("oneOf", "anyOf"):
            if key in node:
                return self._choice(node, key, at)
        if node.get("enum"):
            return next((v for v in node["enum"] if v is not None), None)
        return self._by_type(node, at)

    def _ref(self, node: dict[str, Any], at: _At) -> Any:
        ref = node["$ref"]
        if at.refs.count(ref) >= 2:
            return _bottom(self.schemas.deref(node))
        siblings = {k: v for k, v in node.items() if k != "$ref"}
        target = self.schemas.resolve(ref)
        return self._value({**target, **siblings} if siblings else target, at.via(ref))

    def _example(self, node: dict[str, Any], at: _At) -> Any:
        candidates = [node["example"]] if "example" in node else []
        if isinstance(node.get("examples"), list):
            candidates += node["examples"]
        for candidate in candidates:
            problem = self.schemas.problem(candidate, node)
            if problem is None:
                return copy.deepcopy(candidate)
            self._note(f"{at.path}: the example {_short(candidate)} is invalid {problem}")
        return _MISSING

    def _merge_all(self, node: dict[str, Any]) -> dict[str, Any]:
        merged = {k: v for k, v in node.items() if k not in ("allOf", "example", "examples")}
        for branch in node["allOf"]:
            merged = _merge(merged, self.schemas.deref(branch))
        return merged

    def _choice(self, node: dict[str, Any], key: str, at: _At) -> Any:
        """The first branch whose value is valid against the whole node (its own keywords
        merged into each branch); the first branch's value when none is."""
        rest = {k: v for k, v in node.items() if k not in (key, "example", "examples")}
        constrained = any(k not in _ANNOTATIONS for k in rest)
        first = _MISSING
        for branch in sorted(node[key], key=_is_null):
            sub = _merge(rest, self.schemas.deref(branch)) if constrained else branch
            candidate = self._value(sub, at)
            if self.schemas.valid(candidate, node):
                return candidate
            if first is _MISSING:
                first = candidate
        return first

    def _by_type(self, node: dict[str, Any], at: _At) -> Any:
        kind = _kind(node)
        if kind == "object":
            return self._object(node, at)
        if kind == "array":
            return self._array(node, at)
        if kind == "string":
            return _string(node, at.name)
        if kind in ("integer", "number"):
            return _number(node, kind == "integer", at.name or "")
        if kind == "boolean":
            return True
        if kind == "null":
            return None
        return at.name or "string"  # no type: anything goes

    def _object(self, node: dict[str, Any], at: _At) -> dict[str, Any]:
        required = node.get("required", [])
        shallow = self.minimal or at.depth >= MAX_DEPTH
        out: dict[str, Any] = {}
        for name, sub in node.get("properties", {}).items():
            if name not in required and shallow:
                continue
            value = self._value(sub, at.prop(name))
            if name in required or self.schemas.valid(value, sub):
                out[name] = value
        for name in required:
            out.setdefault(name, name)
        extra = node.get("additionalProperties")
        if not out and isinstance(extra, dict) and extra and not shallow:
            out["key"] = self._value(extra, at.prop("key"))
        return out

    def _array(self, node: dict[str, Any], at: _At) -> list[Any]:
        count = max(node.get("minItems", 0), 0 if at.depth >= MAX_DEPTH else 1)
        count = min(count, node.get("maxItems", count))
        if not count:
            return []
        items = node.get("items")
        item = self._value(items if isinstance(items, dict) else {}, at.item())
        return [copy.deepcopy(item) for _ in range(count)]

    def _note(self, message: str) -> None:
        if self.invalid is not None:
            self.invalid.append(f"{self.where} {message}".strip())


def _merge(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    """One schema for "both ``a`` and ``b``", close enough to make a value from: ``a`` wins
    on conflicts, properties and required lists are joined."""
    out = dict(a)
    for key, value in b.items():
        if key not in out:
            out[key] = value
        elif key == "properties":
            out[key] = {**value, **out[key]}
        elif key in ("required", "allOf"):
            out[key] = [*out[key], *(v for v in value if v not in out[key])]
    return out


def _is_null(node: Any) -> bool:
    return isinstance(node, dict) and node.get("type") == "null"


def _kind(node: Mapping[str, Any]) -> str | None:
    kind = node.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind:
        return str(kind)
    if {"properties", "additionalProperties", "required"} & node.keys():
        return "object"
    return "array" if "items" in node else None


def _bottom(node: Mapping[str, Any]) -> Any:
    """The smallest value of the node's type (where made-up values stop)."""
    bottoms: dict[str, Any] = {"object": {}, "array": [], "string": "", "integer": 0, "number": 0}
    return bottoms.get(_kind(node) or "")


def _string(node: Mapping[str, Any], name: str | None) -> str:
    text = _FORMATS.get(node.get("format", ""), name or "string")
    text += "x" * max(0, node.get("minLength", 0) - len(text))
    return text[: node.get("maxLength", len(text))]


def _number(node: Mapping[str, Any], integer: bool, name: str) -> int | float:
    """A number within the node's bounds: 1 (0 for an index), 0.5 when it need not be whole."""
    value: float = (0 if name.endswith("index") else 1) if integer else 0.5
    step = 1 if integer else 0.5
    low, high = node.get("minimum"), node.get("maximum")
    xlow, xhigh = node.get("exclusiveMinimum"), node.get("exclusiveMaximum")
    if isinstance(low, int | float):
        value = max(value, low)
    if isinstance(xlow, int | float) and not isinstance(xlow, bool) and value <= xlow:
        value = xlow + step
    if isinstance(high, int | float):
        value = min(value, high)
    if isinstance(xhigh, int | float) and not isinstance(xhigh, bool) and value >= xhigh:
        value = xhigh - step
    return math.ceil(value) if integer else value


def _short(value: Any) -> str:
    text = json.dumps(value)
    return text if len(text) <= 60 else text[:57] + "..."


# --- the operations -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Operation:
    """One operation of the spec, as the stand-in serves it."""

    method: str  # upper case
    template: str  # the spec's path, e.g. /batches/{id}
    operation_id: str | None
    tag: str | None
    status: int  # the success status: the lowest 2xx (else 3xx, else 1xx)
    media: str | None  # the content type of the success body, None when it has none
    schema: Any  # the JSON Schema of the success body
    examples: tuple[Any, ...]  # the media type's own examples of it
    chunk: Any  # the JSON Schema of one event of its text/event-stream answer, if it has one
    errors: Mapping[str, Any]  # the JSON Schemas of its JSON error bodies: "429", "4XX"...
    request_media: str | None
    request_schema: Any
    parameters: tuple[Mapping[str, Any], ...]

    @property
    def key(self) -> str:
        return f"{self.method} {self.template}"

    def error_schema(self, status: int) -> Any:
        """The schema of its JSON error body for ``status`` (None when the spec has none)."""
        for code in (str(status), f"{status // 100}XX", "default"):
            if code in self.errors:
                return self.errors[code]
        return None

    @property
    def websocket(self) -> bool:
        return self.status == 101

    @property
    def segments(self) -> tuple[str, ...]:
        return tuple(self.template.strip("/").split("/"))


def _operations(spec: Mapping[str, Any], schemas: _Schemas) -> list[Operation]:
    found = []
    for template, item in spec.get("paths", {}).items():
        shared = item.get("parameters", [])
        for method, op in item.items():
            if method in HTTP_METHODS:
                found.append(_operation(method.upper(), template, op, shared, schemas))
    return found


def _operation(
    method: str, template: str, op: Mapping[str, Any], shared: list[Any], schemas: _Schemas
) -> Operation:
    declared = op.get("responses", {})
    responses = {int(code): r for code, r in declared.items() if code.isdigit()}
    responses = responses or {200: declared.get("default", {})}
    status = min(responses, key=lambda code: (code // 100 != 2, code // 100 != 3, code))
    content = responses[status].get("content") or {}
    media = JSON if JSON in content else next(iter(content), None)
    chosen = content.get(media, {}) if media else {}
    named = chosen.get("examples", {}).values()
    examples = ([chosen["example"]] if "example" in chosen else []) + [
        e["value"] for e in named if isinstance(e, dict) and "value" in e
    ]
    stream = content.get(SSE, {}).get("schema")
    body = op.get("requestBody", {}).get("content", {})
    request_media = next(iter(body), None)
    tags = op.get("tags") or [None]
    return Operation(
        method=method,
        template=template,
        operation_id=op.get("operationId"),
        tag=tags[0],
        status=status,
        media=media,
        schema=json_schema(chosen.get("schema", {})),
        examples=tuple(examples),
        chunk=_chunk_schema(json_schema(stream), schemas) if stream else None,
        errors={
            code: json_schema(r["content"][JSON]["schema"])
            for code, r in declared.items()
            if (code == "default" or code[0] in "45") and JSON in (r.get("content") or {})
        },
        request_media=request_media,
        request_schema=json_schema(body[request_media].get("schema")) if request_media else None,
        parameters=tuple(
            {**p, "schema": json_schema(p.get("schema", {}))}
            for p in [*shared, *op.get("parameters", [])]
        ),
    )


def _chunk_schema(stream: Any, schemas: _Schemas) -> Any:
    """The schema of one chunk of a stream: specs describe an event as ``{"data": chunk}``,
    with a ``oneOf`` of the chunk event and the ``[DONE]`` sentinel."""
    node = schemas.deref(stream)
    for branch in node.get("oneOf") or node.get("anyOf") or [node]:
        data = schemas.properties(branch).get("data")
        if data is not None and schemas.deref(data).get("type") != "string":
            return data
    return stream


class _Catalog:
    """Everything the stand-in makes from one spec, once: the operations, their routes, their
    default bodies and chunks, and the examples of the spec that did not validate."""

    def __init__(self, path: Path) -> None:
        spec = load_spec(path)
        self.schemas = _Schemas(spec)
        self.operations = _operations(spec, self.schemas)
        self.by_key = {op.key: op for op in self.operations}
        self.invalid: list[str] = []
        self._bodies = {op.key: self._default(op) for op in self.operations if _is_json(op.media)}
        self._chunks = {  # streams carry sparse chunks: their required fields only
            op.key: self._synth(op.key, minimal=True).value(op.chunk)
            for op in self.operations
            if op.chunk
        }
        self.invalid[:] = dict.fromkeys(self.invalid)  # an example met in several operations

    def _synth(self, where: str, *, minimal: bool = False) -> _Synth:
        return _Synth(self.schemas, minimal=minimal, where=where, invalid=self.invalid)

    def example(self, key: str) -> Any:
        """The default JSON body of an operation (a copy)."""
        return copy.deepcopy(self._bodies[key])

    def has_example(self, key: str) -> bool:
        return key in self._bodies

    def chunk(self, key: str) -> Any:
        """The default stream chunk of an operation (a copy)."""
        return copy.deepcopy(self._chunks[key])

    def component(self, name: str) -> Any:
        """A made-up value of a component schema, or None when the spec has no such schema."""
        ref = f"#/components/schemas/{name}"
        try:
            self.schemas.resolve(ref)
        except KeyError:
            return None
        return _Synth(self.schemas).value({"$ref": ref})

    def _default(self, op: Operation) -> Any:
        for example in op.examples:
            problem = self.schemas.problem(example, op.schema)
            if problem is None:
                return example
            self.invalid.append(f"{op.key} the media-type example is invalid {problem}")
        body = self._synth(op.key).value(op.schema)
        problem = self.schemas.problem(body, op.schema)
        if problem is not None:
            self.invalid.append(f"{op.key} the made-up body does not validate {problem}")
        return body


@functools.cache
def _catalog(path: Path) -> _Catalog:
    return _Catalog(path)


@dataclass(frozen=True)
class _Route:
    """Where a request goes: its operation (None when the path is known but not the method),
    the values of the path's parameters, and the methods the path has."""

    op: Operation | None
    params: dict[str, str]
    allowed: tuple[str, ...]


def _route(operations: Iterable[Operation], method: str, path: str) -> _Route | None:
    """The operation of ``method`` on ``path`` (under ``/v1``), None for an unknown path."""
    if not path.startswith(PREFIX + "/"):
        return None
    parts = [unquote(p) for p in path[len(PREFIX) + 1 :].split("/")]
    best: list[Operation] = []
    best_rank: tuple[bool, ...] | None = None
    for op in operations:
        rank = _rank(op.segments, parts)
        if rank is None or (best_rank is not None and rank > best_rank):
            continue
        best = [*best, op] if rank == best_rank else [op]
        best_rank = rank
    if not best:
        return None
    chosen = next((op for op in best if op.method == method), None)
    params = {
        seg[1:-1]: part for seg, part in zip(best[0].segments, parts, strict=True) if _is_var(seg)
    }
    return _Route(chosen, params, tuple(op.method for op in best))


def _rank(segments: tuple[str, ...], parts: list[str]) -> tuple[bool, ...] | None:
    """How well a template matches the path's parts (smaller is better: a literal segment
    beats a template at the first place they differ), None when it does not match."""
    if len(segments) != len(parts):
        return None
    if any(not _is_var(seg) and seg != part for seg, part in zip(segments, parts, strict=True)):
        return None
    if any(_is_var(seg) and not part for seg, part in zip(segments, parts, strict=True)):
        return None
    return tuple(_is_var(seg) for seg in segments)


def _is_var(segment: str) -> bool:
    return segment.startswith("{") and segment.endswith("}")


# --- answers ------------------------------------------------------------------------------------


@dataclass
class _Reply:
    """An answer, whole: the stand-in always knows its length before sending it."""

    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


def _json_reply(status: int, value: Any, headers: Mapping[str, str] | None = None) -> _Reply:
    return _Reply(status, json.dumps(value).encode(), {"content-type": JSON, **(headers or {})})


def _sse_reply(status: int, events: Iterable[Any]) -> _Reply:
    """``events`` (dicts as JSON, strings as they are) as ``data:`` events, then ``[DONE]``."""
    lines = []
    for event in [*events, "[DONE]"]:
        text = event if isinstance(event, str) else json.dumps(event)
        lines.append("".join(f"data: {line}\n" for line in text.split("\n")) + "\n")
    headers = {"content-type": SSE, "cache-control": "no-cache"}
    return _Reply(status, "".join(lines).encode(), headers)


def _error_body(status: int, message: str) -> dict[str, Any]:
    """Together's error body (as real answers have it)."""
    kind = "credit_limit" if status == 429 else "server_error" if status >= 500 else None
    error = {"message": message, "type": kind or "invalid_request_error"}
    return {"error": {**error, "param": None, "code": None}}


def _pcm(samples: int = 800, rate: int = 8000) -> bytes:
    """A short 440 Hz tone, 16-bit mono little-endian PCM."""
    wave = (round(3000 * math.sin(2 * math.pi * 440 * i / rate)) for i in range(samples))
    return struct.pack(f"<{samples}h", *wave)


def _wav(rate: int = 8000) -> bytes:
    pcm = _pcm(rate=rate)
    fmt = struct.pack("<HHIIHH", 1, 1, rate, 2 * rate, 2, 16)  # PCM, mono, 16-bit
    chunks = b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt
    chunks += b"data" + struct.pack("<I", len(pcm)) + pcm
    return b"RIFF" + struct.pack("<I", len(chunks)) + chunks


MP3_FRAME = b"\xff\xfb\x90\x64" + bytes(413)  # an MPEG-1 layer III frame header, then silence


def _binary(media: str) -> bytes:
    """A body of a non-JSON content type."""
    if media in ("audio/wav", "audio/x-wav", "audio/wave"):
        return _wav()
    if media == "audio/mpeg":
        return MP3_FRAME * 2
    if media.startswith("audio/"):
        return _pcm()
    if media.startswith("text/"):
        return JSONL_LINE
    return bytes(range(256))


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _id(prefix: str) -> str:
    return f"{prefix}{uuid.uuid4()}"


# --- the record ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Recorded:
    """One request the stand-in received. ``operation`` is the operation's key (``"GET
    /batches/{id}"``), None for a path the spec does not have (or a method it does not)."""

    method: str
    path: str  # as sent, without the query: /v1/batches/abc
    query: dict[str, list[str]]
    headers: dict[str, str]  # names in lower case
    body: bytes
    operation: str | None

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass(frozen=True)
class _Call:
    """A request routed to an operation."""

    op: Operation
    params: dict[str, str]
    request: Recorded

    def body(self) -> dict[str, Any]:
        """The JSON object of the request's body ({} when it is not one)."""
        try:
            value = self.request.json()
        except ValueError:
            return {}
        return value if isinstance(value, dict) else {}

    def form(self) -> dict[str, tuple[str | None, bytes]]:
        """The fields of a multipart body: name -> (file name, content)."""
        return _multipart(self.request.headers.get("content-type", ""), self.request.body)


def _multipart(content_type: str, body: bytes) -> dict[str, tuple[str | None, bytes]]:
    header = Message()
    header["content-type"] = content_type
    boundary = header.get_param("boundary")
    if not isinstance(boundary, str):
        return {}
    fields = {}
    for part in body.split(b"--" + boundary.encode())[1:]:
        if part.startswith(b"--"):
            break
        head, _, content = part.removeprefix(b"\r\n").partition(b"\r\n\r\n")
        disposition = Message()
        for line in head.decode("utf-8", "replace").split("\r\n"):
            header_name, _, value = line.partition(":")
            disposition[header_name.strip()] = value.strip()
        name = disposition.get_param("name", header="content-disposition")
        if isinstance(name, str):
            fields[name] = (disposition.get_filename(), content.removesuffix(b"\r\n"))
    return fields


# --- state --------------------------------------------------------------------------------------


@dataclass
class _File:
    record: dict[str, Any]
    content: bytes


@dataclass
class _Batch:
    job: dict[str, Any]
    polls: int = 0


class _State:
    """What the stand-in remembers between requests, and the answers that depend on it.

    Each handler answers one operation and may return None for "the default answer" (an id
    the stand-in never made). Ids it deleted answer 404. What it makes starts from the
    operation's default body, so that fields it does not set stay spec-valid.
    """

    def __init__(self, catalog: _Catalog) -> None:
        self.catalog = catalog
        self.schemas = catalog.schemas
        self.origin = ""  # http://127.0.0.1:PORT, once the server runs
        self.batch_steps = 2
        self.files: dict[str, _File] = {}
        self.batches: dict[str, _Batch] = {}
        self.endpoints: dict[str, dict[str, Any]] = {}
        self.fine_tunes: dict[str, dict[str, Any]] = {}
        self.evaluations: dict[str, dict[str, Any]] = {}
        self.videos: dict[str, dict[str, Any]] = {}
        self.deleted: set[str] = set()
        handlers: dict[str, Callable[[_Call], _Reply | None]] = {
            "POST /files/upload": self.upload_file,
            "GET /files": self.list_files,
            "GET /files/{id}": self.get_file,
            "GET /files/{id}/content": self.file_content,
            "DELETE /files/{id}": self.delete_file,
            "POST /batches": self.create_batch,
            "GET /batches": self.list_batches,
            "GET /batches/{id}": self.get_batch,
            "POST /batches/{id}/cancel": self.cancel_batch,
            "POST /endpoints": self.create_endpoint,
            "GET /endpoints": self.list_endpoints,
            "GET /endpoints/{endpointId}": self.get_endpoint,
            "PATCH /endpoints/{endpointId}": self.update_endpoint,
            "DELETE /endpoints/{endpointId}": self.delete_endpoint,
            "POST /fine-tunes": self.create_fine_tune,
            "GET /fine-tunes": self.list_fine_tunes,
            "GET /fine-tunes/{id}": self.get_fine_tune,
            "POST /fine-tunes/{id}/cancel": self.cancel_fine_tune,
            "POST /evaluation": self.create_evaluation,
            "GET /evaluation": self.list_evaluations,
            "GET /evaluation/{id}": self.get_evaluation,
            "GET /evaluation/{id}/status": self.evaluation_status,
            "POST /videos": self.create_video,
            "GET /videos/{id}": self.get_video,
            "POST /audio/speech": self.speech,
        }
        self._handlers = {k: f for k, f in handlers.items() if k in catalog.by_key}

    # The default answers.

    def reply(self, call: _Call) -> _Reply:
        """The answer to ``call``: its handler's, else the operation's default."""
        handler = self._handlers.get(call.op.key)
        reply = handler(call) if handler else None
        return reply or self.default(call)

    def default(self, call: _Call) -> _Reply:
        op = call.op
        if op.chunk is not None and (op.media == SSE or call.body().get("stream") is True):
            return _sse_reply(op.status, self._events(op))
        if op.websocket:
            return self.error(op, 426, f"{op.template} is a WebSocket: upgrade the connection")
        if 300 <= op.status < 400:
            url = f"{self.origin}{SIGNED}{quote(next(iter(call.params.values()), 'file'))}"
            return _json_reply(op.status, url, {"location": url})
        if op.media is None:
            return _Reply(op.status)
        if _is_json(op.media):
            return _json_reply(op.status, self._echo(call, self.catalog.example(op.key)))
        return _Reply(op.status, _binary(op.media), {"content-type": op.media})

    def error(self, op: Operation | None, status: int, message: str) -> _Reply:
        """An error answer: Together's error body, or the closest one the operation's error
        schema for that status accepts."""
        schema = op.error_schema(status) if op else None
        standard = _error_body(status, message)
        if schema is None:
            return _json_reply(status, standard)
        for body in (standard, {"error": message}, {"message": message}):
            if self.schemas.valid(body, schema):
                return _json_reply(status, body)
        return _json_reply(status, _Synth(self.schemas).value(schema))

    def _events(self, op: Operation) -> list[Any]:
        """A few stream chunks: the default chunk, its text split in pieces (and its audio in
        base64) and only the last one finished, where the chunk schema allows it."""
        events = []
        for i, piece in enumerate(PIECES):
            chunk = self.catalog.chunk(op.key)
            _fill_chunk(chunk, piece, last=i == len(PIECES) - 1)
            events.append(
                chunk if self.schemas.valid(chunk, op.chunk) else self.catalog.chunk(op.key)
            )
        return events

    def _echo(self, call: _Call, body: Any) -> Any:
        """The default body with the path's ids in it: each in the field of its name, and the
        last one in ``id``, where the schema has those fields (and the result validates)."""
        props = self.schemas.properties(call.op.schema)
        if not call.params or not isinstance(body, dict) or not props:
            return body
        echoed = {**body, **{k: v for k, v in call.params.items() if k in props}}
        if "id" in props:
            echoed["id"] = list(call.params.values())[-1]
        return echoed if self.schemas.valid(echoed, call.op.schema) else body

    def _missing(self, call: _Call, ident: str) -> _Reply | None:
        """404 for an id the stand-in deleted; None (the default answer) for one it never saw."""
        if ident in self.deleted:
            return self.error(call.op, 404, f"{ident} not found")
        return None

    def _checked(self, call: _Call, body: Any) -> _Reply:
        """``body`` if it is valid against the operation's schema, else a 400 saying why
        (a request whose fields do not fit the answer, e.g. an unknown file purpose)."""
        problem = self.schemas.problem(body, call.op.schema)
        if problem is not None:
            return self.error(
                call.op, 400, f"invalid request: the answer would be invalid {problem}"
            )
        return _json_reply(call.op.status, body)

    def _overlay(
        self, record: dict[str, Any], fields: Mapping[str, Any], key: str
    ) -> dict[str, Any]:
        """``record`` with those of ``fields`` that operation ``key``'s schema has (and that
        are valid there)."""
        props = self.schemas.properties(self.catalog.by_key[key].schema)
        valid = {k: v for k, v in fields.items() if k in props and self.schemas.valid(v, props[k])}
        return {**record, **valid}

    def _listing(self, key: str, items: list[Any]) -> Any:
        """The list answer of ``key`` with ``items`` in it (a bare array or a ``data`` field)."""
        body = self.catalog.example(key)
        if isinstance(body, dict) and isinstance(body.get("data"), list):
            return {**body, "data": items}
        return items

    # Files.

    def upload_file(self, call: _Call) -> _Reply:
        form = call.form()
        if "file" not in form:
            return self.error(call.op, 400, "the multipart body has no `file` field")
        filename, content = form["file"]
        name = _text(form.get("file_name")) or filename or "upload.jsonl"
        suffix = name.rpartition(".")[2]
        file_type = _text(form.get("file_type")) or (
            suffix if suffix in ("csv", "parquet") else "jsonl"
        )
        purpose = _text(form.get("purpose")) or "fine-tune"
        record = self._file_record(name, content, purpose, file_type)
        reply = self._checked(call, record)
        if reply.status < 400:
            self.files[record["id"]] = _File(record, content)
        return reply

    def _file_record(
        self, name: str, content: bytes, purpose: str, file_type: str
    ) -> dict[str, Any]:
        record = self.catalog.example("POST /files/upload")
        return {
            **record,
            "id": _id("file-"),
            "object": "file",
            "created_at": int(time.time()),
            "filename": name,
            "bytes": len(content),
            "purpose": purpose,
            "FileType": file_type,
            "Processed": True,
        }

    def store_file(self, name: str, content: bytes, purpose: str) -> str:
        """Keep a file the stand-in made itself (a batch's output), return its id."""
        record = self._file_record(name, content, purpose, "jsonl")
        self.files[record["id"]] = _File(record, content)
        return str(record["id"])

    def list_files(self, call: _Call) -> _Reply:
        records = [f.record for f in self.files.values()]
        return _json_reply(call.op.status, self._listing(call.op.key, records))

    def get_file(self, call: _Call) -> _Reply | None:
        found = self.files.get(call.params["id"])
        if found is None:
            return self._missing(call, call.params["id"])
        return _json_reply(call.op.status, found.record)

    def file_content(self, call: _Call) -> _Reply | None:
        found = self.files.get(call.params["id"])
        if found is None:
            return self._missing(call, call.params["id"])
        return _Reply(
            call.op.status, found.content, {"content-type": call.op.media or "text/plain"}
        )

    def delete_file(self, call: _Call) -> _Reply | None:
        ident = call.params["id"]
        if self.files.pop(ident, None) is None:
            return self._missing(call, ident)
        self.deleted.add(ident)
        body = {**self.catalog.example(call.op.key), "id": ident, "deleted": True}
        return _json_reply(call.op.status, body)

    # Batches.

    def create_batch(self, call: _Call) -> _Reply:
        body = call.body()
        missing = [k for k in ("input_file_id", "endpoint") if not body.get(k)]
        if missing:
            return self.error(call.op, 400, f"missing {', '.join(missing)}")
        job = self._overlay(self.catalog.example("GET /batches/{id}"), body, "GET /batches/{id}")
        for gone in ("output_file_id", "error_file_id", "error", "completed_at"):
            job.pop(gone, None)
        source = self.files.get(body["input_file_id"])
        job |= {
            "id": str(uuid.uuid4()),
            "status": "VALIDATING",
            "progress": 0.0,
            "created_at": _now(),
            "file_size_bytes": len(source.content) if source else 0,
        }
        self.batches[job["id"]] = _Batch(job)
        answer = {k: v for k, v in self.catalog.example(call.op.key).items() if k != "warning"}
        return _json_reply(call.op.status, {**answer, "job": copy.deepcopy(job)})

    def list_batches(self, call: _Call) -> _Reply:
        jobs = [copy.deepcopy(b.job) for b in self.batches.values()]
        return _json_reply(call.op.status, self._listing(call.op.key, jobs))

    def get_batch(self, call: _Call) -> _Reply | None:
        batch = self.batches.get(call.params["id"])
        if batch is None:
            return None
        if batch.job["status"] in ("VALIDATING", "IN_PROGRESS"):
            batch.polls += 1
            if batch.polls >= self.batch_steps:
                self._complete(batch.job)
            else:
                batch.job |= {
                    "status": "IN_PROGRESS",
                    "progress": 100.0 * batch.polls / self.batch_steps,
                }
        return _json_reply(call.op.status, copy.deepcopy(batch.job))

    def cancel_batch(self, call: _Call) -> _Reply | None:
        batch = self.batches.get(call.params["id"])
        if batch is None:
            return None
        if batch.job["status"] in ("VALIDATING", "IN_PROGRESS"):
            batch.job["status"] = "CANCELLED"
        return _json_reply(call.op.status, copy.deepcopy(batch.job))

    def _complete(self, job: dict[str, Any]) -> None:
        """Run the batch: one output line per input line, in order; the lines whose body
        asks to ``"fail": true`` (or that are not JSON) go to an error file instead."""
        source = self.files.get(job.get("input_file_id", ""))
        answer = self._batch_answer(job.get("endpoint", ""))
        outputs, errors = [], []
        for number, line in enumerate((source.content if source else b"").splitlines(), 1):
            if not line.strip():
                continue
            request = _json_object(line)
            custom_id = request.get("custom_id")
            body = request.get("body")
            if not request or (isinstance(body, dict) and body.get("fail") is True):
                message = f"line {number} failed" if request else f"line {number} is not JSON"
                errors.append(
                    {
                        "custom_id": custom_id,
                        "error": {"message": message, "code": "stand_in_failure"},
                    }
                )
            else:
                outputs.append(
                    {"custom_id": custom_id, "response": {"status_code": 200, "body": answer}}
                )
        job |= {
            "status": "COMPLETED",
            "progress": 100.0,
            "completed_at": _now(),
            "output_file_id": self.store_file(
                f"batch-{job['id']}-output.jsonl", _jsonl(outputs), "batch-generated"
            ),
        }
        if errors:
            job["error_file_id"] = self.store_file(
                f"batch-{job['id']}-errors.jsonl", _jsonl(errors), "batch-generated"
            )

    def _batch_answer(self, endpoint: str) -> Any:
        """The answer body a batch line gets: the default of the operation it names."""
        key = f"POST {endpoint.removeprefix(PREFIX)}"
        return self.catalog.example(
            key if self.catalog.has_example(key) else "POST /chat/completions"
        )

    # Dedicated endpoints.

    def create_endpoint(self, call: _Call) -> _Reply:
        key = "GET /endpoints/{endpointId}"
        endpoint = self._overlay(self.catalog.example(key), call.body(), key)
        ident = _id("endpoint-")
        owner = endpoint.get("owner", "devuser")
        endpoint |= {
            "id": ident,
            "name": f"{owner}/{endpoint.get('model', 'model')}-{ident[9:17]}",
            "display_name": call.body().get("display_name") or endpoint.get("model", ident),
            "state": call.body().get("state", "STARTED"),
            "created_at": _now(),
        }
        reply = self._checked(call, endpoint)
        if reply.status < 400:
            self.endpoints[ident] = endpoint
        return reply

    def list_endpoints(self, call: _Call) -> _Reply:
        listed = self.schemas.properties(self.catalog.by_key[call.op.key].schema).get("data", {})
        keys = self.schemas.properties(self.schemas.deref(listed).get("items"))
        items = [{k: v for k, v in e.items() if k in keys} for e in self.endpoints.values()]
        return _json_reply(call.op.status, self._listing(call.op.key, items))

    def get_endpoint(self, call: _Call) -> _Reply | None:
        found = self.endpoints.get(call.params["endpointId"])
        if found is None:
            return self._missing(call, call.params["endpointId"])
        return _json_reply(call.op.status, found)

    def update_endpoint(self, call: _Call) -> _Reply | None:
        ident = call.params["endpointId"]
        if ident not in self.endpoints:
            return self._missing(call, ident)
        updated = self._overlay(self.endpoints[ident], call.body(), call.op.key)
        reply = self._checked(call, updated)
        if reply.status < 400:
            self.endpoints[ident] = updated
        return reply

    def delete_endpoint(self, call: _Call) -> _Reply | None:
        ident = call.params["endpointId"]
        if self.endpoints.pop(ident, None) is None:
            return self._missing(call, ident)
        self.deleted.add(ident)
        return None  # the default: 204, no body

    # Fine-tunes.

    def create_fine_tune(self, call: _Call) -> _Reply:
        job = self._overlay(self.catalog.example(call.op.key), call.body(), call.op.key)
        job |= {"id": _id("ft-"), "status": "pending", "created_at": _now(), "updated_at": _now()}
        reply = self._checked(call, job)
        if reply.status < 400:
            self.fine_tunes[job["id"]] = job
        return reply

    def list_fine_tunes(self, call: _Call) -> _Reply:
        jobs = list(self.fine_tunes.values())
        return _json_reply(call.op.status, self._listing(call.op.key, jobs))

    def get_fine_tune(self, call: _Call) -> _Reply | None:
        job = self.fine_tunes.get(call.params["id"])
        if job is None:
            return None
        return self._checked(
            call, self._overlay(self.catalog.example(call.op.key), job, call.op.key)
        )

    def cancel_fine_tune(self, call: _Call) -> _Reply | None:
        job = self.fine_tunes.get(call.params["id"])
        if job is None:
            return None
        if job["status"] not in ("completed", "error", "cancelled"):
            job |= {"status": "cancelled", "updated_at": _now()}
        return self._checked(
            call, self._overlay(self.catalog.example(call.op.key), job, call.op.key)
        )

    # Evaluations.

    def create_evaluation(self, call: _Call) -> _Reply:
        """The job is stored as completed at once, with results of its type. The spec's
        ``results`` is a ``oneOf`` of object schemas without required properties (which any
        object matches more than once), so stored results cannot validate against it."""
        key = "GET /evaluation/{id}"
        request = call.body()
        job = self._overlay(self.catalog.example(key), request, key)
        ident = f"eval-{uuid.uuid4().hex[:12]}"
        kind = str(request.get("type", job.get("type", "classify")))
        job |= {
            "workflow_id": ident,
            "status": "completed",
            "created_at": _now(),
            "updated_at": _now(),
        }
        job["results"] = self.catalog.component(f"Evaluation{kind.capitalize()}Results")
        self.evaluations[ident] = job
        answer = {**self.catalog.example(call.op.key), "workflow_id": ident, "status": "pending"}
        return self._checked(call, answer)

    def list_evaluations(self, call: _Call) -> _Reply:
        jobs = list(self.evaluations.values())
        return _json_reply(call.op.status, self._listing(call.op.key, jobs))

    def get_evaluation(self, call: _Call) -> _Reply | None:
        job = self.evaluations.get(call.params["id"])
        return None if job is None else _json_reply(call.op.status, job)

    def evaluation_status(self, call: _Call) -> _Reply | None:
        job = self.evaluations.get(call.params["id"])
        if job is None:
            return None
        return _json_reply(call.op.status, {"status": job["status"], "results": job["results"]})

    # Videos.

    def create_video(self, call: _Call) -> _Reply:
        key = "GET /videos/{id}"
        job = self._overlay(self.catalog.example(key), call.body(), key)
        for gone in ("completed_at", "outputs", "error"):
            job.pop(gone, None)
        job |= {"id": _id("video-"), "status": "in_progress", "created_at": time.time()}
        reply = self._checked(call, job)
        if reply.status < 400:
            self.videos[job["id"]] = job
        return reply

    def get_video(self, call: _Call) -> _Reply | None:
        job = self.videos.get(call.params["id"])
        if job is None:
            return None
        outputs = {"cost": 1, "video_url": f"https://example.com/videos/{job['id']}.mp4"}
        job |= {"status": "completed", "completed_at": time.time(), "outputs": outputs}
        return self._checked(call, job)

    # Audio.

    def speech(self, call: _Call) -> _Reply | None:
        """Audio in the asked ``response_format`` (the default answer when it streams)."""
        request = call.body()
        if request.get("stream") is True:
            return None
        media = {"mp3": "audio/mpeg", "raw": "application/octet-stream"}.get(
            str(request.get("response_format")), "audio/wav"
        )
        content = _pcm() if media == "application/octet-stream" else _binary(media)
        return _Reply(call.op.status, content, {"content-type": media})


def _fill_chunk(chunk: Any, piece: str, *, last: bool) -> None:
    if not isinstance(chunk, dict):
        return
    if "b64" in chunk:
        chunk["b64"] = base64.b64encode(_pcm(160)).decode()
    for choice in chunk.get("choices") or []:
        if not isinstance(choice, dict):
            continue
        if isinstance(choice.get("delta"), dict):
            choice["delta"] |= {"role": "assistant", "content": piece}
        if "text" in choice:
            choice["text"] = piece
        if not last and "finish_reason" in choice:
            choice["finish_reason"] = None


def _text(field: tuple[str | None, bytes] | None) -> str:
    return field[1].decode("utf-8", "replace") if field else ""


def _json_object(line: bytes) -> dict[str, Any]:
    try:
        value = json.loads(line)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _jsonl(rows: Sequence[Any]) -> bytes:
    return b"".join(json.dumps(row).encode() + b"\n" for row in rows)


# --- programmed answers -------------------------------------------------------------------------


@dataclass(frozen=True)
class _Override:
    """An answer set with ``StandIn.answer``: a body of its own (``json``, ``body``, ``sse``),
    or an error status (its body made for it), or neither (the usual answer, changed by the
    status, headers and delay given)."""

    status: int | None
    json: Any
    body: bytes | None
    sse: tuple[Any, ...] | None
    headers: Mapping[str, str]
    delay: float


class _Plan:
    """The answers set for one operation: queued ones (each for some calls, in order), then a
    standing one (for good), then the usual answer."""

    def __init__(self) -> None:
        self.standing: _Override | None = None
        self.queued: deque[list[Any]] = deque()  # [override, calls left]

    def add(self, override: _Override, times: int | None) -> None:
        if times is None:
            self.standing = override
        else:
            self.queued.append([override, times])

    def next(self) -> _Override | None:
        if not self.queued:
            return self.standing
        entry = self.queued[0]
        entry[1] -= 1
        if entry[1] <= 0:
            self.queued.popleft()
        override: _Override = entry[0]
        return override


# --- the server ---------------------------------------------------------------------------------


class _Handler(BaseHTTPRequestHandler):
    """Reads a request (Content-Length or chunked), hands it to the stand-in, writes the
    answer with its length: HTTP/1.1 keep-alive works."""

    protocol_version = "HTTP/1.1"
    server: _Server

    def setup(self) -> None:
        super().setup()
        # The head and the body go out in two writes: without this, Nagle's algorithm holds
        # the body back until the client's delayed ACK (40 ms a request).
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def do_GET(self) -> None:
        self.server.standin._serve(self)

    do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = do_GET

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the stand-in records requests itself."""

    def read_body(self) -> bytes:
        if "chunked" in self.headers.get("transfer-encoding", "").lower():
            return self._read_chunked()
        length = int(self.headers.get("content-length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def _read_chunked(self) -> bytes:
        parts = []
        while size := int(self.rfile.readline(65537).split(b";")[0].strip() or b"0", 16):
            parts.append(self.rfile.read(size))
            self.rfile.readline()  # the CRLF after the chunk
        while self.rfile.readline(65537).strip():  # trailers, up to the empty line
            pass
        return b"".join(parts)

    def send(self, reply: _Reply) -> None:
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        bodiless = reply.status in (204, 304) or reply.status < 200
        if not bodiless:
            self.send_header("content-length", str(len(reply.body)))
        self.end_headers()
        if not bodiless and self.command != "HEAD":
            self.wfile.write(reply.body)


class _Server(ThreadingHTTPServer):
    """A threading HTTP server (a daemon thread per connection) that counts the connections
    it accepts, and on ``close`` shuts down those still open (keep-alive) and joins every
    thread: ``socketserver`` itself does not join daemon threads."""

    daemon_threads = True

    def __init__(self, standin: StandIn) -> None:
        self.standin = standin
        self.connections = 0
        self._open: dict[socket.socket, threading.Thread] = {}
        self._guard = threading.Lock()
        super().__init__((HOST, 0), _Handler)

    def server_bind(self) -> None:
        TCPServer.server_bind(self)  # not HTTPServer's: it looks the host's name up
        self.server_name, self.server_port = HOST, self.server_address[1]

    def process_request(self, request: Any, client_address: Any) -> None:
        thread = threading.Thread(
            target=self.process_request_thread, args=(request, client_address), daemon=True
        )
        with self._guard:
            self.connections += 1
            self._open[request] = thread
        thread.start()

    def shutdown_request(self, request: Any) -> None:
        with self._guard:
            self._open.pop(request, None)
        super().shutdown_request(request)

    def close(self) -> None:
        """Stop accepting, end the open connections, join their threads."""
        self.server_close()
        with self._guard:
            still_open = list(self._open.items())
        for sock, thread in still_open:
            with contextlib.suppress(OSError):  # already closed by the client
                sock.shutdown(socket.SHUT_RDWR)
            thread.join()

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], OSError):  # a client that went away is no news
            super().handle_error(request, client_address)


# --- the stand-in -------------------------------------------------------------------------------


@dataclass(frozen=True)
class SampleRequest:
    """A minimal valid request of an operation (required fields only), to send with httpx:
    ``json`` for a JSON body, ``form`` for a multipart one (bytes values are files)."""

    method: str
    path: str  # under /v1, the path parameters filled in
    query: dict[str, str]
    json: Any = None
    form: dict[str, str | bytes] | None = None


class StandIn:
    """The Together API on 127.0.0.1, from an OpenAPI spec (see the module docstring).

    A context manager: entering starts a ``ThreadingHTTPServer`` on a free port in a daemon
    thread, leaving stops it, closes the connections still open and joins every thread.
    """

    def __init__(self, spec: str | os.PathLike[str] | None = None) -> None:
        path = Path(spec) if spec is not None else DEFAULT_SPEC
        self._catalog = _catalog((path if path.is_absolute() else ROOT / path).resolve())
        self._state = _State(self._catalog)
        self._plans: dict[str, _Plan] = {}
        self._lock = threading.RLock()
        self._stopping = threading.Event()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self.requests: list[Recorded] = []

    def __enter__(self) -> StandIn:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self) -> StandIn:
        self._stopping.clear()
        self._server = _Server(self)
        self._state.origin = f"http://{HOST}:{self._server.server_port}"
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), name="standin", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is None or self._thread is None:
            return
        self._stopping.set()  # delayed answers stop waiting
        self._server.shutdown()
        self._thread.join()
        self._server.close()
        self._server = self._thread = None

    def reset(self) -> None:
        """Forget the requests, the programmed answers and what the flows stored, while the
        server keeps running: one stand-in can serve many tests."""
        with self._lock:
            origin = self._state.origin
            self._state = _State(self._catalog)
            self._state.origin = origin
            self._plans.clear()
            self.requests.clear()

    # What it serves.

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT/v1``: what a client takes as its base URL."""
        if not self._state.origin:
            raise RuntimeError("the stand-in is not started")
        return self._state.origin + PREFIX

    @property
    def operations(self) -> list[tuple[str, str, str | None, str | None]]:
        """(method, template, operationId, first tag) of each HTTP operation served."""
        return [
            (op.method, op.template, op.operation_id, op.tag)
            for op in self._catalog.operations
            if not op.websocket
        ]

    def operation(self, key: str) -> Operation:
        """The operation of key ``"METHOD /template"``."""
        try:
            return self._catalog.by_key[key]
        except KeyError:
            raise KeyError(f"the spec has no operation {key!r}") from None

    @property
    def invalid_examples(self) -> list[str]:
        """The spec's examples that do not validate against their schema (made-up values were
        used instead), one line each: the operation, where in its body, and why."""
        return list(self._catalog.invalid)

    def example(self, key: str) -> Any:
        """The default JSON body of operation ``key`` (a copy)."""
        op = self.operation(key)
        if not _is_json(op.media):
            raise LookupError(f"{key} does not answer JSON (but {op.media})")
        return self._catalog.example(key)

    def sample_request(self, key: str) -> SampleRequest:
        """A minimal valid request of operation ``key``."""
        op = self.operation(key)
        synth = _Synth(self._catalog.schemas, minimal=True)
        path, query = op.template, {}
        for param in op.parameters:
            value = param.get("example", synth.value(param["schema"]))
            if param.get("in") == "path":
                path = path.replace(
                    f"{{{param['name']}}}", quote(_param(value, param["name"]), safe="")
                )
            elif param.get("in") == "query" and param.get("required"):
                query[param["name"]] = _param(value, param["name"])
        body = synth.value(op.request_schema) if op.request_schema is not None else None
        if op.request_media == "multipart/form-data" and isinstance(body, dict):
            return SampleRequest(op.method, PREFIX + path, query, form=self._form(op, body))
        return SampleRequest(op.method, PREFIX + path, query, json=body)

    def _form(self, op: Operation, body: dict[str, Any]) -> dict[str, str | bytes]:
        props = self._catalog.schemas.properties(op.request_schema)
        return {
            name: JSONL_LINE if self._is_binary(props.get(name)) else _param(value, name)
            for name, value in body.items()
        }

    def _is_binary(self, node: Any) -> bool:
        node = self._catalog.schemas.deref(node)
        if not isinstance(node, dict):
            return False
        branches = node.get("oneOf", []) + node.get("anyOf", [])
        return node.get("format") == "binary" or any(self._is_binary(b) for b in branches)

    # The record.

    def calls(self, key: str) -> list[Recorded]:
        """The requests received for operation ``key``, in order."""
        self.operation(key)
        return [r for r in self.requests if r.operation == key]

    @property
    def last(self) -> Recorded:
        """The last request received."""
        if not self.requests:
            raise LookupError("the stand-in has received no request")
        return self.requests[-1]

    @property
    def connections(self) -> int:
        """How many connections the server accepted."""
        return self._server.connections if self._server else 0

    # Programmed answers.

    @property
    def batch_steps(self) -> int:
        """How many ``GET /batches/{id}`` a batch takes to complete (default 2: the first
        poll finds it IN_PROGRESS, the second COMPLETED)."""
        return self._state.batch_steps

    @batch_steps.setter
    def batch_steps(self, steps: int) -> None:
        self._state.batch_steps = steps

    def answer(
        self,
        key: str,
        *,
        status: int | None = None,
        json: Any = None,
        body: bytes | str | None = None,
        headers: Mapping[str, str] | None = None,
        sse: Sequence[Any] | None = None,
        times: int | None = None,
        delay: float = 0.0,
    ) -> None:
        """Set the answer of operation ``key``: for the next ``times`` calls (then what was
        set before plays again; several such answers play in order), or for good.

        ``json``, ``body`` (bytes, as they are) or ``sse`` (events: dicts sent as JSON,
        strings as they are, then ``data: [DONE]``) give the body, with ``status`` (default:
        the operation's success status). Without a body, an error ``status``
        (400 and up) gets an error body that fits the operation's error schema, and anything
        else gets the usual answer with the ``status``, ``headers`` and ``delay`` given.
        ``headers`` are added to the answer; ``delay`` (seconds) holds it back.
        """
        self.operation(key)
        if sum(x is not None for x in (json, body, sse)) > 1:
            raise ValueError("give one of json, body and sse")
        if times is not None and times < 1:
            raise ValueError("times must be 1 or more")
        raw = body.encode() if isinstance(body, str) else body
        events = tuple(sse) if sse is not None else None
        lowered = {k.lower(): v for k, v in (headers or {}).items()}
        override = _Override(status, json, raw, events, lowered, delay)
        with self._lock:
            self._plans.setdefault(key, _Plan()).add(override, times)

    # Serving.

    def _serve(self, handler: _Handler) -> None:
        body = handler.read_body()
        split = urlsplit(handler.path)
        route = _route(self._catalog.operations, handler.command, split.path)
        op = route.op if route else None
        headers: dict[str, str] = {}
        for name, value in handler.headers.items():
            low = name.lower()
            headers[low] = f"{headers[low]}, {value}" if low in headers else value
        query = parse_qs(split.query, keep_blank_values=True)
        recorded = Recorded(
            handler.command, split.path, query, headers, body, op.key if op else None
        )
        with self._lock:
            self.requests.append(recorded)
            try:
                reply = self._reply(route, recorded)
            except Exception:
                reply = _json_reply(500, _error_body(500, traceback.format_exc()))
        if reply.delay:
            self._stopping.wait(reply.delay)
        handler.send(reply)

    def _reply(self, route: _Route | None, recorded: Recorded) -> _Reply:
        if route is None:
            if recorded.path.startswith(SIGNED) and recorded.method == "GET":
                return _Reply(
                    200,
                    _binary("application/octet-stream"),
                    {"content-type": "application/octet-stream"},
                )
            return _json_reply(404, _error_body(404, f"Unknown path {recorded.path}"))
        if route.op is None:
            message = f"{recorded.method} is not allowed on {recorded.path}"
            return _json_reply(405, _error_body(405, message), {"allow": ", ".join(route.allowed)})
        call = _Call(route.op, route.params, recorded)
        plan = self._plans.get(route.op.key)
        override = plan.next() if plan else None
        return self._state.reply(call) if override is None else self._overridden(call, override)

    def _overridden(self, call: _Call, override: _Override) -> _Reply:
        status = override.status
        if override.sse is not None:
            reply = _sse_reply(status or call.op.status, override.sse)
        elif override.json is not None:
            reply = _json_reply(status or call.op.status, override.json)
        elif override.body is not None:
            reply = _Reply(
                status or call.op.status,
                override.body,
                {"content-type": "application/octet-stream"},
            )
        elif status is not None and status >= 400:
            reply = self._state.error(call.op, status, f"the stand-in was told to answer {status}")
        else:
            reply = self._state.reply(call)
            reply.status = status or reply.status
        reply.headers.update(override.headers)
        reply.delay = override.delay
        return reply


def _param(value: Any, name: str) -> str:
    """A value as a path, query or form parameter."""
    if value is None or value == "":
        return f"{name}-1"
    if isinstance(value, bool):
        return "true" if value else "false"
    return value if isinstance(value, str) else json.dumps(value)
