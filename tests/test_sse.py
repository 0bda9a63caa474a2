"""Unit tests of together_facade._sse: the server-sent events decoder. Pure, no network."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from together_facade._exceptions import APIError, APIResponseValidationError
from together_facade._sse import ServerSentEvent, SSEDecodeError, SSEDecoder

E = ServerSentEvent
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "real-responses"
SSE_FILES = sorted(FIXTURES.glob("*.sse"))
CAPTURE = FIXTURES / "chat-completions__stream-hfhub-cassette-llama3-8b-length-2025-02-11.sse"
BOM = b"\xef\xbb\xbf"


def decode(*chunks: bytes, **limits: int) -> list[ServerSentEvent]:
    """Feed the chunks in order, then flush; all the events."""
    return decode_t(*chunks, **limits)[0]


def decode_t(*chunks: bytes, **limits: int) -> tuple[list[ServerSentEvent], bool]:
    """Feed the chunks in order, then flush; all the events, and ``truncated``."""
    decoder = SSEDecoder(**limits)
    events: list[ServerSentEvent] = []
    for chunk in chunks:
        events += decoder.feed(chunk)
    events += decoder.flush()
    return events, decoder.truncated


def reference(stream: bytes) -> tuple[list[ServerSentEvent], bool]:
    """The WHATWG algorithm read literally, on the whole stream at once (slow and plain).

    Decode, split into lines, interpret; plus the documented end-of-stream tolerance and
    retry carried to the next dispatched event.
    """
    text = stream.decode("utf-8", "replace")
    text = text.removeprefix("\ufeff")
    lines = re.split("\r\n|\r|\n", text)
    unfinished = lines.pop()  # whatever follows the last line end
    events: list[ServerSentEvent] = []
    data, event_type, last_id, retry = "", "", None, None
    for line in lines:
        if line == "":
            if data:
                events.append(E(event_type or "message", data[:-1], last_id, retry))
                retry = None
            data, event_type = "", ""
            continue
        if line.startswith(":"):
            continue
        name, colon, value = line.partition(":")
        if colon and value.startswith(" "):
            value = value[1:]
        if name == "event":
            event_type = value
        elif name == "data":
            data += value + "\n"
        elif name == "id":
            if "\0" not in value:
                last_id = value
        elif name == "retry" and re.fullmatch("[0-9]+", value):
            retry = int(value)
    if data and not unfinished:
        events.append(E(event_type or "message", data[:-1], last_id, retry))
    return events, bool(unfinished)


def payloads(path: Path) -> list[str]:
    """The ``data: `` payloads of an .sse file, read with a plain split (no decoder)."""
    text = path.read_bytes().decode("utf-8")
    return [line[len("data: ") :] for line in text.split("\n") if line.startswith("data: ")]


SYNTHETIC = (
    BOM
    + b": a comment, then a keep-alive\r\n"
    + b":\r\n"
    + b"retry: 2500\r\n"
    + b'data: {"text": "caf\xc3\xa9 \xf0\x9f\x98\x80 \xe4\xb8\xad\xe6\x96\x87"}\r\n'
    + b"\r\n"
    + b"event: update\r"
    + b"id: 42\r"
    + b"data: first line\r"
    + b"data:second line, no space\r"
    + b"data:  two spaces\r"
    + b"\r"
    + b"data: \xce\xb1\xce\xb2\xce\xb3 after id\n"
    + b": comment inside an event\n"
    + b"data\n"
    + b"\n"
    + b"id: bad\x00id\n"
    + b"unknown: field\n"
    + b"data: [DONE]\r\n"
    + b"\r\n"
    + b"event: ping\n"
    + b"\n"
    + b'data: {"a":1}\n\ndata: {"b":2}\n\ndata: \xe2\x82\xac\n\n'
    + b"id\n"
    + b"data: last, with no blank line after\r\n"
)

SYNTHETIC_EVENTS = [
    E("message", '{"text": "café 😀 中文"}', None, 2500),
    E("update", "first line\nsecond line, no space\n two spaces", "42"),
    E("message", "αβγ after id\n", "42"),
    E("message", "[DONE]", "42"),
    E("message", '{"a":1}', "42"),
    E("message", '{"b":2}', "42"),
    E("message", "€", "42"),
    E("message", "last, with no blank line after", ""),
]


# --- the event type and the decoder's surface ---------------------------------------------


def test_event_defaults_and_frozen() -> None:
    event = E()
    assert (event.event, event.data, event.id, event.retry) == ("message", "", None, None)
    with pytest.raises(AttributeError):
        event.data = "x"  # type: ignore[misc]
    assert hash(E(data="x")) == hash(E(data="x"))


def test_decoded_events_equal_constructed_ones() -> None:
    [run] = SSEDecoder().feed(b"data: x\n\n")  # a run of `data: X` events
    decoder = SSEDecoder()
    decoder.feed(b": hi\n")
    [single] = decoder.feed(b"data: x\n\n")  # a one-event chunk while at rest
    [by_line] = SSEDecoder().feed(b"data:x\n\n")  # line by line
    for event in (run, single, by_line):
        assert type(event) is E
        assert event == E("message", "x", None, None)
        assert repr(event) == repr(E(data="x"))
        assert hash(event) == hash(E(data="x"))


def test_error_type() -> None:
    assert issubclass(SSEDecodeError, APIResponseValidationError)
    assert issubclass(SSEDecodeError, APIError)


def test_events_come_out_of_the_feed_that_completes_them() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: a\n") == []
    assert decoder.feed(b"\n") == [E(data="a")]
    assert decoder.feed(b"data: b\n\ndata: c\n\ndata: d") == [E(data="b"), E(data="c")]
    assert decoder.feed(b"\n\n") == [E(data="d")]
    assert decoder.feed(b"") == []
    assert decoder.flush() == []
    assert decoder.truncated is False


# --- line ends -------------------------------------------------------------------------------


@pytest.mark.parametrize("eol", [b"\n", b"\r", b"\r\n"], ids=["LF", "CR", "CRLF"])
def test_each_line_end(eol: bytes) -> None:
    stream = eol.join([b"data: a", b"data: b", b"", b"event: x", b"data: c", b"", b""])
    assert decode(stream) == [E(data="a\nb"), E("x", "c")]
    assert decode(*[bytes([b]) for b in stream]) == [E(data="a\nb"), E("x", "c")]


def test_mixed_line_ends() -> None:
    stream = b"data: a\rdata: b\r\ndata: c\n\r\ndata: d\r\r\ndata: e\n\r"
    assert decode(stream) == [E(data="a\nb\nc"), E(data="d"), E(data="e")]


def test_crlf_split_across_feeds_is_one_line_end() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: a\r") == []
    # The "\n" completes the "\r\n": if it counted as a second line end (a blank line), "a"
    # would be dispatched alone here.
    assert decoder.feed(b"\ndata: b\r") == []
    assert decoder.feed(b"\n\r") == [E(data="a\nb")]  # "\n" ends "\r\n", "\r" a blank line
    assert decoder.feed(b"\n") == []  # ... whose "\n" this is: no extra blank line
    assert decoder.feed(b"data: c\r\n\r\n") == [E(data="c")]
    assert decoder.flush() == []


def test_cr_then_a_chunk_not_starting_with_lf() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: a\r") == []
    assert decoder.feed(b"\r") == [E(data="a")]  # two CRs: a line end, then a blank line
    assert decoder.feed(b"data: b\r") == []
    assert decoder.feed(b"data: c\r") == []
    assert decoder.feed(b"\r\n") == [E(data="b\nc")]


def test_lone_lf_after_cr_in_one_chunk_and_across() -> None:
    assert decode(b"data: a\r\r\n") == [E(data="a")]
    assert decode(b"data: a\r\r", b"\n") == [E(data="a")]
    assert decode(b"data: a\r", b"\r\n") == [E(data="a")]
    assert decode(b"data: a\r", b"\n", b"\n") == [E(data="a")]
    assert decode(b"data: a\r", b"\n", b"\r") == [E(data="a")]


@pytest.mark.parametrize(
    "chunk",
    [
        b"data: a\rdata: b\n\n",
        b"data: a\r\n\n",
        b"data: a\rb\n\n",
        b"data: a\n\r\n",
        b"data: a\n\n\n",
        b"data: a\ndata: b\n\n",
        b"data: \n\n",
        b"data: a\n\nevent: x\ndata: b\n\n",
        b"data: a\n\n: c\n\ndata: b\n\n",
        b"data: a\n\nretry: 5\n\ndata: b\n\ndata: c\n\n",
        b"data: a\n\ndata:b\n\ndata: c\n\n",
        b"data: a\n\n data: b\n\ndata: c\n\n",
        b"data: a\n\nid: 9\ndata: b\n\ndata: c\n\n",
        b"data: a\n\ndata: b\ndata: c\n\n",
        b"data: a\n\ndata: b\n\ndata: c\n",
        b"data: a\n\ndata: b\n\nevent: x\n",
        b"data: a\n\ndata: b\n\ndata: c",
    ],
)
def test_chunk_arriving_at_rest_is_read_line_by_line_when_needed(chunk: bytes) -> None:
    # After the first chunk the decoder is at rest and may take its shortest paths.
    warm = b"data: warm\n\n"
    events, truncated = decode_t(warm, chunk)
    assert (events, truncated) == reference(warm + chunk)
    assert (events, truncated) == decode_t(*[bytes([b]) for b in warm + chunk])


# --- UTF-8 -------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["é", "😀", "中文", "a€b"])
def test_multibyte_character_split_across_feeds(text: str) -> None:
    stream = f"data: {text}\n\n".encode()
    want = [E(data=text)]
    assert decode(stream) == want
    assert decode(*[bytes([b]) for b in stream]) == want
    for cut in range(len(stream) + 1):
        assert decode(stream[:cut], stream[cut:]) == want


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        (b"\xff\xfe", "\ufffd\ufffd"),
        (b"\xe2\x82", "\ufffd"),  # a character cut short by the line end
        (b"a\xc3", "a\ufffd"),
        (b"\xed\xa0\x80", "\ufffd\ufffd\ufffd"),  # a surrogate: not UTF-8
    ],
)
def test_invalid_utf8_is_replaced_never_raises(raw: bytes, text: str) -> None:
    cases = [
        (b"data: " + raw + b"\n\n", E(data=text)),
        (b"data: x\ndata: " + raw + b"\n\n", E(data="x\n" + text)),
        (b"event: " + raw + b"\ndata: x\n\n", E(text, "x")),
    ]
    for stream, event in cases:
        assert decode(stream) == [event]
        assert decode(*[bytes([b]) for b in stream]) == [event]


# --- byte order mark -----------------------------------------------------------------------


def test_bom_at_start_is_skipped() -> None:
    assert decode(BOM + b"data: a\n\n") == [E(data="a")]
    assert decode(*[bytes([b]) for b in BOM + b"data: a\n\n"]) == [E(data="a")]
    assert decode(BOM[:2], BOM[2:] + b"data: a\n\n") == [E(data="a")]
    assert decode(BOM, b"data: a\n\n") == [E(data="a")]


def test_bom_only_at_start() -> None:
    # A second BOM is part of the first line: the field name becomes "\ufeffdata".
    assert decode(BOM + BOM + b"data: a\n\ndata: b\n\n") == [E(data="b")]
    assert decode(b"data: a\n\n" + BOM + b"data: b\n\n") == [E(data="a")]
    assert decode(b"data: \xef\xbb\xbfa\n\n") == [E(data="\ufeffa")]


def test_bytes_that_only_start_like_a_bom_are_kept() -> None:
    assert decode(b"\xef\xbb", b":x\ndata: a\n\n") == [E(data="a")]
    assert decode(b"\xef", b"\n\ndata: a\n\n") == [E(data="a")]
    events, truncated = decode_t(b"\xef\xbb")
    assert events == [] and truncated is True  # an unfinished line, not a silent BOM


# --- fields ------------------------------------------------------------------------------


def test_comments_and_keep_alives_are_ignored() -> None:
    stream = b": keep-alive\n\n:\n\ndata: a\n: in the middle\ndata: b\n\n:ping\n\n"
    assert decode(stream) == [E(data="a\nb")]
    events, truncated = decode_t(b": keep-alive\n\n" * 3)
    assert events == [] and truncated is False


def test_multi_line_data() -> None:
    assert decode(b"data: a\ndata:\ndata: b\n\n") == [E(data="a\n\nb")]
    assert decode(b"data: a\ndata\n\n") == [E(data="a\n")]  # one final "\n" removed, only
    assert decode(b"data\ndata\n\n") == [E(data="\n")]
    assert decode(b'data: {\ndata:   "k": 1\ndata: }\n\n') == [E(data='{\n  "k": 1\n}')]


def test_event_type() -> None:
    stream = b"event: add\ndata: 1\n\ndata: 2\n\nevent:\ndata: 3\n\nevent\ndata: 4\n\n"
    assert decode(stream) == [E("add", "1"), E(data="2"), E(data="3"), E(data="4")]
    # A blank line resets the type even when nothing is dispatched.
    assert decode(b"event: x\n\ndata: y\n\n") == [E(data="y")]
    assert decode(b"event: a\nevent: b\ndata: y\n\n") == [E("b", "y")]


def test_event_type_pending_across_feeds() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"event: error\n") == []
    assert decoder.feed(b'data: {"error": 1}\n\n') == [E("error", '{"error": 1}')]
    assert decoder.feed(b"data: ok\n\n") == [E(data="ok")]


def test_id_persists_across_events() -> None:
    stream = b"id: 1\ndata: a\n\ndata: b\n\nid: 2\n\ndata: c\n\nid\ndata: d\n\nid:\ndata: e\n\n"
    assert [(e.data, e.id) for e in decode(stream)] == [
        ("a", "1"),
        ("b", "1"),
        ("c", "2"),  # set by an event that dispatched nothing: kept all the same
        ("d", ""),  # an empty id resets it to ""
        ("e", ""),
    ]
    decoder = SSEDecoder()
    decoder.feed(b"id: 7\n\n")
    assert decoder.feed(b"data: x\n\n") == [E(data="x", id="7")]


def test_id_with_nul_is_ignored() -> None:
    stream = b"id: 1\ndata: a\n\nid: 2\x00\ndata: b\n\nid: \x00\ndata: c\n\n"
    assert [e.id for e in decode(stream)] == ["1", "1", "1"]
    assert decode(b"data: a\x00b\n\n") == [E(data="a\x00b")]  # NUL is fine in data


def test_retry() -> None:
    assert decode(b"retry: 3000\ndata: a\n\ndata: b\n\n") == [
        E(data="a", retry=3000),
        E(data="b"),
    ]
    assert decode(b"retry:0\ndata: a\n\n") == [E(data="a", retry=0)]
    assert decode(b"retry: 1\nretry: 2\ndata: a\n\n") == [E(data="a", retry=2)]
    # Not reported by an event that dispatches nothing: carried to the next one.
    assert decode(b"retry: 5\n\ndata: a\n\n") == [E(data="a", retry=5)]


@pytest.mark.parametrize(
    "value",
    [b"", b"30s", b"-1", b"+1", b"1.5", b" 100", b"1 ", b"\xd9\xa3", b"\xef\xbc\x91", b"x"],
    ids=repr,
)
def test_retry_not_all_ascii_digits_is_ignored(value: bytes) -> None:
    assert decode(b"retry: 7\n\nretry: " + value + b"\ndata: a\n\n") == [E(data="a", retry=7)]


def test_field_without_colon() -> None:
    assert decode(b"data\n\n") == [E(data="")]
    assert decode(b"event\ndata: x\n\n") == [E(data="x")]
    assert decode(b"id\ndata: x\n\n") == [E(data="x", id="")]
    assert decode(b"retry\ndata: x\n\n") == [E(data="x")]
    assert decode(b"whatever\ndata: x\n\n") == [E(data="x")]


def test_only_one_leading_space_is_removed() -> None:
    assert decode(b"data:a\n\n") == [E(data="a")]
    assert decode(b"data: a\n\n") == [E(data="a")]
    assert decode(b"data:  a\n\n") == [E(data=" a")]
    assert decode(b"data:   \n\n") == [E(data="  ")]
    assert decode(b"data: a \n\n") == [E(data="a ")]
    assert decode(b"data:\ta\n\n") == [E(data="\ta")]
    assert decode(b"event:  x\ndata: a\n\n") == [E(" x", "a")]
    assert decode(b"id:  1\ndata: a\n\n") == [E(data="a", id=" 1")]
    assert decode(b"data: a: b:c\n\n") == [E(data="a: b:c")]  # only the first colon splits


def test_unknown_and_misspelt_fields_are_ignored() -> None:
    stream = b"foo: bar\nData: x\ndata : y\n data: z\nDATA: w\n\ndata: ok\n\n"
    assert decode(stream) == [E(data="ok")]


def test_event_without_data_is_not_dispatched() -> None:
    assert decode(b"event: x\n\n") == []
    assert decode(b"id: 1\n\n") == []
    assert decode(b"retry: 1\n\n") == []
    assert decode(b"\n\n\n\n") == []
    assert decode(b"") == []
    assert decode(b"data:\n\n") == [E(data="")]  # an empty data field is still data
    assert decode(b"data: \n\n") == [E(data="")]


# --- end of stream -------------------------------------------------------------------------


def test_flush_dispatches_an_event_whose_lines_were_terminated() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b'data: {"x": 1}\n\ndata: [DONE]\n') == [E(data='{"x": 1}')]
    assert decoder.flush() == [E(data="[DONE]")]
    assert decoder.truncated is False
    for end in (b"\n", b"\r", b"\r\n"):
        events, truncated = decode_t(b"event: e\nid: 3\ndata: a" + end + b"data: b" + end)
        assert events == [E("e", "a\nb", "3")] and truncated is False


def test_flush_drops_an_unterminated_line_and_reports_truncated() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: a\n\ndata: [DO") == [E(data="a")]
    assert decoder.truncated is False
    assert decoder.flush() == []
    assert decoder.truncated is True
    # The pending event is dropped with its unfinished last line (WHATWG: discarded).
    assert decode_t(b"data: a\ndata: b") == ([], True)
    assert decode_t(b"data: a\n\n: keep-al") == ([E(data="a")], True)
    assert decode_t(b"data: a\n\n") == ([E(data="a")], False)
    assert decode_t() == ([], False)


def test_flush_twice() -> None:
    decoder = SSEDecoder()
    decoder.feed(b"data: a\n")
    assert decoder.flush() == [E(data="a")]
    assert decoder.flush() == []


# --- limits --------------------------------------------------------------------------------


def test_line_over_limit_while_buffering_raises_before_growing() -> None:
    decoder = SSEDecoder(max_line_bytes=100)
    decoder.feed(b"data: ")
    fed = 6
    with pytest.raises(SSEDecodeError, match="line exceeds 100 bytes") as info:
        while True:
            decoder.feed(b"x" * 7)  # never a line end
            fed += 7
            assert fed <= 100, "should have raised"
    assert fed + 7 == 104  # raised by the first chunk that took the line over the limit
    assert "104 bytes" in str(info.value)
    assert isinstance(info.value, APIResponseValidationError)


def test_line_at_limit_is_fine() -> None:
    line = b"data: " + b"x" * 94  # 100 bytes
    assert decode(line + b"\n\n", max_line_bytes=100) == [E(data="x" * 94)]
    assert decode(*[bytes([b]) for b in line + b"\n\n"], max_line_bytes=100) == [E(data="x" * 94)]


@pytest.mark.parametrize(
    "chunks",
    [
        [b"data: " + b"x" * 95 + b"\n\n"],  # the one-event chunk
        [b": hi\n", b"data: " + b"x" * 95 + b"\n\n"],  # ... on the shortest path
        [b"data: a\n\ndata: " + b"x" * 95 + b"\n\n"],  # a run of events
        [b"data: " + b"x" * 50, b"x" * 45 + b"\n\n"],  # completed by a later chunk
        [b": " + b"x" * 200 + b"\n\n"],  # a comment counts too
        [b"data: " + b"x" * 95 + b"\r\n\r\n"],
    ],
)
def test_complete_line_over_limit_raises(chunks: list[bytes]) -> None:
    with pytest.raises(SSEDecodeError, match="line exceeds 100 bytes"):
        decode(*chunks, max_line_bytes=100)


def test_event_over_limit_raises() -> None:
    line = b"data: " + b"y" * 20 + b"\n"  # 20 bytes of data each, plus "\n" between
    assert decode(line * 2 + b"\n", max_event_bytes=41) == [E(data="\n".join(["y" * 20] * 2))]
    with pytest.raises(SSEDecodeError, match=r"event data exceeds 41 bytes .*: 62 bytes"):
        decode(line * 3 + b"\n", max_event_bytes=41)
    decoder = SSEDecoder(max_event_bytes=41)
    decoder.feed(line)
    decoder.feed(line)
    with pytest.raises(SSEDecodeError):
        decoder.feed(line)  # raised as the data grows, before any blank line


@pytest.mark.parametrize(
    "chunks",
    [
        [b"data: " + b"z" * 51 + b"\n\n"],
        [b": hi\n", b"data: " + b"z" * 51 + b"\n\n"],
        [b"data: a\n\ndata: " + b"z" * 51 + b"\n\n"],
    ],
)
def test_one_line_event_over_limit_raises(chunks: list[bytes]) -> None:
    with pytest.raises(SSEDecodeError, match="event data exceeds 50 bytes"):
        decode(*chunks, max_event_bytes=50)
    assert decode(b"data: " + b"z" * 50 + b"\n\n", max_event_bytes=50) == [E(data="z" * 50)]


# --- real captures and whole-stream properties ---------------------------------------------


def test_fixtures_exist() -> None:
    assert CAPTURE in SSE_FILES and len(SSE_FILES) >= 8


@pytest.mark.parametrize("path", SSE_FILES, ids=lambda p: p.name)
def test_real_capture_decodes_to_its_data_payloads(path: Path) -> None:
    stream = path.read_bytes()
    want = payloads(path)
    assert want
    for chunks in ([stream], [bytes([b]) for b in stream], _chunked(stream, 97)):
        events, truncated = decode_t(*chunks)
        assert [e.data for e in events] == want
        assert all(e.event == "message" and e.id is None and e.retry is None for e in events)
        assert truncated is False
    assert reference(stream) == (decode(stream), False)


def test_synthetic_stream_decodes_as_expected() -> None:
    assert decode(SYNTHETIC) == SYNTHETIC_EVENTS
    assert reference(SYNTHETIC) == (SYNTHETIC_EVENTS, False)


@pytest.mark.parametrize(
    "stream",
    [CAPTURE.read_bytes(), SYNTHETIC],
    ids=["real-capture", "synthetic"],
)
def test_any_chunking_gives_the_same_events(stream: bytes) -> None:
    whole = decode_t(stream)
    assert whole[0]
    assert decode_t(*[stream[i : i + 1] for i in range(len(stream))]) == whole
    for cut in range(len(stream) + 1):
        assert decode_t(stream[:cut], stream[cut:]) == whole, f"split at {cut}"
    for size in (2, 3, 7, 64, 4096):
        assert decode_t(*_chunked(stream, size)) == whole


def test_random_streams_match_the_reference_under_random_chunking() -> None:
    rng = random.Random(20250211)
    pieces = [
        b"data: ",
        b"data:",
        b"data",
        b"event: ",
        b"event:e",
        b"id: ",
        b"id:7",
        b"\x00",
        b"retry: ",
        b"retry:15",
        b"12",
        b": c",
        b":",
        b" ",
        b"x",
        b"{}",
        b"\xc3\xa9",
        b"\xf0\x9f\x98\x80",
        b"\xff",
        b"\xe2\x82",
        BOM,
        b"\n",
        b"\n\n",
        b"\r",
        b"\r\n",
        b"data: {}\n\n",
        b"data: {}\n\ndata: []\n\n",
    ]
    for _ in range(2000):
        stream = b"".join(rng.choice(pieces) for _ in range(rng.randrange(0, 40)))
        if rng.random() < 0.2:
            stream = BOM + stream
        want = reference(stream)
        assert decode_t(stream) == want, stream
        cuts = sorted(rng.sample(range(len(stream) + 1), min(len(stream) + 1, rng.randrange(6))))
        chunks = [stream[a:b] for a, b in zip([0, *cuts], [*cuts, len(stream)], strict=True)]
        assert decode_t(*chunks) == want, (stream, cuts)


def _chunked(stream: bytes, size: int) -> list[bytes]:
    return [stream[i : i + size] for i in range(0, len(stream), size)]
