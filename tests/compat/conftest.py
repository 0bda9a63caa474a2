"""A local stand-in of the Together API for the compatibility tests (issue 10).

The tests in this folder are small programs written the way users of the official SDKs write
them (together 3.x, openai pointed at Together's ``/v1``, together 1.x), with only the import and
the client's constructor changed. They run against this stand-in: a pytest-httpserver that
answers with the real recorded responses in ``tests/fixtures/real-responses/`` (see its
MANIFEST.md) and records every request, so that a test can check what went on the wire.

Routes (everything the API serves is under ``/v1``, as on api.together.xyz; anything else is a
404 with Together's error envelope, so a client that builds a wrong path fails loudly):

=========================================  =======================================================
``POST /v1/chat/completions``              ``stream: true`` -> an .sse capture (20 chunks, usage
                                           on the last one, ``[DONE]``); ``response_format`` ->
                                           the JSON-mode capture (no ``finish_reason`` key);
                                           ``tools`` with no tool result yet -> the tool-call
                                           capture; otherwise a plain answer (finish "stop")
``POST /v1/completions``                   a text completion capture (``"text.completion"``)
``POST /v1/embeddings``                    a list of inputs -> the 3-vector capture (768 dims);
                                           one string -> the single-vector capture
``POST /v1/images/generations``            ``response_format`` "base64"/"b64_json" -> the b64
                                           capture; otherwise the url capture
``POST /v1/rerank``                        the Llama-Rank capture (2 results, ``document: {}``)
``GET  /v1/models``                        a bare JSON array built from the spec's ``ModelInfo``
                                           (no listing was ever recorded)
``GET  /v1/files``                         ``{"data": [...]}``: the recorded 2023 entries, then
                                           the files uploaded during the test (``?after=<id>``
                                           is honoured, so cursor-paging clients stop)
``GET  /v1/files/{id}``                    the recorded file, or an uploaded one
``DELETE /v1/files/{id}``                  the recorded answer (``"deleted": "true"``, a string)
``POST /v1/files``                         a form without a file (the service's upload, which
                                           together 1.x/3.x and the facade use) -> 302 with
                                           ``Location`` (a presigned-style URL on this server)
                                           and ``X-Together-File-Id``; a multipart form WITH a
                                           ``file`` part (openai's ``files.create``) -> the file
                                           object at once (the stand-in's choice: no capture
                                           says what the service does with one)
``PUT  /storage/{id}``                     the storage host of the presigned URL: keeps the bytes
``POST /v1/files/{id}/preprocess``         the uploaded file's object (``bytes`` = what arrived)
``POST /v1/fine-tunes``                    the recorded 2023 create answer (id, output name,
                                           legacy keys such as ``Suffix``), brought to the spec:
                                           ``status``, the request's fields echoed, spec-valid
                                           events (the 2023 UPPERCASE event is replaced)
``GET  /v1/fine-tunes``                    ``{"data": [job]}``
``GET  /v1/fine-tunes/{id}``               the job, status "running" (spec-valid; not recorded)
``GET  /v1/fine-tunes/{id}/events``        ``{"data": [...]}``: spec-valid ``FineTuneEvent``s
``GET  /v1/fine-tunes/models/limits``      only the official together SDKs call these two before
``POST /v1/fine-tunes/estimate-price``     creating a job; bodies after together 3.x's types
=========================================  =======================================================

Every API answer carries ``x-request-id``, ``cf-ray`` and ``x-ratelimit-*`` headers. A request
whose ``Authorization`` is not ``Bearer <API_KEY>`` gets the recorded 401. After
``standin.rate_limit()`` every API request gets the recorded 429 (rate-limit body, with
``retry-after`` and ``x-ratelimit-remaining: 0``).
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "real-responses"

API_KEY = "tgp_v1_compat-test-key-0123456789"

#: The ids every successful answer carries (``x-request-id``; ``cf-ray``, which together 1.x
#: reads as the request id).
REQUEST_ID = "oGs6Zt9-62bZhn-99529372487b1b0a"
CF_RAY = "99529372487b1b0a-SJC"
#: The ids of the 429 answer.
RATE_LIMIT_REQUEST_ID = "oHpD53L-2kFHot-998e0de9fe14d8a1"
RATE_LIMIT_CF_RAY = "998e0de9fe14d8a1-SEA"

CHAT_PLAIN = "chat-completions__hfhub-cassette-llama3-8b-stop-2025-02-11.json"
CHAT_TOOLS = "chat-completions__tool-calls-llama31-70b.json"
CHAT_JSON_MODE = "chat-completions__json-mode-no-finish-reason.json"
CHAT_STREAM = "chat-completions__stream-hfhub-cassette-llama31-8b-length-2025-01-22.sse"
COMPLETION = "completions__hf-tape-mixtral-8x7b-length-2025-01-15.json"
COMPLETION_STREAM = "completions__stream-mlflow-anonymized-structure.sse"
EMBEDDINGS_MANY = "embeddings__llamastack-recording-m2-bert-3-inputs-SDKNORMALIZED.json"
EMBEDDINGS_ONE = "embeddings__llamastack-recording-m2-bert-single-SDKNORMALIZED.json"
IMAGE_URL = "images-generations__docs-flux-schnell-url.json"
IMAGE_B64 = "images-generations__docs-flux-schnell-b64.json"
RERANK = "rerank__vercel-fixture-llama-rank-v1.json"
FILES_LIST_DATA = "files__readme-v0-list-data-FRAGMENT.json"
FILE_RETRIEVE = "files__docs-cli-retrieve.json"
FILE_DELETE = "files__docs-cli-delete-deleted-string.json"
FINE_TUNE_CREATE = "fine-tunes__readme-v0-create-PARTIAL.json"
ERROR_429 = "error__429-rate-limit-rpm-tpm-credit-limit.json"
ERROR_401 = "error__401-invalid-api-key.json"


def fixture_bytes(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def fixture_json(name: str) -> Any:
    return json.loads(fixture_bytes(name))


def sse_payloads(name: str) -> list[dict[str, Any]]:
    """The JSON ``data:`` payloads of an .sse capture, in order (``[DONE]`` left out)."""
    return [
        json.loads(line[len("data: ") :])
        for line in fixture_bytes(name).decode().splitlines()
        if line.startswith("data: {")
    ]


#: ``GET /models``: no listing was recorded, so it is built from the spec's ``ModelInfo``
#: (``id``, ``object``, ``created``, ``type`` required; ``display_name``, ``organization``,
#: ``link``, ``license``, ``context_length``, ``pricing`` optional), one model per ``type`` the
#: captures use, with the models the captures name. The body is a bare array, as the spec says.
MODELS: list[dict[str, Any]] = [
    {
        "id": "meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo",
        "object": "model",
        "created": 1721692800,
        "type": "chat",
        "display_name": "Meta Llama 3.1 8B Instruct Turbo",
        "organization": "Meta",
        "link": "https://huggingface.co/meta-llama/Meta-Llama-3.1-8B-Instruct",
        "license": "llama3.1",
        "context_length": 131072,
        "pricing": {"hourly": 0, "input": 0.18, "output": 0.18, "base": 0, "finetune": 0},
    },
    {
        "id": "mistralai/Mixtral-8x7B-v0.1",
        "object": "model",
        "created": 1702252800,
        "type": "language",
        "display_name": "Mixtral-8x7B v0.1",
        "organization": "mistralai",
        "link": "https://huggingface.co/mistralai/Mixtral-8x7B-v0.1",
        "license": "apache-2.0",
        "context_length": 32768,
        "pricing": {"hourly": 0, "input": 0.6, "output": 0.6, "base": 0, "finetune": 0},
    },
    {
        "id": "togethercomputer/m2-bert-80M-32k-retrieval",
        "object": "model",
        "created": 1699574400,
        "type": "embedding",
        "display_name": "M2-BERT-Retrieval-32k",
        "organization": "Together",
        "link": "https://huggingface.co/togethercomputer/m2-bert-80M-32k-retrieval",
        "license": "apache-2.0",
        "context_length": 32768,
        "pricing": {"hourly": 0, "input": 0.008, "output": 0.008, "base": 0, "finetune": 0},
    },
    {
        "id": "Salesforce/Llama-Rank-V1",
        "object": "model",
        "created": 1724716800,
        "type": "rerank",
        "display_name": "Salesforce Llama Rank V1 (8B)",
        "organization": "Salesforce",
        "license": "llama3",
        "context_length": 8192,
        "pricing": {"hourly": 0, "input": 0.1, "output": 0.1, "base": 0, "finetune": 0},
    },
    {
        "id": "black-forest-labs/FLUX.1-schnell",
        "object": "model",
        "created": 1722470400,
        "type": "image",
        "display_name": "FLUX.1 [schnell]",
        "organization": "Black Forest Labs",
        "license": "apache-2.0",
        "pricing": {"hourly": 0, "input": 0, "output": 0, "base": 0.0027, "finetune": 0},
    },
]

#: The fine-tuning job every fine-tune route talks about (the recorded job's id).
JOB_ID = "ft-494cbd75-3057-44b4-8186-045c14be8d03"
JOB_CREATED_AT = "2023-11-07T19:04:30.579Z"

#: ``GET /fine-tunes/{id}/events``: spec-valid ``FineTuneEvent`` objects (every required field;
#: ``type`` from the spec's lowercase enum, ``level`` from its enum). No events were recorded
#: except the 2023 one inside the create answer, whose ``type`` was UPPERCASE (as together
#: 1.6.0's enum still is: that SDK refuses these lowercase values).
EVENT_TYPES = ("job_pending", "job_start", "model_downloading", "training_start")
EVENT_MESSAGES = (
    "Fine tune request created",
    "Job started at Tue Nov  7 19:05:02 UTC 2023",
    "Downloading model data for togethercomputer/RedPajama-INCITE-Chat-3B-v1",
    "Training started for model togethercomputer/RedPajama-INCITE-Chat-3B-v1",
)


def fine_tune_event(index: int) -> dict[str, Any]:
    return {
        "object": "fine-tune-event",
        "created_at": f"2023-11-07T19:0{4 + index}:30.579Z",
        "level": "info",
        "message": EVENT_MESSAGES[index],
        "type": EVENT_TYPES[index],
        "param_count": 0,
        "token_count": 0,
        "total_steps": 0,
        "wandb_url": "",
        "step": 0,
        "checkpoint_path": "",
        "model_path": "",
        "training_offset": 0,
        "hash": "",
    }


#: Only the official together SDKs ask for these before creating a job (not in the seed spec):
#: shaped after together 3.x's ``FinetuneModelLimits`` and ``AvailableEstimate``.
MODEL_LIMITS: dict[str, Any] = {
    "model_name": "togethercomputer/RedPajama-INCITE-Chat-3B-v1",
    "max_num_epochs": 20,
    "max_num_evals": 100,
    "max_num_checkpoints": 20,
    "max_learning_rate": 1.0,
    "min_learning_rate": 1e-08,
    "max_seq_length_sft": 2048,
    "max_seq_length_dpo": 2048,
    "min_max_seq_length": 512,
    "default_gradient_accumulation_steps": 1,
    "merge_output_lora": False,
    "supports_full_training": True,
    "supports_reasoning": False,
    "supports_tools": False,
    "supports_vision": False,
    "lora_training": {
        "default_rank": 8,
        "max_rank": 64,
        "max_batch_size": 96,
        "max_batch_size_dpo": 48,
        "min_batch_size": 8,
        "target_modules": ["q_proj", "k_proj", "v_proj", "o_proj"],
    },
    "full_training": {"max_batch_size": 96, "max_batch_size_dpo": 48, "min_batch_size": 8},
}
PRICE_ESTIMATE: dict[str, Any] = {
    "estimation_available": True,
    "allowed_to_proceed": True,
    "estimated_total_price": 3.17,
    "estimated_train_token_count": 634000,
    "estimated_eval_token_count": 0,
    "user_limit": 100.0,
}

#: The fields of a fine-tune request the job object echoes (spec ``FinetuneResponse``).
_ECHOED = (
    "model",
    "training_file",
    "validation_file",
    "n_epochs",
    "n_checkpoints",
    "n_evals",
    "batch_size",
    "learning_rate",
    "training_type",
    "wandb_project_name",
)


@dataclass
class Recorded:
    """One request as it arrived: method, path, query, headers (names lower-cased), raw body,
    and the form fields and file parts of a form body."""

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes
    form: dict[str, str] = field(default_factory=dict)
    files: dict[str, tuple[str, bytes]] = field(default_factory=dict)

    @property
    def json(self) -> Any:
        """The body parsed as JSON (what a client sent as its request body)."""
        return json.loads(self.body)


def _json_answer(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    return Response(
        data, status=status, headers=headers, content_type="application/json; charset=utf-8"
    )


def _error(status: int, message: str, type_: str = "invalid_request_error") -> Response:
    body = {"error": {"message": message, "type": type_, "param": None, "code": None}}
    return _json_answer(body, status)


class StandIn:
    """The stand-in's routes and its log of requests (see the module docstring)."""

    api_key = API_KEY
    request_id = REQUEST_ID
    cf_ray = CF_RAY
    rate_limit_request_id = RATE_LIMIT_REQUEST_ID
    rate_limit_cf_ray = RATE_LIMIT_CF_RAY
    job_id = JOB_ID

    def __init__(self, server: HTTPServer) -> None:
        self.server = server
        self.requests: list[Recorded] = []
        self.rate_limited = False
        self.files: dict[str, dict[str, Any]] = {}  # uploaded during the test, by id
        self.pending: dict[str, dict[str, Any]] = {}  # uploads started, not yet preprocessed
        self.stored: dict[str, bytes] = {}  # what the storage host received, by file id
        self.job: dict[str, Any] | None = None
        server.expect_request(re.compile(r".*")).respond_with_handler(self.handle)

    # --- what tests use -----------------------------------------------------------------

    @property
    def root_url(self) -> str:
        """The host root (what together 3.x takes as ``base_url``)."""
        return self.server.url_for("/").rstrip("/")

    @property
    def v1_url(self) -> str:
        """The ``/v1`` URL (what openai and together 1.x take as ``base_url``)."""
        return self.root_url + "/v1"

    def rate_limit(self) -> None:
        """From now on, every API request gets the recorded 429."""
        self.rate_limited = True

    def sent(self, method: str, path: str) -> list[Recorded]:
        """The requests that arrived for ``method`` ``path``, in order."""
        return [r for r in self.requests if r.method == method and r.path == path]

    def last(self, method: str, path: str) -> Recorded:
        """The last request for ``method`` ``path`` (the test fails if there was none)."""
        found = self.sent(method, path)
        assert found, f"no {method} {path} arrived; requests: {self.summary()}"
        return found[-1]

    def summary(self) -> list[str]:
        return [f"{r.method} {r.path}" for r in self.requests]

    # --- the server side ----------------------------------------------------------------

    def handle(self, request: Request) -> Response:
        body = request.get_data()  # cached: the form is parsed from it below
        recorded = Recorded(
            method=request.method,
            path=request.path,
            query=dict(request.args),
            headers={k.lower(): v for k, v in request.headers.items()},
            body=body,
        )
        if request.mimetype in ("multipart/form-data", "application/x-www-form-urlencoded"):
            recorded.form = dict(request.form)
            recorded.files = {
                name: (part.filename or "", part.read()) for name, part in request.files.items()
            }
        self.requests.append(recorded)
        if recorded.path.startswith("/storage/"):
            return self._storage(recorded)
        if not recorded.path.startswith("/v1/"):
            return _error(404, f"Unknown path {recorded.path}: the API is under /v1")
        if recorded.headers.get("authorization") != f"Bearer {API_KEY}":
            return self._headers(_json_answer(fixture_bytes(ERROR_401), 401))
        if self.rate_limited:
            return self._rate_limited()
        return self._headers(self._route(recorded))

    def _headers(self, response: Response) -> Response:
        response.headers["x-request-id"] = REQUEST_ID
        response.headers["cf-ray"] = CF_RAY
        response.headers["x-ratelimit-limit"] = "10"
        response.headers["x-ratelimit-remaining"] = "9"
        response.headers["x-ratelimit-reset"] = "1"
        response.headers["x-ratelimit-limit-tokens"] = "3000"
        response.headers["x-ratelimit-remaining-tokens"] = "2974"
        return response

    def _rate_limited(self) -> Response:
        headers = {
            "x-request-id": RATE_LIMIT_REQUEST_ID,
            "cf-ray": RATE_LIMIT_CF_RAY,
            "retry-after": "2",
            "x-ratelimit-limit": "10",
            "x-ratelimit-remaining": "0",
            "x-ratelimit-reset": "2",
            "x-ratelimit-limit-tokens": "3000",
            "x-ratelimit-remaining-tokens": "0",
        }
        return _json_answer(fixture_bytes(ERROR_429), 429, headers)

    def _route(self, r: Recorded) -> Response:
        method, path = r.method, r.path[len("/v1") :]
        if method == "POST":
            posts = {
                "/chat/completions": self._chat,
                "/completions": self._completions,
                "/embeddings": self._embeddings,
                "/images/generations": self._images,
                "/rerank": lambda r: _json_answer(fixture_bytes(RERANK)),
                "/files": self._start_upload,
                "/fine-tunes": self._create_job,
                "/fine-tunes/estimate-price": lambda r: _json_answer(PRICE_ESTIMATE),
            }
            if path in posts:
                return posts[path](r)
            match = re.fullmatch(r"/files/([^/]+)/preprocess", path)
            if match:
                return self._preprocess(match.group(1))
        if method == "GET":
            if path == "/models":
                return _json_answer(MODELS)
            if path == "/files":
                return self._list_files(r)
            if path == "/fine-tunes":
                return _json_answer({"data": [self._job()]})
            if path == "/fine-tunes/models/limits":
                return _json_answer(MODEL_LIMITS)
            match = re.fullmatch(r"/files/([^/]+)", path)
            if match:
                return self._retrieve_file(match.group(1))
            match = re.fullmatch(r"/fine-tunes/([^/]+)(/events)?", path)
            if match and match.group(1) == JOB_ID:
                if match.group(2):
                    return _json_answer({"data": [fine_tune_event(i) for i in range(4)]})
                return _json_answer({**self._job(), "status": "running"})
        if method == "DELETE" and re.fullmatch(r"/files/[^/]+", path):
            return _json_answer(fixture_bytes(FILE_DELETE))
        return _error(404, f"The stand-in does not serve {method} {r.path}")

    def _chat(self, r: Recorded) -> Response:
        body = r.json
        if body.get("stream"):
            return Response(
                fixture_bytes(CHAT_STREAM), content_type="text/event-stream;charset=utf-8"
            )
        if body.get("response_format"):
            return _json_answer(fixture_bytes(CHAT_JSON_MODE))
        messages = body.get("messages") or [{}]
        if body.get("tools") and messages[-1].get("role") != "tool":
            return _json_answer(fixture_bytes(CHAT_TOOLS))
        return _json_answer(fixture_bytes(CHAT_PLAIN))

    def _completions(self, r: Recorded) -> Response:
        if r.json.get("stream"):
            return Response(
                fixture_bytes(COMPLETION_STREAM), content_type="text/event-stream;charset=utf-8"
            )
        return _json_answer(fixture_bytes(COMPLETION))

    def _embeddings(self, r: Recorded) -> Response:
        many = isinstance(r.json.get("input"), list)
        return _json_answer(fixture_bytes(EMBEDDINGS_MANY if many else EMBEDDINGS_ONE))

    def _images(self, r: Recorded) -> Response:
        b64 = r.json.get("response_format") in ("base64", "b64_json")
        return _json_answer(fixture_bytes(IMAGE_B64 if b64 else IMAGE_URL))

    # --- files ----------------------------------------------------------------------------

    def _new_file(self, filename: str, purpose: str, data: bytes) -> dict[str, Any]:
        file_id = f"file-7f1c2b3a-5d6e-4f70-8a9b-{len(self.files) + len(self.pending) + 1:012d}"
        return {
            "id": file_id,
            "object": "file",
            "created_at": 1735689600,
            "filename": filename,
            "bytes": len(data),
            "purpose": purpose,
            "FileType": filename.rsplit(".", 1)[-1],
            "Processed": True,
            "LineCount": data.count(b"\n"),
        }

    def _start_upload(self, r: Recorded) -> Response:
        if "file" in r.files:  # openai's files.create: the bytes in the form itself
            filename, data = r.files["file"]
            entry = self._new_file(filename, r.form.get("purpose", ""), data)
            self.stored[entry["id"]] = data
            self.files[entry["id"]] = entry
            return _json_answer(entry)
        name, purpose = r.form.get("file_name"), r.form.get("purpose")
        if not name or not purpose:
            return _error(400, "file_name and purpose are required")
        entry = self._new_file(name, purpose, b"")
        self.pending[entry["id"]] = entry
        location = f"{self.root_url}/storage/{entry['id']}?X-Amz-Signature=standin"
        return Response(
            "",
            status=302,
            headers={"Location": location, "X-Together-File-Id": entry["id"]},
        )

    def _storage(self, r: Recorded) -> Response:
        file_id = r.path[len("/storage/") :]
        if r.method != "PUT" or file_id not in self.pending:
            return Response("<Error><Code>AccessDenied</Code></Error>", status=403)
        self.stored[file_id] = r.body
        return Response("", status=200)

    def _preprocess(self, file_id: str) -> Response:
        entry = self.pending.pop(file_id, None)
        if entry is None or file_id not in self.stored:
            return _error(404, f"No upload {file_id} to preprocess")
        data = self.stored[file_id]
        entry.update(bytes=len(data), LineCount=data.count(b"\n"))
        self.files[file_id] = entry
        return _json_answer(entry)

    def _list_files(self, r: Recorded) -> Response:
        data = fixture_json(FILES_LIST_DATA) + list(self.files.values())
        after = r.query.get("after")
        if after:
            ids = [f["id"] for f in data]
            data = data[ids.index(after) + 1 :] if after in ids else []
        return _json_answer({"data": data})

    def _retrieve_file(self, file_id: str) -> Response:
        if file_id in self.files:
            return _json_answer(self.files[file_id])
        recorded = fixture_json(FILE_RETRIEVE)
        if file_id == recorded["id"]:
            return _json_answer(recorded)
        return _error(404, f"File {file_id} not found")

    # --- fine-tuning ----------------------------------------------------------------------

    def _create_job(self, r: Recorded) -> Response:
        request = r.json
        job = fixture_json(FINE_TUNE_CREATE)
        job.pop("events")
        job.update(
            {
                "status": "pending",
                "updated_at": JOB_CREATED_AT,
                "events": [fine_tune_event(0)],
                **{k: copy.deepcopy(request[k]) for k in _ECHOED if k in request},
            }
        )
        if not isinstance(job.get("batch_size"), int):  # "max": the service picks the number
            job["batch_size"] = MODEL_LIMITS["lora_training"]["max_batch_size"]
        if "suffix" in request:
            job["Suffix"] = request["suffix"]
        self.job = job
        return _json_answer(job)

    def _job(self) -> dict[str, Any]:
        if self.job is None:
            return {**fixture_json(FINE_TUNE_CREATE), "status": "pending"}
        return self.job


@pytest.fixture
def standin(httpserver: HTTPServer) -> Iterator[StandIn]:
    """The stand-in, fresh for each test (pytest-httpserver clears its handlers after each)."""
    yield StandIn(httpserver)


@pytest.fixture
def train_jsonl(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A small, valid fine-tuning file ``train.jsonl`` in the current directory (users upload
    by relative path)."""
    monkeypatch.chdir(tmp_path)
    lines = [
        {"text": "<human>: What is 1 + 1?\n<bot>: 2"},
        {"text": "<human>: What is the capital of France?\n<bot>: Paris"},
        {"text": "<human>: Name a primary colour.\n<bot>: Red"},
    ]
    path = tmp_path / "train.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    return path
