"""``client.files``: the data files you upload for fine-tuning, batches and evaluations.

An upload (``upload``, and openai's name for it, ``create``) goes one of two ways:

* In three steps (``_upload``), the default: ``POST /files`` answers 302 with a presigned
  storage URL, the bytes are PUT there streamed from disk, then ``POST /files/{id}/preprocess``
  gives the file's metadata. This is what the official together SDK does; it takes any size,
  with memory bounded.
* In one step, with ``one_step=True``: one multipart ``POST /files/upload`` carrying the file,
  its name, purpose and type. One request to the API host alone (no storage host to reach), but
  its body is built in memory (and kept, so that a retry sends it again): only files of at most
  ``ONE_STEP_MAX_BYTES`` go this way, and a larger one takes the three steps.

Either way the file is checked first (``check=True``), and whatever ``file=`` is refused for is
refused before anything is sent (``_upload_source``).
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Unpack, overload

from together_api_client import operations as _ops
from together_api_client.operations import OPERATIONS

from .. import _download, _gen, _progress, _upload
from .._calls import Call, RequestOptions, model_call, options_only, path_id, read_bytes
from .._config import check_callable
from .._exceptions import InvalidRequestError, InvalidTypeError
from .._flow import Flow, Progress
from .._operations import operation_call
from .._progress import ProgressOption
from .._resource import AsyncAPIResource, SyncAPIResource
from .._upload_source import Body, BytesBody, FileBody, FileInput, StreamBody, prepare, shown_name
from ..types import FileDeleteResponse, FileList, FileResponse

if TYPE_CHECKING:
    from .._resource import (
        AsyncRawResponses,
        AsyncStreamingResponses,
        RawResponses,
        StreamingResponses,
    )
    from .._response import wrap_araw, wrap_raw
    from .._streamed import wrap_astreamed, wrap_streamed

__all__ = ["ONE_STEP_MAX_BYTES", "AsyncFiles", "Files"]

#: The largest file ``upload(..., one_step=True)`` sends in one request: 50 MiB. The one-step
#: body is held in memory whole, and this stays well under the request sizes that proxies in
#: front of an API commonly accept (100 MB). A larger file takes the three steps, streamed.
ONE_STEP_MAX_BYTES = 50 * 1024 * 1024

#: The spec's one-step upload, its calls named as the method the user called.
_UPLOAD_FILE = dataclasses.replace(OPERATIONS["upload_file"], name="files.upload")


def _read_deleted(data: Any) -> FileDeleteResponse:
    if isinstance(data, dict) and isinstance(data.get("deleted"), str):
        # Older answers say "deleted": "true" (a string); the spec says a boolean.
        data = {**data, "deleted": data["deleted"].strip().lower() == "true"}
    return FileDeleteResponse.from_dict(data)


def _list(options: RequestOptions) -> Call[FileList]:
    name = "files.list"
    return model_call(name, _gen.list_files(), FileList.from_dict, options_only(name, options))


def _retrieve(id: str, options: RequestOptions) -> Call[FileResponse]:
    name = "files.retrieve"
    endpoint = _gen.retrieve_file(path_id(id, "file id"))
    return model_call(name, endpoint, FileResponse.from_dict, options_only(name, options))


def _retrieve_content(id: str, options: RequestOptions) -> Call[bytes]:
    name = "files.retrieve_content"
    endpoint = _gen.retrieve_file_content(path_id(id, "file id"))
    return Call(
        name, endpoint, read_bytes, options_only(name, options), accept="*/*", to_storage=True
    )


def _delete(id: str, options: RequestOptions) -> Call[FileDeleteResponse]:
    name = "files.delete"
    endpoint = _gen.delete_file(path_id(id, "file id"))
    return model_call(name, endpoint, _read_deleted, options_only(name, options))


def _upload_flow(
    file: FileInput,
    purpose: str,
    check: bool,
    progress: Progress | None,
    file_name: str | None,
    one_step: bool,
) -> Flow[FileResponse]:
    """The upload, the way ``one_step`` says (see the module docstring). ``check_file`` knows
    the fine-tuning formats: a file for another purpose (a batch's requests, an evaluation's
    data) is not checked against them."""
    if not isinstance(one_step, bool):
        raise InvalidTypeError(f"files.upload(): one_step must be True or False, got {one_step!r}")
    check = check and purpose == "fine-tune"
    if one_step:
        return _one_step(file, purpose, check, progress, file_name)
    return _upload.upload(file, purpose, check, progress, file_name)


def _one_step(
    file: FileInput,
    purpose: str,
    check: bool,
    progress: Progress | None,
    file_name: str | None,
) -> Flow[FileResponse]:
    """One multipart ``POST /files/upload``; a file over ``ONE_STEP_MAX_BYTES`` goes the
    three-step way instead, from what was read and checked here (not read or checked again).
    ``progress`` hears of the start (0 bytes) and of the end (all of them): the body is sent
    whole."""
    if not isinstance(purpose, str) or not purpose:
        raise InvalidTypeError(
            f"purpose must be a non-empty string such as 'fine-tune', got {purpose!r}"
        )
    check_callable(progress, "progress", "(done_bytes, total_bytes)")
    with contextlib.ExitStack() as cleanup:  # temporary files go when the flow ends, however
        body, form = prepare(file, file_name, purpose, check, None, cleanup)
        if body.size > ONE_STEP_MAX_BYTES:
            source = _prepared(body)
            streamed: FileResponse = yield from _upload.upload(
                source, purpose, False, progress, form["file_name"]
            )
            return streamed
        part = io.BytesIO(_content(body))
        part.name = form["file_name"]  # the multipart part's file name
        call = operation_call(_UPLOAD_FILE, _ops.upload_file(), {**form, "file": part})
        if progress:
            progress(0, body.size)
        uploaded: FileResponse = yield dataclasses.replace(call, transfer=True)
        if progress:
            progress(body.size, body.size)
        return uploaded


def _content(body: Body) -> bytes:
    """A prepared body's bytes, read whole, once."""
    if isinstance(body, BytesBody):
        return body.data
    try:
        if isinstance(body, FileBody):
            return body.path.read_bytes()
        return b"".join(body)  # a seekable file object, from where it was
    except OSError as exc:
        raise InvalidRequestError(f"file cannot be read ({exc.strerror or exc}).") from exc


