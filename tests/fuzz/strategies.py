"""Hypothesis strategies for the answers a server could send, and the answer they describe.

* ``spec_operations`` / ``success`` / ``response_schema``: the operations of ``openapi.yaml``
  (OpenAPI 3.1; and the two openapi-fixes.yaml adds), what each answers when it succeeds as the
  spec says it (its status: the lowest 2xx, else the lowest 3xx; its media types: JSON,
  ``text/plain``, ``application/octet-stream`` and audio bytes, ``text/event-stream``, or no
  content), and the JSON Schema of each JSON or event-stream answer: its ``$ref``s resolved
  against the spec's components, OpenAPI's keywords (3.1's type lists and ``const``, 3.0's
  ``nullable`` still in the document, ``example``, formats the generator does not know...)
  made draft-7 JSON Schema, with sizes capped so that examples stay small. YAML timestamps
  (unquoted dates in examples) are read as strings.
* ``values``: values valid against such a schema (plain Hypothesis strategies for the common
  keywords, hypothesis-jsonschema for the rest).
* ``valid_answer``: the success answer the spec describes (a 201, a 204 without content, a 307
  to a presigned storage URL whose host answers the bytes; a valid JSON body, valid events,
  text or bytes).
* ``json_body`` / ``binary_body`` / ``success_bodies``: bodies valid against that schema, or
  the real captures, then mutated (a field of another JSON type, null anywhere, fields removed,
  unknown fields and enum values, lists for objects and the reverse, deep nesting, huge
  numbers, strings that are not UTF-8), then sometimes damaged as bytes (truncated, not JSON,
  empty, another encoding); bytes and text damaged, or JSON instead.
* ``sse_body``: event streams made of real stream chunks (and spec-valid ones), mutated, with
  ``[DONE]`` early, late or missing, ``event: error``, comments and odd framing.
* ``error_body`` / ``error_headers``: what an error answer carries (the operation's own
  declared error bodies too).
* ``answer`` / ``success_answer``: an ``Answer`` (status, headers, body, how the body arrives:
  in which pieces, with which ``Content-Encoding``, cut short by a transport error or not; what
  a storage host answers after a redirect).
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import gzip
import json
import math
import secrets
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema
from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi.yaml"
FIXES = ROOT / "openapi-fixes.yaml"
FIXTURES = ROOT / "tests" / "fixtures" / "real-responses"

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
#: The API's host in the tests (``operations.BASE_URL``), and a presigned storage URL on another
#: host, where a file download may be redirected.
API_HOST = "api.test"
STORAGE_URL = "https://storage.test/signed/file.bin?X-Amz-Signature=fuzz"

# --- the spec ----------------------------------------------------------------------------------


def plain(node: Any) -> Any:
    """YAML data as JSON data: YAML timestamps (unquoted dates, as in some examples) become ISO
    strings, keys strings."""
    if isinstance(node, dict):
        return {str(k): plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [plain(v) for v in node]
    if isinstance(node, dt.date):  # datetime too: it is a subclass
        return node.isoformat()
    return node


@functools.cache
def load_spec() -> dict[str, Any]:
    """The spec as JSON data (YAML timestamps as strings): read once, with the stand-in."""
    from together_facade.testing._spec import load_spec as read

    spec: dict[str, Any] = read(SPEC)
    return spec


@functools.cache
def load_fixes() -> list[dict[str, Any]]:
    fixes: list[dict[str, Any]] = plain(YAML(typ="safe").load(FIXES.read_bytes()))
    return fixes


def _pointer(pointer: str) -> list[str]:
    return [p.replace("~1", "/").replace("~0", "~") for p in pointer.split("/")]


@functools.cache
def fixed_operation_ids() -> dict[tuple[str, str], str]:
    """The operationIds that ``openapi-fixes.yaml`` adds to (or renames in) the spec, by
    (METHOD, path): many operations of the published spec have none."""
    found: dict[tuple[str, str], str] = {}
    for fix in load_fixes():
        for op in fix["patch"]:
            pointer = op.get("path", "")
            if op.get("op") in ("add", "replace") and pointer.endswith("/operationId"):
                parts = _pointer(pointer)
                # ["", "paths", "/files/{id}", "get", "operationId"]
                if len(parts) == 5 and parts[1] == "paths":
                    found[(parts[3].upper(), parts[2])] = op["value"]
    return found


@functools.cache
def added_operations() -> dict[tuple[str, str], dict[str, Any]]:
    """The operations ``openapi-fixes.yaml`` adds (the service has them, the published spec
    lacks them: ``POST /files`` and ``POST /files/{id}/preprocess``), by (METHOD, path)."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for fix in load_fixes():
        for op in fix["patch"]:
            parts = _pointer(op.get("path", ""))
            if op.get("op") != "add" or len(parts) < 3 or parts[1] != "paths":
                continue
            if len(parts) == 3:  # a whole path item
                for method, value in op["value"].items():
                    if method in HTTP_METHODS:
                        found[(method.upper(), parts[2])] = value
            elif len(parts) == 4 and parts[3] in HTTP_METHODS:  # one operation
                found[(parts[3].upper(), parts[2])] = op["value"]
    return found


@dataclass(frozen=True)
class SpecOperation:
    method: str  # upper case
    path: str
    operation_id: str | None  # as published (many have none)
    fixed_id: str | None  # as openapi-fixes.yaml names it
    websocket: bool = False  # its only answer is a 101: not an HTTP call
    added: bool = False  # not in the published spec: openapi-fixes.yaml adds it

    @property
    def key(self) -> tuple[str, str]:
        return (self.method, self.path)


def operation_spec(method: str, path: str) -> dict[str, Any]:
    """The spec's operation object (the published one, or the one openapi-fixes.yaml adds)."""
    item = load_spec()["paths"].get(path, {})
    found = item.get(method.lower())
    if found is None:
        found = added_operations()[(method.upper(), path)]
    result: dict[str, Any] = found
    return result


def _is_websocket(op: dict[str, Any]) -> bool:
    return [str(code) for code in op.get("responses", {})] == ["101"]


def spec_operations(*, added: bool = False) -> list[SpecOperation]:
    """Every operation of the published spec (the two WebSocket ones included, marked); with
    ``added``, the operations openapi-fixes.yaml adds too."""
    fixed = fixed_operation_ids()
    out = []
    for path, item in load_spec()["paths"].items():
        for method, op in item.items():
            if method in HTTP_METHODS:
                key = (method.upper(), path)
                published = op.get("operationId")
                out.append(
                    SpecOperation(
                        key[0], path, published, fixed.get(key, published), _is_websocket(op)
                    )
                )
    if added:
        for (method, path), op in added_operations().items():
            ident = op.get("operationId")
            out.append(SpecOperation(method, path, None, ident, added=True))
    return out


JSON = "application/json"
SSE = "text/event-stream"


@dataclass(frozen=True)
class Success:
    """What the spec says an operation answers when it succeeds: its status (the lowest 2xx, or
    the lowest 3xx when it has no 2xx, as ``GET /deployments/storage/{filename}``, which only
    redirects), the media types of its body (none for a 204) and the headers it declares."""

    status: int
    media: tuple[str, ...]
    headers: tuple[str, ...]


