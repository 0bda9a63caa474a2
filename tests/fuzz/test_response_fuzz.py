"""Response fuzzing of every operation of ``openapi.yaml``, through the facade.

The contract under test: whatever the server answers, a call returns a result or raises a
``together_facade.TogetherError``. Any other exception (TypeError, KeyError, RecursionError, a
ValueError not ours...) is a defect, reported with the operation, the answer and the traceback.

The operations (``operations.OPERATIONS``): the 97 HTTP operations of the spec and the two
openapi-fixes.yaml adds; the two WebSocket operations are out (their answer is a 101, not an
HTTP body). What a success is comes from the spec, per operation: its status (201 for ``POST
/batches``, 204 without content for ``DELETE /endpoints/{endpointId}``, a 307 to a storage URL
for ``GET /deployments/storage/{filename}``) and media types (JSON, ``text/plain`` and
``application/octet-stream`` bytes, audio, event streams).

Each test runs over an ``httpx.MockTransport`` (nothing leaves the machine), with
``max_retries=0`` (nothing sleeps), sync or async, with the stdlib or the orjson JSON backend:

* the hand-written entries (``operations.HANDWRITTEN``, the 2024 operations) run every test in
  all four combinations of client and backend, every view drawn (plain, raw, streamed);
* the generated entries (``operations.GENERATED``, ``client.api.<area>.<call>``, plain and raw
  views: 83 entries, five times as many as the hand-written ones) are sampled so that the
  default run stays about as fast as it was with the 2024 spec's 16 operations: each runs each
  test (valid bodies, mutated bodies, error answers, deep nesting, nesting at the parser's
  limit; with the hand-written entries' numbers of examples) in one combination, rotated:
  generated entry number ``i`` runs test number ``k`` (0 to 4, in that order) in combination
  ``(i + k) % 4``, so that each entry meets all four combinations and each test runs in all
  four. A long run (``FUZZ_EXAMPLES`` above 4) runs them in all four, like the hand-written
  ones.

Most of the schema-valid bodies are drawn by ``strategies.values`` (plain Hypothesis strategies
built once per schema), not hypothesis-jsonschema's ``from_schema``, which rebuilt an object's
strategies at every draw and took most of the run's time.

``FUZZ_EXAMPLES`` (default 4) is the number of examples per test and combination; a long run::

    FUZZ_EXAMPLES=500 .venv/bin/python -m pytest tests/fuzz -q -p no:cacheprovider

``FUZZ_SHRINK=1`` also shrinks each failure to a minimal answer (slower). ``FUZZ_COLLECT=path``
records every escape in that JSON-lines file and goes on, so that a long run reports every
defect (each test fails at its end with the distinct ones it met) instead of stopping at the
first.
"""

from __future__ import annotations

import asyncio
import copy
import datetime as dt
import json
import os
import re
from typing import Any

import httpx
import jsonschema
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from together_api_client.operations import OPERATIONS as GENERATED_TABLE

from tests.fuzz import strategies as s
from tests.fuzz.operations import (
    ADDED_ARGUMENTS,
    BY_NAME,
    CONSUME,
    ESCAPES,
    GENERATED,
    GENERIC_VIEWS,
    HANDWRITTEN,
    OPERATIONS,
    STREAMS,
    VIEWS,
    EscapedError,
    Operation,
    attempt,
    check,
    report,
)
from together_facade import (
    APIResponseValidationError,
    APIStatusError,
    AsyncTogether,
    Together,
)

EXAMPLES = max(1, int(os.environ.get("FUZZ_EXAMPLES", "4")))
SHRINK = os.environ.get("FUZZ_SHRINK", "") not in ("", "0")

BACKENDS = ("stdlib", "orjson")
MODES = ("sync", "async")
COMBINATIONS = tuple((backend, mode) for backend in BACKENDS for mode in MODES)
#: Generated entries in every combination (a long run), or in one per test (the default).
EVERY_COMBINATION = EXAMPLES > 4


def fuzz(factor: int = 1) -> Any:
    """The settings of every fuzz test: ``factor`` times ``FUZZ_EXAMPLES`` examples, the same
    examples on every run (derandomize), no example database written, no deadline."""
    return settings(
        max_examples=EXAMPLES * factor,
        deadline=None,
        derandomize=True,
        database=None,
        phases=[Phase.explicit, Phase.generate, *([Phase.shrink] if SHRINK else [])],
        suppress_health_check=list(HealthCheck),
        print_blob=False,
    )


