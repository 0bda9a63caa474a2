"""Response fuzzing of every operation of ``openapi.yaml``, through the facade.

The contract under test: whatever the server answers, a call returns a result or raises a
``together_facade.TogetherError``. Any other exception (TypeError, KeyError, RecursionError, a
ValueError not ours...) is a defect, reported with the operation, the answer and the traceback.

Each test runs with both clients (sync, async) and both JSON backends (stdlib, orjson), over an
``httpx.MockTransport`` (nothing leaves the machine), with ``max_retries=0`` (nothing sleeps).

``FUZZ_EXAMPLES`` (default 4) is the number of examples per test and combination; a long run::

    FUZZ_EXAMPLES=500 .venv/bin/python -m pytest tests/fuzz -q -p no:cacheprovider

``FUZZ_SHRINK=1`` also shrinks each failure to a minimal answer (slower). ``FUZZ_COLLECT=path``
records every escape in that JSON-lines file and goes on, so that a long run reports every
defect (each test fails at its end with the distinct ones it met) instead of stopping at the
first.
"""

from __future__ import annotations

import copy
import json
import os
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from tests.fuzz import strategies as s
from tests.fuzz.operations import (
    BY_NAME,
    CONSUME,
    ESCAPES,
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


def combos(ops: tuple[Operation, ...]) -> Any:
    """Parametrize over the operations, both JSON backends and both clients."""
    return pytest.mark.parametrize(
        ("op", "backend", "mode"),
        [
            pytest.param(op, backend, mode, id=f"{op.name}-{backend}-{mode}")
            for op in ops
            for backend in BACKENDS
            for mode in MODES
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
    """Every operation of openapi.yaml has a facade call in the table, under its operationId (as
    published, or as openapi-fixes.yaml gives it), and the table has no operation the spec
    lacks: a new or renamed operation fails here until it is fuzzed."""
    spec = {(o.method, o.path): o for o in s.spec_operations()}
    table = {(op.method, op.path) for op in OPERATIONS}
    assert sorted(spec.keys() - table) == [], "operations of the spec the table does not call"
    assert sorted(table - spec.keys()) == [], "operations of the table the spec does not have"
    assert len(spec) == 16
    for op in OPERATIONS:
        found = spec[(op.method, op.path)]
        assert op.operation_id in (found.operation_id, found.fixed_id), op.name
        assert found.fixed_id is not None, f"{op.method} {op.path} has no operationId at all"
    published = {o.operation_id for o in spec.values() if o.operation_id}
    assert published <= {op.operation_id for op in OPERATIONS} | {"models"}
    assert len(BY_NAME) == len(OPERATIONS)


@pytest.mark.parametrize("op", OPERATIONS, ids=[op.name for op in OPERATIONS])
def test_table_calls_exist_on_both_clients_and_views(op: Operation, tmp_path: Any) -> None:
    for client in (Together(api_key="k"), AsyncTogether(api_key="k")):
        area, name, _, _ = op.target(client, tmp_path)
        assert callable(getattr(area, name))
        assert callable(getattr(area.with_raw_response, name))
        assert callable(getattr(area.with_streaming_response, name))


def test_the_spec_schemas_are_json_schema() -> None:
    """Each operation's 200 schema, converted from OpenAPI, is a JSON Schema with every $ref
    resolved and no OpenAPI keyword left (a broken conversion would make the valid-body tests
    test something else)."""
    for op in OPERATIONS:
        media_types = ["application/json"] + (["text/event-stream"] if op.stream else [])
        for media in media_types:
            schema = s.response_schema(op.method, op.path, media)
            jsonschema.Draft7Validator.check_schema(schema)
            text = json.dumps(schema)
            assert '"$ref"' not in text and '"nullable"' not in text, op.name


def test_the_captures_are_read() -> None:
    """Every operation but the downloads has real (or documented) answers to mutate."""
    for op in OPERATIONS:
        assert op.bases(), op.name
    for op in STREAMS:
        assert len(captured_streams(op)) >= 1, op.name


# --- (a) bodies valid against the spec ----------------------------------------------------------


@combos(OPERATIONS)
def test_valid_bodies(op: Operation, backend: str, mode: str) -> None:
    """200 answers whose body is valid against the operation's 200 schema (for a stream: events
    valid against its text/event-stream schema)."""
    if op.stream:
        bodies = s.valid_sse(op.method, op.path)
        types: tuple[str | None, ...] = ("text/event-stream",)
    else:
        bodies = op.valid_bodies().map(s.encode)
        types = ("application/json",)

    @fuzz()
    @given(
        answer=s.answer(bodies, st.just(200), content_types=types, faults=False),
        view=st.sampled_from(VIEWS),
        how=st.sampled_from(CONSUME),
    )
    def run(answer: s.Answer, view: str, how: str) -> None:
        check(op, answer, mode=mode, backend=backend, view=view, how=how)

    fuzzing(run)


# --- (b) mutated bodies, damaged bytes, odd transports -----------------------------------------


@combos(OPERATIONS)
def test_mutated_bodies(op: Operation, backend: str, mode: str) -> None:
    """2xx answers: spec-valid bodies and real captures, mutated; bytes damaged; bodies that are
    not JSON or empty; wrong content types and encodings; bodies cut by a transport error."""
    if op.stream:
        bodies = s.sse_body(captured_streams(op), chunk_schema(op))
        types: tuple[str | None, ...] = SSE_TYPES
    else:
        bodies = s.json_body(op.valid_bodies(), op.bases())
        types = s.CONTENT_TYPES

    @fuzz(2)
    @given(
        answer=s.answer(bodies, s.SUCCESS_STATUSES, content_types=types),
        view=st.sampled_from(VIEWS),
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


@combos(OPERATIONS)
def test_error_answers(op: Operation, backend: str, mode: str) -> None:
    """Error statuses (400 to 599, and some odd ones) with fuzzed bodies and headers
    (Retry-After huge, ``inf``, ``1e3``, dates in year 100000, garbage; odd request ids)."""

    @fuzz(2)
    @given(
        answer=s.answer(s.error_body(), s.ERROR_STATUSES, extra_headers=s.error_headers()),
        view=st.sampled_from(VIEWS),
        how=st.sampled_from(CONSUME),
    )
    def run(answer: s.Answer, view: str, how: str) -> None:
        check(op, answer, mode=mode, backend=backend, view=view, how=how)

    fuzzing(run)


# --- deep nesting --------------------------------------------------------------------------------


@combos(OPERATIONS)
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
        st.tuples(st.just(200), success),
        st.tuples(st.sampled_from([400, 404, 429, 500, 503]), errors),
    )

    @fuzz(2)
    @given(body=bodies, view=st.sampled_from(VIEWS), how=st.sampled_from(CONSUME))
    def run(body: tuple[int, bytes], view: str, how: str) -> None:
        status, content = body
        kind = "text/event-stream" if op.stream and status == 200 else "application/json"
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
    value: Any = list(captured_streams(op)[0]) if op.stream else op.bases()[0]
    fields = [p for p in s.paths(value) if p and p[-1] in s.INTERESTING]
    error = s.capture_json("error__429-rate-limit-rpm-tpm-credit-limit.json")
    if EXAMPLES <= 4:
        enums = [p for p in fields if p[-1] in ENUM_KEYS]
        return [*((200, value, p) for p in enums[:1]), (400, error, ("error", "message"))]
    roots = [] if op.stream else [(200, value, ())]
    return [
        *roots,
        *((200, value, p) for p in fields),
        (400, error, ("error", "message")),
        (429, error, ("error", "code")),
        (503, error, ("error", "type")),
        (500, error, ()),
    ]


def _nested_answer(op: Operation, status: int, value: Any, path: s.Path_, depth: int) -> s.Answer:
    body = s.set_at(copy.deepcopy(value), path, s.nested(depth))
    if op.stream and status == 200:
        events = b"".join(b"data: " + s.encode(c) + b"\n\n" for c in body)
        return s.Answer(200, events + b"data: [DONE]\n\n", content_type="text/event-stream")
    return s.Answer(status, s.encode(body))


@combos(OPERATIONS)
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