@functools.cache
def success(method: str, path: str) -> Success:
    responses = operation_spec(method, path)["responses"]
    codes = [int(code) for code in responses if str(code).isdigit()]
    status = min(codes, key=lambda code: (code // 100 != 2, code // 100 != 3, code))
    answer = responses[str(status)] or {}
    return Success(
        status,
        tuple(answer.get("content") or {}),
        tuple(name.lower() for name in answer.get("headers") or {}),
    )


def is_json(media: str | None) -> bool:
    return media is not None and (media == JSON or media.split(";")[0].endswith("+json"))


def body_kind(media: str | None) -> str:
    """How a success body in ``media`` is made: "none" (no content), "json", "sse", "text"
    (``text/plain``: the content of a file), "binary" (``application/octet-stream``, audio)."""
    if media is None:
        return "none"
    if is_json(media):
        return "json"
    if media == SSE:
        return "sse"
    if media.startswith("text/"):
        return "text"
    return "binary"


#: Keywords of OpenAPI schemas that JSON Schema does not have, or that only annotate (for a
#: value generator: ``format`` is not checked, ``contentMediaType`` neither).
_DROPPED = frozenset(
    {
        "description",
        "example",
        "examples",
        "deprecated",
        "title",
        "default",
        "format",
        "readOnly",
        "writeOnly",
        "externalDocs",
        "xml",
        "discriminator",
        "nullable",
        "contentMediaType",
        "contentEncoding",
        "contentSchema",
        "$comment",
        "$schema",
        "$id",
    }
)
#: The string formats kept: the client reads them (dates), and the generator makes them. The
#: others (``binary``, ``byte``, ``int64``, ``float``...) are dropped: the generator knows none.
KEPT_FORMATS = frozenset({"date-time", "date", "time", "uri", "uri-reference", "email"})
#: Size caps added where the spec sets none, so that examples stay small and fast.
MAX_STRING = 24
MAX_ITEMS = 3


def _kinds(node: dict[str, Any]) -> list[Any]:
    kind = node.get("type")
    return kind if isinstance(kind, list) else [] if kind is None else [kind]


def to_json_schema(node: Any, stack: tuple[str, ...] = (), capped: bool = True) -> Any:
    """``node`` (an OpenAPI 3.0 or 3.1 schema) as a self-contained draft-7 JSON Schema, sizes
    capped, that hypothesis-jsonschema can generate from:

    * ``$ref`` resolved against the components (a cycle's inner occurrence: anything);
    * ``nullable: true`` (3.0, still met in 3.1 documents: at every level, and as ``allOf:
      [$ref, {nullable: true}]``) as a null branch; ``type: [x, "null"]`` (3.1) kept, JSON
      Schema has it; an ``enum`` listing null lets null through whatever the type says (the
      service sends it);
    * ``const`` kept (draft 7 has it); 3.1's numeric ``exclusiveMinimum``/``Maximum`` kept,
      3.0's boolean form made numeric; ``prefixItems`` (3.1) as draft 7's item list;
    * ``oneOf`` as ``anyOf``: the spec's oneOfs overlap once formats are dropped and objects
      are open (two kinds of strings, objects with no required field in common), which makes a
      generator that enforces "exactly one" unsatisfiable; a body matching one branch at least
      is what a server sends;
    * annotations (``description``, ``example``, ``x-...``) dropped, and the formats the
      generator does not know (``binary``, ``int64``...): dates and URIs are kept;
    * with ``capped`` (for the generator, not to validate), strings and lists given a maximum
      size where the spec sets none, and objects closed (unknown fields are the mutations'
      job).
    """
    if isinstance(node, list):
        return [to_json_schema(x, stack, capped) for x in node]
    if not isinstance(node, dict):
        return node
    components = load_spec()["components"]["schemas"]
    nullable = node.get("nullable") is True
    if "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[-1]
        # A cycle would be infinite: its inner occurrence may be anything.
        target = {} if name in stack else to_json_schema(components[name], (*stack, name), capped)
        return {"anyOf": [{"type": "null"}, target]} if nullable else target
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key == "format" and value in KEPT_FORMATS and "string" in _kinds(node):
            out[key] = value
            continue
        if key in _DROPPED or key.startswith("x-"):
            continue
        if key in ("properties", "patternProperties", "$defs", "definitions"):
            out[key] = {name: to_json_schema(s, stack, capped) for name, s in value.items()}
        elif key == "items" and "prefixItems" in node:
            continue  # the items after prefixItems': additionalItems, below
        elif key in ("items", "additionalProperties", "not", "contains", "propertyNames"):
            out[key] = (
                to_json_schema(value, stack, capped) if isinstance(value, dict | list) else value
            )
        elif key == "prefixItems":
            out["items"] = to_json_schema(value, stack, capped)
            out["additionalItems"] = to_json_schema(node.get("items", True), stack, capped)
        elif key in ("allOf", "anyOf", "oneOf"):
            parts = []
            for part in value:
                # allOf: [$ref, {nullable: true}], the spec's way to make a $ref nullable.
                if isinstance(part, dict) and set(part) == {"nullable"}:
                    nullable = nullable or part["nullable"] is True
                    continue
                parts.append(to_json_schema(part, stack, capped))
            name = "anyOf" if key == "oneOf" else key
            out[name] = [*out.get(name, []), *parts] if name in out else parts
        elif key in ("exclusiveMinimum", "exclusiveMaximum") and isinstance(value, bool):
            bound = "minimum" if key == "exclusiveMinimum" else "maximum"
            if value and bound in node:
                out[key] = node[bound]
        elif key in ("enum", "const"):
            out[key] = plain(value)
        else:
            out[key] = value
    for bound in ("minimum", "maximum"):
        exclusive = node.get("exclusive" + bound.capitalize())
        if exclusive is True and bound in out:
            out.pop(bound)
    if "anyOf" in out and not out["anyOf"]:
        out.pop("anyOf")
    kinds = _kinds(out)
    if (
        capped
        and "string" in kinds
        and "enum" not in out
        and "const" not in out
        and "maxLength" not in out
        and "format" not in out
    ):
        out["maxLength"] = max(MAX_STRING, out.get("minLength", 0))
    if capped and "array" in kinds and "maxItems" not in out:
        out["maxItems"] = max(MAX_ITEMS, out.get("minItems", 0))
    if (
        capped
        and "properties" in out
        and "additionalProperties" not in out
        and not {"allOf", "anyOf", "oneOf"} & set(out)
    ):
        out["additionalProperties"] = False  # unknown fields are the mutations' job
    if kinds and "enum" in out and None in out["enum"]:
        out.pop("type")  # enum: [null, "local"] with a type
    if "null" in kinds and "enum" in out and None not in out["enum"]:
        out["enum"] = [*out["enum"], None]  # a "null" in the types, not in the enum
    return {"anyOf": [{"type": "null"}, out]} if nullable else out


def response_schema(
    method: str, path: str, media: str = JSON, status: int | None = None, capped: bool = True
) -> dict[str, Any]:
    """The JSON Schema of an operation's success answer (or of its ``status`` answer) in
    ``media``."""
    responses = operation_spec(method, path)["responses"]
    code = str(success(method, path).status if status is None else status)
    schema = responses[code]["content"][media].get("schema", {})
    result: dict[str, Any] = to_json_schema(schema, capped=capped)
    return result


def error_schemas(method: str, path: str) -> tuple[dict[str, Any], ...]:
    """The JSON Schemas of the error answers (4xx, 5xx, default) the operation declares."""
    found = []
    for code, answer in operation_spec(method, path)["responses"].items():
        if str(code)[0] in "45" or str(code) == "default":
            content = (answer or {}).get("content") or {}
            if JSON in content and "schema" in content[JSON]:
                found.append(to_json_schema(content[JSON]["schema"]))
    return tuple(found)


def component_schema(name: str) -> dict[str, Any]:
    result: dict[str, Any] = to_json_schema({"$ref": f"#/components/schemas/{name}"})
    return result


#: The keywords ``values`` builds strategies for itself; a node with any other is left to
#: hypothesis-jsonschema.
_BUILT = frozenset(
    {
        *("type", "enum", "const", "anyOf", "allOf", "properties", "required"),
        *("additionalProperties", "items", "minItems", "maxItems", "uniqueItems"),
        *("minLength", "maxLength", "format", "minimum", "maximum"),
    }
)
_TYPES = ("null", "boolean", "integer", "number", "string", "array", "object")


def values(schema: Any) -> st.SearchStrategy[Any]:
    """Values valid against ``schema`` (a JSON Schema from ``to_json_schema``).

    hypothesis-jsonschema builds the strategies of an object's properties while it draws, every
    time, which makes the spec's large answers (hundreds of nested properties) cost most of the
    run. The keywords those schemas are made of (types, enums, objects, lists, choices) are
    built here once, as plain Hypothesis strategies; any node with another keyword (a pattern,
    an ``allOf`` to merge, a tuple of items) is left to hypothesis-jsonschema, which handles
    all of draft 7. ``test_the_valid_bodies_are_valid`` checks the result with jsonschema."""
    if schema is True or schema == {}:
        return random_json
    if schema is False:
        return st.nothing()
    if not isinstance(schema, dict) or set(schema) - _BUILT:
        return from_schema(schema)
    if "allOf" in schema:
        if set(schema) == {"allOf"} and len(schema["allOf"]) == 1:
            return values(schema["allOf"][0])
        return from_schema(schema)  # a merge of schemas
    if "anyOf" in schema:
        if set(schema) != {"anyOf"}:
            return from_schema(schema)  # constraints beside the choice
        return st.one_of([values(branch) for branch in schema["anyOf"]])
    if "const" in schema:
        return st.just(schema["const"])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    kinds = _kinds(schema) or list(_TYPES)
    return st.one_of([_typed(kind, schema) for kind in kinds])


def _typed(kind: str, schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    if kind == "null":
        return st.none()
    if kind == "boolean":
        return st.booleans()
    low, high = schema.get("minimum"), schema.get("maximum")
    whole = st.integers(
        None if low is None else math.ceil(low), None if high is None else math.floor(high)
    )
    if kind == "integer":
        return whole
    if kind == "number":
        return whole | st.floats(low, high, allow_nan=False, allow_infinity=False)
    if kind == "string":
        if "format" in schema:  # dates, URIs: hypothesis-jsonschema knows how to make them
            return from_schema(schema)
        return st.text(min_size=schema.get("minLength", 0), max_size=schema.get("maxLength"))
    if kind == "array":
        items = schema.get("items", {})
        if not isinstance(items, dict):
            return from_schema(schema)  # a tuple of items
        return st.lists(
            values(items),
            min_size=schema.get("minItems", 0),
            max_size=schema.get("maxItems"),
            unique_by=encode_canonical if schema.get("uniqueItems") else None,
        )
    properties = schema.get("properties", {})
    required = schema.get("required", [])
    fixed = {name: values(properties.get(name, {})) for name in required}
    optional = {name: values(s) for name, s in properties.items() if name not in fixed}
    known = st.fixed_dictionaries(fixed, optional=optional)
    more = schema.get("additionalProperties", True)
    if more is False:
        return known
    others = st.dictionaries(
        st.text(max_size=8).filter(lambda name: name not in properties),
        values(more),
        max_size=2 if properties else MAX_ITEMS,
    )
    return st.builds(lambda a, b: {**b, **a}, known, others)


def encode_canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True)


@functools.cache
def schema_strategy(method: str, path: str, media: str = JSON, status: int | None = None) -> Any:
    return values(response_schema(method, path, media, status))


@functools.cache
def component_strategy(name: str) -> Any:
    return values(component_schema(name))


@functools.cache
def error_strategy(method: str, path: str) -> Any:
    """Bodies valid against one of the operation's declared error schemas (None: it has none,
    or only Together's usual ``ErrorData``, which ``error_body`` draws anyway)."""
    usual = component_schema("ErrorData")
    schemas = [x for x in error_schemas(method, path) if x != usual]
    return st.one_of([values(x) for x in schemas]) if schemas else None


# --- the real captures --------------------------------------------------------------------------


@functools.cache
def capture_json(name: str) -> Any:
    return json.loads((FIXTURES / name).read_bytes())


@functools.cache
def capture_bytes(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def captures(prefix: str, suffix: str = ".json") -> tuple[str, ...]:
    return tuple(
        sorted(p.name for p in FIXTURES.iterdir() if p.name.startswith(prefix + "__") and
               p.name.endswith(suffix))
    )  # fmt: skip


@functools.cache
def stream_chunks(name: str) -> tuple[Any, ...]:
    """The JSON chunks of a captured event stream (its ``[DONE]`` left out)."""
    chunks = []
    for line in capture_bytes(name).decode().splitlines():
        if line.startswith("data:") and line[5:].strip() != "[DONE]":
            chunks.append(json.loads(line[5:]))
    return tuple(chunks)


def _chat_chunk(delta: dict[str, Any], finish: str | None = None, **top: Any) -> dict[str, Any]:
    return {
        "id": "9026c930e83402aa",
        "object": "chat.completion.chunk",
        "created": 1736953756,
        "model": "meta-llama/Llama-3.3-70B-Instruct-Turbo",
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}],
        "usage": None,
        **top,
    }


#: Streams of the shapes no capture has: tool calls in pieces (openai style), Together's parallel
#: tool calls sent whole with a null index (docs fragment), the older ``function_call``, and
#: reasoning deltas (gpt-oss). Built from the captured chunks' envelope.
SYNTHETIC_CHAT_STREAMS: tuple[tuple[Any, ...], ...] = (
    (
        _chat_chunk({"role": "assistant", "content": None, "tool_calls": [
            {"index": 0, "id": "call_1", "type": "function",
             "function": {"name": "get_weather", "arguments": ""}}]}),
        _chat_chunk({"tool_calls": [{"index": 0, "function": {"arguments": '{"city": '}}]}),
        _chat_chunk({"tool_calls": [{"index": 0, "function": {"arguments": '"Paris"}'}}]}),
        _chat_chunk({}, "tool_calls", usage={
            "prompt_tokens": 5, "completion_tokens": 7, "total_tokens": 12}),
    ),
    (
        _chat_chunk({"role": "assistant", "tool_calls": [
            {"index": None, "id": "call_a", "type": "function",
             "function": {"name": "f", "arguments": '{"a": 1}'}}]}),
        _chat_chunk({"tool_calls": [
            {"index": None, "id": "call_b", "type": "function",
             "function": {"name": "g", "arguments": "{}"}}, None]}),
        _chat_chunk({"tool_calls": [{"index": None, "function": {"arguments": " "}}]}),
        _chat_chunk({"content": ""}, "tool_calls"),
    ),
    (
        _chat_chunk({"role": "assistant", "function_call": {"name": "f", "arguments": ""}}),
        _chat_chunk({"function_call": {"arguments": "{}"}}),
        _chat_chunk({"content": None}, "function_call"),
    ),
    (
        _chat_chunk({"role": "assistant", "reasoning": "Think", "reasoning_content": "x"}),
        _chat_chunk({"reasoning": "ing.", "refusal": None, "annotations": []}),
        _chat_chunk({"content": "Answer", "text": "extra"}, "stop", system_fingerprint="fp"),
    ),
)  # fmt: skip


# --- JSON values and their mutations -------------------------------------------------------------


class Raw:
    """JSON text written verbatim where a value goes (what ``json.dumps`` cannot write: deep
    nesting, 5000-digit numbers, ``1e400``, bytes that are not UTF-8)."""

    __slots__ = ("data",)

    def __init__(self, data: bytes) -> None:
        self.data = data

    def __repr__(self) -> str:
        shown = self.data if len(self.data) <= 60 else self.data[:40] + b"..." + self.data[-10:]
        return f"Raw({shown!r}, {len(self.data)} bytes)"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Raw) and other.data == self.data

    def __hash__(self) -> int:
        return hash(self.data)


