"""Hypothesis strategies for the answers a server could send, and the answer they describe.

* ``spec_operations`` / ``response_schema``: the operations of ``openapi.yaml`` and the JSON
  Schema of each one's 200 answer, its ``$ref``s resolved against the spec's components and its
  OpenAPI 3.0 keywords (``nullable``, ``example``, ``format``...) made JSON Schema, with sizes
  capped so that examples stay small.
* ``json_body``: bodies valid against that schema, or the real captures, then mutated (a field
  of another JSON type, null anywhere, fields removed, unknown fields and enum values, lists for
  objects and the reverse, deep nesting, huge numbers, strings that are not UTF-8), then
  sometimes damaged as bytes (truncated, not JSON, empty, another encoding).
* ``sse_body``: event streams made of real stream chunks (and spec-valid ones), mutated, with
  ``[DONE]`` early, late or missing, ``event: error``, comments and odd framing.
* ``error_body`` / ``error_headers``: what an error answer carries.
* ``answer``: an ``Answer`` (status, headers, body, how the body arrives: in which pieces, with
  which ``Content-Encoding``, cut short by a transport error or not).
"""

from __future__ import annotations

import copy
import functools
import gzip
import json
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

# --- the spec ----------------------------------------------------------------------------------


@functools.cache
def load_spec() -> dict[str, Any]:
    spec: dict[str, Any] = YAML(typ="safe", pure=True).load(SPEC.read_bytes())
    return spec


@functools.cache
def fixed_operation_ids() -> dict[tuple[str, str], str]:
    """The operationIds that ``openapi-fixes.yaml`` adds to (or renames in) the spec, by
    (METHOD, path): most operations of the published spec have none."""
    fixes = YAML(typ="safe", pure=True).load(FIXES.read_bytes())
    found: dict[tuple[str, str], str] = {}
    for fix in fixes:
        for op in fix["patch"]:
            pointer = op.get("path", "")
            if op.get("op") in ("add", "replace") and pointer.endswith("/operationId"):
                parts = [p.replace("~1", "/").replace("~0", "~") for p in pointer.split("/")]
                # ["", "paths", "/files/{id}", "get", "operationId"]
                if len(parts) == 5 and parts[1] == "paths":
                    found[(parts[3].upper(), parts[2])] = op["value"]
    return found


@dataclass(frozen=True)
class SpecOperation:
    method: str  # upper case
    path: str
    operation_id: str | None  # as published (most have none)
    fixed_id: str | None  # as openapi-fixes.yaml names it


def spec_operations() -> list[SpecOperation]:
    """Every operation of the published spec."""
    fixed = fixed_operation_ids()
    out = []
    for path, item in load_spec()["paths"].items():
        for method, op in item.items():
            if method in HTTP_METHODS:
                key = (method.upper(), path)
                published = op.get("operationId")
                out.append(SpecOperation(key[0], path, published, fixed.get(key, published)))
    return out


#: Keywords of OpenAPI 3.0 schemas that JSON Schema does not have, or that only annotate.
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
    }
)
#: Size caps added where the spec sets none, so that examples stay small and fast.
MAX_STRING = 24
MAX_ITEMS = 3


def to_json_schema(node: Any, stack: tuple[str, ...] = ()) -> Any:
    """``node`` (an OpenAPI 3.0 schema) as a self-contained JSON Schema, sizes capped."""
    if isinstance(node, list):
        return [to_json_schema(x, stack) for x in node]
    if not isinstance(node, dict):
        return node
    components = load_spec()["components"]["schemas"]
    nullable = node.get("nullable") is True
    if "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[-1]
        # A cycle would be infinite: its inner occurrence may be anything.
        target = {} if name in stack else to_json_schema(components[name], (*stack, name))
        return {"anyOf": [{"type": "null"}, target]} if nullable else target
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in _DROPPED or key.startswith("x-"):
            continue
        if key == "properties":
            out[key] = {name: to_json_schema(s, stack) for name, s in value.items()}
        elif key in ("items", "additionalProperties", "not"):
            out[key] = to_json_schema(value, stack) if isinstance(value, dict) else value
        elif key in ("allOf", "anyOf", "oneOf"):
            parts = []
            for part in value:
                # allOf: [$ref, {nullable: true}], the spec's way to make a $ref nullable.
                if isinstance(part, dict) and set(part) == {"nullable"}:
                    nullable = nullable or part["nullable"] is True
                    continue
                parts.append(to_json_schema(part, stack))
            out[key] = parts
        else:
            out[key] = value
    kind = out.get("type")
    if kind == "string" and "enum" not in out and "maxLength" not in out:
        out["maxLength"] = MAX_STRING
    if kind == "array" and "maxItems" not in out:
        out["maxItems"] = MAX_ITEMS
    if (
        "properties" in out
        and "additionalProperties" not in out
        and not {"allOf", "anyOf", "oneOf"} & set(out)
    ):
        out["additionalProperties"] = False  # unknown fields are the mutations' job
    if kind is not None and "enum" in out and None in out["enum"]:
        out.pop("type")  # enum: [null, "local"] with a type
    return {"anyOf": [{"type": "null"}, out]} if nullable else out


def response_schema(method: str, path: str, media: str = "application/json") -> dict[str, Any]:
    """The JSON Schema of the 200 answer of an operation, in ``media``."""
    op = load_spec()["paths"][path][method.lower()]
    schema = op["responses"]["200"]["content"][media]["schema"]
    result: dict[str, Any] = to_json_schema(schema)
    return result


def component_schema(name: str) -> dict[str, Any]:
    result: dict[str, Any] = to_json_schema({"$ref": f"#/components/schemas/{name}"})
    return result


@functools.cache
def schema_strategy(method: str, path: str, media: str = "application/json") -> Any:
    return from_schema(response_schema(method, path, media))


@functools.cache
def component_strategy(name: str) -> Any:
    return from_schema(component_schema(name))


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
    if draw(st.integers(0, 4)) == 0:
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
def error_body(draw: st.DrawFn) -> bytes:
    names = captures("error")
    kind = draw(st.sampled_from(["schema", "capture", "mutated", "html", "other"]))
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
        )


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
    if 300 <= status < 400 and draw(st.booleans()):
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
        data = event["data"]
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
