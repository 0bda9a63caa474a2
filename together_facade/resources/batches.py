"""``client.batches``: Together's Batch API, many requests run offline from one file.

How the service works: you upload a JSONL file (``purpose="batch-api"``) whose every line is
one request, ``{"custom_id": "...", "body": {...}}`` (``body`` is what you would send to the
batch's ``endpoint``, e.g. ``/v1/chat/completions``), and create a batch over it. The service
validates the file (``VALIDATING``), runs the requests when it has capacity (``IN_PROGRESS``,
with ``progress`` from 0 to 100) within the ``completion_window``, and ends ``COMPLETED``,
``FAILED``, ``EXPIRED`` or ``CANCELLED``. The answers go to an output file (``output_file_id``)
and the requests that failed to an error file (``error_file_id``), one JSON line each, carrying
the request's ``custom_id``: match results by it, not by line order.

This module adds to the four operations (``create``, ``retrieve``, ``list``, ``cancel``, built
with ``operation_call`` like ``client.api.batches``): ``create_from_file`` (check the file,
upload it with ``client.files.upload``, create the batch), ``wait`` (``_jobs``' polling, as for
fine-tuning) and ``download_output`` / ``download_errors`` (``client.files.retrieve_content``'s
resumable download).
"""

from __future__ import annotations

import json
import os
import stat
import tempfile
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeAlias, Unpack
from uuid import UUID

from together_api_client import operations as _ops
from together_api_client.operations import OPERATIONS
from together_api_client.params import CreateBatchParams

from .. import _jobs, _progress
from .._batch_run import BatchRunResult, read_results, write_requests
from .._calls import Call, RequestOptions, path_id
from .._config import check_callable
from .._docs import documented
from .._exceptions import (
    APIResponseValidationError,
    BatchFailedError,
    BatchFileMissingError,
    FileCheckError,
    InvalidRequestError,
    InvalidTypeError,
)
from .._filecheck import FileCheckReport
from .._flow import Flow
from .._operations import operation_call
from .._progress import ProgressOption, Watch
from .._resource import AsyncAPIResource, SyncAPIResource
from ..types import BatchJob, BatchJobWithWarning
from .files import AsyncFiles, Files

if TYPE_CHECKING:
    from .._resource import (
        AsyncRawResponses,
        AsyncStreamingResponses,
        RawResponses,
        StreamingResponses,
    )
    from .._response import wrap_araw, wrap_raw
    from .._streamed import wrap_astreamed, wrap_streamed

__all__ = [
    "AsyncBatches",
    "BatchCreateParams",
    "BatchFileParams",
    "Batches",
]


class BatchCreateParams(CreateBatchParams, RequestOptions, total=False):
    """The fields of a batch request, as the spec has them (generated:
    ``together_api_client.params.CreateBatchParams``), and the per-call options."""


class BatchFileParams(RequestOptions, total=False):
    """``create_from_file``'s other fields: those of ``CreateBatchParams`` but the two it fills
    in (``input_file_id``, from the upload, and ``endpoint``), and the per-call options of the
    request that creates the batch."""

    completion_window: str
    """Time window for batch completion."""
    model_id: str
    """Model to use for processing batch requests."""
    priority: int
    """Priority for batch processing."""


#: What tells a batch's statuses apart (``BatchJobStatus``); any other status, one the spec does
#: not list yet, counts as still running.
_BATCH = _jobs.JobKind(
    noun="Batch",
    succeeded=frozenset({"completed"}),
    failed=frozenset({"failed", "expired", "cancelled"}),
    failed_error=BatchFailedError,
    why_failed="its error field and error file (client.batches.download_errors) say why",
    cancel_with="client.batches.cancel",
)

_Which = Literal["output", "error"]
_BatchList: TypeAlias = list[BatchJob]  # (``list`` is a method's name in the classes below)


# --- the calls -----------------------------------------------------------------------------