def _prepared(body: Body) -> FileInput:
    """What a prepared body reads from (a path, the bytes, a file object at the position it is
    read from), to be prepared again, unchecked, by the three-step upload."""
    if isinstance(body, FileBody):
        return body.path
    if isinstance(body, BytesBody):
        return body.data
    assert isinstance(body, StreamBody)  # the third and last kind ``prepare`` makes
    return body.stream


class Files(SyncAPIResource):
    """``client.files``."""

    if TYPE_CHECKING:  # its methods, in its views (see the end of this module)
        with_raw_response: _FilesRaw
        with_streaming_response: _FilesStreaming

    def list(self, **options: Unpack[RequestOptions]) -> FileList:
        """Your uploaded files (``.data``)."""
        return self._core.request(_list(options))

    def retrieve(self, id: str, **options: Unpack[RequestOptions]) -> FileResponse:
        """One file's metadata. Example: ``client.files.retrieve("file-...").filename``."""
        return self._core.request(_retrieve(id, options))

    @overload
    def retrieve_content(
        self,
        id: str,
        *,
        output: None = None,
        progress: None = None,
        **options: Unpack[RequestOptions],
    ) -> bytes: ...
    @overload
    def retrieve_content(
        self,
        id: str,
        *,
        output: str | os.PathLike[str],
        progress: ProgressOption = None,
        **options: Unpack[RequestOptions],
    ) -> Path: ...
    def retrieve_content(
        self,
        id: str,
        *,
        output: str | os.PathLike[str] | None = None,
        progress: ProgressOption = None,
        **options: Unpack[RequestOptions],
    ) -> bytes | Path:
        """The file's bytes; with ``output``, streamed to that path (returned) instead.

        ``progress`` (with ``output``): True draws a bar on stderr when it is a terminal (see
        ``files.upload``), or a function is called as ``progress(done_bytes, total_bytes)``.

        Example: ``client.files.retrieve_content("file-...", output="train.jsonl")``.
        """
        if output is None:
            return self._core.request(_retrieve_content(id, options))
        with _progress.transfer(progress, _progress.name_of(output)) as report:
            flow = _download.download(_retrieve_content(id, options), output, report)
            return self._core.run(flow)

    def upload(
        self,
        file: FileInput,
        *,
        purpose: str = "fine-tune",
        check: bool = True,
        progress: ProgressOption = None,
        file_name: str | None = None,
        one_step: bool = False,
    ) -> FileResponse:
        """Upload a data file; ``check`` runs ``check_file`` on it first (for the default
        purpose, ``fine-tune``: the formats it checks are fine-tuning's).

        ``file`` is a path (``str`` or ``os.PathLike``), ``bytes``, a file opened in binary mode
        (``open(path, "rb")``, read from its current position and not closed), or openai's
        ``(file_name, content)``. The name sent (its extension tells the file type) is the
        path's name, else the file object's ``.name`` basename, else ``"data.jsonl"``
        (``DEFAULT_FILE_NAME``); ``file_name=`` overrides it. Files stream from disk; file
        objects that cannot seek, and any file object or bytes to check, go through a temporary
        file written a chunk at a time, so memory stays bounded (``bytes`` aside).

        How it is sent: by default in three steps (a presigned storage URL the bytes are
        streamed to, as the official together SDK does), for any size. ``one_step=True``: a
        file of at most ``ONE_STEP_MAX_BYTES`` (50 MiB) goes in one multipart request to the
        API (``POST /files/upload``), read into memory whole, which suits a network that
        reaches the API host but not the storage host; a larger file still takes the three
        steps. ``progress`` then hears of the start and of the end only. The result is the
        same either way.

        ``progress``: True draws a bar on stderr (the name, the bytes sent, the speed, the time
        left) when stderr is a terminal, and nothing otherwise; it needs rich
        (``pip install 'together-facade[progress]'``), and without it the upload is refused
        before anything is sent (``MissingDependencyError``). A function is called as
        ``progress(done_bytes, total_bytes)`` instead.

        Example::

            f = client.files.upload("train.jsonl", progress=True)
            f = client.files.upload("train.jsonl", progress=lambda done, total: print(done, total))
            f = client.files.upload(open("train.jsonl", "rb"))
            f = client.files.upload(b'{"text": "..."}\\n', file_name="train.jsonl")
            f = client.files.upload("small.jsonl", one_step=True)
            job = client.fine_tuning.create(training_file=f.id, model=...)
        """
        with _progress.transfer(progress, shown_name(file, file_name)) as report:
            flow = _upload_flow(file, purpose, check, report, file_name, one_step)
            return self._core.run(flow)

    create = upload  # openai's name: client.files.create(file=open(path, "rb"), purpose=...)

    def delete(self, id: str, **options: Unpack[RequestOptions]) -> FileDeleteResponse:
        """Delete a file. ``.deleted`` is True when it is gone."""
        return self._core.request(_delete(id, options))


