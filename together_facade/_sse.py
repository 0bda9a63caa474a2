"""A decoder for server-sent events (``text/event-stream``): bytes in, events out, no I/O.

It follows the WHATWG HTML "event stream interpretation" algorithm
(https://html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation):

* lines end with ``\\r\\n``, ``\\n`` or ``\\r`` (a ``\\r\\n`` split across two chunks is one line
  end); one UTF-8 byte order mark at the very start of the stream is skipped;
* a line is decoded as UTF-8 only once it is complete, so a character split across chunks is
  fine; invalid UTF-8 becomes U+FFFD, it never raises;
* ``:comment`` lines are ignored; ``name:value`` loses one space after the colon; a line without
  a colon is a field name with an empty value; the fields are ``event``, ``data``, ``id``
  (ignored if it contains NUL) and ``retry`` (ignored unless all ASCII digits); others are
  ignored;
* a blank line dispatches the event: its data lines joined with ``\\n``; type ``"message"``
  unless ``event:`` said otherwise. Nothing is dispatched when no ``data`` field was seen, but
  the event type is reset either way. The last event id persists from event to event.

Deliberate deviations, for a client that reads one response and never reconnects:

* TOLERANCE at end of stream: WHATWG discards an event that no blank line followed.
  ``flush()`` dispatches it instead, provided the stream ended right after a line end (servers
  sometimes close straight after ``data: [DONE]\\n``). Bytes after the last line end are an
  unfinished line: they are dropped, as the algorithm says (and the pending event with them),
  and ``truncated`` becomes True so that the caller can tell the stream was cut short.
* ``retry`` sets no reconnection time (nothing reconnects here): its value is reported on the
  next event dispatched, then cleared.
* Memory is bounded: a line longer than ``max_line_bytes`` (checked while it is still being
  buffered) or an event whose data exceeds ``max_event_bytes`` raises ``SSEDecodeError``, and
  the events of the chunk that raised are lost. The decoder is unusable afterwards.

Speed: the usual body is ``data: {json}\\n\\n`` over and over. While no event is pending, a run
of such events is taken whole (one decode and one split, in C) and its events built without
per-line field parsing; anything else goes line by line. Both paths give the same events.
"""

from __future__ import annotations

from typing import Final, NamedTuple, NoReturn

from ._exceptions import ResponseTooLargeError

__all__ = ["DEFAULT_MAX_LINE_BYTES", "SSEDecodeError", "SSEDecoder", "ServerSentEvent"]

_BOM: Final = b"\xef\xbb\xbf"
#: The longest line a stream may send (a client's ``max_event_bytes`` lowers it, never raises).
DEFAULT_MAX_LINE_BYTES: Final = 4 * 1024 * 1024


class SSEDecodeError(ResponseTooLargeError):
    """A server-sent event line or event exceeded the decoder's size limit."""


class ServerSentEvent(NamedTuple):
    """One dispatched server-sent event (a named tuple: immutable and cheap to build)."""

    event: str = "message"  # the event type; "message" when no `event:` field was given
    data: str = ""  # the data lines joined with "\n"
    id: str | None = None  # the last event id seen so far (it persists across events)
    retry: int | None = None  # a `retry:` value (milliseconds) not yet reported on an event


def _messages(lines: list[str], last_id: str | None) -> list[ServerSentEvent]:
    """Make a "message" event of each line while it starts with ``data: ``; stop at one that
    does not (the caller reads the rest line by line)."""
    events: list[ServerSentEvent] = []
    for line in lines:
        if not line.startswith("data: "):
            break
        events.append(ServerSentEvent("message", line[6:], last_id, None))
    return events


