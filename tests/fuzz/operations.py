"""Every operation of ``openapi.yaml`` as a facade call, and how to run one against an answer.

``OPERATIONS`` maps each HTTP operation of the spec (method, path, operationId) to the facade
method that sends it, with valid arguments; an operation the facade calls in more than one way
(a stream, a download to a file) has one entry per way. Two kinds of entries:

* ``HANDWRITTEN``: the operations of the 2024 spec, through the hand-written areas
  (``client.chat.completions.create``...), in three views: the method itself,
  ``<area>.with_raw_response.<method>``, ``<area>.with_streaming_response.<method>``.
* ``GENERATED``: every other operation (one entry each, made from the generated operation
  table, ``together_api_client.operations.OPERATIONS``), through its typed generic method
  ``client.api.<area>.<call>(*path_params, **query_and_body)``, with the arguments of the
  stand-in's minimal valid request (``together_facade.testing``), in two views: the method
  itself and ``client.with_raw_response(client.api.<area>.<call>, ...)`` (the generic areas have no
  per-method raw or streamed views). The two operations openapi-fixes.yaml adds (``POST
  /files``, ``POST /files/{id}/preprocess``: the service has them, the published spec lacks
  them) are among them; the two WebSocket operations (``GET /audio/speech/websocket``, ``GET
  /realtime``: a 101, not an HTTP answer) are not.

``run`` makes the call on ``Together`` or ``AsyncTogether`` over an ``httpx.MockTransport``
serving one ``Answer``, through one of the entry's views, and consumes a stream the way it is
told. ``check`` runs it and turns anything but a success or a ``TogetherError`` into a failure
that shows the operation, the answer and the traceback.
"""

from __future__ import annotations

import asyncio
import copy
import functools
import importlib
import json
import os
import pkgutil
import re
import sys
import tempfile
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import httpx
from together_api_client.operations import OPERATIONS as GENERATED_TABLE

import together_facade
from tests.fuzz import strategies as s
from together_facade import AsyncTogether, Together, TogetherError
from together_facade._calls import read_through

# Every module of the library loaded now, not on first use: a long run then tests one version
# of it throughout, even while its files change on disk.
for _module in pkgutil.walk_packages(together_facade.__path__, "together_facade."):
    importlib.import_module(_module.name)

API_KEY = "sk-fuzz-0123456789abcdef"
BASE_URL = "https://api.test/v1"

#: (the API area, the method's name, positional arguments, keyword arguments)
Target = tuple[Any, str, tuple[Any, ...], dict[str, Any]]

CHAT = {
    "model": "meta-llama/Llama-3.3-70B-Instruct-Turbo",
    "messages": [{"role": "user", "content": "Hello"}],
}
COMPLETION = {"model": "mistralai/Mixtral-8x7B-v0.1", "prompt": "Paris is"}
FT_ID = "ft-494cbd75-3057-44b4-8186-045c14be8d03"
FILE_ID = "file-d931200a-6b7f-476b-9ae2-8fddd5112308"

MODELS = [
    {"id": "meta-llama/Llama-3.3-70B-Instruct-Turbo", "object": "model", "created": 1,
     "type": "chat", "context_length": 131072, "pricing": {"input": 0.88, "output": 0.88}},
    {"id": "openai/whisper-large-v3", "object": "model", "created": 2, "type": "audio"},
]  # fmt: skip


