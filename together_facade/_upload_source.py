"""What ``files.upload`` takes as ``file=``, and the request body made from it (the upload
itself, the three steps, is ``_upload``).

What can be uploaded (``FileInput``), and where the bytes come from:

* a path (``str`` or ``os.PathLike``): read from disk, a chunk at a time;
* ``bytes``: sent from memory (they are in memory already);
* a file object opened in binary mode, read from its current position: an open regular file at
  its start is read by its path (no copy); any other seekable object is streamed from it (it is
  read again from the same position if the PUT is retried); one that cannot seek (a pipe, a
  socket, a failing ``seek``) is first copied, a chunk at a time, to a temporary file, since
  the storage host needs the size up front and a retry needs the bytes again;
* a tuple ``(file_name, content)`` or ``(file_name, content, content_type)``, openai's form.

The name sent is ``file_name=`` (or the tuple's name), else the path's name, else the file
object's ``.name`` basename, else ``DEFAULT_FILE_NAME``; its extension tells the file type.

``check`` runs ``check_file``, which reads a path: ``bytes`` and file objects (but an open
regular file at its start) are checked through a temporary file (written a chunk at a time, so
memory stays bounded), which is then what is uploaded (``bytes`` are still sent from memory);
temporary files are removed when the upload ends, however it ends.
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import os
import shutil
import stat
import tempfile
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import IO, Any, Protocol, TypeAlias, cast

import httpx

from ._exceptions import FileCheckError, InvalidRequestError, InvalidTypeError
from ._filecheck import check_file
from ._flow import Progress

__all__ = [
    "DEFAULT_FILE_NAME",
    "BinaryReadable",
    "Body",
    "BytesBody",
    "FileBody",
    "FileInput",
    "StreamBody",
    "prepare",
    "shown_name",
]

CHUNK_SIZE = 1024 * 1024

FILE_TYPES = {".jsonl": "jsonl", ".parquet": "parquet", ".csv": "csv"}

#: The name sent for ``bytes``, and for a file object without a usable ``.name`` (a
#: ``BytesIO``, a pipe): the content is taken to be JSON Lines. ``file_name=`` overrides it.
DEFAULT_FILE_NAME = "data.jsonl"


class BinaryReadable(Protocol):
    """A file object opened in binary mode: what ``read`` gives is bytes (``io.RawIOBase``'s
    may give None when no bytes are ready)."""

    def read(self, size: int = ..., /) -> bytes | None: ...


#: What ``files.upload`` takes: a path, the bytes themselves, a file opened in binary mode, or
#: openai's ``(file_name, content[, content_type])``.
FileInput: TypeAlias = (
    str
    | os.PathLike[str]
    | bytes
    | bytearray
    | memoryview
    | BinaryReadable
    | tuple[str | None, bytes | BinaryReadable]
    | tuple[str | None, bytes | BinaryReadable, str | None]
)

_WHAT_TO_PASS = (
    "a path (str or os.PathLike), bytes, or a file opened in binary mode (open(path, 'rb'))"
)


def prepare(
    file: object,
    file_name: str | None,
    purpose: str,
    check: bool,
    progress: Progress | None,
    cleanup: contextlib.ExitStack,
) -> tuple[Body, dict[str, str]]:
    """The request body and the form of the first step; the file checked when asked.
    Everything wrong with the arguments is refused here, before anything is sent. Temporary
    files are made in a directory that ``cleanup`` removes."""
    scratch = _Scratch(cleanup)
    if file_name is not None:
        _check_name(file_name, "file_name")
    if isinstance(file, tuple):
        file, file_name = _from_tuple(file, file_name)

    if isinstance(file, str | os.PathLike):
        path, size = existing_file(file)
        name = file_name or path.name
        form = upload_form(name, purpose)
        if check:
            _check(path, name, scratch)
        return FileBody(path, size, progress), form

    if isinstance(file, bytes | bytearray | memoryview):
        data = bytes(file)
        name = file_name or DEFAULT_FILE_NAME
        form = upload_form(name, purpose, hint=True)
        if check:
            staged = scratch.path(Path(name).suffix)
            staged.write_bytes(data)
            _check(staged, name, scratch, staged=True)
        return BytesBody(data, progress), form

    if isinstance(file, io.TextIOBase):
        raise _text_mode(file)
    if callable(getattr(file, "read", None)):
        stream: IO[bytes] = file  # type: ignore[assignment]
        _read(stream, 0)  # reads nothing: learns early whether the object reads bytes
        name = file_name or _stream_name(stream)
        form = upload_form(name, purpose, hint=True)
        backing = _backing_path(stream)
        if backing is not None:  # open(path, "rb") at its start: read it by its path
            size = backing.stat().st_size
            if check:
                _check(backing, name, scratch)
            return FileBody(backing, size, progress), form
        span = None if check else _span(stream)
        if span is not None:  # seekable: stream from the object itself
            return StreamBody(stream, *span, progress), form
        staged = scratch.path(Path(name).suffix)
        size = _spool(stream, staged)
        if check:
            _check(staged, name, scratch, staged=True)
        return FileBody(staged, size, progress), form

    raise InvalidTypeError(f"file must be {_WHAT_TO_PASS}, got {type(file).__name__}")


class _Scratch:
    """A temporary directory, made on first use and removed with ``cleanup``."""

    def __init__(self, cleanup: contextlib.ExitStack) -> None:
        self._cleanup = cleanup
        self._dir: Path | None = None

    def path(self, suffix: str) -> Path:
        if self._dir is None:
            made = tempfile.TemporaryDirectory(prefix="together-upload-")
            self._dir = Path(self._cleanup.enter_context(made))
        # Only the extension matters to check_file; the name sent is kept apart, so a long or
        # odd name never has to be a valid file name here.
        return self._dir / f"upload{suffix.lower()}"


def _check_name(name: object, what: str) -> None:
    if not isinstance(name, str):
        decode = "; decode it first (name.decode())" if isinstance(name, bytes) else ""
        raise InvalidTypeError(
            f"{what} must be a string such as 'train.jsonl', got {type(name).__name__}{decode}"
        )
    if name in ("", ".", "..") or any(c in name for c in "/\\\0"):
        raise InvalidRequestError(
            f"{what} must be a plain file name such as 'train.jsonl' (no directory), got {name!r}"
        )


def _from_tuple(file: tuple[Any, ...], file_name: str | None) -> tuple[object, str | None]:
    """openai's ``(file_name, content[, content_type])``; the content type is not needed (the
    storage host is sent ``application/octet-stream``, the type is told by the name)."""
    if len(file) not in (2, 3):
        raise InvalidTypeError(
            "file as a tuple must be (file_name, content) or (file_name, content, "
            f"content_type), got a tuple of {len(file)}"
        )
    name, content = file[0], file[1]
    if isinstance(content, tuple | str | os.PathLike):
        raise InvalidTypeError(
            "the content in file=(file_name, content) must be bytes or a file opened in binary "
            f"mode, got {type(content).__name__}"
        )
    if name is not None:
        _check_name(name, "the file name in file=(file_name, content)")  # before comparing
        if file_name is not None and file_name != name:
            raise InvalidRequestError(
                f"file names the file {name!r} and file_name says {file_name!r}: give one"
            )
        file_name = name
    return content, file_name


def existing_file(file: str | os.PathLike[str]) -> tuple[Path, int]:
    """The path and size of a file we can read, or an error naming it."""
    if not isinstance(file, str | os.PathLike):
        raise InvalidTypeError(f"file must be {_WHAT_TO_PASS}, got {type(file).__name__}")
    path = Path(file)
    if not path.is_file():
        what = " is a directory; pass a file in it" if path.is_dir() else ": no such file"
        raise InvalidRequestError(f"{path}{what}.")
    try:
        with path.open("rb"):
            pass
        size = path.stat().st_size
    except OSError as exc:
        raise InvalidRequestError(f"{path}: cannot be read ({exc.strerror or exc}).") from exc
    return path, size


def upload_form(name: str, purpose: str, hint: bool = False) -> dict[str, str]:
    """The form of ``POST /files``; the file type is told by the name's extension."""
    suffix = Path(name).suffix
    file_type = FILE_TYPES.get(suffix.lower())
    if file_type is None:
        advice = (
            " Name the content with file_name='train.jsonl' (or .parquet, .csv)." if hint else ""
        )
        raise InvalidRequestError(
            f"{name}: the file must end in .jsonl, .parquet or .csv, found {suffix!r}.{advice}"
        )
    return {"purpose": purpose, "file_name": name, "file_type": file_type}