def fuzzing(run: Any) -> None:
    """Run a ``@given`` test; with ``FUZZ_COLLECT`` (escapes recorded, not raised at once), fail
    at its end with every distinct defect it met."""
    start = len(ESCAPES)
    run()
    if len(ESCAPES) > start:
        pytest.fail(report(ESCAPES[start:]), pytrace=False)


def combinations(op: Operation, test: int) -> tuple[tuple[str, str], ...]:
    """The (backend, mode) combinations test number ``test`` runs ``op`` in: all four for a
    hand-written entry (and in a long run), else one, rotated (see the module docstring)."""
    if not op.generic or EVERY_COMBINATION:
        return COMBINATIONS
    return (COMBINATIONS[(GENERATED.index(op) + test) % len(COMBINATIONS)],)


def combos(ops: tuple[Operation, ...], test: int = 0) -> Any:
    """Parametrize over the operations, both JSON backends and both clients (one of the four
    for a generated entry: see ``combinations``)."""
    return pytest.mark.parametrize(
        ("op", "backend", "mode"),
        [
            pytest.param(op, backend, mode, id=f"{op.name}-{backend}-{mode}")
            for op in ops
            for backend, mode in combinations(op, test)
        ],
    )


def captured_streams(op: Operation) -> tuple[tuple[Any, ...], ...]:
    prefix = op.path.strip("/").replace("/", "-")  # "chat-completions", "completions"
    streams = tuple(s.stream_chunks(n) for n in s.captures(prefix, ".sse"))
    return streams + (s.SYNTHETIC_CHAT_STREAMS if prefix == "chat-completions" else ())


def chunk_schema(op: Operation) -> Any:
    return s.component_strategy(
        "ChatCompletionChunk" if op.path == "/chat/completions" else "CompletionChunk"
    )


SSE_TYPES = ("text/event-stream", "text/event-stream; charset=utf-8", None, "application/json")

# --- the table ----------------------------------------------------------------------------------


def test_table_covers_every_operation_of_the_spec() -> None:
    """Every HTTP operation of openapi.yaml (97) has a facade call in the table, under its
    operationId (as published, or as openapi-fixes.yaml gives it), and the table has no
    operation the spec lacks but the two openapi-fixes.yaml adds (``POST /files``, ``POST
    /files/{id}/preprocess``: not in the published spec, so not among its 97, as
    tests/test_every_operation.py counts them). The two WebSocket operations are out: their only
    answer is a 101, no HTTP body to fuzz. A new or renamed operation fails here until it is
    fuzzed."""
    every = s.spec_operations(added=True)
    spec = {o.key: o for o in every if not o.websocket}
    published = {o.key for o in every if not o.websocket and not o.added}
    assert len(published) == 97
    assert sorted(o.path for o in every if o.websocket) == ["/audio/speech/websocket", "/realtime"]
    assert {o.key for o in every if o.added} == {
        ("POST", "/files"),
        ("POST", "/files/{id}/preprocess"),
    }
    table = {op.key for op in OPERATIONS}
    assert sorted(spec.keys() - table) == [], "operations of the spec the table does not call"
    assert sorted(table - spec.keys()) == [], "operations of the table the spec does not have"
    for op in OPERATIONS:
        found = spec[op.key]
        assert op.operation_id in (found.operation_id, found.fixed_id), op.name
        assert found.fixed_id is not None, f"{op.method} {op.path} has no operationId at all"
    renamed = {o.operation_id for o in every if o.operation_id != o.fixed_id}
    ids = {o.operation_id for o in spec.values() if o.operation_id}
    assert ids <= {op.operation_id for op in OPERATIONS} | renamed
    assert len(BY_NAME) == len(OPERATIONS)
    # The hand-written entries keep the 2024 operations; every other one is generated, once.
    handwritten = {op.key for op in HANDWRITTEN}
    assert len(handwritten) == 16
    generated = [op.key for op in GENERATED if not op.events]
    assert len(generated) == len(set(generated)) == len(spec) - 16
    assert not handwritten & set(generated)


