"""Real answers of the live service as the stand-in's default answers.

The files in ``captures/`` are copies of captures from the project's corpus of real responses
(``captures/PROVENANCE.md`` says where each comes from). A capture is used only where it
validates against the spec the stand-in serves (``Captures``); the others are listed with the
reason in ``Captures.unused``. ``fit`` shapes a captured answer to the request it answers (one
embedding per input, one image per image asked for, the model asked for), and the caller
checks the result against the spec again.
"""

from __future__ import annotations

import copy
import functools
import hashlib
import importlib.resources
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from ._spec import Schemas

__all__ = ["TABLE", "Capture", "Captures", "fit", "read"]

_FOLDER = "captures"


@dataclass(frozen=True)
class Capture:
    """One capture and what it answers: ``body`` (the JSON answer), ``stream`` (the chunks of
    a streamed answer), ``b64`` (the answer to a request for base64 images) or ``error``."""

    key: str
    name: str
    use: Literal["body", "stream", "b64", "error"]
    status: int = 200


TABLE: tuple[Capture, ...] = (
    Capture(
        "POST /chat/completions",
        "chat-completions__hfhub-cassette-llama3-8b-stop-2025-02-11.json",
        "body",
    ),
    Capture(
        "POST /chat/completions",
        "chat-completions__stream-hfhub-cassette-llama3-8b-length-2025-02-11.sse",
        "stream",
    ),
    Capture(
        "POST /completions", "completions__hf-tape-mixtral-8x7b-length-2025-01-15.json", "body"
    ),
    Capture("POST /completions", "completions__stream-mlflow-anonymized-structure.sse", "stream"),
    Capture(
        "POST /embeddings",
        "embeddings__llamastack-recording-m2-bert-3-inputs-SDKNORMALIZED.json",
        "body",
    ),
    Capture("POST /rerank", "rerank__vercel-fixture-llama-rank-v1.json", "body"),
    Capture(
        "POST /images/generations",
        "images-generations__flux-schnell-free-url-float-timings.json",
        "body",
    ),
    Capture(
        "POST /images/generations", "images-generations__hf-tape-sdxl-b64-2025-01-21.json", "b64"
    ),
    Capture("*", "error__401-invalid-api-key.json", "error", 401),
    Capture("*", "error__429-rate-limit-rpm-tpm-credit-limit.json", "error", 429),
)

#: The type of a model in ``GET /models``, by the operation its capture answers.
_MODEL_TYPES = {
    "POST /chat/completions": "chat",
    "POST /completions": "language",
    "POST /embeddings": "embedding",
    "POST /rerank": "rerank",
    "POST /images/generations": "image",
}


@functools.cache
def read(name: str) -> Any:
    """A capture's JSON body, or the list of the JSON chunks of a ``.sse`` capture (without the
    ``[DONE]`` that ends it). Callers copy before changing it."""
    text = importlib.resources.files(__package__).joinpath(_FOLDER, name).read_text("utf-8")
    if not name.endswith(".sse"):
        return json.loads(text)
    events = []
    for line in text.splitlines():
        if line.startswith("data:") and line[5:].strip() != "[DONE]":
            events.append(json.loads(line[5:]))
    return events


class Captures:
    """The captures that validate against a spec, by operation (see the module docstring)."""

    def __init__(self, operations: Mapping[str, Any], schemas: Schemas) -> None:
        self._schemas = schemas
        self.bodies: dict[str, Any] = {}
        self.streams: dict[str, list[Any]] = {}
        self.b64: dict[str, Any] = {}
        self.errors: dict[int, Any] = {}
        self.used: list[str] = []
        self.unused: list[str] = []  # "<file>: why"
        for capture in TABLE:
            op = operations.get(capture.key)
            if capture.use == "error":
                self.errors[capture.status] = read(capture.name)
                self.used.append(capture.name)  # checked against each operation where used
            elif op is None:
                self.unused.append(f"{capture.name}: the spec has no {capture.key}")
            else:
                self._add(capture, op, schemas)

    def _add(self, capture: Capture, op: Any, schemas: Schemas) -> None:
        """Use ``capture`` if it validates against ``op``'s answer (or chunk) schema."""
        value = read(capture.name)
        if capture.use == "stream":
            if op.chunk is None:
                self.unused.append(f"{capture.name}: {capture.key} does not stream in the spec")
                return
            problems = [p for p in (schemas.problem(c, op.chunk) for c in value) if p]
        else:
            problems = [p for p in [schemas.problem(value, op.schema)] if p]
        if problems:
            self.unused.append(f"{capture.name}: does not validate {problems[0]}")
            return
        kept = {"body": self.bodies, "stream": self.streams, "b64": self.b64}[capture.use]
        kept[capture.key] = value
        self.used.append(capture.name)

    def error(self, status: int) -> Any:
        """The captured error body of ``status`` (a copy), or None."""
        found = self.errors.get(status)
        return copy.deepcopy(found) if found is not None else None

    def models_listing(self, op: Any) -> list[dict[str, Any]] | None:
        """``GET /models``: the models of the captures in use (none was recorded), or None
        when the listing does not validate against the spec's schema."""
        if op is None:
            return None
        listing: list[dict[str, Any]] = []
        seen: set[str] = set()
        for capture in TABLE:
            body = self.bodies.get(capture.key) if capture.use == "body" else None
            body = self.b64.get(capture.key) if capture.use == "b64" else body
            name = body.get("model") if isinstance(body, dict) else None
            if not isinstance(name, str) or name in seen:
                continue
            seen.add(name)
            organization, _, short = name.rpartition("/")
            entry = {"id": name, "object": "model", "type": _MODEL_TYPES[capture.key]}
            entry |= {"display_name": short, "organization": organization or short}
            listing.append(entry)
        return listing if listing and self._schemas.valid(listing, op.schema) else None