@dataclass(frozen=True)
class Operation:
    """One way the facade sends one spec operation."""

    name: str  # unique: the operationId, with the way in brackets when there are several
    method: str
    path: str  # as the spec writes it
    operation_id: str  # as published, or as openapi-fixes.yaml names it when published without
    facade: str  # the call, for messages
    target: Callable[[Any, Path], Target]
    bases: Callable[[], tuple[Any, ...]]  # real captures (and the like) of its success answer
    stream: bool = False  # the call returns a stream of chunks, consumed as ``run`` is told
    #: The ways the call is made (see ``VIEWS``): the hand-written areas have all three, the
    #: generic ``client.api`` methods the first two.
    views: tuple[str, ...] = ("plain", "raw", "streamed")
    #: Called through ``client.api.<area>.<call>``, its raw view through
    #: ``client.with_raw_response``.
    generic: bool = False
    #: The call asks for an event stream but reads it whole (``POST /audio/speech`` with
    #: ``"stream": true`` in the body, through the generic method: bytes).
    events: bool = False

    @property
    def key(self) -> tuple[str, str]:
        return (self.method, self.path)

    @property
    def media(self) -> tuple[str | None, ...]:
        """The media types of the success answers to the call (None: no content)."""
        return s.success_media(self.method, self.path, self.stream or self.events)

    def valid_answers(self) -> Any:
        """Success answers as the spec describes them (status, media type, valid body)."""
        return s.valid_answer(self.method, self.path, self.stream or self.events)

    def success_bodies(self) -> Any:
        """Success bodies of the call's media types: valid ones and ``bases``, mutated."""
        return s.success_bodies(self.method, self.path, self.bases(), self.events)

    def __repr__(self) -> str:
        return self.name


def _captures(prefix: str, suffix: str = ".json") -> Callable[[], tuple[Any, ...]]:
    return lambda: tuple(s.capture_json(n) for n in s.captures(prefix, suffix))


def _job() -> Any:
    return s.capture_json("fine-tunes__readme-v0-create-PARTIAL.json")


def _file_list() -> tuple[Any, ...]:
    fragment = s.capture_json("files__readme-v0-list-data-FRAGMENT.json")
    return ({"data": fragment, "object": "list"}, fragment)


def _content() -> tuple[Any, ...]:
    # The content of a file is anything: JSON lines, or a JSON document (the spec's FileObject).
    return ({"text": "one"}, [{"text": "two"}], s.capture_json("files__docs-cli-retrieve.json"))