def _batch_id(value: object) -> str:
    """A batch id as one path segment: a string, or a ``UUID`` (``BatchJob.id``'s type; the
    answer's string is kept as it is read, so both reach here)."""
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, BatchJob | BatchJobWithWarning):
        raise InvalidTypeError(
            f"pass the batch's id, not the {type(value).__name__} (batch.id, or created.job.id)"
        )
    return path_id(value, "batch id")


def _create(params: Mapping[str, Any]) -> Call[BatchJobWithWarning]:
    call: Call[BatchJobWithWarning] = operation_call(
        OPERATIONS["create_batch"], _ops.create_batch(), params
    )
    return call


def _retrieve(id: str | UUID, options: RequestOptions) -> Call[BatchJob]:
    line = _ops.retrieve_batch(_batch_id(id))
    call: Call[BatchJob] = operation_call(OPERATIONS["retrieve_batch"], line, options)
    return call


def _list(options: RequestOptions) -> Call[_BatchList]:
    call: Call[_BatchList] = operation_call(
        OPERATIONS["list_batches"], _ops.list_batches(), options
    )
    return call


def _cancel(id: str | UUID, options: RequestOptions) -> Call[BatchJob]:
    line = _ops.cancel_batch(_batch_id(id))
    call: Call[BatchJob] = operation_call(OPERATIONS["cancel_batch"], line, options)
    return call


def _from_file(
    file: object, endpoint: str, check: bool, params: Mapping[str, Any]
) -> Mapping[str, Any]:
    """``create_from_file``'s arguments checked before anything is sent: the fields (a
    misspelt one is refused now, not after the upload) and, with ``check``, the file. Returns
    the fields of the batch, but its ``input_file_id``."""
    if not isinstance(file, str | os.PathLike):
        raise InvalidTypeError(
            f"file must be the path of a JSONL file (str or os.PathLike), got {type(file).__name__}"
        )
    if "input_file_id" in params:
        raise InvalidRequestError(
            "create_from_file() uploads the file and sends its id as input_file_id; for a file "
            "already uploaded, call create(input_file_id=..., endpoint=...)."
        )
    fields = {**params, "endpoint": endpoint}
    _create({**fields, "input_file_id": "not-yet-uploaded"})  # refuses what create would
    if check:
        _check_requests(Path(file))
    return fields


# --- the input file ------------------------------------------------------------------------

_EXAMPLE_LINE = (
    '{"custom_id": "request-1", "body": {"model": "...", "messages": [{"role": "user", '
    '"content": "Hello"}]}}'
)
_BLANK = b" \t\r\n"  # the whitespace JSON allows around a value: a line of only these is blank


def _check_requests(file: Path) -> int:
    """Check a batch input file before it is uploaded; the number of requests in it.

    Each non-blank line must be one JSON object with a non-empty string ``custom_id``, used by no
    other line, and a ``body`` object; the file must be UTF-8 (no byte order mark), named
    ``.jsonl``, and hold at least one request. The first problem raises ``FileCheckError``,
    whose ``report.line_number`` is its 1-based line. The file is read a line at a time.
    """
    try:
        info = file.stat()
    except (OSError, ValueError) as exc:
        why = getattr(exc, "strerror", None) or str(exc)
        raise _refused(file, f"cannot read it ({why}); check the path.", found=False) from None
    if not stat.S_ISREG(info.st_mode):
        raise _refused(file, "it is not a file; pass the path of the JSONL file.", found=False)
    if file.suffix.lower() != ".jsonl":
        raise _refused(file, "a batch's input is a JSON Lines file: name it <something>.jsonl.")
    seen: dict[str, int] = {}  # custom_id -> its line
    with file.open("rb") as stream:
        for number, raw in enumerate(stream, start=1):
            if raw.strip(_BLANK):
                custom_id = _request_id(file, raw, number, seen)
                seen[custom_id] = number
    if not seen:
        raise _refused(
            file, f"it holds no request. Write one JSON object per line, e.g. {_EXAMPLE_LINE}"
        )
    return len(seen)


