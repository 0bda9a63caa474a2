"""A local stand-in of the whole Together REST API, made from its OpenAPI spec.

::

    with StandIn() as api:
        client = Together(api_key="sk-test", base_url=api.base_url)
        client.files.upload("train.jsonl")
        assert api.last.operation == "POST /files/{id}/preprocess"

Why: tests of code that calls Together need a server that answers every operation the way
Together would (the success status, its content type, a body valid against the response
schema: a real recorded one where the project has it), that remembers what a client flow creates
(a file, then a batch over it, then the batch's output file), and whose answers a test can change
(an error, a stream, a fault), all on 127.0.0.1 and without a hand-written fixture per call.

What it serves, read from the spec (default: the one the client is generated from, packaged as
``together_api_client/openapi.json``; see ``_spec``):

* Every path of the spec under ``/v1``, routed by its template (a ``{name}`` segment matches one
  percent-decoded segment; literal segments win over templates). An unknown path answers 404, a
  known path with another method 405, both with an ``{"error": {...}}`` body. The WebSocket
  operations (their only answer is a 101) answer 426.
* The success answer of each operation (its lowest 2xx status; ``GET
  /deployments/storage/{filename}`` redirects with a 307 to ``/_signed/<name>``, which serves a
  few bytes, as a signed download URL would): a real capture of the live service where one
  validates (chat, completions, their streams, embeddings, rerank, images: ``_captures``,
  ``captures/PROVENANCE.md``), else the spec's media-type example if it validates, else a body
  made up from the schema (``_synth``), always checked against the response schema with
  jsonschema; examples that do not validate are listed in ``invalid_examples``. Binary answers
  are a few bytes (a short WAV for audio), ``text/plain`` a JSONL line, and
  ``text/event-stream`` (or ``"stream": true`` in the JSON request body of an operation that
  can stream) chunks, sent one at a time, then ``data: [DONE]``.
* State for the flows a client runs (``_state``): uploaded files (in one step or the service's
  three) and their content, batches that complete after ``batch_steps`` polls and write an output
  file, dedicated endpoints, fine-tunes, evaluations and videos. Ids it deleted answer 404, ids it
  never made get the default answer. One knowing departure from the spec: a stored evaluation's
  ``results`` are those of its type, which the spec's ``oneOf`` (of object schemas that any
  object matches at once) can never accept; the default evaluation answers leave them out.

Every request is recorded (``requests``, ``calls(key)``, ``last``, ``assert_called...``) and
answered with an ``x-request-id``; ``answer(key, ...)`` and ``chat_reply(...)`` replace the answer
of an operation, and the fault methods (``rate_limit``, ``server_error``, ``slow_first_token``,
``cut_stream``, ``malformed_chunk``, ``hold_open``) break it, for some calls or for good;
``reset()`` forgets all that and the stored state. Operations are named by their key,
``"METHOD /template"`` as the spec writes it: ``"GET /batches/{id}"``.
"""

from __future__ import annotations

import difflib
import json
import math
import threading
import traceback
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

from ._answers import (
    JSONL_LINE,
    ChatScript,
    Fault,
    Override,
    Plan,
    Reply,
    error_body,
    json_reply,
    sse_reply,
)
from ._catalog import PREFIX, Operation, Route, catalog, route
from ._chat import ToolCall, chat_chunks, chat_completion
from ._limit import RateLimit
from ._record import Recorded
from ._server import HOST, Handler, Server
from ._spec import SpecSource, is_json
from ._state import SIGNED, STORAGE, Call, State
from ._synth import Synth

__all__ = ["SampleRequest", "StandIn"]