@pytest.mark.parametrize("op", OPERATIONS, ids=[op.name for op in OPERATIONS])
def test_table_calls_exist_on_both_clients_and_views(op: Operation, tmp_path: Any) -> None:
    """Each entry's call exists on both clients, in each of its views: a hand-written entry
    in all three (``<area>.with_raw_response``, ``<area>.with_streaming_response``), a generated
    one in two (the method; its raw form through ``client.with_raw_response``: the generic areas
    have no per-method views, and no streamed one), with one argument per path parameter; and a
    generated call sends its request (its arguments are not refused before: its answers would
    then never be read)."""
    sent: list[httpx.Request] = []

    def server(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(418, json={"error": {"message": "fuzz"}})

    transport = httpx.MockTransport(server)  # and no TLS context set up
    base = "https://api.test/v1"
    clients = (
        Together(api_key="k", base_url=base, transport=transport, max_retries=0),
        AsyncTogether(api_key="k", base_url=base, transport=transport, max_retries=0),
    )
    for client in clients:
        area, name, args, kwargs = op.target(client, tmp_path)
        assert callable(getattr(area, name))
        if not op.generic:
            assert op.views == VIEWS
            assert callable(getattr(area.with_raw_response, name))
            assert callable(getattr(area.with_streaming_response, name))
            continue
        assert op.views == GENERIC_VIEWS
        (gen,) = [g for g in GENERATED_TABLE.values() if (g.method, g.path) == op.key]
        assert area is getattr(client.api, gen.area) and name == gen.call, op.name
        assert len(args) == len(gen.path_params), op.name
        assert callable(client.with_raw_response)
        assert not hasattr(area, "with_raw_response")
        assert not hasattr(area, "with_streaming_response")
        method = getattr(area, name)
        with pytest.raises(APIStatusError):
            if isinstance(client, AsyncTogether):
                asyncio.run(method(*args, **kwargs))
            else:
                method(*args, **kwargs)
        assert sent and sent[-1].method == op.method, op.name
        template = "/v1" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(op.path))
        assert re.fullmatch(template, sent[-1].url.path), (op.name, sent[-1].url.path)


def test_the_spec_schemas_are_json_schema() -> None:
    """Each operation's success schemas (JSON, event stream) and declared error schemas,
    converted from OpenAPI 3.1 (with 3.0's ``nullable`` still in it), are JSON Schema with every
    $ref resolved and no OpenAPI keyword left (a broken conversion would make the valid-body
    tests test something else), and the stand-in's default answer (the spec's example where it
    validates) is valid against the converted success schema (without the size caps; the base
    of ``POST /files/{id}/preprocess`` is a real capture, which the spec does not describe)."""
    validator = jsonschema.Draft7Validator
    for op in OPERATIONS:
        schemas = [
            s.response_schema(op.method, op.path, media)
            for media in s.success(op.method, op.path).media
            if s.body_kind(media) in ("json", "sse")
        ]
        for schema in [*schemas, *s.error_schemas(op.method, op.path)]:
            validator.check_schema(schema)
            text = json.dumps(schema)
            assert '"$ref"' not in text and '"nullable"' not in text, op.name
            assert '"oneOf"' not in text and '"example"' not in text, op.name
        if op.generic and op.bases() and not op.events and op.key not in ADDED_ARGUMENTS:
            schema = s.response_schema(op.method, op.path, s.JSON, capped=False)
            for base in op.bases():
                error = jsonschema.exceptions.best_match(validator(schema).iter_errors(base))
                assert error is None, (op.name, list(error.absolute_path), error.message[:300])


def test_the_valid_bodies_are_valid() -> None:
    """The bodies the valid-body tests send are valid against the converted schema (two of
    each operation's success and declared error schemas): ``strategies.values`` builds most
    strategies itself, not with hypothesis-jsonschema."""
    checked: list[tuple[str, Any, Any]] = []
    for op in OPERATIONS:
        for media in s.success(op.method, op.path).media:
            if s.body_kind(media) == "json":
                schema = s.response_schema(op.method, op.path, media)
                checked.append((op.name, schema, s.schema_strategy(op.method, op.path, media)))
        for schema in s.error_schemas(op.method, op.path):
            checked.append((op.name, schema, s.values(schema)))
    for name, schema, bodies in checked:
        _check_valid(name, jsonschema.Draft7Validator(schema), bodies)


