"""The file and fine-tuning workflows: upload, downloads to disk, waiting for a job.

Upload (the live flow; the spec has none of it until ``openapi-fixes.yaml`` adds it):

1. ``POST /files`` with a form (purpose, file name, type), redirects NOT followed: the service
   answers 302 with ``Location`` (a presigned storage URL) and ``X-Together-File-Id``.
2. ``PUT`` the bytes to that URL, streamed from disk, WITHOUT the API key. This step is written
   by hand: the URL is absolute and on another host, which a generated operation (relative to
   the API's base URL, always authenticated) cannot express.
3. ``POST /files/{id}/preprocess``: the answer is the file's metadata.

Downloads go to a temporary file beside the output, resume with ``Range`` after an interruption,
are checked against the announced length and renamed into place only when complete.
"""

from __future__ import annotations

import ipaddress
import os
import re
import tempfile
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import httpx

from . import _gen
from ._base import (
    AsyncCore,
    Call,
    RequestOptions,
    SyncCore,
    connection_error,
    log,
    parse_model,
    request_id_of,
)
from ._exceptions import (
    APIResponseValidationError,
    FileCheckError,
    FineTuneFailedError,
    InvalidRequestError,
    WaitTimeoutError,
)
from ._filecheck import check_file
from .types import FileResponse, FineTuneEvent, FinetuneResponse

CHUNK_SIZE = 1024 * 1024

#: ``progress(done_bytes, total_bytes)``; ``total_bytes`` is None when unknown.
Progress = Callable[[int, int | None], None]

FILE_TYPES = {".jsonl": "jsonl", ".parquet": "parquet", ".csv": "csv"}


def upload_form(path: Path, purpose: str) -> dict[str, str]:
    file_type = FILE_TYPES.get(path.suffix.lower())
    if file_type is None:
        raise InvalidRequestError(
            f"{path.name}: the file must end in .jsonl, .parquet or .csv, found {path.suffix!r}."
        )
    return {"purpose": purpose, "file_name": path.name, "file_type": file_type}


def existing_file(file: str | os.PathLike[str]) -> tuple[Path, int]:
    path = Path(file)
    if not path.is_file():
        raise InvalidRequestError(f"{path}: no such file.")
    return path, path.stat().st_size


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True, slots=True)
class UploadTarget:
    url: str
    file_id: str


def upload_target(response: httpx.Response) -> UploadTarget:
    """Where the 302 of ``POST /files`` says to put the bytes; refuse anything but https."""
    location = response.headers.get("location")
    file_id = response.headers.get("x-together-file-id")
    if response.status_code != 302 or not location or not file_id:
        raise APIResponseValidationError(
            f"Starting the upload: expected a 302 with Location and X-Together-File-Id, got "
            f"{response.status_code} (Location={location!r}, file id={file_id!r}).",
            request=response.request,
            body=response.content,
            request_id=request_id_of(response),
        )
    url = httpx.URL(location)
    if url.scheme != "https" and not (url.scheme == "http" and _is_loopback(url.host)):
        raise APIResponseValidationError(
            f"Refusing to upload to {url.scheme}://{url.host}: the storage URL must be https.",
            request=response.request,
            request_id=request_id_of(response),
        )
    return UploadTarget(str(url), file_id)


def _put_headers(size: int) -> dict[str, str]:
    # No Authorization: the presigned URL is the credential, and the key must not leave the API.
    return {"Content-Type": "application/octet-stream", "Content-Length": str(size)}


def _chunks(path: Path, size: int, progress: Progress | None) -> Iterator[bytes]:
    done = 0
    if progress:
        progress(0, size)
    with path.open("rb") as f:
        while chunk := f.read(CHUNK_SIZE):
            done += len(chunk)
            yield chunk
            if progress:
                progress(done, size)


async def _achunks(path: Path, size: int, progress: Progress | None) -> AsyncIterator[bytes]:
    for chunk in _chunks(path, size, progress):
        yield chunk


def _prepare_upload(
    file: str | os.PathLike[str], purpose: str, check: bool
) -> tuple[Path, int, Call[httpx.Response]]:
    path, size = existing_file(file)
    if check:
        report = check_file(path)
        if not report.is_check_passed:
            raise FileCheckError(f"{path.name} failed the data check: {report.message}", report)
    start = Call(
        "files.upload",
        _gen.start_file_upload(upload_form(path, purpose)),
        lambda r: r,
        follow_redirects=False,
    )
    return path, size, start