def _request_id(file: Path, raw: bytes, number: int, seen: Mapping[str, int]) -> str:
    """The ``custom_id`` of the request on line ``number``, or the refusal that says why the
    line is not one."""

    def refuse(why: str) -> FileCheckError:
        return _refused(file, f"line {number}: {why}", line=number)

    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise refuse("not valid UTF-8. Save the file as UTF-8.") from None
    if number == 1 and text.startswith("\ufeff"):
        raise refuse("the file starts with a byte order mark. Save it as UTF-8 without a BOM.")
    try:
        request = json.loads(text)
    except json.JSONDecodeError as exc:
        raise refuse(
            f"not valid JSON ({exc.msg} at column {exc.colno}). Each line is one complete JSON "
            f"object, e.g. {_EXAMPLE_LINE}"
        ) from None
    except (ValueError, RecursionError):
        raise refuse("not valid JSON (too deeply nested or malformed).") from None
    if not isinstance(request, dict):
        raise refuse(f"expected a JSON object, found {type(request).__name__}: {_EXAMPLE_LINE}")
    custom_id = request.get("custom_id")
    if custom_id is None:
        raise refuse(
            'no "custom_id". Give each request a unique string id: its result in the output '
            "file carries it."
        )
    if not isinstance(custom_id, str) or not custom_id.strip():
        raise refuse(f'"custom_id" must be a non-empty string, got {custom_id!r}.')
    if custom_id in seen:
        raise refuse(
            f'"custom_id" {custom_id!r} is already the id of line {seen[custom_id]}; each '
            "request needs its own (results are matched to requests by it)."
        )
    if not isinstance(request.get("body"), dict):
        raise refuse(
            f'no "body" object: the request to send to the batch\'s endpoint, e.g. {_EXAMPLE_LINE}'
        )
    return custom_id


def _refused(
    file: Path, why: str, *, line: int | None = None, found: bool = True
) -> FileCheckError:
    message = f"{file} is not a batch input file: {why}"
    report = FileCheckReport(
        is_check_passed=False, message=message, found=found, filetype="jsonl", line_number=line
    )
    return FileCheckError(message, report)


# --- waiting and the result files ----------------------------------------------------------


class _Waiter(_jobs.JobWaiter):
    """``_jobs``' decisions for a batch, which has no event list: ``on_progress`` gets the batch
    at the first poll and at every poll where its status or progress changed."""

    def __init__(
        self,
        id: str,
        timeout: float | None,
        poll_interval: float,
        max_poll_interval: float,
        on_progress: Callable[[BatchJob], None] | None,
    ) -> None:
        check_callable(on_progress, "on_progress", "one BatchJob")
        super().__init__(
            _BATCH,
            id,
            timeout=timeout,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            on_event=None,
            now=time.monotonic,
        )
        self.on_progress = on_progress
        self.reported: tuple[object, object] | None = None

    def observe(self, job: Any, events: Sequence[Any] | None) -> bool:
        state = (job.status, job.progress)
        if self.on_progress is not None and state != self.reported:
            self.reported = state
            self.on_progress(job)
        return super().observe(job, events)


def _wait(
    id: str | UUID,
    timeout: float | None,
    poll_interval: float,
    max_poll_interval: float,
    on_progress: Callable[[BatchJob], None] | None,
    watch: Watch | None,
) -> Flow[BatchJob]:
    retrieve = _retrieve(id, {})
    waiter = _Waiter(_batch_id(id), timeout, poll_interval, max_poll_interval, on_progress)
    return _jobs.wait(retrieve, None, waiter, watch)


def _known(batch: str | UUID | BatchJob, which: _Which) -> BatchJob | None:
    """``batch`` if it is a ``BatchJob`` that names its ``which`` file (nothing to ask), else
    None: the batch is retrieved (an id, or a batch seen before its file was written)."""
    if isinstance(batch, BatchJob) and _file_id(batch, which):
        return batch
    return None


def _id_of(batch: str | UUID | BatchJob) -> str:
    if isinstance(batch, BatchJob):
        if batch.id is None:
            raise InvalidRequestError("the batch has no id (an incomplete answer?); pass its id")
        return str(batch.id)
    return _batch_id(batch)


