"""Reading answers within bounds: what one call may take (``Budget``), and bodies read, decoded
and counted a piece at a time.

Every request carries its call's ``Budget`` (in ``request.extensions``): its deadline, its
stream idle limit and its byte caps. The core reads bodies through ``read_body`` and
``iter_body`` here, never through httpx's own decoding, because:

* the caps count bytes AFTER decompression, and decompression runs a bounded step at a time
  (``zlib``'s ``max_length``), so a gzip bomb is stopped at the cap instead of being inflated
  whole first (httpx inflates each network chunk completely: 64 KiB can become 64 MiB);
* only what the client asks for (``Accept-Encoding: gzip, deflate``) is decoded: a body in any
  other coding (``br``, ``zstd``, which httpx decodes whenever their packages are installed, a
  brotli bomb included) is refused with ``APIResponseValidationError``;
* the deadline is checked as each piece arrives, so a server dripping one byte at a time cannot
  keep a call alive past it (a read timeout alone restarts with every byte).
"""

from __future__ import annotations

import contextlib
import time
import zlib
from collections.abc import AsyncGenerator, AsyncIterator, Generator, Iterator
from dataclasses import dataclass
from typing import Any

import httpx

from ._exceptions import (
    APIResponseValidationError,
    DeadlineExceededError,
    ResponseTooLargeError,
    request_id_of,
)

__all__ = [
    "ACCEPT_ENCODING",
    "BUDGET",
    "DRAIN_SECONDS",
    "Budget",
    "adrain",
    "aiter_body",
    "aread_body",
    "budget_of",
    "drain",
    "iter_body",
    "read_body",
]

#: What every request says it can decode.
ACCEPT_ENCODING = "gzip, deflate"
#: The ``request.extensions`` key of a call's ``Budget``.
BUDGET = "together_facade.budget"
#: The most a decompressor produces per step (and so the largest piece a reader is handed).
_STEP = 64 * 1024
#: How much of an error answer is kept: enough for any error message, never the whole of a
#: body that a broken server keeps sending.
ERROR_BODY_BYTES = 1024 * 1024


@dataclass(slots=True)
class Budget:
    """What one call may take. Times are in seconds; None means no limit.

    ``deadline`` covers the whole call: every attempt, every backoff, and reading the answer
    (a stream's too). ``idle`` is the longest a stream may go without an event (comments and
    keep-alives do not count). ``max_body`` caps a whole answer read into memory,
    ``max_event`` one server-sent event (and its lines); both count decoded bytes.
    """

    deadline: float | None
    idle: float | None
    max_body: int
    max_event: int
    sensitive: frozenset[str] = frozenset()  # header names to redact, lower case
    deadline_at: float | None = None  # set when the first attempt starts (time.monotonic)

    def start(self) -> None:
        if self.deadline is not None and self.deadline_at is None:
            self.deadline_at = time.monotonic() + self.deadline

    def remaining(self) -> float | None:
        """Seconds left before the deadline (None: no deadline)."""
        if self.deadline_at is None:
            return None
        return self.deadline_at - time.monotonic()

    def check(self, request: httpx.Request, attempts: int = 1) -> None:
        """Raise ``DeadlineExceededError`` if the deadline has passed."""
        left = self.remaining()
        if left is not None and left <= 0:
            raise deadline_error(request, self.deadline, attempts)


def budget_of(request: httpx.Request) -> Budget | None:
    budget: Budget | None = request.extensions.get(BUDGET)
    return budget


def deadline_error(
    request: httpx.Request, deadline: float | None, attempts: int = 1
) -> DeadlineExceededError:
    tried = f" after {attempts} attempts" if attempts > 1 else ""
    return DeadlineExceededError(
        f"The call's deadline of {deadline:g} s passed{tried} ({request.method} "
        f"{request.url.copy_with(query=None)}). Pass a longer deadline= to the call or the "
        "client (float('inf') for none) if the answer needs longer.",
        request=request,
    )


# --- decoding ----------------------------------------------------------------------------------


