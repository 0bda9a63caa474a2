"""Uploading a data file: the service's three steps, written once as a flow (see ``_flow``).

1. ``POST /files`` with a form (purpose, file name, type), redirects NOT followed: the service
   answers 302 with ``Location`` (a presigned storage URL) and ``X-Together-File-Id``.
2. ``PUT`` the bytes to that URL, streamed from disk, WITHOUT the API key or the client's
   headers: the presigned URL is the credential, and the storage host is another origin. The
   spec has no operation for this step (the URL is absolute and on another host), so the call is
   made here; it goes through the core like every other call (retries, typed errors).
3. ``POST /files/{id}/preprocess``: the answer is the file's metadata.
"""

from __future__ import annotations

import ipaddress
import os
import re
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx

from . import _gen
from ._calls import Call, Endpoint, as_response, model_call
from ._config import check_callable
from ._exceptions import (
    APIResponseValidationError,
    FileCheckError,
    InvalidRedirectError,
    InvalidRequestError,
    InvalidTypeError,
    request_id_of,
)
from ._filecheck import check_file
from ._flow import Flow, Progress
from .types import FileResponse

__all__ = ["FileBody", "upload"]

CHUNK_SIZE = 1024 * 1024

FILE_TYPES = {".jsonl": "jsonl", ".parquet": "parquet", ".csv": "csv"}

_NAME = "files.upload"


def upload(
    file: str | os.PathLike[str], purpose: str, check: bool, progress: Progress | None
) -> Flow[FileResponse]:
    """The three steps of an upload (see the module docstring)."""
    path, size = existing_file(file)
    if not isinstance(purpose, str) or not purpose:
        raise InvalidTypeError(
            f"purpose must be a non-empty string such as 'fine-tune', got {purpose!r}"
        )
    check_callable(progress, "progress", "(done_bytes, total_bytes)")
    if check:
        report = check_file(path)
        if not report.is_check_passed:
            raise FileCheckError(f"{path.name} failed the data check: {report.message}", report)
    start = Call(
        _NAME,
        _gen.start_file_upload(upload_form(path, purpose)),
        as_response,
        follow_redirects=False,
    )
    try:
        started: httpx.Response = yield start
    except InvalidRedirectError as exc:
        raise _bad_start(
            exc.request, exc.request_id, f"the storage URL is malformed ({exc})"
        ) from exc
    url, file_id = upload_target(started)
    yield Call(_NAME, _put(url, FileBody(path, size, progress)), as_response, to_api=False)
    finished: FileResponse = yield model_call(
        _NAME, _gen.preprocess_file(file_id), FileResponse.from_dict, {}
    )
    return finished


def existing_file(file: str | os.PathLike[str]) -> tuple[Path, int]:
    """The path and size of a file we can read, or an error naming it."""
    if not isinstance(file, str | os.PathLike):
        raise InvalidTypeError(f"file must be a path (str or os.PathLike), got {file!r}")
    path = Path(file)
    if not path.is_file():
        raise InvalidRequestError(f"{path}: no such file.")
    try:
        with path.open("rb"):
            pass
        size = path.stat().st_size
    except OSError as exc:
        raise InvalidRequestError(f"{path}: cannot be read ({exc.strerror or exc}).") from exc
    return path, size


def upload_form(path: Path, purpose: str) -> dict[str, str]:
    file_type = FILE_TYPES.get(path.suffix.lower())
    if file_type is None:
        raise InvalidRequestError(
            f"{path.name}: the file must end in .jsonl, .parquet or .csv, found {path.suffix!r}."
        )
    return {"purpose": purpose, "file_name": path.name, "file_type": file_type}


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def upload_target(response: httpx.Response) -> tuple[str, str]:
    """The storage URL and file id the 302 of ``POST /files`` names; anything but an https URL
    (or http on loopback, for tests) is refused."""
    location = response.headers.get("location")
    file_id = response.headers.get("x-together-file-id")

    def refuse(why: str) -> APIResponseValidationError:
        return _bad_start(response.request, request_id_of(response), why, response.content)

    if response.status_code != 302 or not location or not file_id:
        raise refuse(
            f"expected a 302 with Location and X-Together-File-Id, got {response.status_code} "
            f"(Location={location!r}, file id={file_id!r})"
        )
    try:
        url = httpx.URL(location)
        port = url.port
    except (httpx.InvalidURL, ValueError) as exc:
        raise refuse(f"the storage URL {location!r} is malformed ({exc})") from exc
    if not url.host:
        raise refuse(f"the storage URL {location!r} names no host")
    if not _is_host(url.host) or (port is not None and not 0 < port < 65536):
        raise refuse(f"the storage URL {location!r} is malformed (its host or port is not valid)")
    if url.scheme != "https" and not (url.scheme == "http" and _is_loopback(url.host)):
        raise refuse(
            f"refusing to upload to {url.scheme}://{url.host}: the storage URL must be https"
        )
    return str(url), file_id


_HOSTNAME = re.compile(r"(?!-)[\w-]{1,63}(?<!-)(\.(?!-)[\w-]{1,63}(?<!-))*\.?", re.ASCII)


def _is_host(host: str) -> bool:
    """A DNS name (letters, digits, hyphens, underscores as some storage hosts have; IDNA names
    are already in their xn-- form) or an IP address. What httpx would percent-encode instead of
    refusing (a space) is not a host."""
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return len(host) <= 253 and _HOSTNAME.fullmatch(host) is not None
    return True


def _bad_start(
    request: httpx.Request | None, request_id: str | None, why: str, body: object = None
) -> APIResponseValidationError:
    return APIResponseValidationError(
        f"Starting the upload: {why}. Nothing was uploaded; try again, and quote the request id "
        "to support if it persists.",
        request=request,
        body=body,
        request_id=request_id,
    )


def _put(url: str, body: FileBody) -> Endpoint:
    headers = {"Content-Type": "application/octet-stream", "Content-Length": str(body.size)}
    return Endpoint("PUT", url, content=body, headers=headers)


class FileBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A file sent as a request body, read from disk a chunk at a time, for either client; each
    iteration reads it from the start again, so the request can be retried."""

    def __init__(self, path: Path, size: int, progress: Progress | None) -> None:
        self.path = path
        self.size = size
        self.progress = progress

    def __iter__(self) -> Iterator[bytes]:
        done = 0
        if self.progress:
            self.progress(0, self.size)
        with self.path.open("rb") as f:
            while chunk := f.read(CHUNK_SIZE):
                done += len(chunk)
                yield chunk
                if self.progress:
                    self.progress(done, self.size)

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self:
            yield chunk