def encode(value: Any) -> bytes:
    """``value`` as JSON bytes; ``Raw`` parts are written as they are. NaN and infinities are
    written as ``NaN``/``Infinity`` (the standard library reads them, orjson does not)."""
    token = secrets.token_hex(6)
    raws: list[bytes] = []

    def sub(v: Any) -> Any:
        if isinstance(v, Raw):
            raws.append(v.data)
            return f"RAW{token}{len(raws) - 1}"
        if isinstance(v, dict):
            return {k: sub(x) for k, x in v.items()}
        if isinstance(v, list):
            return [sub(x) for x in v]
        return v

    text = json.dumps(sub(value), allow_nan=True).encode()
    for i, data in enumerate(raws):
        text = text.replace(f'"RAW{token}{i}"'.encode(), data, 1)
    return text


def nested(depth: int, kind: str = "list") -> Raw:
    """``depth`` levels of nesting: ``[[[...]]]``, ``{"a":{"a":...}}``, or unbalanced."""
    if kind == "list":
        return Raw(b"[" * depth + b"]" * depth)
    if kind == "object":
        return Raw(b'{"a":' * depth + b"1" + b"}" * depth)
    if kind == "mixed":
        return Raw(b'[{"a":' * (depth // 2) + b"null" + b"}]" * (depth // 2))
    return Raw(b"[" * depth)  # never closed: not JSON


#: Nesting depths: shallow; around the interpreter's recursion limit (1000) and orjson's
#: depth limit (1024), where a body parses but code that walks it recursively (a repr, an error
#: message, json.dumps) does not (drawn twice as often); and far beyond both.
depths = st.one_of(
    st.integers(min_value=1, max_value=64),
    st.integers(min_value=900, max_value=1024),
    st.integers(min_value=900, max_value=1024),
    st.sampled_from([2_000, 100_000]),
)
deep_values = st.builds(nested, depths, st.sampled_from(["list", "object", "mixed", "open"]))

#: Values that are JSON but odd: huge or non-finite numbers, strings that are not UTF-8, ...
ODD_SCALARS: tuple[Any, ...] = (
    None, True, False, 0, -1, 1, 0.5, -0.0, 1e308, 5e-324, 10**30, 2**63, 2**64, -(2**63) - 1,
    Raw(b"1e400"), Raw(b"-1e400"), Raw(b"NaN"), Raw(b"Infinity"), Raw(b"-Infinity"),
    Raw(b"1" * 5000), Raw(b"-0"), Raw(b"1.0"), Raw(b"1E2"), Raw(b"123456789012345678901234567890"),
    "", " ", "\x00", "\ud800", "\udfff", "\u202e", "null", "[DONE]", "eos", "None", "0", "-1",
    "1e3", "inf", "NaN", "a" * 5000, Raw(b'"\xff\xfe"'), Raw(b'"\xc3"'), Raw(b'"\xed\xa0\x80"'),
    [], {}, [None], {"": None}, [[]], {"a": {}}, [1, "a", None, {}],
)  # fmt: skip

json_leaves = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=12),
)
random_json = st.recursive(
    json_leaves,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)
