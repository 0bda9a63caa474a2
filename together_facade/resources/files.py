"""``client.files``: the data files you uploaded for fine-tuning."""

from __future__ import annotations

from typing import Any, Unpack

import httpx

from .. import _gen
from .._base import Call, RequestOptions, options_only, parse_model, path_id
from .._resource import AsyncAPIResource, SyncAPIResource
from ..types import FileDeleteResponse, FileList, FileResponse

__all__ = ["AsyncFiles", "Files"]


def _read_deleted(data: Any) -> FileDeleteResponse:
    if isinstance(data, dict) and isinstance(data.get("deleted"), str):
        # Older answers say "deleted": "true" (a string); the spec says a boolean.
        data = {**data, "deleted": data["deleted"].strip().lower() == "true"}
    return FileDeleteResponse.from_dict(data)


def _list(options: RequestOptions) -> Call[FileList]:
    name = "files.list"
    return Call(
        name,
        _gen.list_files(),
        lambda r: parse_model(r, name, FileList.from_dict),
        options_only(name, options),
    )


def _retrieve(id: str, options: RequestOptions) -> Call[FileResponse]:
    name = "files.retrieve"
    endpoint = _gen.retrieve_file(path_id(id, "file id"))
    return Call(
        name,
        endpoint,
        lambda r: parse_model(r, name, FileResponse.from_dict),
        options_only(name, options),
    )


def _content(response: httpx.Response) -> bytes:
    return response.content


def _retrieve_content(id: str, options: RequestOptions) -> Call[bytes]:
    name = "files.retrieve_content"
    endpoint = _gen.retrieve_file_content(path_id(id, "file id"))
    return Call(name, endpoint, _content, options_only(name, options))


def _delete(id: str, options: RequestOptions) -> Call[FileDeleteResponse]:
    name = "files.delete"
    endpoint = _gen.delete_file(path_id(id, "file id"))
    return Call(
        name, endpoint, lambda r: parse_model(r, name, _read_deleted), options_only(name, options)
    )


class Files(SyncAPIResource):
    """``client.files``."""

    def list(self, **options: Unpack[RequestOptions]) -> FileList:
        """Your uploaded files (``.data``)."""
        return self._core.request(_list(options))

    def retrieve(self, id: str, **options: Unpack[RequestOptions]) -> FileResponse:
        """One file's metadata. Example: ``client.files.retrieve("file-...").filename``."""
        return self._core.request(_retrieve(id, options))

    def retrieve_content(self, id: str, **options: Unpack[RequestOptions]) -> bytes:
        """The file's bytes."""
        return self._core.request(_retrieve_content(id, options))

    def delete(self, id: str, **options: Unpack[RequestOptions]) -> FileDeleteResponse:
        """Delete a file. ``.deleted`` is True when it is gone."""
        return self._core.request(_delete(id, options))


class AsyncFiles(AsyncAPIResource):
    """``client.files`` on ``AsyncTogether``."""

    async def list(self, **options: Unpack[RequestOptions]) -> FileList:
        """Your uploaded files (``.data``)."""
        return await self._core.request(_list(options))

    async def retrieve(self, id: str, **options: Unpack[RequestOptions]) -> FileResponse:
        """One file's metadata."""
        return await self._core.request(_retrieve(id, options))

    async def retrieve_content(self, id: str, **options: Unpack[RequestOptions]) -> bytes:
        """The file's bytes."""
        return await self._core.request(_retrieve_content(id, options))

    async def delete(self, id: str, **options: Unpack[RequestOptions]) -> FileDeleteResponse:
        """Delete a file."""
        return await self._core.request(_delete(id, options))
