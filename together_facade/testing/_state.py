"""What the stand-in remembers between requests, and the answers that depend on it."""

from __future__ import annotations

import base64
import copy
import json
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from . import _captures
from ._answers import JSONL_LINE, Reply, binary, error_body, json_reply, new_id, now, pcm, sse_reply
from ._catalog import PREFIX, Catalog, Operation
from ._record import Recorded, form_fields
from ._spec import SSE, is_json
from ._synth import Synth

__all__ = ["SIGNED", "STORAGE", "Call", "State"]

SIGNED = "/_signed/"  # where the stand-in's redirects to a "signed URL" lead
STORAGE = "/_storage/"  # where the stand-in's presigned upload URLs lead
PIECES = ("Hello", ", ", "world")  # the texts of the chunks of a made-up stream


@dataclass(frozen=True)
class Call:
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
        """The fields of a form body: name -> (file name, content)."""
        return form_fields(self.request.headers.get("content-type", ""), self.request.body)


@dataclass
class _File:
    record: dict[str, Any]
    content: bytes


@dataclass
class _Upload:
    """An upload the service's three steps started: its form fields, then its bytes."""

    fields: dict[str, str]
    content: bytes | None = None


@dataclass
class _Batch:
    job: dict[str, Any]
    polls: int = 0