def _file_id(batch: BatchJob, which: _Which) -> str | None:
    return batch.output_file_id if which == "output" else batch.error_file_id


def _file_of(batch: BatchJob, which: _Which) -> str:
    """The id of the batch's ``which`` file, or ``BatchFileMissingError`` saying why there is
    none and what to do."""
    file_id = _file_id(batch, which)
    if file_id:
        return file_id
    status = batch.status
    outcome = _jobs.outcome(_BATCH, status)
    name = f"Batch {batch.id}"
    if outcome is None:
        why = (
            f"{name} has no {which} file yet: it is {status}. Wait until it is over "
            f"(client.batches.wait({str(batch.id)!r})), then download."
        )
    elif outcome == "succeeded" and which == "error":
        why = f"{name} has no error file: it completed and none of its requests failed."
    elif outcome == "succeeded":
        why = (
            f"{name} completed without an output file: none of its requests succeeded; "
            "client.batches.download_errors says why."
        )
    else:
        error = f" The service says: {batch.error}" if batch.error else ""
        why = f"{name} ended {status} without an {which} file.{error}"
    raise BatchFileMissingError(why, batch)


# --- the areas -----------------------------------------------------------------------------


_READERS = {
    "/v1/chat/completions": "ChatCompletionResponse",
    "/v1/completions": "CompletionResponse",
    "/v1/embeddings": "EmbeddingsResponse",
}


def _reader(endpoint: str) -> Callable[[Any], Any]:
    """How ``run`` reads an answer body: as the endpoint's result model, or as it is (JSON)."""
    name = _READERS.get("/v1/" + endpoint.strip("/").removeprefix("v1/"))
    if name is None:
        return lambda body: body
    from .. import types

    model: Any = getattr(types, name)
    return model.from_dict  # type: ignore[no-any-return]


def _run_folder(
    output_dir: str | os.PathLike[str] | None,
) -> tuple[Path, tempfile.TemporaryDirectory[str] | None]:
    """Where ``run`` writes its files: ``output_dir`` (kept), else a temporary folder."""
    if output_dir is None:
        scratch = tempfile.TemporaryDirectory(prefix="together-batch-")
        return Path(scratch.name), scratch
    Path(output_dir).mkdir(parents=True, exist_ok=True)
    return Path(output_dir), None


def _created(created: BatchJobWithWarning) -> BatchJob:
    if created.job is None:
        raise APIResponseValidationError(
            "the answer to creating the batch holds no job: list your batches to find it"
        )
    return created.job