def _check(path: Path, name: str, scratch: _Scratch, staged: bool = False) -> None:
    """Run ``check_file`` on ``path`` as if it were called ``name`` (its extension decides the
    format); raise ``FileCheckError`` when it fails. A ``staged`` path (a temporary copy) is
    called ``name`` in the messages, never by its temporary path."""
    target = path
    suffix = Path(name).suffix.lower()
    if path.suffix.lower() != suffix:  # file_name= gives the path another extension
        target = scratch.path(suffix)
        try:
            target.symlink_to(path.resolve())
        except OSError:  # no symlinks here (some Windows setups): copy, a chunk at a time
            shutil.copyfile(path, target)
    report = check_file(target)
    if staged or target != path:
        message = report.message.replace(str(target), name if staged else str(path))
        report = dataclasses.replace(report, message=message)
    if not report.is_check_passed:
        raise FileCheckError(f"{name} failed the data check: {report.message}", report)


def _text_mode(file: object) -> InvalidTypeError:
    return InvalidTypeError(
        f"file is opened in text mode ({type(file).__name__}); open it in binary mode: "
        "open(path, 'rb'), or pass the path itself"
    )


def _read(stream: IO[bytes], size: int) -> bytes:
    """``stream.read(size)``, refusing what is not bytes (a text-mode object)."""
    try:
        chunk = stream.read(size)
    except (OSError, ValueError) as exc:  # closed, or not readable
        raise InvalidRequestError(f"file cannot be read ({exc})") from exc
    except TypeError as exc:
        raise InvalidTypeError(
            f"file must be {_WHAT_TO_PASS}; its read() does not take a size ({exc})"
        ) from exc
    if isinstance(chunk, str):
        raise _text_mode(stream)
    if not isinstance(chunk, bytes | bytearray | memoryview):
        raise InvalidTypeError(
            f"file must be {_WHAT_TO_PASS}; its read() returned {type(chunk).__name__}"
        )
    return bytes(chunk) if not isinstance(chunk, bytes) else chunk