def encoding_of(response: httpx.Response) -> str | None:
    """The body's ``Content-Encoding`` (None: identity) if the client decodes it; any other
    is ``APIResponseValidationError``: the client never asked for it."""
    header: str | None = response.headers.get("content-encoding")
    if not header:
        return None
    codings = [c for c in header.lower().replace(" ", "").split(",") if c and c != "identity"]
    if not codings:
        return None
    if len(codings) == 1 and codings[0] in ("gzip", "x-gzip", "deflate"):
        return codings[0]
    raise APIResponseValidationError(
        f"The answer is encoded as {header!r}, which this client did not ask for (it sends "
        f"Accept-Encoding: {ACCEPT_ENCODING}) and does not decode: the server or a proxy in "
        "between ignored the request's Accept-Encoding.",
        request=response.request,
        request_id=request_id_of(response),
    )


class _Inflater:
    """Decodes one body's ``Content-Encoding`` (identity, gzip or deflate) in bounded steps.

    A coding the client never asked for is refused when the first byte of the body arrives (an
    empty body, a 204, is fine whatever its headers say)."""

    __slots__ = ("_gzip", "_refused", "_sniff", "_zlib")

    def __init__(self, response: httpx.Response) -> None:
        self._zlib: Any = None
        self._refused: APIResponseValidationError | None = None
        self._sniff = False  # deflate: look at the first bytes for a zlib header
        self._gzip = False
        try:
            coding = encoding_of(response)
        except APIResponseValidationError as exc:
            self._refused = exc
            return
        if coding is None:
            return
        self._sniff = coding == "deflate"
        self._gzip = not self._sniff
        self._zlib = zlib.decompressobj(zlib.MAX_WBITS if self._sniff else 16 + zlib.MAX_WBITS)

    @property
    def identity(self) -> bool:
        return self._zlib is None and self._refused is None

    def pieces(self, data: bytes) -> Generator[bytes, None, None]:
        """The decoded bytes of ``data``, at most ``_STEP`` at a time."""
        if self._refused is not None and data:
            raise self._refused
        if self._zlib is None:
            if data:
                yield data
            return
        if self._sniff and data:
            # ``deflate`` means zlib-wrapped, but some servers send raw deflate (no header).
            self._sniff = False
            header = data[0] << 8 | data[1] if len(data) > 1 else 0
            if data[0] & 0x0F != 8 or header % 31:
                self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
        try:
            while data:
                if self._zlib.eof:
                    data = self._next_member(data)
                piece = self._zlib.decompress(data, _STEP)
                data = self._zlib.unconsumed_tail
                if piece:
                    yield piece
                if self._zlib.eof and self._zlib.unused_data:
                    data = self._zlib.unused_data
        except zlib.error as exc:
            raise httpx.DecodingError(f"the compressed answer is corrupt: {exc}") from exc

    def _next_member(self, data: bytes) -> bytes:
        """After the end of the compressed stream: another gzip member may follow (a gzip body
        may be several, concatenated); anything else is refused, not kept (zlib would keep
        every byte after the end, unbounded)."""
        if self._gzip and data[:2] == b"\x1f\x8b":
            self._zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)
            return data
        raise httpx.DecodingError("the compressed answer goes on after its end")

    def end(self) -> bytes:
        if self._zlib is None:
            return b""
        try:
            return bytes(self._zlib.flush(_STEP))
        except zlib.error as exc:
            raise httpx.DecodingError(f"the compressed answer is corrupt: {exc}") from exc


def _already_read(response: httpx.Response) -> bytes | None:
    """The body of a response made whole (a mock transport's, or one read before), decoded.
    (Asked only of a consumed stream: raising ResponseNotRead on every call costs.)"""
    if not response.is_stream_consumed:
        return None
    try:
        return response.content
    except httpx.ResponseNotRead:
        return None


def _split(content: bytes) -> Generator[bytes, None, None]:
    for start in range(0, len(content), _STEP):
        yield content[start : start + _STEP]


def iter_body(
    response: httpx.Response, budget: Budget | None = None, inflater: _Inflater | None = None
) -> Generator[bytes, None, None]:
    """The decoded body of ``response`` as it arrives, in pieces of at most 64 KiB; raises
    ``DeadlineExceededError`` when the call's deadline passes while reading. (``budget`` and
    ``inflater``: the response's, when the caller has them already.)"""
    if (content := _already_read(response)) is not None:
        yield from _split(content)
        return
    if budget is None:
        budget = budget_of(response.request)
    deadline_at = budget.deadline_at if budget is not None else None
    if inflater is None:
        inflater = _Inflater(response)
    decode = None if inflater.identity else inflater.pieces
    for data in response.iter_raw():
        if deadline_at is not None and time.monotonic() > deadline_at:
            raise deadline_error(response.request, budget.deadline if budget else None)
        if decode is None:
            yield data  # identity: as it came (httpx never hands over an empty piece)
        else:
            empty = True
            for piece in decode(data):
                empty = False
                yield piece
            if empty:
                yield b""  # bytes came but decoded to nothing: a stream's idle check runs
    if tail := inflater.end():
        yield tail