class SSEDecoder:
    """Turns the bytes of a ``text/event-stream`` body, fed in chunks, into ``ServerSentEvent``s.

    Call ``feed()`` with each chunk as it arrives, then ``flush()`` once at the end of the
    stream. One decoder per stream.
    """

    __slots__ = (
        "_at_start",
        "_clean",
        "_data",
        "_data_len",
        "_event_type",
        "_fast_max",
        "_head",
        "_last_id",
        "_max_event",
        "_max_line",
        "_parts",
        "_parts_len",
        "_pending_cr",
        "_retry",
        "_truncated",
    )

    def __init__(
        self,
        *,
        max_line_bytes: int = DEFAULT_MAX_LINE_BYTES,
        max_event_bytes: int = 16 * 1024 * 1024,
    ) -> None:
        """Set the limits: bytes in one line (without its line end), bytes in one event's data."""
        self._max_line = max_line_bytes
        self._max_event = max_event_bytes
        # A run no longer than this cannot hold a line or an event over a limit.
        self._fast_max = min(max_line_bytes, max_event_bytes)
        # Line state. The unfinished line is kept as pieces, so that a long line arriving in
        # many small chunks is neither copied nor scanned again on every feed.
        self._parts: list[bytes] = []
        self._parts_len = 0
        self._pending_cr = False  # the last chunk ended with "\r": skip a "\n" starting the next
        self._at_start = True  # nothing seen yet that rules out a byte order mark
        self._head = b""  # the first bytes of the stream, while they may be part of a BOM
        self._truncated = False
        # Event state, the spec's buffers: data (lines as bytes, decoded on dispatch), event
        # type, last event id; and a retry not yet reported. _data_len = data bytes + 1 a line.
        self._data: list[bytes] = []
        self._data_len = 0
        self._event_type = ""
        self._last_id: str | None = None
        self._retry: int | None = None
        # True when all of the state above is at rest (at a line start, no pending event):
        # then a chunk made only of whole `data: X\n\n` events can take the shortest path.
        self._clean = False

    @property
    def truncated(self) -> bool:
        """True after ``flush()`` if the stream ended mid-line (those bytes were dropped)."""
        return self._truncated

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        """Decode the next chunk of the stream; return the events it completed, in order."""
        if (
            self._clean
            and chunk.startswith(b"data: ")
            and chunk.find(b"\n") == len(chunk) - 2  # one line, then a blank line: one event
            and chunk.endswith(b"\n\n")
            and len(chunk) <= self._fast_max
            and chunk.find(b"\r") < 0
        ):
            return [
                ServerSentEvent("message", chunk[6:-2].decode("utf-8", "replace"), self._last_id)
            ]
        self._clean = False  # stays False if anything below raises
        events = self._feed(chunk)
        self._clean = not (
            self._parts
            or self._pending_cr
            or self._at_start
            or self._data
            or self._event_type
            or self._retry is not None
        )
        return events

    def flush(self) -> list[ServerSentEvent]:
        """End the stream: return the event still pending, if its last line was complete.

        Bytes after the last line end are dropped and set ``truncated``.
        """
        truncated = bool(self._parts or self._head)
        self._truncated = truncated
        self._parts = []
        self._parts_len = 0
        self._head = b""
        self._pending_cr = False
        events: list[ServerSentEvent] = []
        if self._data and not truncated:
            events = self._lines([b""])  # dispatch, as a blank line would
        self._data = []
        self._data_len = 0
        self._event_type = ""
        return events

    def _feed(self, chunk: bytes) -> list[ServerSentEvent]:
        """``feed()`` in general: line ends, the unfinished line, the BOM, then the lines."""
        if self._at_start:
            chunk = self._head + chunk
            if len(chunk) < 3 and _BOM.startswith(chunk):
                self._head = chunk  # maybe the start of a BOM: wait for more bytes
                return []
            self._head = b""
            self._at_start = False
            if chunk.startswith(_BOM):
                chunk = chunk[3:]
        if not chunk:
            return []
        if self._pending_cr:
            self._pending_cr = False
            if chunk[0] == 0x0A:  # the "\n" of a "\r\n" split across chunks
                chunk = chunk[1:]
                if not chunk:
                    return []
        if chunk.find(b"\r") >= 0:
            self._pending_cr = chunk[-1] == 0x0D
            chunk = chunk.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        end = chunk.rfind(b"\n") + 1
        if not end:  # still no line end: keep the piece
            self._parts.append(chunk)
            self._parts_len += len(chunk)
            if self._parts_len > self._max_line:
                self._line_too_long(self._parts_len, complete=False)
            return []
        if self._parts:
            self._parts.append(chunk)
            chunk = b"".join(self._parts)
            end += self._parts_len
            self._parts = []
            self._parts_len = 0
        if end < len(chunk):
            tail = chunk[end:]
            chunk = chunk[:end]
            self._parts.append(tail)
            self._parts_len = len(tail)
            if self._parts_len > self._max_line:
                self._line_too_long(self._parts_len, complete=False)
        return self._block(chunk)

    def _block(self, block: bytes) -> list[ServerSentEvent]:
        """Interpret whole lines, each ending with "\\n"; return the events they dispatch."""
        if len(block) > self._max_line:
            longest = max(map(len, block.split(b"\n")))
            if longest > self._max_line:
                self._line_too_long(longest, complete=True)
        events: list[ServerSentEvent] = []
        start = 0
        if self._data or self._event_type:
            # An event is pending: take the lines up to the first blank line one by one.
            if block[0] == 0x0A:
                start = 1
            else:
                start = block.find(b"\n\n") + 2
                if start == 1:  # no blank line
                    start = len(block)
            events = self._lines(block[:start].split(b"\n")[:-1])
        # The common run of `data: X\n\n` events, [start, end), if that is what follows. Its
        # lines are whole, so decoding them together equals decoding each: "\n" is ASCII, and
        # an invalid UTF-8 sequence never takes in an ASCII byte.
        end = block.rfind(b"\n\n", start) + 2
        if (
            end - start >= 8
            and self._retry is None
            and end - start <= self._fast_max
            and block.startswith(b"data: ", start)
        ):
            lines = block[start:end].decode("utf-8", "replace").split("\n")
            lines.pop()  # the "" after the last "\n"
            if not any(lines[1::2]):  # each line followed by a blank line
                run = _messages(lines[0::2], self._last_id)
                events += run
                if 2 * len(run) < len(lines):  # stopped at a line that is not `data: ...`
                    rest = block[start:end].split(b"\n")[2 * len(run) : -1]
                    events += self._lines(rest)
                start = end
        if start < len(block):
            events += self._lines(block[start:].split(b"\n")[:-1])
        return events

    def _lines(self, lines: list[bytes]) -> list[ServerSentEvent]:
        """Interpret whole lines (without line ends) one by one, as the algorithm says."""
        events: list[ServerSentEvent] = []
        data = self._data
        data_len = self._data_len
        data_limit = self._max_event + 1  # data_len counts one byte more than the data
        event_type = self._event_type
        last_id = self._last_id
        retry = self._retry
        for line in lines:
            if not line:  # a blank line: dispatch the event
                if data:
                    text = (
                        data[0].decode("utf-8", "replace")
                        if len(data) == 1
                        else b"\n".join(data).decode("utf-8", "replace")
                    )
                    events.append(ServerSentEvent(event_type or "message", text, last_id, retry))
                    data = []
                    data_len = 0
                    retry = None
                event_type = ""
                continue
            if line.startswith(b"data:"):
                value = line[6:] if line[5:6] == b" " else line[5:]
            elif line[0] == 0x3A:  # ":" a comment, e.g. a keep-alive
                continue
            else:
                name, colon, value = line.partition(b":")
                if colon and value[:1] == b" ":
                    value = value[1:]
                if name == b"event":
                    event_type = value.decode("utf-8", "replace")
                    continue
                if name == b"id":
                    if b"\x00" not in value:
                        last_id = value.decode("utf-8", "replace")
                    continue
                if name == b"retry":
                    if value.isdigit():  # bytes.isdigit(): ASCII digits only, and not empty
                        retry = int(value)
                    continue
                if name != b"data":  # an unknown field (a bare "data" line falls through)
                    continue
            data.append(value)
            data_len += len(value) + 1
            if data_len > data_limit:
                raise SSEDecodeError(
                    f"server-sent event data exceeds {self._max_event} bytes "
                    f"(max_event_bytes): {data_len - 1} bytes so far; raise the client's "
                    "max_event_bytes if events this large are expected"
                )
        self._data = data
        self._data_len = data_len
        self._event_type = event_type
        self._last_id = last_id
        self._retry = retry
        return events

    def _line_too_long(self, size: int, *, complete: bool) -> NoReturn:
        how = "" if complete else " and no line end yet"
        raise SSEDecodeError(
            f"server-sent event line exceeds {self._max_line} bytes (max_line_bytes): "
            f"{size} bytes{how}"
        )