#: The operations of the 2024 spec, through the hand-written areas.
HANDWRITTEN: tuple[Operation, ...] = (
    Operation(
        "chat-completions", "POST", "/chat/completions", "chat-completions",
        "chat.completions.create()",
        lambda c, tmp: (c.chat.completions, "create", (), dict(CHAT)),
        _captures("chat-completions"),
    ),
    Operation(
        "chat-completions[stream]", "POST", "/chat/completions", "chat-completions",
        "chat.completions.create(stream=True)",
        lambda c, tmp: (c.chat.completions, "create", (), {**CHAT, "stream": True}),
        _captures("chat-completions"),
        stream=True,
    ),
    Operation(
        "completions", "POST", "/completions", "completions", "completions.create()",
        lambda c, tmp: (c.completions, "create", (), dict(COMPLETION)),
        _captures("completions"),
    ),
    Operation(
        "completions[stream]", "POST", "/completions", "completions",
        "completions.create(stream=True)",
        lambda c, tmp: (c.completions, "create", (), {**COMPLETION, "stream": True}),
        _captures("completions"),
        stream=True,
    ),
    Operation(
        "embeddings", "POST", "/embeddings", "embeddings", "embeddings.create()",
        lambda c, tmp: (c.embeddings, "create", (), {"model": "m2-bert", "input": ["a", "b"]}),
        _captures("embeddings"),
    ),
    Operation(
        "list-files", "GET", "/files", "list-files", "files.list()",
        lambda c, tmp: (c.files, "list", (), {}),
        _file_list,
    ),
    Operation(
        "delete-file", "DELETE", "/files/{id}", "delete-file", "files.delete(id)",
        lambda c, tmp: (c.files, "delete", (FILE_ID,), {}),
        lambda: (s.capture_json("files__docs-cli-delete-deleted-string.json"),),
    ),
    Operation(
        "retrieve-file", "GET", "/files/{id}", "retrieve-file", "files.retrieve(id)",
        lambda c, tmp: (c.files, "retrieve", (FILE_ID,), {}),
        lambda: (s.capture_json("files__docs-cli-retrieve.json"),),
    ),
    Operation(
        "retrieve-file-content", "GET", "/files/{id}/content", "retrieve-file-content",
        "files.retrieve_content(id)",
        lambda c, tmp: (c.files, "retrieve_content", (FILE_ID,), {}),
        _content,
    ),
    Operation(
        "retrieve-file-content[output]", "GET", "/files/{id}/content", "retrieve-file-content",
        "files.retrieve_content(id, output=path)",
        lambda c, tmp: (c.files, "retrieve_content", (FILE_ID,), {"output": tmp / "f.jsonl"}),
        _content,
    ),
    Operation(
        "list-fine-tunes", "GET", "/fine-tunes", "list-fine-tunes", "fine_tuning.list()",
        lambda c, tmp: (c.fine_tuning, "list", (), {}),
        lambda: ({"data": [_job()]},),
    ),
    Operation(
        "create-fine-tune", "POST", "/fine-tunes", "create-fine-tune", "fine_tuning.create()",
        lambda c, tmp: (c.fine_tuning, "create", (), {"training_file": "file-1", "model": "m"}),
        lambda: (_job(),),
    ),
    Operation(
        "retrieve-fine-tune", "GET", "/fine-tunes/{id}", "retrieve-fine-tune",
        "fine_tuning.retrieve(id)",
        lambda c, tmp: (c.fine_tuning, "retrieve", (FT_ID,), {}),
        lambda: (_job(),),
    ),
    Operation(
        "cancel-fine-tune", "POST", "/fine-tunes/{id}/cancel", "cancel-fine-tune",
        "fine_tuning.cancel(id)",
        lambda c, tmp: (c.fine_tuning, "cancel", (FT_ID,), {}),
        lambda: ({**_job(), "status": "cancel_requested"},),
    ),
    Operation(
        "list-fine-tune-events", "GET", "/fine-tunes/{id}/events", "list-fine-tune-events",
        "fine_tuning.list_events(id)",
        lambda c, tmp: (c.fine_tuning, "list_events", (FT_ID,), {}),
        lambda: ({"data": _job()["events"], "object": "list"},),
    ),
    Operation(
        "download-fine-tune", "GET", "/finetune/download", "download-fine-tune",
        "fine_tuning.download(id, output=path)",
        lambda c, tmp: (c.fine_tuning, "download", (FT_ID,), {"output": tmp / "m.tar.zst"}),
        lambda: ({"id": FT_ID, "object": "local", "checkpoint_step": 1, "size": 3},),
    ),
    Operation(
        "generate-images", "POST", "/images/generations", "generate-images",
        "images.generate()",
        lambda c, tmp: (c.images, "generate", (), {"model": "flux", "prompt": "a cat"}),
        _captures("images-generations"),
    ),
    Operation(
        "list-models", "GET", "/models", "list-models", "models.list()",
        lambda c, tmp: (c.models, "list", (), {}),
        lambda: (MODELS, {"object": "list", "data": MODELS}),
    ),
    Operation(
        "rerank", "POST", "/rerank", "rerank", "rerank.create()",
        lambda c, tmp: (c.rerank, "create", (), {"model": "r", "query": "q", "documents": ["a"]}),
        _captures("rerank"),
    ),
)  # fmt: skip

#: The views of a generic ``client.api`` method: itself, and ``client.with_raw_response(...)``.
GENERIC_VIEWS = ("plain", "raw")

# --- the generated entries --------------------------------------------------------------------

#: Where the stand-in reads the spec (its minimal valid requests and default answers).
SPEC_PATH = s.SPEC

#: Arguments of the operations the published spec lacks (the stand-in does not know them).
ADDED_ARGUMENTS: dict[tuple[str, str], tuple[tuple[Any, ...], dict[str, Any]]] = {
    ("POST", "/files"): ((), {"purpose": "fine-tune", "file_name": "train.jsonl"}),
    ("POST", "/files/{id}/preprocess"): ((FILE_ID,), {}),
}


@functools.cache
def standin() -> Any:
    """The stand-in of the API (its catalog only: no server is started), made once."""
    from together_facade.testing import StandIn

    return StandIn(SPEC_PATH)


