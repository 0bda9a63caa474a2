"""``client.files``: the data files you uploaded for fine-tuning."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Unpack, overload

from .. import _download, _gen, _upload
from .._calls import Call, RequestOptions, model_call, options_only, path_id, read_bytes
from .._flow import Progress
from .._resource import AsyncAPIResource, SyncAPIResource
from .._upload_source import FileInput
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

__all__ = ["AsyncFiles", "Files"]


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
        progress: Progress | None = None,
        **options: Unpack[RequestOptions],
    ) -> Path: ...
    def retrieve_content(
        self,
        id: str,
        *,
        output: str | os.PathLike[str] | None = None,
        progress: Progress | None = None,
        **options: Unpack[RequestOptions],
    ) -> bytes | Path:
        """The file's bytes; with ``output``, streamed to that path (returned) instead.

        Example: ``client.files.retrieve_content("file-...", output="train.jsonl")``.
        """
        if output is None:
            return self._core.request(_retrieve_content(id, options))
        flow = _download.download(_retrieve_content(id, options), output, progress)
        return self._core.run(flow)

    def upload(
        self,
        file: FileInput,
        *,
        purpose: str = "fine-tune",
        check: bool = True,
        progress: Progress | None = None,
        file_name: str | None = None,
    ) -> FileResponse:
        """Upload a data file; ``check`` runs ``check_file`` on it first.

        ``file`` is a path (``str`` or ``os.PathLike``), ``bytes``, a file opened in binary mode
        (``open(path, "rb")``, read from its current position and not closed), or openai's
        ``(file_name, content)``. The name sent (its extension tells the file type) is the
        path's name, else the file object's ``.name`` basename, else ``"data.jsonl"``
        (``DEFAULT_FILE_NAME``); ``file_name=`` overrides it. Files stream from disk; file
        objects that cannot seek, and any file object or bytes to check, go through a temporary
        file written a chunk at a time, so memory stays bounded (``bytes`` aside).

        Example::

            f = client.files.upload("train.jsonl", progress=lambda done, total: print(done, total))
            f = client.files.upload(open("train.jsonl", "rb"))
            f = client.files.upload(b'{"text": "..."}\\n', file_name="train.jsonl")
            job = client.fine_tuning.create(training_file=f.id, model=...)
        """
        flow = _upload.upload(file, purpose, check, progress, file_name)
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
        progress: Progress | None = None,
        **options: Unpack[RequestOptions],
    ) -> Path: ...
    async def retrieve_content(
        self,
        id: str,
        *,
        output: str | os.PathLike[str] | None = None,
        progress: Progress | None = None,
        **options: Unpack[RequestOptions],
    ) -> bytes | Path:
        """The file's bytes; with ``output``, streamed to that path (returned) instead."""
        if output is None:
            return await self._core.request(_retrieve_content(id, options))
        flow = _download.download(_retrieve_content(id, options), output, progress)
        return await self._core.run(flow)

    async def upload(
        self,
        file: FileInput,
        *,
        purpose: str = "fine-tune",
        check: bool = True,
        progress: Progress | None = None,
        file_name: str | None = None,
    ) -> FileResponse:
        """Upload a data file (see ``Together.files.upload``). Reading and checking the file
        are done on the event loop's thread, as local disk reads."""
        flow = _upload.upload(file, purpose, check, progress, file_name)
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