#: ODD_SCALARS, each drawn as a copy: a mutation changes values in place, which must never
#: reach the shared ones (Hypothesis would see data generation change between runs).
odd_scalars = st.sampled_from(ODD_SCALARS).map(copy.deepcopy)
odd_values = st.one_of(odd_scalars, random_json, deep_values)

#: Keys whose values the readers look at most (indices, deltas, tool calls, ...): a mutation
#: picks one of them half of the time.
INTERESTING = frozenset(
    {
        "choices", "index", "delta", "tool_calls", "function", "function_call", "name",
        "arguments", "finish_reason", "content", "text", "role", "usage", "logprobs", "seed",
        "id", "type", "token", "message", "data", "object", "error", "deleted", "status",
        "events", "results", "embedding", "created", "level", "training_type", "reasoning",
        "b64_json", "url", "pricing", "total_tokens", "relevance_score", "document", "bytes",
    }
)  # fmt: skip

Path_ = tuple[Any, ...]


def paths(value: Any, prefix: Path_ = ()) -> Iterator[Path_]:
    """Every node of ``value``, as the keys and indices that lead to it (the root is ``()``)."""
    yield prefix
    if isinstance(value, dict):
        for k, v in value.items():
            yield from paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from paths(v, (*prefix, i))


def get_at(value: Any, path: Path_) -> Any:
    for key in path:
        value = value[key]
    return value


def set_at(value: Any, path: Path_, new: Any) -> Any:
    """``value`` with the node at ``path`` replaced (in place where it can be; returns the root)."""
    if not path:
        return new
    get_at(value, path[:-1])[path[-1]] = new
    return value


def remove_at(value: Any, path: Path_) -> Any:
    if not path:
        return {}
    parent = get_at(value, path[:-1])
    del parent[path[-1]]
    return value


def _json_type(v: Any) -> str:
    if isinstance(v, Raw):
        return "raw"
    if isinstance(v, bool):
        return "bool"
    if isinstance(v, int | float):
        return "number"
    return type(v).__name__


MUTATIONS = (
    "other_type",
    "null",
    "remove",
    "add_unknown",
    "unknown_string",
    "wrap_in_list",
    "unwrap",
    "deep",
    "odd",
    "duplicate_item",
)