def _check_valid(name: str, validator: Any, bodies: Any) -> None:
    @settings(max_examples=2, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))  # fmt: skip
    @given(bodies)
    def run(body: Any) -> None:
        error = jsonschema.exceptions.best_match(validator.iter_errors(body))
        assert error is None, (name, body, list(error.absolute_path), error.message[:300])

    run()


#: (an OpenAPI 3.1 schema, with 3.0's keywords still in it; the JSON Schema generated from)
CONVERSIONS = [
    ({"type": ["string", "null"]}, {"type": ["string", "null"], "maxLength": s.MAX_STRING}),
    ({"type": ["string", "null"], "enum": ["a"]},
     {"type": ["string", "null"], "enum": ["a", None]}),
    ({"type": "string", "enum": [None, "a"]}, {"enum": [None, "a"]}),
    ({"type": "string", "const": "list"}, {"type": "string", "const": "list"}),
    ({"type": "integer", "nullable": True}, {"anyOf": [{"type": "null"}, {"type": "integer"}]}),
    ({"type": "string", "nullable": False}, {"type": "string", "maxLength": s.MAX_STRING}),
    ({"oneOf": [{"type": "integer"}, {"type": "boolean"}]},
     {"anyOf": [{"type": "integer"}, {"type": "boolean"}]}),
    ({"type": "number", "minimum": 0, "exclusiveMinimum": True},
     {"type": "number", "exclusiveMinimum": 0}),
    ({"type": "number", "exclusiveMaximum": 1}, {"type": "number", "exclusiveMaximum": 1}),
    ({"type": "array", "prefixItems": [{"type": "integer"}], "items": False},
     {"type": "array", "items": [{"type": "integer"}], "additionalItems": False,
      "maxItems": s.MAX_ITEMS}),
    ({"type": "string", "format": "binary", "example": dt.date(2025, 1, 2)},
     {"type": "string", "maxLength": s.MAX_STRING}),
    ({"type": "string", "format": "date-time"}, {"type": "string", "format": "date-time"}),
]  # fmt: skip


@pytest.mark.parametrize(("schema", "expected"), CONVERSIONS)
def test_the_conversion_of_openapi_3_1(schema: Any, expected: Any) -> None:
    assert s.to_json_schema(schema) == expected
    jsonschema.Draft7Validator.check_schema(expected)


def test_what_the_spec_says_of_each_success() -> None:
    """The successes that are not "200, application/json", as the spec says them; YAML
    timestamps in the spec (unquoted dates in examples) read as strings."""
    assert s.plain({"created_at": dt.datetime(2025, 1, 2, 3, 4, 5)}) == {
        "created_at": "2025-01-02T03:04:05"
    }
    assert s.success("POST", "/batches") == s.Success(201, (s.JSON,), ())
    assert s.success("DELETE", "/endpoints/{endpointId}") == s.Success(204, (), ())
    assert s.success("GET", "/deployments/storage/{filename}").status == 307
    assert s.success_media("GET", "/files/{id}/content") == ("text/plain",)
    assert s.success_media("GET", "/finetune/download") == ("application/octet-stream",)
    audio = ("application/octet-stream", "audio/wav", "audio/mpeg")
    assert s.success_media("POST", "/audio/speech") == audio
    assert s.success_media("POST", "/audio/speech", stream=True) == (s.SSE,)
    assert s.success_media("POST", "/chat/completions") == (s.JSON,)
    upload = s.success("POST", "/files")  # added by openapi-fixes.yaml
    assert upload.status == 302 and "location" in upload.headers
    endpoint = s.load_spec()["components"]["schemas"]["DedicatedEndpoint"]
    assert isinstance(endpoint["properties"]["created_at"]["example"], str)  # a YAML timestamp
    json.dumps(s.load_spec())  # no date left anywhere


def test_the_captures_are_read() -> None:
    """Every hand-written operation has real (or documented) answers to mutate, every generated
    one with a JSON answer the stand-in's default answer."""
    for op in OPERATIONS:
        json_answer = any(s.is_json(m) for m in op.media)
        assert op.bases() or (op.generic and not json_answer), op.name
    for op in STREAMS:
        assert len(captured_streams(op)) >= 1, op.name


# --- (a) bodies valid against the spec ----------------------------------------------------------