def _finish_call(file_id: str) -> Call[FileResponse]:
    return Call(
        "files.upload",
        _gen.preprocess_file(file_id),
        lambda r: parse_model(r, "files.upload", FileResponse.from_dict),
    )


def upload(
    core: SyncCore,
    file: str | os.PathLike[str],
    purpose: str,
    check: bool,
    progress: Progress | None,
) -> FileResponse:
    """The three steps of an upload (see the module docstring), with the sync client."""
    path, size, start = _prepare_upload(file, purpose, check)
    target = upload_target(core.send(start))
    timeout = core.config.timeout
    core.send_request(
        lambda: core.http.build_request(
            "PUT",
            target.url,
            content=_chunks(path, size, progress),
            headers=_put_headers(size),
            timeout=timeout,
        ),
        stream=False,
    )
    return core.request(_finish_call(target.file_id))


async def aupload(
    core: AsyncCore,
    file: str | os.PathLike[str],
    purpose: str,
    check: bool,
    progress: Progress | None,
) -> FileResponse:
    """The three steps of an upload (see the module docstring), with the async client."""
    path, size, start = _prepare_upload(file, purpose, check)
    target = upload_target(await core.send(start))
    timeout = core.config.timeout
    await core.send_request(
        lambda: core.http.build_request(
            "PUT",
            target.url,
            content=_achunks(path, size, progress),
            headers=_put_headers(size),
            timeout=timeout,
        ),
        stream=False,
    )
    return await core.request(_finish_call(target.file_id))


# --- downloads -------------------------------------------------------------------------------

_CONTENT_RANGE = re.compile(r"bytes (\d+)-(\d+)/(\d+|\*)")


class Download:
    """A download into ``output`` by way of a temporary file beside it.

    ``begin(response)`` for each (re)started answer, ``write(chunk)`` for its bytes,
    ``finish()`` at the end (checks the size, renames), ``discard()`` on failure.
    """

    def __init__(self, output: Path, progress: Progress | None) -> None:
        self.output = output
        self.progress = progress
        output.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=output.parent, prefix=f".{output.name}.", suffix=".part")
        self.part = Path(name)
        self.file = os.fdopen(fd, "wb")
        self.written = 0
        self.total: int | None = None

    def resumed(self, call: Call[Any]) -> Call[Any]:
        """``call``, asking only for the bytes not yet written (and not reading the body)."""
        headers = dict(call.options.get("extra_headers") or {})
        if self.written:
            headers["Range"] = f"bytes={self.written}-"
        options: RequestOptions = {**call.options, "extra_headers": headers}
        return replace(call, options=options, stream=True)

    def begin(self, response: httpx.Response) -> None:
        """Prepare for this answer's bytes: append after a 206 at our offset, else start over."""
        content_range = _CONTENT_RANGE.fullmatch(response.headers.get("content-range", ""))
        if response.status_code == 206 and content_range:
            start, _, total = content_range.groups()
            if int(start) != self.written:
                raise self._invalid(response, f"asked for byte {self.written}, got {start}")
            new_total = None if total == "*" else int(total)
            if self.total is not None and new_total is not None and new_total != self.total:
                raise self._invalid(
                    response,
                    f"the size changed from {self.total} to {new_total} bytes while resuming",
                )
            self.total = new_total if new_total is not None else self.total
            return
        if self.written:  # the server ignored Range: start from the beginning
            self.file.seek(0)
            self.file.truncate()
            self.written = 0
        length = response.headers.get("content-length")
        self.total = int(length) if length and length.isdigit() else None
        if self.progress:
            self.progress(0, self.total)

    def write(self, chunk: bytes) -> None:
        self.file.write(chunk)
        self.written += len(chunk)
        if self.progress:
            self.progress(self.written, self.total)

    def finish(self, response: httpx.Response) -> Path:
        self.file.close()
        if self.total is not None and self.written != self.total:
            raise self._invalid(
                response, f"received {self.written} bytes, the service announced {self.total}"
            )
        os.replace(self.part, self.output)
        return self.output

    def discard(self) -> None:
        self.file.close()
        self.part.unlink(missing_ok=True)

    def _invalid(self, response: httpx.Response, why: str) -> APIResponseValidationError:
        return APIResponseValidationError(
            f"Download of {self.output.name} failed: {why}. Nothing was written to {self.output}.",
            request=response.request,
            request_id=request_id_of(response),
        )