class Batches(SyncAPIResource):
    """``client.batches``: run many requests offline, from a JSONL file (see the module)."""

    if TYPE_CHECKING:  # its methods, in its views (see the end of this module)
        with_raw_response: _BatchesRaw
        with_streaming_response: _BatchesStreaming

    @cached_property
    def _files(self) -> Files:
        return Files(self._core)

    @documented(BatchCreateParams, CreateBatchParams)
    def create(self, **params: Unpack[BatchCreateParams]) -> BatchJobWithWarning:
        """Create a batch over an uploaded JSONL file (``purpose="batch-api"``); the answer's
        ``job`` is the batch, ``warning`` what the service has to say about it.

        Example::

            f = client.files.upload("requests.jsonl", purpose="batch-api", check=False)
            created = client.batches.create(input_file_id=f.id, endpoint="/v1/chat/completions")
            batch = client.batches.wait(created.job.id)
        """
        return self._core.request(_create(params))

    def create_from_file(
        self,
        file: str | os.PathLike[str],
        *,
        endpoint: str = "/v1/chat/completions",
        check: bool = True,
        progress: ProgressOption = None,
        **params: Unpack[BatchFileParams],
    ) -> BatchJobWithWarning:
        """Check a JSONL file of requests, upload it and create a batch over it.

        Each line of ``file`` is one request: ``{"custom_id": "request-1", "body": {...}}``,
        where ``body`` is what you would send to ``endpoint`` (the chat completions endpoint by
        default). With ``check`` (the default), a line that is not a JSON object, has no
        string ``custom_id`` or no ``body`` object, or repeats another line's ``custom_id`` is
        refused with its line number (``FileCheckError``), before anything is sent. The file is
        then uploaded with ``client.files.upload(file, purpose="batch-api")`` (``progress`` is
        its progress: True for a bar on stderr when it is a terminal, or a function of
        ``(done_bytes, total_bytes)``) and the batch created with ``params`` (``completion_window``,
        ``model_id``, ``priority``; per-call options apply to that request). The service then
        runs the requests offline: ``wait`` for the batch and download its output file.

        Example::

            created = client.batches.create_from_file("requests.jsonl", completion_window="24h")
            batch = client.batches.wait(created.job.id, on_progress=lambda b: print(b.progress))
            client.batches.download_output(batch, "results.jsonl")
        """
        with _progress.transfer(progress, _progress.name_of(file, "requests.jsonl")) as report:
            fields = _from_file(file, endpoint, check, params)
            uploaded = self._files.upload(file, purpose="batch-api", check=False, progress=report)
        return self._core.request(_create({**fields, "input_file_id": uploaded.id}))

    def run(
        self,
        requests: Iterable[Mapping[str, Any]] | str | os.PathLike[str],
        *,
        endpoint: str = "/v1/chat/completions",
        wait_timeout: float | None = None,
        poll_interval: float = 5.0,
        max_poll_interval: float = 60.0,
        on_progress: Callable[[BatchJob], None] | None = None,
        progress: bool = False,
        output_dir: str | os.PathLike[str] | None = None,
        **params: Unpack[BatchFileParams],
    ) -> BatchRunResult:
        """Run requests through the Batch API as one call: write them as JSONL, check the file,
        upload it, create the batch, wait for it, download the output and error files, and
        return the answers in the requests' order.

        ``requests`` are request bodies for ``endpoint`` (each gets ``custom_id``
        ``request-<index>``), or ``{"custom_id": ..., "body": {...}}`` lines, or the path of
        such a JSONL file. The result's ``results[i]`` answers request ``i`` (read as the
        endpoint's result, e.g. ``ChatCompletionResponse``; JSON for other endpoints) or is
        ``None``; ``errors`` says why by ``custom_id`` (the error file is read too), and
        ``missing`` names requests found in neither file. The files are written to
        ``output_dir`` if given (kept), else to a temporary folder (removed). ``wait_timeout``
        is ``wait``'s ``timeout``, and ``poll_interval``, ``max_poll_interval``,
        ``on_progress`` and ``progress`` are ``wait``'s (``progress`` also draws the upload's
        and downloads' bars); ``params`` are ``create_from_file``'s (``completion_window``,
        ``model_id``, ``priority``, per-call options). A batch that ends FAILED, EXPIRED or
        CANCELLED raises ``BatchFailedError``.

        Example::

            result = client.batches.run(
                [{"model": "meta-llama/Llama-3.3-70B-Instruct-Turbo",
                  "messages": [{"role": "user", "content": q}]} for q in questions],
                progress=True,
            )
            answers = [r.choices[0].message.content if r else None for r in result.results]
        """
        folder, scratch = _run_folder(output_dir)
        try:
            path, ids = write_requests(requests, folder)
            created = self.create_from_file(path, endpoint=endpoint, progress=progress, **params)
            batch = self.wait(
                _id_of(_created(created)),
                timeout=wait_timeout,
                poll_interval=poll_interval,
                max_poll_interval=max_poll_interval,
                on_progress=on_progress,
                progress=progress,
            )
            output = errors = None
            if _file_id(batch, "output"):
                output = self.download_output(batch, folder / "output.jsonl", progress=progress)
            if _file_id(batch, "error"):
                errors = self.download_errors(batch, folder / "errors.jsonl", progress=progress)
            return read_results(batch, ids, output, errors, _reader(endpoint))
        finally:
            if scratch is not None:
                scratch.cleanup()

    def retrieve(self, id: str | UUID, **options: Unpack[RequestOptions]) -> BatchJob:
        """One batch, with its ``status`` and ``progress``.

        Example: ``client.batches.retrieve(created.job.id).status``.
        """
        return self._core.request(_retrieve(id, options))

    def list(self, **options: Unpack[RequestOptions]) -> _BatchList:
        """Your batches.

        Example: ``running = [b for b in client.batches.list() if b.status == "IN_PROGRESS"]``.
        """
        return self._core.request(_list(options))

    def cancel(self, id: str | UUID, **options: Unpack[RequestOptions]) -> BatchJob:
        """Cancel a batch; the answer is its state (the requests already run keep their
        results). Example: ``client.batches.cancel(created.job.id).status``."""
        return self._core.request(_cancel(id, options))

    def wait(
        self,
        id: str | UUID,
        *,
        timeout: float | None = None,
        poll_interval: float = 5.0,
        max_poll_interval: float = 60.0,
        on_progress: Callable[[BatchJob], None] | None = None,
        progress: bool = False,
    ) -> BatchJob:
        """Poll the batch until it completes (returned) or ends ``FAILED``, ``EXPIRED`` or
        ``CANCELLED`` (``BatchFailedError``, whose ``job`` is the batch), as
        ``fine_tuning.wait`` does.

        Polls come ``poll_interval`` seconds apart at first, then further apart, up to
        ``max_poll_interval``. ``on_progress`` gets the batch at the first poll and whenever
        its status or progress changes. After ``timeout`` seconds it raises
        ``WaitTimeoutError`` (its ``job``: the batch); the batch keeps running. A status this
        SDK does not know counts as still running.

        ``progress=True``: a live line on stderr, when it is a terminal, with the batch's id,
        status and percentage done and the time waited. It needs rich
        (``pip install 'together-facade[progress]'``).

        Example::

            batch = client.batches.wait(created.job.id, timeout=24 * 3600,
                                        on_progress=lambda b: print(b.status, b.progress))
            batch = client.batches.wait(created.job.id, progress=True)
        """
        with _progress.job_line(progress, "batch", str(id), _progress.batch_detail) as watch:
            flow = _wait(id, timeout, poll_interval, max_poll_interval, on_progress, watch)
            return self._core.run(flow)

    def download_output(
        self,
        batch: str | UUID | BatchJob,
        path: str | os.PathLike[str],
        *,
        progress: ProgressOption = None,
    ) -> Path:
        """Download the batch's output file (one JSON line per request that succeeded, with its
        ``custom_id``) to ``path``; returns the path.

        ``batch`` is the batch (as ``wait`` returns it) or its id (then it is retrieved). The
        download resumes after an interruption and lands at ``path`` only when complete
        (``files.retrieve_content``); ``progress``: True for a bar on stderr when it is a
        terminal, or a function of ``(done_bytes, total_bytes)``. A batch with no output file
        (still running, or none of its requests succeeded) raises ``BatchFileMissingError``,
        before anything is written.

        Example::

            batch = client.batches.wait(batch_id)
            client.batches.download_output(batch, "results.jsonl")
        """
        return self._download(batch, "output", path, progress)

    def download_errors(
        self,
        batch: str | UUID | BatchJob,
        path: str | os.PathLike[str],
        *,
        progress: ProgressOption = None,
    ) -> Path:
        """Download the batch's error file (one JSON line per request that failed, with its
        ``custom_id`` and error) to ``path``, as ``download_output`` does; a batch with no
        error file (still running, or no request failed) raises ``BatchFileMissingError``.

        Example: ``client.batches.download_errors(batch, "errors.jsonl")``.
        """
        return self._download(batch, "error", path, progress)

    def _download(
        self,
        batch: str | UUID | BatchJob,
        which: _Which,
        path: str | os.PathLike[str],
        progress: ProgressOption,
    ) -> Path:
        with _progress.transfer(progress, _progress.name_of(path)) as report:
            job = _known(batch, which) or self.retrieve(_id_of(batch))
            file_id = _file_of(job, which)
            return self._files.retrieve_content(file_id, output=path, progress=report)