@combos(OPERATIONS, 0)
def test_valid_bodies(op: Operation, backend: str, mode: str) -> None:
    """Success answers as the spec describes them: its status, one of its media types, a body
    valid against its schema (for a stream: events valid against its text/event-stream schema;
    bytes or text for a file's content, a download, audio; none for a 204)."""

    @fuzz()
    @given(
        answer=op.valid_answers(),
        view=st.sampled_from(op.views),
        how=st.sampled_from(CONSUME),
    )
    def run(answer: s.Answer, view: str, how: str) -> None:
        check(op, answer, mode=mode, backend=backend, view=view, how=how)

    fuzzing(run)


# --- (b) mutated bodies, damaged bytes, odd transports -----------------------------------------


@combos(OPERATIONS, 1)
def test_mutated_bodies(op: Operation, backend: str, mode: str) -> None:
    """Success answers (any 2xx, and the operation's own success status): spec-valid bodies and
    real captures (or the stand-in's default answer), mutated; bytes damaged; bodies that are
    not JSON, or empty, or JSON where bytes are expected; wrong content types and encodings;
    bodies cut by a transport error; redirects to a storage host answering anything."""
    if op.stream:
        bodies = s.sse_body(captured_streams(op), chunk_schema(op))
        types: tuple[str | None, ...] = SSE_TYPES
    else:
        bodies = op.success_bodies()
        types = SSE_TYPES if op.events else s.CONTENT_TYPES

    @fuzz(2)
    @given(
        answer=s.success_answer(op.method, op.path, bodies, types),
        view=st.sampled_from(op.views),
        how=st.sampled_from(CONSUME),
    )
    def run(answer: s.Answer, view: str, how: str) -> None:
        check(op, answer, mode=mode, backend=backend, view=view, how=how)

    fuzzing(run)


# --- (c) event streams -------------------------------------------------------------------------


@combos(STREAMS)
@pytest.mark.parametrize("how", CONSUME)
def test_streams(op: Operation, backend: str, mode: str, how: str) -> None:
    """Streams of fuzzed chunks (mutated real chunks, [DONE] early, late or missing,
    ``event: error``, comments), consumed each way: iterating, text_deltas(),
    get_final_completion(), next(), breaking out."""
    bodies = s.sse_body(captured_streams(op), chunk_schema(op))

    @fuzz()  # x 7 ways to consume: as many examples per stream as the other tests
    @given(
        answer=s.answer(bodies, st.just(200), content_types=SSE_TYPES),
        view=st.sampled_from(("plain", "plain", "raw", "streamed")),
    )
    def run(answer: s.Answer, view: str) -> None:
        check(op, answer, mode=mode, backend=backend, view=view, how=how)

    fuzzing(run)


# --- (d) error answers -------------------------------------------------------------------------


@combos(OPERATIONS, 2)
def test_error_answers(op: Operation, backend: str, mode: str) -> None:
    """Error statuses (400 to 599, and some odd ones) with fuzzed bodies (Together's errors,
    the operation's own declared error schemas, HTML, odd JSON) and headers (Retry-After huge,
    ``inf``, ``1e3``, dates in year 100000, garbage; odd request ids)."""
    bodies = s.error_body(s.error_strategy(op.method, op.path))

    @fuzz(2)
    @given(
        answer=s.answer(bodies, s.ERROR_STATUSES, extra_headers=s.error_headers()),
        view=st.sampled_from(op.views),
        how=st.sampled_from(CONSUME),
    )
    def run(answer: s.Answer, view: str, how: str) -> None:
        check(op, answer, mode=mode, backend=backend, view=view, how=how)

    fuzzing(run)


def ok_status(op: Operation) -> int:
    """The success status of the nesting tests' JSON answers: the operation's (a 201), or 200
    when its success has no JSON body (a 204, a redirect, bytes)."""
    ok = s.success(op.method, op.path)
    return ok.status if 200 <= ok.status < 300 and any(map(s.is_json, ok.media)) else 200


# --- deep nesting --------------------------------------------------------------------------------