async def aiter_body(
    response: httpx.Response, budget: Budget | None = None, inflater: _Inflater | None = None
) -> AsyncGenerator[bytes, None]:
    """``iter_body`` for an async response."""
    if (content := _already_read(response)) is not None:
        for piece in _split(content):
            yield piece
        return
    if budget is None:
        budget = budget_of(response.request)
    deadline_at = budget.deadline_at if budget is not None else None
    if inflater is None:
        inflater = _Inflater(response)
    decode = None if inflater.identity else inflater.pieces
    async for data in response.aiter_raw():
        if deadline_at is not None and time.monotonic() > deadline_at:
            raise deadline_error(response.request, budget.deadline if budget else None)
        if decode is None:
            yield data
        else:
            empty = True
            for piece in decode(data):
                empty = False
                yield piece
            if empty:
                yield b""
    if tail := inflater.end():
        yield tail


# --- whole bodies ------------------------------------------------------------------------------


class _Collector:
    """Gathers a body up to ``limit`` decoded bytes: beyond it, raises (or, for an error
    answer, keeps the first ``limit`` bytes and stops)."""

    def __init__(
        self, response: httpx.Response, error: bool, budget: Budget | None, identity: bool
    ) -> None:
        limit = budget.max_body if budget is not None else None
        if error:
            limit = ERROR_BODY_BYTES if limit is None else min(limit, ERROR_BODY_BYTES)
        self.response = response
        self.limit = limit
        self.error = error
        self.parts: list[bytes] = []
        self.size = 0
        self.full = False
        if limit is not None and not error and identity:
            announced = response.headers.get("content-length", "")
            if announced.isdigit() and int(announced) > limit:
                raise self._too_large(int(announced), announced=True)

    def add(self, piece: bytes) -> bool:
        """Take ``piece``; False once the body is as long as it may be (an error answer)."""
        self.size += len(piece)
        if self.limit is not None and self.size > self.limit:
            if not self.error:
                self.parts = []
                raise self._too_large(self.size, announced=False)
            self.parts.append(piece[: len(piece) - (self.size - self.limit)])
            self.full = True
            return False
        self.parts.append(piece)
        return True

    def done(self) -> bytes:
        parts = self.parts
        content = parts[0] if len(parts) == 1 else b"".join(parts)
        self.parts = []
        # What httpx's own read() stores: .content, .text and .json() read it from here.
        self.response._content = content
        return content

    def _too_large(self, size: int, announced: bool) -> ResponseTooLargeError:
        how = "announces" if announced else "is over"
        return ResponseTooLargeError(
            f"The answer to {self.response.request.method} "
            f"{self.response.request.url.copy_with(query=None)} {how} {size:,} bytes, more than "
            f"the client's max_response_bytes ({self.limit:,}); it was not read further. Raise "
            "max_response_bytes (client or with_options) if answers this large are expected, or "
            "download a file to disk instead (files.download).",
            request=self.response.request,
            request_id=request_id_of(self.response),
        )


def read_body(response: httpx.Response, *, error: bool = False) -> bytes:
    """The whole decoded body, within the call's ``max_body`` (``ResponseTooLargeError`` beyond
    it) and its deadline. ``error``: an error answer, of which at most 1 MiB is kept (and none
    of one in a coding the client cannot read: its status says enough)."""
    if (content := _already_read(response)) is not None:
        return content
    budget = budget_of(response.request)
    inflater = _Inflater(response)
    collector = _Collector(response, error, budget, inflater.identity)
    pieces = iter_body(response, budget, inflater)
    try:
        for piece in pieces:
            if not collector.add(piece):
                break
    except APIResponseValidationError:
        if not error:
            raise
        collector.parts, collector.full = [], True
    finally:
        pieces.close()
        if collector.full:
            response.close()
    return collector.done()