class State:
    """What the stand-in remembers between requests, and the answers that depend on it.

    Each handler answers one operation and may return None for "the default answer" (an id
    the stand-in never made). Ids it deleted answer 404. What it makes starts from the
    operation's default body, so that fields it does not set stay spec-valid.
    """

    def __init__(self, catalog: Catalog) -> None:
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
        self.uploads: dict[str, _Upload] = {}  # started, by file id
        self._shapes: dict[tuple[str, Any], bool] = {}  # (operation, shape) -> valid
        self.last_upload: bytes | None = None  # the bytes of the last file a client uploaded
        handlers: dict[str, Callable[[Call], Reply | None]] = {
            "POST /files/upload": self.upload_file,
            "POST /files": self.start_upload,
            "POST /files/{id}/preprocess": self.finish_upload,
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

    def reply(self, call: Call) -> Reply:
        """The answer to ``call``: its handler's, else the operation's default."""
        handler = self._handlers.get(call.op.key)
        reply = handler(call) if handler else None
        return reply or self.default(call)

    def default(self, call: Call) -> Reply:
        op = call.op
        if op.chunk is not None and (op.media == SSE or call.body().get("stream") is True):
            return sse_reply(op.status, self._events(call))
        if op.websocket:
            return self.error(op, 426, f"{op.template} is a WebSocket: upgrade the connection")
        if 300 <= op.status < 400:
            url = f"{self.origin}{SIGNED}{quote(next(iter(call.params.values()), 'file'))}"
            return json_reply(op.status, url, {"location": url})
        if op.media is None:
            return Reply(op.status)
        if is_json(op.media):
            return json_reply(op.status, self._echo(call, self._fitted(call)))
        return Reply(op.status, binary(op.media), {"content-type": op.media})

    def _fitted(self, call: Call) -> Any:
        """The default body, shaped to the request (``_captures.fit``) where that stays valid."""
        key, request = call.op.key, call.body()
        body = self.catalog.example(key)
        if _captures.wants_b64(request) and key in self.catalog.captures.b64:
            body = copy.deepcopy(self.catalog.captures.b64[key])
        fitted = _captures.fit(key, body, request)
        return fitted if self._valid_shape(key, fitted, call.op.schema) else body

    def _valid_shape(self, key: str, value: Any, schema: Any) -> bool:
        """Whether ``value`` is valid against ``schema``, checked once per shape: a fitted
        capture differs from the last one checked only in how many items its lists hold and
        in its numbers (a bulk job's embeddings, 25 vectors of 768 numbers, took 90 ms to
        check each time); strings, keys and types are all part of the shape."""
        shape = (key, _shape(value))
        known = self._shapes.get(shape)
        if known is None:
            known = self._shapes[shape] = self.schemas.valid(value, schema)
        return known

    def error(self, op: Operation | None, status: int, message: str) -> Reply:
        """An error answer: the captured body of that status (401, 429), else Together's error
        body, or the closest one the operation's error schema for that status accepts."""
        schema = op.error_schema(status) if op else None
        captured = self.catalog.captures.error(status)
        standard = error_body(status, message)
        if schema is None:
            return json_reply(status, captured or standard)
        for body in (captured, standard, {"error": message}, {"message": message}):
            if body is None:
                continue
            if self.schemas.valid(body, schema):
                return json_reply(status, body)
        return json_reply(status, Synth(self.schemas).value(schema))

    def _events(self, call: Call) -> list[Any]:
        """The chunks of a streamed answer: the captured stream (with the model the request
        names), else a few made-up ones: the default chunk, its text split in pieces (and its
        audio in base64) and only the last one finished, where the chunk schema allows it."""
        op, request = call.op, call.body()
        captured = self.catalog.captures.streams.get(op.key)
        if captured is not None:
            fitted = [_captures.fit_chunk(chunk, request) for chunk in captured]
            return fitted if all(self.schemas.valid(c, op.chunk) for c in fitted) else captured
        events = []
        for i, piece in enumerate(PIECES):
            chunk = self.catalog.chunk(op.key)
            _fill_chunk(chunk, piece, last=i == len(PIECES) - 1)
            events.append(
                chunk if self.schemas.valid(chunk, op.chunk) else self.catalog.chunk(op.key)
            )
        return events

    def _echo(self, call: Call, body: Any) -> Any:
        """The default body with the path's ids in it: each in the field of its name, and the
        last one in ``id``, where the schema has those fields (and the result validates)."""
        props = self.schemas.properties(call.op.schema)
        if not call.params or not isinstance(body, dict) or not props:
            return body
        echoed = {**body, **{k: v for k, v in call.params.items() if k in props}}
        if "id" in props:
            echoed["id"] = list(call.params.values())[-1]
        return echoed if self.schemas.valid(echoed, call.op.schema) else body

    def _missing(self, call: Call, ident: str) -> Reply | None:
        """404 for an id the stand-in deleted; None (the default answer) for one it never saw."""
        if ident in self.deleted:
            return self.error(call.op, 404, f"{ident} not found")
        return None

    def _checked(self, call: Call, body: Any) -> Reply:
        """``body`` if it is valid against the operation's schema, else a 400 saying why
        (a request whose fields do not fit the answer, e.g. an unknown file purpose)."""
        problem = self.schemas.problem(body, call.op.schema)
        if problem is not None:
            return self.error(
                call.op, 400, f"invalid request: the answer would be invalid {problem}"
            )
        return json_reply(call.op.status, body)

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

    def upload_file(self, call: Call) -> Reply:
        form = call.form()
        if "file" not in form:
            return self.error(call.op, 400, "the multipart body has no `file` field")
        filename, content = form["file"]
        name = _text(form.get("file_name")) or filename or "upload.jsonl"
        purpose = _text(form.get("purpose")) or "fine-tune"
        record = self._file_record(name, content, purpose, _text(form.get("file_type")))
        reply = self._checked(call, record)
        if reply.status < 400:
            self.files[record["id"]] = _File(record, content)
            self.last_upload = content
        return reply

    def _file_record(
        self,
        name: str,
        content: bytes,
        purpose: str,
        file_type: str | None,
        key: str = "POST /files/upload",
    ) -> dict[str, Any]:
        """A file's record, from the default answer of ``key``: its type is the one given,
        else the name's suffix when it is csv or parquet, else jsonl."""
        suffix = name.rpartition(".")[2]
        file_type = file_type or (suffix if suffix in ("csv", "parquet") else "jsonl")
        record = self.catalog.example(key)
        return {
            **record,
            "id": new_id("file-"),
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

    def start_upload(self, call: Call) -> Reply:
        """The first step of the service's upload: 302 to a presigned URL (on this server) and
        the new file's id in ``X-Together-File-Id``."""
        fields = {name: _text(value) for name, value in call.form().items()}
        missing = [name for name in ("purpose", "file_name") if not fields.get(name)]
        if missing:
            return self.error(call.op, 400, f"missing {', '.join(missing)}")
        ident = new_id("file-")
        self.uploads[ident] = _Upload(fields)
        url = f"{self.origin}{STORAGE}{quote(ident)}?X-Amz-Signature=standin"
        headers = {"location": url, "x-together-file-id": ident}
        return Reply(call.op.status, b"", headers)

    def storage(self, request: Recorded) -> Reply:
        """The second step: the bytes PUT to the presigned URL (no API key needed)."""
        upload = self.uploads.get(request.path.removeprefix(STORAGE))
        if request.method != "PUT" or upload is None:
            return json_reply(404, error_body(404, f"No upload at {request.path}"))
        upload.content = request.body
        return Reply(200)

    def finish_upload(self, call: Call) -> Reply | None:
        """The last step: the file is kept and its record answered."""
        ident = call.params["id"]
        upload = self.uploads.get(ident)
        if upload is None:
            return None  # an id it never made: the default answer
        if upload.content is None:
            return self.error(call.op, 400, f"the upload of {ident} has no bytes (PUT them first)")
        fields, content = upload.fields, upload.content
        record = self._file_record(
            fields["file_name"], content, fields["purpose"], fields.get("file_type"), call.op.key
        )
        record["id"] = ident
        reply = self._checked(call, record)
        if reply.status < 400:
            del self.uploads[ident]
            self.files[ident] = _File(record, content)
            self.last_upload = content
        return reply

    def list_files(self, call: Call) -> Reply:
        records = [f.record for f in self.files.values()]
        return json_reply(call.op.status, self._listing(call.op.key, records))

    def get_file(self, call: Call) -> Reply | None:
        found = self.files.get(call.params["id"])
        if found is None:
            return self._missing(call, call.params["id"])
        return json_reply(call.op.status, found.record)

    def file_content(self, call: Call) -> Reply | None:
        found = self.files.get(call.params["id"])
        media = {"content-type": call.op.media or "text/plain"}
        if found is None:  # a file it never saw holds a line of a fine-tuning file
            gone = self._missing(call, call.params["id"])
            return gone or Reply(call.op.status, JSONL_LINE, media)
        return Reply(call.op.status, found.content, media)

    def delete_file(self, call: Call) -> Reply | None:
        ident = call.params["id"]
        if self.files.pop(ident, None) is None:
            return self._missing(call, ident)
        self.deleted.add(ident)
        body = {**self.catalog.example(call.op.key), "id": ident, "deleted": True}
        return json_reply(call.op.status, body)

    # Batches.

    def create_batch(self, call: Call) -> Reply:
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
            "created_at": now(),
            "file_size_bytes": len(source.content) if source else 0,
        }
        self.batches[job["id"]] = _Batch(job)
        answer = {k: v for k, v in self.catalog.example(call.op.key).items() if k != "warning"}
        return json_reply(call.op.status, {**answer, "job": copy.deepcopy(job)})

    def list_batches(self, call: Call) -> Reply:
        jobs = [copy.deepcopy(b.job) for b in self.batches.values()]
        return json_reply(call.op.status, self._listing(call.op.key, jobs))

    def get_batch(self, call: Call) -> Reply | None:
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
        return json_reply(call.op.status, copy.deepcopy(batch.job))

    def cancel_batch(self, call: Call) -> Reply | None:
        batch = self.batches.get(call.params["id"])
        if batch is None:
            return None
        if batch.job["status"] in ("VALIDATING", "IN_PROGRESS"):
            batch.job["status"] = "CANCELLED"
        return json_reply(call.op.status, copy.deepcopy(batch.job))

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
            "completed_at": now(),
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

    def create_endpoint(self, call: Call) -> Reply:
        key = "GET /endpoints/{endpointId}"
        endpoint = self._overlay(self.catalog.example(key), call.body(), key)
        ident = new_id("endpoint-")
        owner = endpoint.get("owner", "devuser")
        endpoint |= {
            "id": ident,
            "name": f"{owner}/{endpoint.get('model', 'model')}-{ident[9:17]}",
            "display_name": call.body().get("display_name") or endpoint.get("model", ident),
            "state": call.body().get("state", "STARTED"),
            "created_at": now(),
        }
        reply = self._checked(call, endpoint)
        if reply.status < 400:
            self.endpoints[ident] = endpoint
        return reply

    def list_endpoints(self, call: Call) -> Reply:
        listed = self.schemas.properties(self.catalog.by_key[call.op.key].schema).get("data", {})
        keys = self.schemas.properties(self.schemas.deref(listed).get("items"))
        items = [{k: v for k, v in e.items() if k in keys} for e in self.endpoints.values()]
        return json_reply(call.op.status, self._listing(call.op.key, items))

    def get_endpoint(self, call: Call) -> Reply | None:
        found = self.endpoints.get(call.params["endpointId"])
        if found is None:
            return self._missing(call, call.params["endpointId"])
        return json_reply(call.op.status, found)

    def update_endpoint(self, call: Call) -> Reply | None:
        ident = call.params["endpointId"]
        if ident not in self.endpoints:
            return self._missing(call, ident)
        updated = self._overlay(self.endpoints[ident], call.body(), call.op.key)
        reply = self._checked(call, updated)
        if reply.status < 400:
            self.endpoints[ident] = updated
        return reply

    def delete_endpoint(self, call: Call) -> Reply | None:
        ident = call.params["endpointId"]
        if self.endpoints.pop(ident, None) is None:
            return self._missing(call, ident)
        self.deleted.add(ident)
        return None  # the default: 204, no body

    # Fine-tunes.

    def create_fine_tune(self, call: Call) -> Reply:
        job = self._overlay(self.catalog.example(call.op.key), call.body(), call.op.key)
        job |= {"id": new_id("ft-"), "status": "pending", "created_at": now(), "updated_at": now()}
        reply = self._checked(call, job)
        if reply.status < 400:
            self.fine_tunes[job["id"]] = job
        return reply

    def list_fine_tunes(self, call: Call) -> Reply:
        jobs = list(self.fine_tunes.values())
        return json_reply(call.op.status, self._listing(call.op.key, jobs))

    def get_fine_tune(self, call: Call) -> Reply | None:
        job = self.fine_tunes.get(call.params["id"])
        if job is None:
            return None
        return self._checked(
            call, self._overlay(self.catalog.example(call.op.key), job, call.op.key)
        )

    def cancel_fine_tune(self, call: Call) -> Reply | None:
        job = self.fine_tunes.get(call.params["id"])
        if job is None:
            return None
        if job["status"] not in ("completed", "error", "cancelled"):
            job |= {"status": "cancelled", "updated_at": now()}
        return self._checked(
            call, self._overlay(self.catalog.example(call.op.key), job, call.op.key)
        )

    # Evaluations.

    def create_evaluation(self, call: Call) -> Reply:
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
            "created_at": now(),
            "updated_at": now(),
        }
        job["results"] = self.catalog.component(f"Evaluation{kind.capitalize()}Results")
        self.evaluations[ident] = job
        answer = {**self.catalog.example(call.op.key), "workflow_id": ident, "status": "pending"}
        return self._checked(call, answer)

    def list_evaluations(self, call: Call) -> Reply:
        jobs = list(self.evaluations.values())
        return json_reply(call.op.status, self._listing(call.op.key, jobs))

    def get_evaluation(self, call: Call) -> Reply | None:
        job = self.evaluations.get(call.params["id"])
        return None if job is None else json_reply(call.op.status, job)

    def evaluation_status(self, call: Call) -> Reply | None:
        job = self.evaluations.get(call.params["id"])
        if job is None:
            return None
        return json_reply(call.op.status, {"status": job["status"], "results": job["results"]})

    # Videos.

    def create_video(self, call: Call) -> Reply:
        key = "GET /videos/{id}"
        job = self._overlay(self.catalog.example(key), call.body(), key)
        for gone in ("completed_at", "outputs", "error"):
            job.pop(gone, None)
        job |= {"id": new_id("video-"), "status": "in_progress", "created_at": time.time()}
        reply = self._checked(call, job)
        if reply.status < 400:
            self.videos[job["id"]] = job
        return reply

    def get_video(self, call: Call) -> Reply | None:
        job = self.videos.get(call.params["id"])
        if job is None:
            return None
        outputs = {"cost": 1, "video_url": f"https://example.com/videos/{job['id']}.mp4"}
        job |= {"status": "completed", "completed_at": time.time(), "outputs": outputs}
        return self._checked(call, job)

    # Audio.

    def speech(self, call: Call) -> Reply | None:
        """Audio in the asked ``response_format`` (the default answer when it streams)."""
        request = call.body()
        if request.get("stream") is True:
            return None
        media = {"mp3": "audio/mpeg", "raw": "application/octet-stream"}.get(
            str(request.get("response_format")), "audio/wav"
        )
        content = pcm() if media == "application/octet-stream" else binary(media)
        return Reply(call.op.status, content, {"content-type": media})


def _fill_chunk(chunk: Any, piece: str, *, last: bool) -> None:
    if not isinstance(chunk, dict):
        return
    if "b64" in chunk:
        chunk["b64"] = base64.b64encode(pcm(160)).decode()
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


def _shape(value: Any) -> Any:
    """What validity can depend on, numbers aside: the types, the keys, the strings, and each
    list as the set of its items' shapes (so 25 vectors have the shape of one)."""
    if isinstance(value, dict):
        return ("{", tuple((k, _shape(v)) for k, v in value.items()))
    if isinstance(value, list):
        if value and all(type(v) is float for v in value):  # a vector: quickly
            return ("[", "float")
        return ("[", frozenset(_shape(v) for v in value))
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    return type(value).__name__