@st.composite
def mutate(draw: st.DrawFn, value: Any, max_mutations: int = 4) -> Any:
    """``value`` (not changed: a copy) with 1 to ``max_mutations`` mutations."""
    value = copy.deepcopy(value)
    for _ in range(draw(st.integers(min_value=1, max_value=max_mutations))):
        every = list(paths(value))
        interesting = [p for p in every if p and p[-1] in INTERESTING]
        pool = interesting if interesting and draw(st.booleans()) else every
        path = draw(st.sampled_from(pool))
        node = get_at(value, path)
        kind = draw(st.sampled_from(MUTATIONS))
        if kind == "other_type":
            old_type = _json_type(node)
            new = draw(odd_values.filter(lambda v, t=old_type: _json_type(v) != t))
            value = set_at(value, path, new)
        elif kind == "null":
            value = set_at(value, path, None)
        elif kind == "remove":
            value = remove_at(value, path)
        elif kind == "add_unknown":
            if isinstance(node, dict):
                names = st.sampled_from(["x_unknown", "", "choices", "error", "\x00", "\U0001f642"])
                node[draw(names | st.text(max_size=8))] = draw(odd_values)
            elif isinstance(node, list):
                node.insert(draw(st.integers(0, len(node))), draw(odd_values))
            else:
                value = set_at(value, path, draw(st.text(max_size=30)))  # an unknown enum value
        elif kind == "unknown_string":
            value = set_at(value, path, draw(st.text(max_size=30) | odd_scalars))
        elif kind == "wrap_in_list":
            value = set_at(value, path, [node])
        elif kind == "unwrap":
            if isinstance(node, list):
                new = node[0] if node else {}
            elif isinstance(node, dict):
                new = list(node.values())
            else:
                new = {"value": node}
            value = set_at(value, path, new)
        elif kind == "deep":
            value = set_at(value, path, draw(deep_values))
        elif kind == "odd":
            value = set_at(value, path, draw(odd_scalars))
        elif kind == "duplicate_item":
            if isinstance(node, list) and node:
                node.append(copy.deepcopy(node[-1]))
            else:
                value = set_at(value, path, [node, copy.deepcopy(node)])
    return value


#: Bodies that are no JSON at all, or not the JSON asked for.
NOT_JSON: tuple[bytes, ...] = (
    b"", b" ", b"\n", b"null", b"[]", b"{}", b"0", b"true", b'"text"', b"[DONE]", b"\xff\xfe",
    b"\x00", b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>",
    b"upstream connect error or disconnect/reset before headers", b"{", b"[", b'{"a":',
    b"\xef\xbb\xbf", b'{"error": ', b"data: [DONE]\n\n", b"1" * 5000, b"[" * 100_000,
    b"[" * 100_000 + b"]" * 100_000, b'{"a":' * 50_000 + b"1" + b"}" * 50_000,
)  # fmt: skip


@st.composite
def damage(draw: st.DrawFn, body: bytes) -> bytes:
    """``body`` damaged as bytes, or replaced by something that is not the JSON asked for."""
    how = draw(
        st.sampled_from(
            ["truncate", "insert", "bom", "utf16", "latin1", "trailing", "whitespace", "replace"]
        )
    )
    if how == "truncate":
        return body[: draw(st.integers(0, max(len(body) - 1, 0)))]
    if how == "insert":
        at = draw(st.integers(0, len(body)))
        junk = draw(st.sampled_from([b"\xff", b"\xc3", b"\xed\xa0\x80", b"\x00", b"\x80\x80"]) |
                    st.binary(min_size=1, max_size=8))  # fmt: skip
        return body[:at] + junk + body[at:]
    if how == "bom":
        return b"\xef\xbb\xbf" + body
    if how == "utf16":
        return body.decode("utf-8", "replace").encode(draw(st.sampled_from(["utf-16", "utf-32"])))
    if how == "latin1":
        return body.decode("utf-8", "replace").encode("latin-1", "replace") + b"\xe9"
    if how == "trailing":
        return body + draw(st.sampled_from([b"x", b"{}", b"\n\n[]", b"\x00", body]))
    if how == "whitespace":
        return b" \t\r\n" + body + b"\n"
    return draw(st.sampled_from(NOT_JSON) | st.binary(max_size=64))


@st.composite
def json_body(
    draw: st.DrawFn, valid: st.SearchStrategy[Any] | None, bases: tuple[Any, ...]
) -> bytes:
    """A body: a spec-valid one or a real capture (``bases``), mutated half of the time, then
    damaged as bytes a quarter of the time."""
    options = [] if valid is None else [valid]
    if bases:
        options.append(st.sampled_from(bases))
    base = draw(st.one_of(options)) if options else {}
    value = draw(mutate(base)) if draw(st.booleans()) else base
    body = encode(value)
    if draw(st.integers(0, 3)) == 0:
        body = draw(damage(body))
    return body


# --- event streams -----------------------------------------------------------------------------

#: One item of a stream: ("data", json) a chunk; ("done",); ("raw", bytes) lines as they are.
Item = tuple[Any, ...]


def special_items() -> st.SearchStrategy[Item]:
    error_payload = st.one_of(
        st.just({"error": {"message": "overloaded", "type": "server_error", "code": 503}}),
        st.just({"message": "bad"}),
        st.just("plain text"),
        random_json,
        odd_scalars,
    )
    return st.one_of(
        st.just(("done",)),
        st.just(("raw", b": keep-alive\n\n")),
        st.just(("raw", b":\n")),
        st.just(("raw", b"\n")),
        st.just(("raw", b"data:\n\n")),
        st.just(("raw", b"data: \n\n")),
        st.just(("raw", b"data: [DONE] \n\n")),
        st.just(("raw", b"data:[DONE]\n\n")),
        st.just(("raw", b"data: [DONE]extra\n\n")),
        st.just(("raw", b"id: 1\nretry: 1000\n\n")),
        st.just(("raw", b"retry: 99999999999999999999999999\n\n")),
        st.just(("raw", b"event: ping\ndata: {}\n\n")),
        st.just(("raw", b"data: {\ndata: }\n\n")),
        st.just(("raw", b"data\n\n")),
        st.just(("raw", b"garbage line without colon\n\n")),
        st.just(("raw", b"data: \xff\xfe\n\n")),
        st.just(("raw", b"\xef\xbb\xbfdata: {}\n\n")),
        st.builds(lambda p: ("raw", b"event: error\ndata: " + encode(p) + b"\n\n"), error_payload),
        st.builds(lambda p: ("data", {"error": p}), error_payload),
        st.builds(lambda p: ("data", p), random_json),
        st.builds(lambda d: ("raw", b"data: " + d.data + b"\n\n"), deep_values),
        st.builds(lambda b: ("raw", b), st.binary(max_size=40)),
    )