class AsyncBatches(AsyncAPIResource):
    """``client.batches`` on ``AsyncTogether``: the same calls, awaited."""

    if TYPE_CHECKING:  # its methods, in its views (see the end of this module)
        with_raw_response: _AsyncBatchesRaw
        with_streaming_response: _AsyncBatchesStreaming

    @cached_property
    def _files(self) -> AsyncFiles:
        return AsyncFiles(self._core)

    @documented(BatchCreateParams, CreateBatchParams, like=Batches.create)
    async def create(self, **params: Unpack[BatchCreateParams]) -> BatchJobWithWarning:
        """Create a batch (see ``Together.batches.create``)."""
        return await self._core.request(_create(params))

    async def create_from_file(
        self,
        file: str | os.PathLike[str],
        *,
        endpoint: str = "/v1/chat/completions",
        check: bool = True,
        progress: ProgressOption = None,
        **params: Unpack[BatchFileParams],
    ) -> BatchJobWithWarning:
        """Check, upload and create a batch (see ``Together.batches.create_from_file``).
        Reading and checking the file are done on the event loop's thread, as local disk reads.

        Example: ``created = await client.batches.create_from_file("requests.jsonl")``.
        """
        with _progress.transfer(progress, _progress.name_of(file, "requests.jsonl")) as report:
            fields = _from_file(file, endpoint, check, params)
            uploaded = await self._files.upload(
                file, purpose="batch-api", check=False, progress=report
            )
        return await self._core.request(_create({**fields, "input_file_id": uploaded.id}))

    async def run(
        self,
        requests: Iterable[Mapping[str, Any]] | str | os.PathLike[str],
        *,
        endpoint: str = "/v1/chat/completions",
        wait_timeout: float | None = None,
        poll_interval: float = 5.0,
        max_poll_interval: float = 60.0,
        on_progress: Callable[[BatchJob], None] | None = None,
        progress: bool = False,
        output_dir: str | os.PathLike[str] | None = None,
        **params: Unpack[BatchFileParams],
    ) -> BatchRunResult:
        """Run requests through the Batch API as one call, awaited (see ``Together.batches.run``):
        the answers in the requests' order, with the errors file read too."""
        folder, scratch = _run_folder(output_dir)
        try:
            path, ids = write_requests(requests, folder)
            created = await self.create_from_file(
                path, endpoint=endpoint, progress=progress, **params
            )
            batch = await self.wait(
                _id_of(_created(created)),
                timeout=wait_timeout,
                poll_interval=poll_interval,
                max_poll_interval=max_poll_interval,
                on_progress=on_progress,
                progress=progress,
            )
            output = errors = None
            if _file_id(batch, "output"):
                output = await self.download_output(
                    batch, folder / "output.jsonl", progress=progress
                )
            if _file_id(batch, "error"):
                errors = await self.download_errors(
                    batch, folder / "errors.jsonl", progress=progress
                )
            return read_results(batch, ids, output, errors, _reader(endpoint))
        finally:
            if scratch is not None:
                scratch.cleanup()

    async def retrieve(self, id: str | UUID, **options: Unpack[RequestOptions]) -> BatchJob:
        """One batch. Example: ``(await client.batches.retrieve(batch_id)).status``."""
        return await self._core.request(_retrieve(id, options))

    async def list(self, **options: Unpack[RequestOptions]) -> _BatchList:
        """Your batches. Example: ``batches = await client.batches.list()``."""
        return await self._core.request(_list(options))

    async def cancel(self, id: str | UUID, **options: Unpack[RequestOptions]) -> BatchJob:
        """Cancel a batch. Example: ``await client.batches.cancel(batch_id)``."""
        return await self._core.request(_cancel(id, options))

    async def wait(
        self,
        id: str | UUID,
        *,
        timeout: float | None = None,
        poll_interval: float = 5.0,
        max_poll_interval: float = 60.0,
        on_progress: Callable[[BatchJob], None] | None = None,
        progress: bool = False,
    ) -> BatchJob:
        """Poll the batch until it is over (see ``Together.batches.wait``, and ``progress``
        there).

        Example: ``batch = await client.batches.wait(batch_id, timeout=3600)``.
        """
        with _progress.job_line(progress, "batch", str(id), _progress.batch_detail) as watch:
            flow = _wait(id, timeout, poll_interval, max_poll_interval, on_progress, watch)
            return await self._core.run(flow)

    async def download_output(
        self,
        batch: str | UUID | BatchJob,
        path: str | os.PathLike[str],
        *,
        progress: ProgressOption = None,
    ) -> Path:
        """Download the output file (see ``Together.batches.download_output``).

        Example: ``await client.batches.download_output(batch, "results.jsonl")``.
        """
        return await self._download(batch, "output", path, progress)

    async def download_errors(
        self,
        batch: str | UUID | BatchJob,
        path: str | os.PathLike[str],
        *,
        progress: ProgressOption = None,
    ) -> Path:
        """Download the error file (see ``Together.batches.download_errors``).

        Example: ``await client.batches.download_errors(batch, "errors.jsonl")``.
        """
        return await self._download(batch, "error", path, progress)

    async def _download(
        self,
        batch: str | UUID | BatchJob,
        which: _Which,
        path: str | os.PathLike[str],
        progress: ProgressOption,
    ) -> Path:
        with _progress.transfer(progress, _progress.name_of(path)) as report:
            job = _known(batch, which) or await self.retrieve(_id_of(batch))
            file_id = _file_of(job, which)
            return await self._files.retrieve_content(file_id, output=path, progress=report)


