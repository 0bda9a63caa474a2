"""``batches.run``'s two ends, without I/O to the API: the JSONL written from the user's
requests, and the outputs read back in the requests' order.

The Batch API matches answers to requests by ``custom_id`` only (the output file's order is the
service's), and puts the requests that failed in a separate error file. ``BatchRunResult`` puts
them back together: ``results[i]`` answers request ``i``, ``errors`` says why the others have
none, and an id that is in neither file is listed in ``missing``, so that nothing is lost
silently.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ._exceptions import UNREADABLE, InvalidRequestError, InvalidTypeError

__all__ = ["BatchRunResult", "read_results", "write_requests"]


@dataclass
class BatchRunResult:
    """What ``batches.run`` returns.

    ``results[i]`` is the answer to request ``i`` (read as the endpoint's result type: a
    ``ChatCompletionResponse`` for chat, ...), or ``None``; ``errors`` maps the ``custom_id``
    of each request that failed to the error the service gave; ``missing`` lists the ids found
    in neither file (the batch ended before running them); ``batch`` is the finished batch.
    """

    batch: Any
    custom_ids: list[str]
    results: list[Any | None]
    errors: dict[str, Any] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)

    @property
    def succeeded(self) -> int:
        return sum(result is not None for result in self.results)

    def __str__(self) -> str:
        return (
            f"batch {getattr(self.batch, 'id', '?')}: {self.succeeded} of {len(self.results)} "
            f"answered, {len(self.errors)} failed, {len(self.missing)} missing"
        )


def write_requests(
    requests: Iterable[Mapping[str, Any]] | str | os.PathLike[str], folder: Path
) -> tuple[Path, list[str]]:
    """The JSONL file to upload and the ``custom_id`` of each request, in order.

    ``requests`` is a JSONL path (used as it is), or requests: a ``{"custom_id", "body"}`` line
    each, or a plain request body each (its id is then ``request-<index>``).
    """
    if isinstance(requests, str | os.PathLike):
        path = Path(requests)
        return path, list(_ids_in(path))
    if isinstance(requests, Mapping):
        raise InvalidTypeError("requests is a list of requests (or a JSONL path), not one dict")
    path = folder / "requests.jsonl"
    ids: list[str] = []
    seen: set[str] = set()
    with path.open("w", encoding="utf-8") as out:
        for index, request in enumerate(requests):
            if not isinstance(request, Mapping):
                raise InvalidTypeError(
                    f"request {index} is a {type(request).__name__}: give each request as a dict "
                    '(a body, or {"custom_id": ..., "body": {...}})'
                )
            if "body" in request and "custom_id" in request:
                line = dict(request)
            else:
                line = {"custom_id": f"request-{index}", "body": dict(request)}
            custom_id = line["custom_id"]
            if not isinstance(custom_id, str) or custom_id in seen:
                raise InvalidRequestError(
                    f"request {index}: custom_id {custom_id!r} is "
                    + ("repeated" if custom_id in seen else "not a string")
                    + ": each request needs an id of its own"
                )
            seen.add(custom_id)
            ids.append(custom_id)
            out.write(json.dumps(line, separators=(",", ":")) + "\n")
    if not ids:
        raise InvalidRequestError("no requests were given: a batch needs at least one")
    return path, ids


def _ids_in(path: Path) -> Iterable[str]:
    """The ids of a JSONL file of requests (create_from_file checks the file in full)."""
    with path.open("rb") as f:
        for line in f:
            if line.strip():
                try:
                    row = json.loads(line)
                except ValueError:
                    continue  # the check before the upload names the line
                if isinstance(row, dict) and isinstance(row.get("custom_id"), str):
                    yield row["custom_id"]


def read_results(
    batch: Any,
    ids: list[str],
    output: Path | None,
    errors: Path | None,
    read: Callable[[Any], Any],
) -> BatchRunResult:
    """Match the output and error files' lines to ``ids``. An output line whose response has
    an error status counts as an error; a line with an id that was never sent is ignored."""
    position = {custom_id: index for index, custom_id in enumerate(ids)}
    result = BatchRunResult(batch, ids, [None] * len(ids))
    answered: set[str] = set()
    for row in _rows(output):
        custom_id = row.get("custom_id")
        if custom_id not in position:
            continue
        response = row.get("response")
        response = response if isinstance(response, dict) else {}
        status = response.get("status_code", 200)
        body = response.get("body", row.get("body"))
        if row.get("error") or (isinstance(status, int) and status >= 400) or body is None:
            result.errors[custom_id] = row.get("error") or {"status_code": status, "body": body}
        else:
            try:
                result.results[position[custom_id]] = read(body)
            except UNREADABLE as exc:  # kept as an error, with the body, not lost
                result.errors[custom_id] = {"message": f"unreadable answer: {exc}", "body": body}
        answered.add(custom_id)
    for row in _rows(errors):
        custom_id = row.get("custom_id")
        if custom_id in position and custom_id not in answered:
            result.errors[custom_id] = row.get("error", row)
            answered.add(custom_id)
    result.missing = [custom_id for custom_id in ids if custom_id not in answered]
    return result


def _rows(path: Path | None) -> Iterable[dict[str, Any]]:
    if path is None:
        return
    with path.open("rb") as f:
        for line in f:
            try:
                row = json.loads(line)
            except ValueError:
                continue
            if isinstance(row, dict):
                yield row