@st.composite
def sse_body(
    draw: st.DrawFn,
    captured_streams: tuple[tuple[Any, ...], ...],
    valid_chunk: Any,
) -> bytes:
    """An event stream: a captured (or spec-valid) stream's chunks, some mutated, with special
    events added, dropped, moved, and odd framing; sometimes damaged as bytes."""
    if not captured_streams or draw(st.integers(0, 4)) == 0:
        chunks = draw(st.lists(valid_chunk, min_size=1, max_size=4))
    else:
        chunks = list(draw(st.sampled_from(captured_streams)))
    items: list[Item] = [("data", c) for c in chunks]
    if draw(st.integers(0, 3)):
        items.append(("done",))
    for _ in range(draw(st.integers(0, 5))):
        action = draw(st.sampled_from(["mutate", "mutate", "insert", "drop", "move", "dup"]))
        if not items:
            items.append(draw(special_items()))
            continue
        at = draw(st.integers(0, len(items) - 1))
        if action == "mutate" and items[at][0] == "data":
            items[at] = ("data", draw(mutate(items[at][1], max_mutations=2)))
        elif action == "insert":
            items.insert(draw(st.integers(0, len(items))), draw(special_items()))
        elif action == "drop":
            del items[at]
        elif action == "move":
            item = items.pop(at)
            items.insert(draw(st.integers(0, len(items))), item)
        elif action == "dup":
            items.insert(at, items[at])
    eol = draw(st.sampled_from([b"\n", b"\n", b"\r\n", b"\r"]))
    prefix = draw(st.sampled_from([b"data: ", b"data: ", b"data:"]))
    out = [b"\xef\xbb\xbf"] if draw(st.integers(0, 9)) == 0 else []
    for item in items:
        if item[0] == "data":
            payload = item[1]
            text = encode(payload)
            if draw(st.integers(0, 9)) == 0 and len(text) > 2:
                cut = len(text) // 2  # one event, two data lines
                out.append(prefix + text[:cut] + eol + prefix + text[cut:] + eol + eol)
            else:
                out.append(prefix + text + eol + eol)
        elif item[0] == "done":
            out.append(prefix + b"[DONE]" + eol + eol)
        else:
            out.append(item[1].replace(b"\n", eol))
    body = b"".join(out)
    ending = draw(st.sampled_from(["as is", "as is", "no blank line", "no line end"]))
    if ending == "no blank line" and body.endswith(eol + eol):
        body = body[: -len(eol)]
    elif ending == "no line end" and body.endswith(eol + eol):
        body = body[: -2 * len(eol)]
    if draw(st.integers(0, 7)) == 0:
        body = draw(damage(body))
    return body


# --- error answers -------------------------------------------------------------------------------

HTML_ERROR = b"<html><head><title>%s</title></head><body><h1>Error</h1></body></html>"


@st.composite
def error_body(draw: st.DrawFn, declared: st.SearchStrategy[Any] | None = None) -> bytes:
    """An error body: Together's (``ErrorData``, captures), mutated or not, HTML pages, odd
    JSON; with ``declared`` (bodies valid against the operation's own error schemas, which
    are not always ``ErrorData``), those too, mutated or not."""
    names = captures("error")
    kinds = ["schema", "capture", "mutated", "html", "other"]
    kind = draw(st.sampled_from(kinds + (["declared"] if declared is not None else [])))
    if kind == "declared" and declared is not None:
        value = draw(declared)
        return encode(draw(mutate(value)) if draw(st.booleans()) else value)
    if kind == "schema":
        return encode(draw(component_strategy("ErrorData")))
    if kind == "capture":
        return capture_bytes(draw(st.sampled_from(names)))
    if kind == "mutated":
        base = draw(st.sampled_from(names).map(capture_json) | component_strategy("ErrorData"))
        return encode(draw(mutate(base)))
    if kind == "html":
        title = draw(st.binary(max_size=30) | st.sampled_from([b"\xff", b"", b"a" * 5000]))
        return HTML_ERROR % title
    return draw(
        st.sampled_from(NOT_JSON)
        | st.builds(encode, odd_values)
        | st.builds(lambda v: encode({"error": v}), odd_values)
        | st.builds(lambda v: encode({"error": {"message": v}}), odd_values)
        | st.builds(lambda v: encode({"detail": v}), odd_values)
        | st.builds(lambda v: encode({"message": v, "type": v, "code": v, "param": v}), odd_values)
    )


#: Values of Retry-After (and retry-after-ms) a server could send.
RETRY_AFTER = st.one_of(
    st.sampled_from(
        [
            "0", "1", "30", "9999999999", "99999999999999999999999999999999", "-1", "1.5", "1e3",
            "inf", "-inf", "nan", "Infinity", "", " ", "  5  ", "\u0661", "\u00b2", "0x10",
            "Wed, 21 Oct 2015 07:28:00 GMT", "Fri, 31 Dec 9999 23:59:59 GMT",
            "Fri, 31 Dec 100000 23:59:59 GMT", "Mon, 01 Jan 0001 00:00:00 GMT",
            "Sun, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT",
            "Sun Nov  6 08:49:37 1994", "Sun Nov  6 08:49:37 100000",
            "Thu, 31 Feb 2030 25:61:61 GMT",
            "garbage", "\x00", "1, 2",
        ]
    ),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.text(max_size=20),
)  # fmt: skip

#: Request ids: odd values (empty, long, non-ASCII, repeated headers are drawn elsewhere).
REQUEST_ID = st.one_of(
    st.sampled_from(["", " ", "req-1", "a" * 10_000, "é", "null", "0", "\t"]),
    st.text(max_size=20),
)


def header_value(text: str) -> bytes:
    """``text`` as a header value a server could send (obs-text bytes included, no CR/LF/NUL)."""
    data = (
        text.encode("utf-8", "replace")
        if any(ord(c) > 255 for c in text)
        else text.encode("latin-1")
    )
    return bytes(b for b in data if b not in b"\r\n\x00")


@st.composite
def error_headers(draw: st.DrawFn) -> list[tuple[bytes, bytes]]:
    headers: list[tuple[bytes, bytes]] = []
    for name in (b"retry-after", b"retry-after-ms", b"x-should-retry"):
        if draw(st.booleans()):
            headers.append((name, header_value(draw(RETRY_AFTER))))
    return headers


@st.composite
def common_headers(draw: st.DrawFn) -> list[tuple[bytes, bytes]]:
    """Headers any answer may carry: request ids, rate limits, and random ones."""
    headers: list[tuple[bytes, bytes]] = []
    for name in (b"x-request-id", b"cf-ray", b"x-request-id"):
        if draw(st.integers(0, 2)) == 0:
            headers.append((name, header_value(draw(REQUEST_ID))))
    if draw(st.integers(0, 3)) == 0:
        for name in (b"x-ratelimit-limit", b"x-ratelimit-remaining", b"x-ratelimit-reset",
                     b"x-ratelimit-limit-tokens", b"x-ratelimit-remaining-tokens"):  # fmt: skip
            headers.append((name, header_value(draw(RETRY_AFTER))))
    token = st.text("abcdefghijklmnopqrstuvwxyz-_0123456789", min_size=1, max_size=12)
    for _ in range(draw(st.integers(0, 2))):
        headers.append((draw(token).encode(), header_value(draw(st.text(max_size=20)))))
    return headers


# --- the answer --------------------------------------------------------------------------------

CONTENT_TYPES = (
    None, "application/json", "application/json; charset=utf-8", "text/event-stream",
    "text/html", "text/plain; charset=latin-1", "application/octet-stream",
    "application/json; charset=no-such-charset", "", "multipart/form-data; boundary=x",
)  # fmt: skip

ENCODINGS = (
    None, None, None, "gzip", "deflate", "raw-deflate", "gzip-declared", "gzip-truncated",
    "br-declared", "zstd-declared", "identity", "unknown", "gzip-gzip",
)  # fmt: skip

CUTS = (None, None, None, "ReadError", "RemoteProtocolError", "ReadTimeout")