class AsyncFiles(AsyncAPIResource):
    """``client.files`` on ``AsyncTogether``."""

    if TYPE_CHECKING:  # its methods, in its views (see the end of this module)
        with_raw_response: _AsyncFilesRaw
        with_streaming_response: _AsyncFilesStreaming

    async def list(self, **options: Unpack[RequestOptions]) -> FileList:
        """Your uploaded files (``.data``)."""
        return await self._core.request(_list(options))

    async def retrieve(self, id: str, **options: Unpack[RequestOptions]) -> FileResponse:
        """One file's metadata."""
        return await self._core.request(_retrieve(id, options))

    @overload
    async def retrieve_content(
        self,
        id: str,
        *,
        output: None = None,
        progress: None = None,
        **options: Unpack[RequestOptions],
    ) -> bytes: ...
    @overload
    async def retrieve_content(
        self,
        id: str,
        *,
        output: str | os.PathLike[str],
        progress: ProgressOption = None,
        **options: Unpack[RequestOptions],
    ) -> Path: ...
    async def retrieve_content(
        self,
        id: str,
        *,
        output: str | os.PathLike[str] | None = None,
        progress: ProgressOption = None,
        **options: Unpack[RequestOptions],
    ) -> bytes | Path:
        """The file's bytes; with ``output``, streamed to that path (returned) instead
        (``progress``: see ``Together.files.retrieve_content``)."""
        if output is None:
            return await self._core.request(_retrieve_content(id, options))
        with _progress.transfer(progress, _progress.name_of(output)) as report:
            flow = _download.download(_retrieve_content(id, options), output, report)
            return await self._core.run(flow)

    async def upload(
        self,
        file: FileInput,
        *,
        purpose: str = "fine-tune",
        check: bool = True,
        progress: ProgressOption = None,
        file_name: str | None = None,
        one_step: bool = False,
    ) -> FileResponse:
        """Upload a data file (see ``Together.files.upload``, and ``one_step`` and ``progress``
        there). Reading and checking the file are done on the event loop's thread, as local
        disk reads.

        Example: ``f = await client.files.upload("train.jsonl")``.
        """
        with _progress.transfer(progress, shown_name(file, file_name)) as report:
            flow = _upload_flow(file, purpose, check, report, file_name, one_step)
            return await self._core.run(flow)

    create = upload  # openai's name: client.files.create(file=open(path, "rb"), purpose=...)

    async def delete(self, id: str, **options: Unpack[RequestOptions]) -> FileDeleteResponse:
        """Delete a file."""
        return await self._core.request(_delete(id, options))


