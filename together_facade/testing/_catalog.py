"""The operations of the spec as the stand-in serves them, their default answers, and routing.

A ``Catalog`` is made once per spec (it is the slow part: every default body is made and
validated): the operations, the default JSON body of each (the spec's media-type example if it
validates, else one made up from the schema; then, where the project has a real capture of the
live service that validates, the capture: see ``_captures``), and the default chunk of each
stream.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from ._captures import Captures
from ._spec import JSON, SSE, Schemas, SpecSource, is_json, json_schema, load_spec
from ._synth import Synth

__all__ = ["PREFIX", "Catalog", "Operation", "Route", "catalog", "route"]

PREFIX = "/v1"  # the spec's server is https://api.together.ai/v1
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


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


def _operations(spec: Mapping[str, Any], schemas: Schemas) -> list[Operation]:
    found = []
    for template, item in spec.get("paths", {}).items():
        shared = item.get("parameters", [])
        for method, op in item.items():
            if method in HTTP_METHODS:
                found.append(_operation(method.upper(), template, op, shared, schemas))
    return found


def _operation(
    method: str, template: str, op: Mapping[str, Any], shared: list[Any], schemas: Schemas
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


def _chunk_schema(stream: Any, schemas: Schemas) -> Any:
    """The schema of one chunk of a stream: specs describe an event as ``{"data": chunk}``,
    with a ``oneOf`` of the chunk event and the ``[DONE]`` sentinel."""
    node = schemas.deref(stream)
    for branch in node.get("oneOf") or node.get("anyOf") or [node]:
        data = schemas.properties(branch).get("data")
        if data is not None and schemas.deref(data).get("type") != "string":
            return data
    return stream


class Catalog:
    """Everything the stand-in makes from one spec, once: the operations, their routes, their
    default bodies and chunks (real captures where they validate), and the examples of the
    spec that did not validate."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.schemas = Schemas(spec)
        self.operations = _operations(spec, self.schemas)
        self.by_key = {op.key: op for op in self.operations}
        self.invalid: list[str] = []
        self._bodies = {op.key: self._default(op) for op in self.operations if is_json(op.media)}
        self._chunks = {  # streams carry sparse chunks: their required fields only
            op.key: self._synth(op.key, minimal=True).value(op.chunk)
            for op in self.operations
            if op.chunk
        }
        self.invalid[:] = dict.fromkeys(self.invalid)  # an example met in several operations
        self.captures = Captures(self.by_key, self.schemas)
        self._bodies.update(self.captures.bodies)
        models = self.captures.models_listing(self.by_key.get("GET /models"))
        if models is not None:
            self._bodies["GET /models"] = models

    def _synth(self, where: str, *, minimal: bool = False) -> Synth:
        return Synth(self.schemas, minimal=minimal, where=where, invalid=self.invalid)

    def example(self, key: str) -> Any:
        """The default JSON body of an operation (a copy)."""
        return copy.deepcopy(self._bodies[key])

    def has_example(self, key: str) -> bool:
        return key in self._bodies

    def chunk(self, key: str) -> Any:
        """The default made-up stream chunk of an operation (a copy)."""
        return copy.deepcopy(self._chunks[key])

    def component(self, name: str) -> Any:
        """A made-up value of a component schema, or None when the spec has no such schema."""
        ref = f"#/components/schemas/{name}"
        try:
            self.schemas.resolve(ref)
        except KeyError:
            return None
        return Synth(self.schemas).value({"$ref": ref})

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


def catalog(source: SpecSource) -> Catalog:
    """The catalog of a spec: made once per spec file (or the packaged spec) and shared by the
    stand-ins that serve it; a spec given as a dict gets its own."""
    if source is None or isinstance(source, Mapping):
        return _cached(None) if source is None else Catalog(load_spec(source))
    return _cached(Path(source).resolve())


@functools.cache
def _cached(path: Path | None) -> Catalog:
    return Catalog(load_spec(path))


@dataclass(frozen=True)
class Route:
    """Where a request goes: its operation (None when the path is known but not the method),
    the values of the path's parameters, and the methods the path has."""

    op: Operation | None
    params: dict[str, str]
    allowed: tuple[str, ...]


def route(operations: Iterable[Operation], method: str, path: str) -> Route | None:
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
    return Route(chosen, params, tuple(op.method for op in best))


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