async def aread_body(response: httpx.Response, *, error: bool = False) -> bytes:
    """``read_body`` for an async response."""
    if (content := _already_read(response)) is not None:
        return content
    budget = budget_of(response.request)
    inflater = _Inflater(response)
    collector = _Collector(response, error, budget, inflater.identity)
    pieces = aiter_body(response, budget, inflater)
    try:
        async for piece in pieces:
            if not collector.add(piece):
                break
    except APIResponseValidationError:
        if not error:
            raise
        collector.parts, collector.full = [], True
    finally:
        await pieces.aclose()
        if collector.full:
            await response.aclose()
    return collector.done()


# --- giving a stream's connection back ---------------------------------------------------------

#: How long a stream that saw its ``[DONE]`` waits for the rest of its body, and how much of it
#: it reads, so that the connection goes back to the pool (the next call then skips a TCP and
#: TLS handshake). A server that holds the body open longer only loses its connection.
DRAIN_SECONDS = 0.1
DRAIN_BYTES = 64 * 1024


class _CappedReads:
    """While in use, every read of ``network`` (an httpcore network stream) waits at most until
    ``deadline``; the connection's own read timeout is back afterwards. None of this applies
    when the transport gives no network stream (another transport, HTTP/2): then nothing is
    drained and the connection is closed, as before."""

    def __init__(self, response: httpx.Response, seconds: float) -> None:
        self.network: Any = response.extensions.get("network_stream")
        self.read: Any = getattr(self.network, "read", None)
        self.deadline = time.monotonic() + seconds

    def left(self, timeout: float | None) -> float:
        left = max(self.deadline - time.monotonic(), 0.001)
        return left if timeout is None else min(timeout, left)

    def install(self, capped: Any) -> bool:
        if self.read is None:
            return False
        try:
            self.network.read = capped  # an attribute of this one stream, removed after
        except (AttributeError, TypeError):
            return False
        return True

    def remove(self) -> None:
        with contextlib.suppress(AttributeError):
            del self.network.read


def drain(response: httpx.Response, body: Iterator[bytes]) -> None:
    """Read what is left of ``body`` (``response``'s, from ``iter_body``), at most
    ``DRAIN_BYTES`` and ``DRAIN_SECONDS``; on any failure or past a bound, stop (closing the
    response then closes the connection). Usually the body's end arrived with ``[DONE]`` and no
    read is needed at all. Over a transport other than httpx's own, a sync stream is not
    drained (nothing could bound its reads): its connection is closed, as before."""
    caps = _CappedReads(response, DRAIN_SECONDS)

    def capped(max_bytes: int, timeout: float | None = None) -> bytes:
        data: bytes = caps.read(max_bytes, caps.left(timeout))
        return data

    if not caps.install(capped):
        return
    got = 0
    try:
        for data in body:
            got += len(data)
            if got > DRAIN_BYTES:
                return
    except Exception:  # (a timeout, a reset, a deadline: the connection is closed, no harm)
        return
    finally:
        caps.remove()


async def adrain(response: httpx.Response, body: AsyncIterator[bytes]) -> None:
    """``drain`` for an async response."""
    caps = _CappedReads(response, DRAIN_SECONDS)

    async def capped(max_bytes: int, timeout: float | None = None) -> bytes:
        data: bytes = await caps.read(max_bytes, caps.left(timeout))
        return data

    if not caps.install(capped):
        await _drain_within(body, DRAIN_SECONDS)
        return
    try:
        await _read_up_to(body, DRAIN_BYTES)
    finally:
        caps.remove()


async def _drain_within(body: AsyncIterator[bytes], seconds: float) -> None:
    """``adrain`` over a transport without an httpcore network stream (aiohttp's): the reads
    are bounded by a cancel scope instead (anyio's: asyncio or trio)."""
    import anyio  # httpx's own dependency; here, so that importing the library stays cheap

    with anyio.move_on_after(seconds):
        await _read_up_to(body, DRAIN_BYTES)


async def _read_up_to(body: AsyncIterator[bytes], limit: int) -> None:
    got = 0
    try:
        async for data in body:
            got += len(data)
            if got > limit:
                return
    except Exception:  # (a timeout, a reset, a deadline: the connection is closed, no harm)
        return