@functools.cache
def arguments(method: str, path: str) -> tuple[tuple[Any, ...], dict[str, Any]]:
    """The positional (path) and keyword (required query, body) arguments of a minimal valid
    call of the operation: the stand-in's ``sample_request``."""
    if (method, path) in ADDED_ARGUMENTS:
        return ADDED_ARGUMENTS[(method, path)]
    sample = standin().sample_request(f"{method} {path}")
    pattern = "^/v1" + re.sub(r"\\\{[^}]+\\\}", "([^/]+)", re.escape(path)) + "$"
    found = re.match(pattern, sample.path)
    if found is None:
        raise AssertionError(f"the stand-in's request path {sample.path} is not {path}")
    keywords: dict[str, Any] = dict(sample.query)
    if sample.form is not None:
        keywords.update(sample.form)
    elif isinstance(sample.json, dict):
        keywords.update(sample.json)
    return tuple(unquote(v) for v in found.groups()), keywords


def _example(method: str, path: str) -> Callable[[], tuple[Any, ...]]:
    """The base to mutate of a generated entry: the stand-in's default JSON answer (the spec's
    example where it validates, else one made from the schema); none for bytes."""

    def bases() -> tuple[Any, ...]:
        if (method, path) == ("POST", "/files/{id}/preprocess"):  # not in the stand-in's spec
            return (s.capture_json("files__docs-cli-retrieve.json"),)
        if (method, path) in ADDED_ARGUMENTS or not any(
            s.is_json(m) for m in s.success_media(method, path)
        ):
            return ()
        return (standin().example(f"{method} {path}"),)

    return bases


def _generic_target(
    area: str, call: str, method: str, path: str, extra: dict[str, Any]
) -> Callable[[Any, Path], Target]:
    def target(client: Any, tmp: Path) -> Target:
        args, kwargs = arguments(method, path)
        return (getattr(client.api, area), call, args, {**copy.deepcopy(kwargs), **extra})

    return target


def _generated(handwritten: tuple[Operation, ...]) -> tuple[Operation, ...]:
    covered = {op.key for op in handwritten}
    ids = {o.key: o.fixed_id for o in s.spec_operations(added=True)}
    out = []
    for gen in GENERATED_TABLE.values():
        if not gen.area or (gen.method, gen.path) in covered:
            continue  # a WebSocket operation, or one the hand-written areas call
        ident = ids[(gen.method, gen.path)] or gen.name
        bases = _example(gen.method, gen.path)
        out.append(
            Operation(
                ident, gen.method, gen.path, ident, f"api.{gen.area}.{gen.call}()",
                _generic_target(gen.area, gen.call, gen.method, gen.path, {}), bases,
                views=GENERIC_VIEWS, generic=True,
            )
        )  # fmt: skip
        if gen.stream is not None and s.SSE in s.success(gen.method, gen.path).media:
            # Asks for the event stream the spec describes and reads it whole, as bytes: the
            # generic method has no ``stream`` field (it does not stream), extra_body sends one.
            asks = {"extra_body": {"stream": True}}
            out.append(
                Operation(
                    f"{ident}[stream]", gen.method, gen.path, ident,
                    f"api.{gen.area}.{gen.call}(extra_body={{'stream': True}})",
                    _generic_target(gen.area, gen.call, gen.method, gen.path, asks),
                    bases, views=GENERIC_VIEWS, generic=True, events=True,
                )
            )  # fmt: skip
    return tuple(sorted(out, key=lambda op: op.name))


GENERATED = _generated(HANDWRITTEN)
OPERATIONS = HANDWRITTEN + GENERATED

BY_NAME = {op.name: op for op in OPERATIONS}
STREAMS = tuple(op for op in OPERATIONS if op.stream)

VIEWS = ("plain", "raw", "streamed")
CONSUME = ("iter", "text_deltas", "final", "iter_final", "next", "break", "deltas_final")


# --- running one call -----------------------------------------------------------------------------


def read_all(value: Any) -> None:
    """Read every field of a result, in every model it holds: results are read lazily (each
    field when first asked for), so what a malformed answer raises comes when its field is read,
    and it must be a ``TogetherError`` too. (The library's own walk, which the final answer of a
    stream goes through.)"""
    read_through(value)