@dataclass(repr=False)
class Answer:
    """What the mock server sends: status, headers, body; the body arrives in ``pieces`` (split
    at those offsets), encoded as ``encoding`` says, and is cut by ``cut`` (an httpx transport
    error raised after the last piece) or not."""

    status: int
    body: bytes
    headers: list[tuple[bytes, bytes]] = field(default_factory=list)
    content_type: str | None = "application/json"
    encoding: str | None = None
    content_length: str | None = None  # "ok": the right one; digits: as given; None: none
    splits: list[int] = field(default_factory=list)
    cut: str | None = None
    #: What any other host than the API's answers: the storage host a redirect to a presigned
    #: URL leads to (None: the same answer everywhere).
    storage: Answer | None = None

    def wire_body(self) -> tuple[bytes, list[tuple[bytes, bytes]]]:
        """The body as sent, and the headers that describe it."""
        body, coding = self.body, None
        match self.encoding:
            case "gzip":
                body, coding = gzip.compress(body), "gzip"
            case "deflate":
                body, coding = zlib.compress(body), "deflate"
            case "raw-deflate":
                c = zlib.compressobj(wbits=-zlib.MAX_WBITS)
                body, coding = c.compress(body) + c.flush(), "deflate"
            case "gzip-declared":
                coding = "gzip"
            case "gzip-truncated":
                body, coding = gzip.compress(body)[: max(len(body) // 2, 5)], "gzip"
            case "br-declared":
                coding = "br"
            case "zstd-declared":
                coding = "zstd"
            case "identity":
                coding = "identity"
            case "unknown":
                coding = "x-no-such-coding"
            case "gzip-gzip":
                body, coding = gzip.compress(gzip.compress(body)), "gzip, gzip"
        headers = list(self.headers)
        if self.content_type is not None:
            headers.append((b"content-type", header_value(self.content_type)))
        if coding is not None:
            headers.append((b"content-encoding", coding.encode()))
        if self.content_length == "ok":
            headers.append((b"content-length", str(len(body)).encode()))
        elif self.content_length is not None:
            headers.append((b"content-length", self.content_length.encode()))
        return body, headers

    def pieces(self, body: bytes) -> list[bytes]:
        cuts = sorted({s for s in self.splits if 0 < s < len(body)})
        return [body[a:b] for a, b in zip([0, *cuts], [*cuts, len(body)], strict=True) if b > a]

    def response(self, request: httpx.Request) -> httpx.Response:
        if self.storage is not None and request.url.host != API_HOST:
            return self.storage.response(request)
        body, headers = self.wire_body()
        cut = None
        if self.cut is not None:
            cut = getattr(httpx, self.cut)("the connection was cut (fuzz)", request=request)
        stream = PiecesStream(self.pieces(body), cut)
        return httpx.Response(self.status, headers=headers, stream=stream, request=request)

    def __repr__(self) -> str:  # how Hypothesis shows a failing example: the body truncated
        return f"Answer({self.describe(300)})"

    def describe(self, limit: int = 600) -> str:
        body = self.body if len(self.body) <= limit else self.body[:limit] + b"...(truncated)"
        return (
            f"status={self.status} content_type={self.content_type!r} "
            f"encoding={self.encoding!r} content_length={self.content_length!r} "
            f"splits={self.splits[:8]!r} cut={self.cut!r}\n"
            f"headers={[(k, v[:80]) for k, v in self.headers]!r}\n"
            f"body ({len(self.body)} bytes)={body!r}"
            + (f"\n--- the storage host's answer ---\n{self.storage.describe(limit)}"
               if self.storage is not None else "")
        )  # fmt: skip


class PiecesStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that arrives in pieces, then ends or fails with a transport error."""

    def __init__(self, pieces: list[bytes], cut: Exception | None) -> None:
        self._pieces = pieces
        self._cut = cut

    def __iter__(self) -> Iterator[bytes]:
        yield from self._pieces
        if self._cut is not None:
            raise self._cut

    async def __aiter__(self) -> Any:
        for piece in self._pieces:
            yield piece
        if self._cut is not None:
            raise self._cut


def content_lengths() -> st.SearchStrategy[str | None]:
    # Only digits: an HTTP/1.1 parser (h11) refuses any other Content-Length before httpx sees it.
    return st.one_of(
        st.none(),
        st.just("ok"),
        st.sampled_from(["0", "1", "00000000000000000000000000007", "99999999999999999999999999"]),
        st.integers(min_value=0, max_value=10**12).map(str),
    )


@st.composite
def answer(
    draw: st.DrawFn,
    bodies: st.SearchStrategy[bytes],
    statuses: st.SearchStrategy[int],
    *,
    content_types: tuple[str | None, ...] = CONTENT_TYPES,
    extra_headers: st.SearchStrategy[list[tuple[bytes, bytes]]] | None = None,
    faults: bool = True,
) -> Answer:
    """An answer with a body from ``bodies``; ``faults``: sometimes with an odd encoding or
    length, or cut by a transport error (without: only split into pieces)."""
    body = draw(bodies)
    headers = draw(common_headers())
    if extra_headers is not None:
        headers += draw(extra_headers)
    status = draw(statuses)
    located = any(name.lower() == b"location" for name, _ in headers)
    if 300 <= status < 400 and not located and draw(st.booleans()):
        location = draw(
            st.sampled_from(["/v1/elsewhere", "https://evil.example/x", "http://[::1", "", "//x",
                             "https://api.test/v1/models", "\x7f"]) | st.text(max_size=10)
        )  # fmt: skip
        headers.append((b"location", header_value(location)))
    if status == 206 and draw(st.booleans()):
        value = draw(st.sampled_from(["bytes 0-9/10", "bytes 5-9/10", "bytes 0-9/*", "bytes */10",
                                      "garbage", "bytes 0-99999999999999999999/1"]))  # fmt: skip
        headers.append((b"content-range", value.encode()))
    splits = draw(st.lists(st.integers(0, max(len(body), 1)), max_size=6)) if body else []

    def odd(one_in: int) -> bool:  # a fault, one time in ``one_in + 1``
        return faults and not draw(st.integers(0, one_in))

    return Answer(
        status=status,
        body=body,
        headers=headers,
        content_type=draw(st.sampled_from(content_types)),
        encoding=draw(st.sampled_from(ENCODINGS)) if odd(4) else None,
        content_length=draw(content_lengths()) if odd(3) else None,
        splits=splits,
        cut=draw(st.sampled_from(CUTS)) if odd(5) else None,
    )


SUCCESS_STATUSES = st.one_of(
    st.just(200), st.just(200), st.just(200), st.sampled_from([201, 202, 203, 204, 206, 299])
)
ERROR_STATUSES = st.one_of(
    st.sampled_from([400, 401, 403, 404, 408, 409, 422, 429, 500, 502, 503, 504]),
    st.integers(min_value=400, max_value=599),
    st.sampled_from([100, 101, 199, 300, 301, 302, 303, 304, 307, 308, 399, 600, 999]),
)

Handler = Callable[[httpx.Request], httpx.Response]


# --- bodies for the valid and the deep tests -----------------------------------------------------


def render_events(events: list[Any]) -> bytes:
    """Spec stream events (``{"data": chunk}`` or ``{"data": "[DONE]"}``) as an event stream."""
    out = []
    for event in events:
        data = event.get("data") if isinstance(event, dict) else event
        out.append(b"data: " + (b"[DONE]" if data == "[DONE]" else encode(data)) + b"\n\n")
    return b"".join(out)


def valid_sse(method: str, path: str) -> st.SearchStrategy[bytes]:
    """Event streams of spec-valid events (the spec's text/event-stream schema), then [DONE]."""
    events = st.lists(schema_strategy(method, path, "text/event-stream"), max_size=4)
    return events.map(lambda e: render_events([*e, {"data": "[DONE]"}]))


@st.composite
def deep_value(draw: st.DrawFn, bases: tuple[Any, ...]) -> Any:
    """One of ``bases`` with one node (the root included) replaced by deep nesting."""
    value = copy.deepcopy(draw(st.sampled_from(bases))) if bases else {}
    every = list(paths(value))
    interesting = [p for p in every if p and p[-1] in INTERESTING]
    path = draw(st.sampled_from(interesting if interesting and draw(st.booleans()) else every))
    return set_at(value, path, draw(deep_values))


@st.composite
def deep_sse(draw: st.DrawFn, captured_streams: tuple[tuple[Any, ...], ...]) -> bytes:
    """A captured stream with one chunk made deep somewhere (or a deep event of its own)."""
    chunks = list(draw(st.sampled_from(captured_streams)))
    at = draw(st.integers(0, len(chunks) - 1))
    chunks[at] = draw(deep_value((chunks[at],)))
    return b"".join(b"data: " + encode(c) + b"\n\n" for c in chunks) + b"data: [DONE]\n\n"


# --- success answers of every kind the spec names ---------------------------------------------


def success_media(method: str, path: str, stream: bool = False) -> tuple[str | None, ...]:
    """The media types of the success answer to a call: a stream's is ``text/event-stream``;
    any other call's, the spec's other media types (``POST /chat/completions`` answers JSON
    unless asked for a stream; ``POST /audio/speech`` octet-stream, WAV or MP3 bytes); None for
    an answer without content (a 204)."""
    media = success(method, path).media
    if stream:
        return (SSE,)
    others = tuple(m for m in media if m != SSE)
    return others or media or (None,)


#: The content of a file (``text/plain``): JSON lines, or any text.
TEXT_BODIES = st.one_of(
    st.lists(st.dictionaries(st.text(max_size=8), json_leaves, max_size=3), max_size=3).map(
        lambda rows: b"".join(encode(r) + b"\n" for r in rows)
    ),
    st.text(max_size=40).map(lambda t: t.encode("utf-8", "surrogatepass")),
)
#: Bytes (a model archive, audio): anything, a WAV header among them.
BINARY_BODIES = st.one_of(
    st.binary(max_size=64),
    st.just(b"RIFF$\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00@\x1f\x00\x00"),
)


@functools.cache
def stream_chunk_strategy(method: str, path: str) -> Any:
    """Chunks valid against the ``data`` of a stream event the spec describes (its event schema
    is a choice of ``{"data": chunk}`` and the ``[DONE]`` sentinel)."""
    schema = response_schema(method, path, SSE)
    for branch in schema.get("anyOf") or [schema]:
        data = (branch.get("properties") or {}).get("data")
        if isinstance(data, dict) and data.get("type") != "string" and "const" not in data:
            return from_schema(data)
    return random_json


@functools.cache
def valid_body(method: str, path: str, media: str | None) -> st.SearchStrategy[bytes]:
    """Success bodies valid against what the spec says of ``media``: JSON valid against its
    schema, an event stream of valid events, text, bytes, or nothing."""
    kind = body_kind(media)
    if kind == "none" or media is None:
        return st.just(b"")
    if kind == "json":
        result: st.SearchStrategy[bytes] = schema_strategy(method, path, media).map(encode)
        return result
    if kind == "sse":
        return valid_sse(method, path)
    return TEXT_BODIES if kind == "text" else BINARY_BODIES


def _declared_headers(method: str, path: str) -> list[tuple[bytes, bytes]]:
    """The headers the success answer declares, with values (a redirect's Location: the
    presigned storage URL)."""
    ok = success(method, path)
    names = list(ok.headers)
    if 300 <= ok.status < 400 and "location" not in names:
        names.append("location")
    return [
        (name.encode(), (STORAGE_URL if name == "location" else "file-fuzz-0001").encode())
        for name in names
    ]


@st.composite
def valid_answer(draw: st.DrawFn, method: str, path: str, stream: bool = False) -> Answer:
    """The success answer the spec describes: its status (201, 204, a 307 to a storage URL whose
    host then answers the bytes...), one of its media types, a body valid against it, the
    headers it declares; split into pieces, no faults."""
    ok = success(method, path)
    media = draw(st.sampled_from(success_media(method, path, stream)))
    drawn = draw(
        answer(
            valid_body(method, path, media),
            st.just(ok.status),
            content_types=(media,),
            extra_headers=st.just(_declared_headers(method, path)),
            faults=False,
        )
    )
    if 300 <= ok.status < 400:
        drawn.storage = Answer(200, draw(BINARY_BODIES), content_type="application/octet-stream")
    return drawn


@st.composite
def binary_body(draw: st.DrawFn, valid: st.SearchStrategy[bytes], bases: tuple[Any, ...]) -> bytes:
    """Where bytes or text are expected: valid ones, damaged; JSON (mutated captures) instead;
    bodies that are not what was asked for."""
    kind = draw(st.sampled_from(["valid", "damaged", "json", "other"]))
    if kind == "valid":
        return draw(valid)
    if kind == "damaged":
        return draw(damage(draw(valid)))
    if kind == "json":
        return draw(json_body(None, bases))
    return draw(st.sampled_from(NOT_JSON) | st.binary(max_size=64))


def success_bodies(
    method: str, path: str, bases: tuple[Any, ...], stream: bool = False
) -> st.SearchStrategy[bytes]:
    """Success bodies of every media type the call may get, mutated: JSON (spec-valid bodies
    and ``bases``, mutated, damaged), event streams of spec-valid chunks (fuzzed), bytes and
    text (damaged, or JSON instead)."""
    options = []
    for media in success_media(method, path, stream):
        kind = body_kind(media)
        if kind == "json":
            options.append(json_body(schema_strategy(method, path, media), bases))
        elif kind == "sse":
            options.append(sse_body((), stream_chunk_strategy(method, path)))
        else:
            options.append(binary_body(valid_body(method, path, media), bases))
    return st.one_of(options)


@st.composite
def success_answer(
    draw: st.DrawFn,
    method: str,
    path: str,
    bodies: st.SearchStrategy[bytes],
    content_types: tuple[str | None, ...] = CONTENT_TYPES,
) -> Answer:
    """A success answer, fuzzed: any 2xx (and the operation's own success status: a 307 with
    the storage URL or another Location, whose host answers anything), with faults."""
    ok = success(method, path)
    statuses = SUCCESS_STATUSES if ok.status == 200 else st.just(ok.status) | SUCCESS_STATUSES
    none: list[tuple[bytes, bytes]] = []
    extra = st.just(_declared_headers(method, path)) | st.just(none)
    drawn = draw(answer(bodies, statuses, content_types=content_types, extra_headers=extra))
    if 300 <= drawn.status < 400 and draw(st.booleans()):
        drawn.storage = draw(
            answer(BINARY_BODIES | st.sampled_from(NOT_JSON), SUCCESS_STATUSES | ERROR_STATUSES)
        )
    return drawn