# --- the views' types (see _resource): each area's methods, listed once per view ------------

if TYPE_CHECKING:

    class _BatchesRaw(RawResponses):
        def __init__(self, r: Batches) -> None:
            self.create = wrap_raw(r.create)
            self.create_from_file = wrap_raw(r.create_from_file)
            self.run = wrap_raw(r.run)
            self.retrieve = wrap_raw(r.retrieve)
            self.list = wrap_raw(r.list)
            self.cancel = wrap_raw(r.cancel)
            self.wait = wrap_raw(r.wait)
            self.download_output = wrap_raw(r.download_output)
            self.download_errors = wrap_raw(r.download_errors)

    class _BatchesStreaming(StreamingResponses):
        def __init__(self, r: Batches) -> None:
            self.create = wrap_streamed(r.create)
            self.create_from_file = wrap_streamed(r.create_from_file)
            self.run = wrap_streamed(r.run)
            self.retrieve = wrap_streamed(r.retrieve)
            self.list = wrap_streamed(r.list)
            self.cancel = wrap_streamed(r.cancel)
            self.wait = wrap_streamed(r.wait)
            self.download_output = wrap_streamed(r.download_output)
            self.download_errors = wrap_streamed(r.download_errors)

    class _AsyncBatchesRaw(AsyncRawResponses):
        def __init__(self, r: AsyncBatches) -> None:
            self.create = wrap_araw(r.create)
            self.create_from_file = wrap_araw(r.create_from_file)
            self.run = wrap_araw(r.run)
            self.retrieve = wrap_araw(r.retrieve)
            self.list = wrap_araw(r.list)
            self.cancel = wrap_araw(r.cancel)
            self.wait = wrap_araw(r.wait)
            self.download_output = wrap_araw(r.download_output)
            self.download_errors = wrap_araw(r.download_errors)

    class _AsyncBatchesStreaming(AsyncStreamingResponses):
        def __init__(self, r: AsyncBatches) -> None:
            self.create = wrap_astreamed(r.create)
            self.create_from_file = wrap_astreamed(r.create_from_file)
            self.run = wrap_astreamed(r.run)
            self.retrieve = wrap_astreamed(r.retrieve)
            self.list = wrap_astreamed(r.list)
            self.cancel = wrap_astreamed(r.cancel)
            self.wait = wrap_astreamed(r.wait)
            self.download_output = wrap_astreamed(r.download_output)
            self.download_errors = wrap_astreamed(r.download_errors)