def _consume(stream: Any, how: str) -> None:
    if how == "iter":
        for chunk in stream:
            read_all(chunk)
    elif how == "text_deltas":
        for _ in stream.text_deltas():
            pass
    elif how == "final":
        stream.get_final_completion()
    elif how == "iter_final":
        for _ in stream:
            pass
        stream.get_final_completion()
    elif how == "next":
        while True:
            try:
                next(stream)
            except StopIteration:
                break
    elif how == "break":
        with stream:
            for _ in stream:
                break
    else:
        for _ in stream.text_deltas():
            pass
        stream.get_final_completion()
    _ = stream.text, stream.request_id


async def _aconsume(stream: Any, how: str) -> None:
    if how == "iter":
        async for chunk in stream:
            read_all(chunk)
    elif how == "text_deltas":
        async for _ in stream.text_deltas():
            pass
    elif how == "final":
        await stream.get_final_completion()
    elif how == "iter_final":
        async for _ in stream:
            pass
        await stream.get_final_completion()
    elif how == "next":
        while True:
            try:
                await anext(stream)
            except StopAsyncIteration:
                break
    elif how == "break":
        async with stream:
            async for _ in stream:
                break
    else:
        async for _ in stream.text_deltas():
            pass
        await stream.get_final_completion()
    _ = stream.text, stream.request_id


def _run_sync(op: Operation, answer: s.Answer, backend: str, view: str, how: str) -> None:
    transport = httpx.MockTransport(answer.response)
    with (
        tempfile.TemporaryDirectory() as tmp,
        Together(
            api_key=API_KEY,
            base_url=BASE_URL,
            max_retries=0,
            transport=transport,
            json_backend=backend,  # type: ignore[arg-type]
        ) as client,
    ):
        area, name, args, kwargs = op.target(client, Path(tmp))
        if view == "plain":
            result = getattr(area, name)(*args, **kwargs)
            if op.stream:
                _consume(result, how)
            else:
                read_all(result)
        elif view == "raw":
            if op.generic:
                raw = client.with_raw_response(getattr(area, name), *args, **kwargs)
            else:
                raw = getattr(area.with_raw_response, name)(*args, **kwargs)
            _ = raw.request_id, raw.ratelimit, raw.status_code, raw.headers
            result = raw.parse()
            if op.stream:
                _consume(result, how)
            else:
                read_all(result)
        else:
            with getattr(area.with_streaming_response, name)(*args, **kwargs) as response:
                _ = response.request_id, response.ratelimit, repr(response)
                result = response.parse()
                if op.stream:
                    _consume(result, how)
                else:
                    read_all(result)


async def _run_async(op: Operation, answer: s.Answer, backend: str, view: str, how: str) -> None:
    transport = httpx.MockTransport(answer.response)
    with tempfile.TemporaryDirectory() as tmp:
        async with AsyncTogether(
            api_key=API_KEY,
            base_url=BASE_URL,
            max_retries=0,
            transport=transport,
            json_backend=backend,  # type: ignore[arg-type]
        ) as client:
            area, name, args, kwargs = op.target(client, Path(tmp))
            if view == "plain":
                result = await getattr(area, name)(*args, **kwargs)
                if op.stream:
                    await _aconsume(result, how)
                else:
                    read_all(result)
            elif view == "raw":
                if op.generic:
                    raw = await client.with_raw_response(getattr(area, name), *args, **kwargs)
                else:
                    raw = await getattr(area.with_raw_response, name)(*args, **kwargs)
                _ = raw.request_id, raw.ratelimit, raw.status_code, raw.headers
                result = raw.parse()
                if op.stream:
                    await _aconsume(result, how)
                else:
                    read_all(result)
            else:
                async with getattr(area.with_streaming_response, name)(*args, **kwargs) as resp:
                    _ = resp.request_id, resp.ratelimit, repr(resp)
                    result = await resp.parse()
                    if op.stream:
                        await _aconsume(result, how)
                    else:
                        read_all(result)


def run(op: Operation, answer: s.Answer, *, mode: str, backend: str, view: str, how: str) -> None:
    """Make ``op``'s call against ``answer`` (``mode`` "sync" or "async")."""
    if mode == "sync":
        _run_sync(op, answer, backend, view, how)
    else:
        asyncio.run(_run_async(op, answer, backend, view, how))