_CHAT = "POST /chat/completions"
_FORMS = ("multipart/form-data", "application/x-www-form-urlencoded")


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
    """The Together API on 127.0.0.1, from an OpenAPI spec (see ``together_facade.testing``).

    A context manager: entering starts a server on a free port in a daemon thread, leaving
    stops it, closes the connections still open (held ones too) and joins every thread.

    Example::

        with StandIn() as api, Together(api_key="test", base_url=api.base_url) as client:
            api.chat_reply("Hi there!")
            assert client.chat.completions.create(model="m", messages=[]).choices[0]...
            api.assert_called("POST /chat/completions", times=1)
    """

    def __init__(self, spec: SpecSource = None) -> None:
        self._catalog = catalog(spec)
        self._state = State(self._catalog)
        self._plans: dict[str, Plan] = {}
        self._lock = threading.RLock()
        self._release = threading.Event()  # set when the test ends (reset) or the server stops
        self._server: Server | None = None
        self._thread: threading.Thread | None = None
        self._served = 0  # requests answered since the last reset: their x-request-id
        self._limit: RateLimit | None = None
        self.requests: list[Recorded] = []
        self.limited: list[Recorded] = []  # the requests refused by ``limit_rate``

    def __enter__(self) -> StandIn:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self) -> StandIn:
        """Start serving (``with StandIn() as api`` does it)."""
        if self._server is not None:
            return self
        self._release = threading.Event()
        self._server = Server(self._serve)
        self._state.origin = f"http://{HOST}:{self._server.server_port}"
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), name="standin", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving: held and delayed answers hang up, open connections close."""
        if self._server is None or self._thread is None:
            return
        self._release.set()
        self._server.shutdown()
        self._thread.join()
        self._server.close()
        self._server = self._thread = None

    def reset(self) -> None:
        """Forget the requests, the programmed answers and faults and what the flows stored,
        and hang up held answers, while the server keeps running: one stand-in can serve many
        tests (the pytest plugin resets it around each)."""
        with self._lock:
            self._release.set()
            self._release = threading.Event()
            origin = self._state.origin
            self._state = State(self._catalog)
            self._state.origin = origin
            self._plans.clear()
            self.requests.clear()
            self.limited.clear()
            self._limit = None
            self._served = 0

    # What it serves.

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT/v1``: what a client takes as its base URL."""
        if not self._state.origin:
            raise RuntimeError("the stand-in is not started: use `with StandIn() as api:`")
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
        """The operation of key ``"METHOD /template"`` (``"POST /chat/completions"``; the
        ``/v1`` prefix and a lower-case method are accepted too)."""
        method, _, path = key.strip().partition(" ")
        path = path.strip()
        if path.startswith(PREFIX + "/"):
            path = path[len(PREFIX) :]
        found = self._catalog.by_key.get(f"{method.upper()} {path}")
        if found is not None:
            return found
        close = difflib.get_close_matches(key, list(self._catalog.by_key), n=3)
        hint = f"; did you mean {' or '.join(map(repr, close))}?" if close else ""
        raise KeyError(
            f"the spec has no operation {key!r} (keys are 'METHOD /template' as the spec "
            f"writes them, e.g. 'GET /batches/{{id}}'){hint}"
        )

    @property
    def invalid_examples(self) -> list[str]:
        """The spec's examples that do not validate against their schema (made-up values were
        used instead), one line each: the operation, where in its body, and why."""
        return list(self._catalog.invalid)

    @property
    def captures(self) -> list[str]:
        """The files of the real captures the default answers come from (see
        ``captures/PROVENANCE.md``); ``unused_captures`` says why any other was left out."""
        return list(self._catalog.captures.used)

    @property
    def unused_captures(self) -> list[str]:
        """The captures that do not validate against the spec served, each with the reason."""
        return list(self._catalog.captures.unused)

    def example(self, key: str) -> Any:
        """The default JSON body of operation ``key`` (a copy)."""
        op = self.operation(key)
        if not is_json(op.media):
            raise LookupError(f"{key} does not answer JSON (but {op.media})")
        return self._catalog.example(op.key)

    def sample_request(self, key: str) -> SampleRequest:
        """A minimal valid request of operation ``key``."""
        op = self.operation(key)
        synth = Synth(self._catalog.schemas, minimal=True)
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
        if op.request_media in _FORMS and isinstance(body, dict):
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
        found = self.operation(key).key
        return [r for r in self.requests if r.operation == found]

    @property
    def last(self) -> Recorded:
        """The last request received."""
        if not self.requests:
            raise LookupError("the stand-in has received no request")
        return self.requests[-1]

    def last_upload(self) -> bytes:
        """The bytes of the last file a client uploaded (in one step or in three), as the
        stand-in keeps them: what a test checks its code sent."""
        content = self._state.last_upload
        if content is None:
            raise LookupError("no file was uploaded to the stand-in (since the last reset)")
        return content

    @property
    def connections(self) -> int:
        """How many connections the server accepted."""
        return self._server.connections if self._server else 0

    def assert_called(self, key: str, *, times: int | None = None) -> list[Recorded]:
        """Assert that operation ``key`` was called (exactly ``times`` times, if given) and
        return its calls; the failure lists what the stand-in did receive."""
        calls = self.calls(key)
        expected = "at least once" if times is None else f"{times} time(s)"
        if (times is None and not calls) or (times is not None and len(calls) != times):
            raise AssertionError(
                f"{self.operation(key).key} was called {len(calls)} time(s), expected "
                f"{expected}; {self._received()}"
            )
        return calls

    def assert_not_called(self, key: str) -> None:
        """Assert that operation ``key`` was not called."""
        self.assert_called(key, times=0)

    def assert_called_with(
        self,
        key: str,
        *,
        json: Any = None,
        query: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Recorded:
        """Assert that the last call of operation ``key`` had these JSON fields (a dict: those
        keys with those values, others allowed; anything else: that whole body), query
        parameters and headers (names in any case), and return it.

        Example::

            api.assert_called_with("POST /chat/completions", json={"model": "m", "stream": True})
        """
        call = self.assert_called(key)[-1]
        problems = []
        if json is not None:
            problems += _json_mismatch(call, json)
        for name, value in (query or {}).items():
            got = call.query.get(name)
            if got is None or got[-1] != value:
                problems.append(f"query {name}={got[-1] if got else None!r}, expected {value!r}")
        for name, value in (headers or {}).items():
            got_header = call.headers.get(name.lower())
            if got_header != value:
                problems.append(f"header {name}: {got_header!r}, expected {value!r}")
        if problems:
            raise AssertionError(f"the last {call.operation} call: " + "; ".join(problems))
        return call

    def _received(self) -> str:
        if not self.requests:
            return "the stand-in received no request"
        seen = [r.operation or f"{r.method} {r.path} (no operation)" for r in self.requests]
        return "the stand-in received: " + ", ".join(seen)

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
        check: bool = True,
    ) -> None:
        """Set the answer of operation ``key``: for the next ``times`` calls (then what was
        set before plays again; several such answers play in order), or for good.

        ``json``, ``body`` (bytes, as they are) or ``sse`` (events: dicts sent as JSON,
        strings as they are, then ``data: [DONE]``) give the body, with ``status`` (default:
        the operation's success status). Without a body, an error ``status``
        (400 and up) gets an error body that fits the operation's error schema (the captured
        one for 401 and 429), and anything else gets the usual answer with the ``status``,
        ``headers`` and ``delay`` given. ``headers`` are added to the answer; ``delay``
        (seconds) holds it back.

        A success answer's ``json`` (and each dict event of ``sse``) must be valid against the
        spec, or ``ValueError`` says where it is not: an answer the service could not send
        would make a test pass that fails against it. (A value that fits several branches of
        a ``oneOf`` counts as valid: the spec's branches often overlap.) ``check=False`` sends
        it anyway (to test how a client reads a wrong answer).
        """
        op = self.operation(key)
        if sum(x is not None for x in (json, body, sse)) > 1:
            raise ValueError("give one of json, body and sse")
        _check_times(times)
        if delay < 0:
            raise ValueError("delay must be 0 or more seconds")
        raw = body.encode() if isinstance(body, str) else body
        events = tuple(sse) if sse is not None else None
        if check and (status is None or 200 <= status < 300):
            self._check(op, json, events)
        override = Override(status, json, raw, events, _lower(headers), delay)
        with self._lock:
            self._plan(op).answers.add(override, times)

    def chat_reply(
        self,
        content: str | Sequence[str] = (),
        *,
        tool_calls: Sequence[ToolCall] = (),
        reasoning: str | Sequence[str] | None = None,
        finish_reason: str | None = None,
        usage: Mapping[str, int] | None = None,
        times: int | None = None,
        headers: Mapping[str, str] | None = None,
        delay: float = 0.0,
    ) -> None:
        """Set the answer of ``POST /chat/completions``: this text (a string, or its pieces:
        one chunk each when the request streams) and these tool calls, as chunks when the
        request streams and as one completion when it does not, with the model the request
        names. For the next ``times`` calls, or for good (as ``answer``).

        Example: a tool-calling loop, then the final answer streamed in two chunks::

            api.chat_reply(tool_calls=[{"name": "get_weather", "arguments": {"city": "Paris"}}],
                           times=1)
            api.chat_reply(["Sunny in ", "Paris."], times=1)
        """
        pieces = (content,) if isinstance(content, str) else tuple(content)
        thoughts = None if reasoning is None else _tuple(reasoning)
        script = ChatScript(
            tuple(p for p in pieces if p), tuple(tool_calls), thoughts, finish_reason, usage
        )
        _check_times(times)
        chat_chunks(script.content, tool_calls=script.tool_calls)  # a bad tool call fails here
        override = Override(None, None, None, None, _lower(headers), delay, chat=script)
        with self._lock:
            self._plan(self.operation(_CHAT)).answers.add(override, times)

    # Faults.

    def rate_limit(self, key: str, *, retry_after: float = 0.0, times: int | None = 1) -> None:
        """Answer ``key`` with a 429 (the captured rate-limit body) and ``Retry-After``
        (``retry_after`` seconds, rounded up; a fraction also as ``retry-after-ms``), for the
        next ``times`` calls (default one; None: for good). A programmed answer waits for the
        call after: a client that retries gets it."""
        if retry_after < 0:
            raise ValueError("retry_after must be 0 or more seconds")
        self._fault(key, Fault("rate_limit", status=429, retry_after=retry_after), times)

    def server_error(self, key: str, *, status: int = 500, times: int | None = 1) -> None:
        """Answer ``key`` with ``status`` (500 to 599) and a server error body, for the next
        ``times`` calls (default one); the programmed answer waits, as for ``rate_limit``."""
        if not 500 <= status <= 599:
            raise ValueError(f"a server error is a 5xx status, not {status}")
        self._fault(key, Fault("server_error", status=status), times)

    def slow_first_token(self, key: str, delay: float, *, times: int | None = 1) -> None:
        """Send the headers of ``key``'s answer at once, then nothing for ``delay`` seconds,
        then its first event (the rest of a whole body) and the rest: a slow first token."""
        if delay < 0:
            raise ValueError("delay must be 0 or more seconds")
        self._fault(key, Fault("slow", delay=delay), times)

    def cut_stream(
        self, key: str, *, after: int = 1, abrupt: bool = False, times: int | None = 1
    ) -> None:
        """Send ``after`` events of ``key``'s streamed answer, then end the body and close
        the connection: no ``[DONE]`` (the facade raises ``IncompleteStreamError``, with what
        arrived). ``abrupt=True``: the connection drops mid-body instead, without the end of the
        chunked body (a dropped connection: the facade raises ``APIConnectionError``). An answer
        that is not a stream: half its body goes out, then the connection drops."""
        fault = Fault("cut", after=_count(after, "after"), abrupt=bool(abrupt))
        self._fault(key, fault, times)

    def malformed_chunk(self, key: str, *, after: int = 1, times: int | None = 1) -> None:
        """Send ``after`` good events of ``key``'s streamed answer, then one whose JSON stops
        halfway, then the rest (an answer that is not a stream: its body stops halfway)."""
        self._fault(key, Fault("malformed", after=_count(after, "after")), times)

    def hold_open(self, key: str, *, times: int | None = 1) -> None:
        """Send the headers of ``key``'s answer, then nothing: the connection stays open until
        the test ends (``reset()``) or the stand-in stops. A client's read timeout ends it."""
        self._fault(key, Fault("hold"), times)

    def limit_rate(self, per_second: int | None, *, key: str | None = None) -> None:
        """Enforce an account's rate limit, as Together does: at most ``per_second``
        requests in each second (of operation ``key``, or of every operation), every answer
        with ``x-ratelimit-limit``, ``-remaining`` and ``-reset``, and 429 with
        ``Retry-After`` (and ``retry-after-ms``) beyond. The refused requests are in
        ``limited``. ``None`` lifts the limit (``reset()`` does too).

        Example: ``api.limit_rate(50)``, then check a bulk job's throughput and ``api.limited``.
        """
        if per_second is not None and (isinstance(per_second, bool) or per_second < 1):
            raise ValueError("per_second must be 1 or more requests (or None: no limit)")
        op_key = self.operation(key).key if key is not None else None
        with self._lock:
            self._limit = RateLimit(per_second, op_key) if per_second is not None else None

    def _fault(self, key: str, fault: Fault, times: int | None) -> None:
        _check_times(times)
        op = self.operation(key)
        with self._lock:
            self._plan(op).faults.add(fault, times)

    def _plan(self, op: Operation) -> Plan:
        """The plan of ``op`` (made on first use); the caller holds the lock."""
        return self._plans.setdefault(op.key, Plan())

    def _check(self, op: Operation, value: Any, events: tuple[Any, ...] | None) -> None:
        schemas = self._catalog.schemas
        problem = None
        if value is not None and is_json(op.media):
            problem = schemas.problem(value, op.schema, lenient=True)
        for event in events or ():
            if problem is None and isinstance(event, dict) and op.chunk is not None:
                problem = schemas.problem(event, op.chunk, lenient=True)
        if problem is not None:
            raise ValueError(
                f"the answer given for {op.key} is not valid against the spec {problem}. "
                "Fix it, or pass check=False to send it anyway (to test how a client reads a "
                "wrong answer)."
            )

    # Serving.

    def _serve(self, handler: Handler) -> None:
        body = handler.read_body()
        split = urlsplit(handler.path)
        found = route(self._catalog.operations, handler.command, split.path)
        op = found.op if found else None
        headers: dict[str, str] = {}
        for name, value in handler.headers.items():
            low = name.lower()
            headers[low] = f"{headers[low]}, {value}" if low in headers else value
        query = parse_qs(split.query, keep_blank_values=True)
        with self._lock:
            self._served += 1
            request_id = f"standin-{self._served:04d}"
            recorded = Recorded(
                handler.command,
                split.path,
                query,
                headers,
                body,
                op.key if op else None,
                request_id,
            )
            self.requests.append(recorded)
            release = self._release
            try:
                reply = self._limited(found, recorded)
            except Exception:
                reply = json_reply(500, error_body(500, traceback.format_exc()))
        reply.headers.setdefault("x-request-id", request_id)
        handler.send(reply, release)

    def _limited(self, found: Route | None, recorded: Recorded) -> Reply:
        """The answer, within the rate limit if one is set (``limit_rate``)."""
        limit = self._limit
        if limit is None or found is None or found.op is None or not limit.applies(found.op.key):
            return self._reply(found, recorded)
        admitted, headers = limit.admit()
        if admitted:
            reply = self._reply(found, recorded)
        else:
            self.limited.append(recorded)
            message = f"Rate limit of {limit.per_second} requests per second exceeded"
            reply = self._state.error(found.op, 429, message)
        reply.headers.update(headers)
        return reply

    def _reply(self, found: Route | None, recorded: Recorded) -> Reply:
        if found is None:
            return self._off_api(recorded)
        if found.op is None:
            message = f"{recorded.method} is not allowed on {recorded.path}"
            return json_reply(405, error_body(405, message), {"allow": ", ".join(found.allowed)})
        call = Call(found.op, found.params, recorded)
        plan = self._plans.get(found.op.key)
        override, fault = plan.next() if plan else (None, None)
        if fault is not None and fault.replaces:
            return self._fault_reply(call, fault)
        reply = self._state.reply(call) if override is None else self._overridden(call, override)
        reply.fault = fault
        return reply

    def _off_api(self, recorded: Recorded) -> Reply:
        """A request outside ``/v1``: a signed download URL, a presigned upload URL, or 404."""
        if recorded.path.startswith(SIGNED) and recorded.method == "GET":
            content = bytes(range(256))
            return Reply(200, content, {"content-type": "application/octet-stream"})
        if recorded.path.startswith(STORAGE):
            return self._state.storage(recorded)
        return json_reply(404, error_body(404, f"Unknown path {recorded.path}"))

    def _fault_reply(self, call: Call, fault: Fault) -> Reply:
        if fault.kind == "rate_limit":
            reply = self._state.error(call.op, 429, "Request was rejected due to rate limiting")
            reply.headers["retry-after"] = str(math.ceil(fault.retry_after))
            if fault.retry_after != math.ceil(fault.retry_after):
                reply.headers["retry-after-ms"] = f"{fault.retry_after * 1000:g}"
            return reply
        message = f"The server had an error (the stand-in was told to answer {fault.status})"
        return self._state.error(call.op, fault.status, message)

    def _overridden(self, call: Call, override: Override) -> Reply:
        status = override.status
        if override.chat is not None:
            reply = self._chat(call, override.chat, status or call.op.status)
        elif override.sse is not None:
            reply = sse_reply(status or call.op.status, override.sse)
        elif override.json is not None:
            reply = json_reply(status or call.op.status, override.json)
        elif override.body is not None:
            reply = Reply(
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

    @staticmethod
    def _chat(call: Call, script: ChatScript, status: int) -> Reply:
        request = call.body()
        model = request.get("model")
        named = {"model": model} if isinstance(model, str) and model else {}
        shared: dict[str, Any] = {
            "tool_calls": script.tool_calls,
            "finish_reason": script.finish_reason,
            "usage": script.usage,
            **named,
        }
        if request.get("stream") is True:
            chunks = chat_chunks(script.content, reasoning=script.reasoning or (), **shared)
            return sse_reply(status, chunks)
        content = "".join(script.content) if script.content or not script.tool_calls else None
        whole = chat_completion(content, reasoning=script.reasoning, **shared)
        return json_reply(status, whole)


def _param(value: Any, name: str) -> str:
    """A value as a path, query or form parameter."""
    if value is None or value == "":
        return f"{name}-1"
    if isinstance(value, bool):
        return "true" if value else "false"
    return value if isinstance(value, str) else json.dumps(value)


def _lower(headers: Mapping[str, str] | None) -> dict[str, str]:
    return {k.lower(): v for k, v in (headers or {}).items()}


def _tuple(text: str | Sequence[str]) -> tuple[str, ...]:
    return (text,) if isinstance(text, str) else tuple(text)


def _check_times(times: int | None) -> None:
    if times is not None and (isinstance(times, bool) or times < 1):
        raise ValueError("times must be 1 or more (or None: for good)")


def _count(value: int, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"{name} must be a number of events, 0 or more, not {value!r}")
    return value


def _json_mismatch(call: Recorded, expected: Any) -> list[str]:
    """How the JSON body of ``call`` differs from ``expected`` (see ``assert_called_with``)."""
    try:
        got = call.json()
    except ValueError:
        return [f"the body is not JSON: {call.body[:100]!r}"]
    if not isinstance(expected, Mapping):
        return [] if got == expected else [f"the body is {got!r}, expected {expected!r}"]
    if not isinstance(got, dict):
        return [f"the body is {got!r}, not an object"]
    missing = object()
    return [
        f"{name}={got.get(name, '(absent)')!r}, expected {value!r}"
        for name, value in expected.items()
        if got.get(name, missing) != value
    ]