def shown_name(file: object, file_name: object) -> str:
    """The name a progress bar shows for an upload: the name that will be sent, as far as it can
    be told without reading or checking anything (what is wrong with the arguments is
    ``prepare``'s to refuse, later)."""
    if isinstance(file_name, str) and file_name:
        return file_name
    if isinstance(file, tuple) and file and isinstance(file[0], str) and file[0]:
        return file[0]
    if isinstance(file, str | os.PathLike):
        try:
            return Path(file).name or DEFAULT_FILE_NAME
        except TypeError:  # a PathLike of bytes
            return DEFAULT_FILE_NAME
    if isinstance(file, bytes | bytearray | memoryview) or not hasattr(file, "read"):
        return DEFAULT_FILE_NAME
    return _stream_name(cast("IO[bytes]", file))  # it only reads ``.name``


def _stream_name(stream: IO[bytes]) -> str:
    """The basename of the object's ``.name`` when it is a file name, else the default."""
    name = getattr(stream, "name", None)
    if isinstance(name, bytes):
        name = os.fsdecode(name)
    if isinstance(name, str):
        base = os.path.basename(name)
        if base not in ("", ".", "..") and "\0" not in base and "\\" not in base:
            return base
    return DEFAULT_FILE_NAME


def _backing_path(stream: IO[bytes]) -> Path | None:
    """The path of a regular file opened at its start (``open(path, "rb")``): the same file as
    the object's descriptor, checked by device and inode."""
    name = getattr(stream, "name", None)
    if not isinstance(name, str) or not callable(getattr(stream, "fileno", None)):
        return None
    try:
        if stream.tell() != 0:
            return None
        info = os.fstat(stream.fileno())
        path = Path(name)
        if stat.S_ISREG(info.st_mode) and os.path.samestat(info, path.stat()):
            return path
    except (OSError, ValueError, AttributeError, TypeError):
        pass
    return None