#: A JSON-lines file: with it, an escape is recorded there (and in ``ESCAPES``) and the run goes
#: on, so that a long run finds every defect instead of stopping each test at its first one.
COLLECT = os.environ.get("FUZZ_COLLECT") or None
ESCAPES: list[dict[str, Any]] = []

#: CPython's default recursion limit, which programs using the library run under.
RECURSION_LIMIT = 1000


class EscapedError(AssertionError):
    """An exception that is not a ``TogetherError`` left a call: a defect."""


def attempt(
    op: Operation, answer: s.Answer, *, mode: str, backend: str, view: str, how: str
) -> BaseException | None:
    """Make the call; the exception it raised, or None. (Any: a BaseException the library lets
    out, such as its internal ``Deferred``, is a defect too.)"""
    # Hypothesis raises the recursion limit while a test runs (to shrink deep examples); a
    # program calling the library has the interpreter's default. Calls run under the default, or
    # the code that walks deeply nested answers would be tested under a limit no user has.
    if view not in op.views:  # a mistake of the test, not of the library: not an escape
        raise AssertionError(f"{op.name} has no {view} view, only {op.views}")
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(RECURSION_LIMIT)
    try:
        run(op, answer, mode=mode, backend=backend, view=view, how=how)
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:
        return exc
    finally:
        sys.setrecursionlimit(limit)
    return None


def check(
    op: Operation,
    answer: s.Answer,
    *,
    mode: str,
    backend: str,
    view: str = "plain",
    how: str = "iter",
) -> None:
    """The contract: the call returns, or raises a ``TogetherError``. Anything else fails, with
    the operation, the answer (its body truncated) and the traceback in the message."""
    escaped = attempt(op, answer, mode=mode, backend=backend, view=view, how=how)
    if escaped is None or isinstance(escaped, TogetherError):
        return
    frames = traceback.extract_tb(escaped.__traceback__)
    ours = [f for f in frames if "together_facade" in f.filename or "together_api" in f.filename]
    where = ours[-1] if ours else frames[-1]
    place = f"{Path(where.filename).name}:{where.lineno} ({where.name})"
    consumed = f", stream consumed by {how}" if op.stream else ""
    message = (
        f"{op.name} ({op.method} {op.path}, {op.facade}; {mode}, json_backend={backend}, "
        f"view={view}{consumed}) raised {type(escaped).__name__}, not a TogetherError; last "
        f"library frame {where.filename}:{where.lineno} ({where.name}): {str(escaped)[:300]}\n"
        f"--- the answer ---\n{answer.describe()}\n"
        f"--- traceback ---\n{''.join(traceback.format_exception(escaped))[-6000:]}"
    )
    if COLLECT is None:
        raise EscapedError(message) from escaped
    record = {
        "defect": f"{type(escaped).__name__} at {place}",
        "operation": op.name,
        "mode": mode,
        "backend": backend,
        "view": view,
        "how": how if op.stream else None,
        "error": str(escaped)[:300],
        "status": answer.status,
        "headers": [(k.decode("latin-1"), v.decode("latin-1")[:200]) for k, v in answer.headers],
        "content_type": answer.content_type,
        "encoding": answer.encoding,
        "content_length": answer.content_length,
        "cut": answer.cut,
        "body_size": len(answer.body),
        "body": answer.body[:3000].decode("latin-1"),
        "message": message,
    }
    ESCAPES.append(record)
    with open(COLLECT, "a", encoding="utf-8") as out:
        out.write(json.dumps(record) + "\n")


def report(escapes: list[dict[str, Any]]) -> str:
    """The distinct defects among ``escapes`` (by exception and place), each with its smallest
    answer."""
    smallest: dict[str, dict[str, Any]] = {}
    counts: dict[str, int] = {}
    for e in escapes:
        counts[e["defect"]] = counts.get(e["defect"], 0) + 1
        if e["defect"] not in smallest or e["body_size"] < smallest[e["defect"]]["body_size"]:
            smallest[e["defect"]] = e
    return "\n\n".join(f"[{counts[k]} examples] {v['message'][:3000]}" for k, v in smallest.items())