# --- the views' types (see _resource): each area's methods, listed once per view ------------

if TYPE_CHECKING:

    class _FilesRaw(RawResponses):
        def __init__(self, r: Files) -> None:
            self.list = wrap_raw(r.list)
            self.retrieve = wrap_raw(r.retrieve)
            self.retrieve_content = wrap_raw(r.retrieve_content)
            self.upload = wrap_raw(r.upload)
            self.create = wrap_raw(r.create)
            self.delete = wrap_raw(r.delete)

    class _FilesStreaming(StreamingResponses):
        def __init__(self, r: Files) -> None:
            self.list = wrap_streamed(r.list)
            self.retrieve = wrap_streamed(r.retrieve)
            self.retrieve_content = wrap_streamed(r.retrieve_content)
            self.upload = wrap_streamed(r.upload)
            self.create = wrap_streamed(r.create)
            self.delete = wrap_streamed(r.delete)

    class _AsyncFilesRaw(AsyncRawResponses):
        def __init__(self, r: AsyncFiles) -> None:
            self.list = wrap_araw(r.list)
            self.retrieve = wrap_araw(r.retrieve)
            self.retrieve_content = wrap_araw(r.retrieve_content)
            self.upload = wrap_araw(r.upload)
            self.create = wrap_araw(r.create)
            self.delete = wrap_araw(r.delete)

    class _AsyncFilesStreaming(AsyncStreamingResponses):
        def __init__(self, r: AsyncFiles) -> None:
            self.list = wrap_astreamed(r.list)
            self.retrieve = wrap_astreamed(r.retrieve)
            self.retrieve_content = wrap_astreamed(r.retrieve_content)
            self.upload = wrap_astreamed(r.upload)
            self.create = wrap_astreamed(r.create)
            self.delete = wrap_astreamed(r.delete)