@combos(OPERATIONS, 3)
def test_deep_nesting(op: Operation, backend: str, mode: str) -> None:
    """Bodies nested around and far beyond the recursion limits (the interpreter's 1000,
    orjson's 1024), in the answer, in one of its fields, in an error answer, in a stream chunk."""
    if op.stream:
        success = s.deep_sse(captured_streams(op))
    else:
        success = s.deep_value(op.bases()).map(s.encode)
    errors = st.builds(
        s.encode,
        s.deep_value((*(s.capture_json(n) for n in s.captures("error")), {"error": None})),
    )
    bodies = st.one_of(
        st.tuples(st.just(ok_status(op)), success),
        st.tuples(st.sampled_from([400, 404, 429, 500, 503]), errors),
    )

    @fuzz(2)
    @given(body=bodies, view=st.sampled_from(op.views), how=st.sampled_from(CONSUME))
    def run(body: tuple[int, bytes], view: str, how: str) -> None:
        status, content = body
        kind = "text/event-stream" if op.stream and status < 400 else "application/json"
        answer = s.Answer(status, content, content_type=kind)
        check(op, answer, mode=mode, backend=backend, view=view, how=how)

    fuzzing(run)


# --- nesting at the parser's limit -----------------------------------------------------------

#: Fields read as enums: a value the enum does not know is shown in the error message.
ENUM_KEYS = ("object", "finish_reason", "role", "status", "type", "level")
#: How many depths below the deepest one the parser takes are tried.
WINDOW = 6 if EXAMPLES <= 4 else 16


def _unparsed(exc: BaseException | None) -> bool:
    """True when the answer was refused as JSON that cannot be read (too deep to parse)."""
    if isinstance(exc, APIStatusError):
        return not isinstance(exc.body, dict | list)
    return isinstance(exc, APIResponseValidationError) and "not JSON" in str(exc)


def _depth_targets(op: Operation) -> list[tuple[int, Any, s.Path_]]:
    """(status, value, path) to nest at: fields of a 200 answer (for a stream, of its chunks)
    and of an error answer. Long runs (FUZZ_EXAMPLES > 4) take the roots and every field the
    readers look at; the default, the first enum field and the error message."""
    bases = op.bases() or ({},)
    value: Any = list(captured_streams(op)[0]) if op.stream else bases[0]
    ok = ok_status(op)
    fields = [p for p in s.paths(value) if p and p[-1] in s.INTERESTING]
    error = s.capture_json("error__429-rate-limit-rpm-tpm-credit-limit.json")
    if EXAMPLES <= 4:
        enums = [p for p in fields if p[-1] in ENUM_KEYS]
        return [*((ok, value, p) for p in enums[:1]), (400, error, ("error", "message"))]
    roots = [] if op.stream else [(ok, value, ())]
    return [
        *roots,
        *((ok, value, p) for p in fields),
        (400, error, ("error", "message")),
        (429, error, ("error", "code")),
        (503, error, ("error", "type")),
        (500, error, ()),
    ]


def _nested_answer(op: Operation, status: int, value: Any, path: s.Path_, depth: int) -> s.Answer:
    body = s.set_at(copy.deepcopy(value), path, s.nested(depth))
    if op.stream and status < 400:
        events = b"".join(b"data: " + s.encode(c) + b"\n\n" for c in body)
        return s.Answer(status, events + b"data: [DONE]\n\n", content_type="text/event-stream")
    return s.Answer(status, s.encode(body))


@combos(OPERATIONS, 4)
def test_nesting_at_the_parser_limit(op: Operation, backend: str, mode: str) -> None:
    """Not random: for each target field, find the deepest nesting the JSON parser takes (by
    bisection), then try the depths just below it, where a body parses but code that walks it
    recursively (an enum's error message, repr, json.dumps) may not. Random depths rarely land
    in that band, which is a few levels wide with the standard library's parser."""
    options = {"mode": mode, "backend": backend, "view": "plain", "how": "iter_final"}
    found: list[str] = []
    start = len(ESCAPES)
    for status, value, path in _depth_targets(op):
        parses, refused = 0, 1101
        while refused - parses > 1:
            depth = (parses + refused) // 2
            answer = _nested_answer(op, status, value, path, depth)
            if _unparsed(attempt(op, answer, **options)):
                refused = depth
            else:
                parses = depth
        for depth in range(max(1, parses - WINDOW), parses + 1):
            try:
                check(op, _nested_answer(op, status, value, path, depth), **options)
            except EscapedError as exc:
                found.append(f"status {status}, depth {depth} at {list(path)}: {exc}")
                break
    if len(ESCAPES) > start:
        pytest.fail(report(ESCAPES[start:]), pytrace=False)
    assert not found, "\n\n".join(f[:4000] for f in found)