MAX_RESUMES = 5


def _resume_or_raise(
    exc: httpx.RequestError, job: Download, failures: int, request: httpx.Request
) -> None:
    if failures > MAX_RESUMES:
        raise connection_error(exc, request) from exc
    log.info(
        "download of %s interrupted at %d bytes (%s); resuming", job.output.name, job.written, exc
    )


def download(
    core: SyncCore,
    call: Call[Any],
    output: Path,
    progress: Progress | None,
) -> Path:
    """Stream ``call``'s answer into ``output``, resuming with ``Range`` when it is cut."""
    job = Download(output, progress)
    try:
        failures = 0
        while True:
            response = core.send(job.resumed(call))
            try:
                job.begin(response)
                for chunk in response.iter_bytes():  # as it arrives: a cut loses nothing
                    job.write(chunk)
            except httpx.RequestError as exc:
                failures += 1
                _resume_or_raise(exc, job, failures, response.request)
                continue
            finally:
                response.close()
            return job.finish(response)
    except BaseException:
        job.discard()
        raise


async def adownload(
    core: AsyncCore,
    call: Call[Any],
    output: Path,
    progress: Progress | None,
) -> Path:
    """Stream ``call``'s answer into ``output``, resuming with ``Range`` when it is cut."""
    job = Download(output, progress)
    try:
        failures = 0
        while True:
            response = await core.send(job.resumed(call))
            try:
                job.begin(response)
                async for chunk in response.aiter_bytes():
                    job.write(chunk)
            except httpx.RequestError as exc:
                failures += 1
                _resume_or_raise(exc, job, failures, response.request)
                continue
            finally:
                await response.aclose()
            return job.finish(response)
    except BaseException:
        job.discard()
        raise


# --- waiting for a fine-tuning job -------------------------------------------------------------

SUCCEEDED = frozenset({"completed"})
FAILED = frozenset({"error", "cancelled", "user_error"})


def outcome(status: object) -> str | None:
    """ "succeeded", "failed", or None while the job is still going (unknown statuses included)."""
    value = str(status).lower()
    if value in SUCCEEDED:
        return "succeeded"
    if value in FAILED:
        return "failed"
    return None


def poll_delays(first: float, longest: float, factor: float = 1.5) -> Iterator[float]:
    """The waits between polls: ``first``, then growing by ``factor`` up to ``longest``."""
    delay = first
    while True:
        yield delay
        delay = min(delay * factor, longest)


class JobWaiter:
    """The decisions of ``fine_tuning.wait``: when it is over, what to report, how long to sleep."""

    def __init__(
        self,
        job_id: str,
        timeout: float | None,
        poll_interval: float,
        max_poll_interval: float,
        on_event: Callable[[FineTuneEvent], None] | None,
        now: Callable[[], float],
    ) -> None:
        self.job_id = job_id
        self.now = now
        self.deadline = None if timeout is None else now() + timeout
        self.delays = poll_delays(poll_interval, max_poll_interval)
        self.on_event = on_event
        self.seen_events = 0

    def observe(self, job: FinetuneResponse, events: Sequence[FineTuneEvent] | None) -> bool:
        """Report new events; True when the job completed; raise when it failed."""
        if self.on_event is not None and events is not None:
            for event in events[self.seen_events :]:
                self.on_event(event)
            self.seen_events = max(self.seen_events, len(events))
        result = outcome(job.status)
        if result == "failed":
            raise FineTuneFailedError(
                f"Fine-tuning job {self.job_id} ended with status {job.status!s}; its events "
                "(client.fine_tuning.list_events) say why.",
                job,
            )
        return result == "succeeded"

    def next_delay(self, job: FinetuneResponse) -> float:
        """How long to sleep before the next poll; raise if that would pass the deadline."""
        delay = next(self.delays)
        if self.deadline is not None:
            left = self.deadline - self.now()
            if left <= 0:
                raise WaitTimeoutError(
                    f"Fine-tuning job {self.job_id} is still {job.status!s} after the timeout; it "
                    "keeps running (wait again, or cancel it with client.fine_tuning.cancel).",
                    job,
                )
            delay = min(delay, left)
        return delay


def default_download_path(job_id: str, checkpoint_step: int | None) -> Path:
    step = f"-checkpoint-{checkpoint_step}" if checkpoint_step is not None else ""
    return Path.cwd() / f"{job_id}{step}.tar.zst"