# --- fitting a captured answer to its request ---------------------------------------------------


def fit(key: str, body: Any, request: Mapping[str, Any]) -> Any:
    """``body`` (a default answer of operation ``key``) shaped to ``request``: the model it
    names, and per operation the count the request asks for. A copy; the caller validates it."""
    if not isinstance(body, dict):
        return body
    body = copy.deepcopy(body)
    model = request.get("model")
    if isinstance(model, str) and model and "model" in body:
        body["model"] = model
    fitter = _FITTERS.get(key)
    return fitter(body, request) if fitter else body


def fit_chunk(chunk: Any, request: Mapping[str, Any]) -> Any:
    """A captured stream chunk with the model the request names."""
    model = request.get("model")
    if isinstance(chunk, dict) and isinstance(model, str) and model and "model" in chunk:
        return {**chunk, "model": model}
    return chunk


def _embeddings(body: dict[str, Any], request: Mapping[str, Any]) -> dict[str, Any]:
    """One embedding per input, the same for the same text however it is batched: a captured
    vector chosen by a hash of the text, shifted by a small amount the hash gives (so that two
    texts get two vectors)."""
    given = request.get("input")
    texts = given if isinstance(given, list) else [given]
    vectors = body.get("data")
    if not isinstance(vectors, list) or not vectors or not texts:
        return body
    data = []
    for index, text in enumerate(texts):
        digest = int.from_bytes(hashlib.blake2b(str(text).encode(), digest_size=8).digest())
        item = vectors[digest % len(vectors)]
        vector = item.get("embedding") if isinstance(item, dict) else None
        shift = (digest % 1_000_003) / 1e9
        if isinstance(vector, list):
            item = {**item, "embedding": [x + shift for x in vector]}
        data.append({**item, "index": index})
    body["data"] = data
    return body


def _rerank(body: dict[str, Any], request: Mapping[str, Any]) -> dict[str, Any]:
    """One result per document asked for (``top_n``, at most the documents given), best first:
    the captured scores, then scores that keep falling; document ``i`` gets the ``i``-th."""
    documents = request.get("documents")
    results = body.get("results")
    if not isinstance(documents, list) or not documents or not isinstance(results, list):
        return body
    top_n = request.get("top_n")
    count = min(top_n, len(documents)) if isinstance(top_n, int) and top_n > 0 else len(documents)
    scores = sorted((r["relevance_score"] for r in results if "relevance_score" in r), reverse=True)
    scores = scores or [0.5]
    while len(scores) < count:
        scores.append(scores[-1] / 2)
    keep = request.get("return_documents") is True
    body["results"] = [
        {"index": i, "relevance_score": scores[i], "document": _document(documents[i], keep)}
        for i in range(count)
    ]
    return body


def _document(document: Any, keep: bool) -> dict[str, Any]:
    """What a result says of its document: ``{}`` unless the request asked for the documents
    (then its text: a string as it is, an object as its JSON, as the service sends them)."""
    if not keep:
        return {}
    return {"text": document if isinstance(document, str) else json.dumps(document)}


def _images(body: dict[str, Any], request: Mapping[str, Any]) -> dict[str, Any]:
    """One image per image asked for (``n``)."""
    count = request.get("n")
    items = body.get("data")
    if not isinstance(count, int) or count < 1 or not isinstance(items, list) or not items:
        return body
    body["data"] = [{**items[i % len(items)], "index": i} for i in range(count)]
    return body


def wants_b64(request: Mapping[str, Any]) -> bool:
    """Whether an image request asks for base64 images instead of URLs."""
    return request.get("response_format") in ("base64", "b64_json")


_FITTERS = {
    "POST /embeddings": _embeddings,
    "POST /rerank": _rerank,
    "POST /images/generations": _images,
}