def _span(stream: IO[bytes]) -> tuple[int, int] | None:
    """Where a seekable object is at and the bytes left after it; None when it cannot seek."""
    try:
        if callable(getattr(stream, "seekable", None)) and not stream.seekable():
            return None
        start = stream.tell()
        end = stream.seek(0, os.SEEK_END)
    except (OSError, ValueError, AttributeError, TypeError):
        return None
    try:
        stream.seek(start)
    except (OSError, ValueError, AttributeError, TypeError) as exc:  # at its end: no way back
        raise InvalidRequestError(
            f"file went to its end but cannot seek back ({exc!r}): pass the path or the bytes"
        ) from exc
    ok = isinstance(start, int) and isinstance(end, int)
    return (start, max(end - start, 0)) if ok else None


def _spool(stream: IO[bytes], target: Path) -> int:
    """Copy the rest of ``stream`` to ``target``, a chunk at a time; its size."""
    size = 0
    with target.open("wb") as out:
        while chunk := _read(stream, CHUNK_SIZE):
            out.write(chunk)
            size += len(chunk)
    return size


# --- the request body of the PUT ------------------------------------------------------------


class Body(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A request body of a known ``size``, read a chunk at a time, for either client, with
    ``progress`` reported as it goes; each iteration reads it from the start again, so the
    request can be retried."""

    def __init__(self, size: int, progress: Progress | None) -> None:
        self.size = size
        self.progress = progress

    def _chunks(self) -> Iterator[bytes]:
        raise NotImplementedError

    def __iter__(self) -> Iterator[bytes]:
        done = 0
        if self.progress:
            self.progress(0, self.size)
        for chunk in self._chunks():
            done += len(chunk)
            yield chunk
            if self.progress:
                self.progress(done, self.size)

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self:
            yield chunk


class FileBody(Body):
    """A file on disk, read a chunk at a time."""

    def __init__(self, path: Path, size: int, progress: Progress | None) -> None:
        super().__init__(size, progress)
        self.path = path

    def _chunks(self) -> Iterator[bytes]:
        with self.path.open("rb") as f:
            while chunk := f.read(CHUNK_SIZE):
                yield chunk


class BytesBody(Body):
    """Bytes the caller gave whole, sent a chunk at a time (for the progress reports)."""

    def __init__(self, data: bytes, progress: Progress | None) -> None:
        super().__init__(len(data), progress)
        self.data = data

    def _chunks(self) -> Iterator[bytes]:
        for start in range(0, self.size, CHUNK_SIZE):
            yield self.data[start : start + CHUNK_SIZE]


class StreamBody(Body):
    """``size`` bytes of a seekable binary file object from ``start``; each pass seeks back."""

    def __init__(self, stream: IO[bytes], start: int, size: int, progress: Progress | None) -> None:
        super().__init__(size, progress)
        self.stream = stream
        self.start = start

    def _chunks(self) -> Iterator[bytes]:
        self.stream.seek(self.start)
        left = self.size
        while left > 0 and (chunk := _read(self.stream, min(CHUNK_SIZE, left))):
            left -= len(chunk)
            yield chunk
