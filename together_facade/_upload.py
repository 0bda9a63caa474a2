"""Uploading a data file: the service's three steps, written once as a flow (see ``_flow``).

1. ``POST /files`` with a form (purpose, file name, type), redirects NOT followed: the service
   answers 302 with ``Location`` (a presigned storage URL) and ``X-Together-File-Id``.
2. ``PUT`` the bytes to that URL, streamed, WITHOUT the API key or the client's headers: the
   presigned URL is the credential, and the storage host is another origin. The spec has no
   operation for this step (the URL is absolute and on another host), so the call is made here;
   it goes through the core like every other call (retries, typed errors).
3. ``POST /files/{id}/preprocess``: the answer is the file's metadata.

What ``file=`` may be, the name and type sent, the check, and the request body of step 2 are
``_upload_source``'s job; everything it refuses is refused before step 1 is sent.
"""

from __future__ import annotations

import contextlib
import ipaddress
import re

import httpx

from . import _gen
from ._calls import Call, Endpoint, as_response, model_call
from ._config import check_callable, is_loopback
from ._exceptions import (
    APIResponseValidationError,
    InvalidRedirectError,
    InvalidTypeError,
    request_id_of,
)
from ._flow import Flow, Progress
from ._upload_source import Body, FileInput, prepare
from .types import FileResponse

__all__ = ["upload"]

_NAME = "files.upload"


def upload(
    file: FileInput,
    purpose: str,
    check: bool,
    progress: Progress | None,
    file_name: str | None = None,
) -> Flow[FileResponse]:
    """The three steps of an upload (see the module docstring)."""
    if not isinstance(purpose, str) or not purpose:
        raise InvalidTypeError(
            f"purpose must be a non-empty string such as 'fine-tune', got {purpose!r}"
        )
    check_callable(progress, "progress", "(done_bytes, total_bytes)")
    with contextlib.ExitStack() as cleanup:  # temporary files go when the flow ends, however
        body, form = prepare(file, file_name, purpose, check, progress, cleanup)
        start = Call(_NAME, _gen.start_file_upload(form), as_response, follow_redirects=False)
        try:
            started: httpx.Response = yield start
        except InvalidRedirectError as exc:
            raise _bad_start(
                exc.request, exc.request_id, f"the storage URL is malformed ({exc})"
            ) from exc
        url, file_id = upload_target(started)
        yield Call(_NAME, _put(url, body), as_response, to_api=False, transfer=True)
        finished: FileResponse = yield model_call(
            _NAME, _gen.preprocess_file(file_id), FileResponse.from_dict, {}
        )
        return finished


# --- the start's answer, and the PUT -----------------------------------------------------------


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
    if url.scheme != "https" and not (url.scheme == "http" and is_loopback(url.host)):
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


def _put(url: str, body: Body) -> Endpoint:
    headers = {"Content-Type": "application/octet-stream", "Content-Length": str(body.size)}
    return Endpoint("PUT", url, content=body, headers=headers)
