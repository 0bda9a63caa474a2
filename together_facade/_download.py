"""Downloading to disk, resumable, written once as a flow (see ``_flow``).

The bytes go to a temporary file beside the output as they arrive. When the connection is cut,
the download resumes with ``Range`` from the last byte written (a server that ignores ``Range``
is read from the start again). At the end the size is checked against the announced one and the
file is renamed into place; on any failure the temporary file is removed, and the output is
never left half written.
"""

from __future__ import annotations

import os
import re
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx

from ._calls import Call, RequestOptions, as_response
from ._config import check_callable
from ._exceptions import (
    APIResponseValidationError,
    InvalidRequestError,
    InvalidTypeError,
    connection_error,
    request_id_of,
)
from ._flow import Close, Flow, Progress, Pump
from ._logs import log

__all__ = ["MAX_RESUMES", "PartFile", "download"]

MAX_RESUMES = 5

_CONTENT_RANGE = re.compile(r"bytes (\d+)-(\d+)/(\d+|\*)")


def download(
    call: Call[Any], output: str | os.PathLike[str], progress: Progress | None
) -> Flow[Path]:
    """Stream ``call``'s answer into ``output``, resuming with ``Range`` when it is cut."""
    if not isinstance(output, str | os.PathLike):
        raise InvalidTypeError(f"output must be a path (str or os.PathLike), got {output!r}")
    check_callable(progress, "progress", "(done_bytes, total_bytes)")
    job = PartFile(Path(output), progress)
    try:
        failures = 0
        while True:
            response: httpx.Response = yield job.resumed(call)
            try:
                job.begin(response)
                yield Pump(response, job.write)  # as it arrives: a cut loses nothing
            except httpx.RequestError as exc:
                yield Close(response)
                failures += 1
                if failures > MAX_RESUMES:
                    raise connection_error(exc, response.request) from exc
                log.info(
                    "download of %s interrupted at %d bytes (%s); resuming",
                    job.output.name,
                    job.written,
                    exc,
                )
                continue
            return job.finish(response)
    except BaseException:
        job.discard()
        raise


class PartFile:
    """A download into ``output`` by way of a temporary file beside it.

    ``begin(response)`` for each (re)started answer, ``write(chunk)`` for its bytes,
    ``finish()`` at the end (checks the size, renames), ``discard()`` on failure.
    """

    def __init__(self, output: Path, progress: Progress | None) -> None:
        self.output = output
        self.progress = progress
        if _is_dir(output):
            raise InvalidRequestError(f"output {str(output)!r} is a folder: name a file in it.")
        try:
            output.parent.mkdir(parents=True, exist_ok=True)
            fd, name = tempfile.mkstemp(
                dir=output.parent, prefix=f".{output.name}.", suffix=".part"
            )
        except (OSError, ValueError) as exc:  # ValueError: a NUL byte in the path
            why = getattr(exc, "strerror", None) or str(exc)
            raise InvalidRequestError(
                f"output {str(output)!r}: cannot write there ({why}); pass a path in a folder "
                "you can write to."
            ) from exc
        self.part = Path(name)
        self.file = os.fdopen(fd, "wb")
        self.written = 0
        self.total: int | None = None

    def resumed(self, call: Call[Any]) -> Call[Any]:
        """``call``, asking only for the bytes not yet written, and giving back its answer
        unread."""
        headers = dict(call.options.get("extra_headers") or {})
        if self.written:
            headers["Range"] = f"bytes={self.written}-"
        options: RequestOptions = {**call.options, "extra_headers": headers}
        return replace(call, options=options, stream=True, parse=as_response, transfer=True)

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
        encoded = "content-encoding" in response.headers  # decoded, the size is not known
        self.total = int(length) if length and length.isdigit() and not encoded else None
        if self.progress:
            self.progress(0, self.total)

    def write(self, chunk: bytes) -> None:
        if self.total is not None and self.written + len(chunk) > self.total:
            # No cap on a download's size, but no more than it announced: a server that keeps
            # sending does not fill the disk.
            raise APIResponseValidationError(
                f"Download of {self.output.name} failed: the service announced {self.total} "
                f"bytes and sent more. Nothing was written to {self.output}."
            )
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
        """Remove the temporary file, even when closing it fails (a full disk)."""
        try:
            self.file.close()
        except OSError:
            pass
        finally:
            self.part.unlink(missing_ok=True)

    def _invalid(self, response: httpx.Response, why: str) -> APIResponseValidationError:
        return APIResponseValidationError(
            f"Download of {self.output.name} failed: {why}. Nothing was written to {self.output}.",
            request=response.request,
            request_id=request_id_of(response),
        )


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except ValueError:  # a NUL byte: reported when the file is made
        return False
