"""Tests for together_facade._filecheck: checking a fine-tuning data file before upload."""

from __future__ import annotations

import dataclasses
import json
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from together_facade import _filecheck
from together_facade._filecheck import FileCheckReport, check_file

DIRECTORY = "<directory>"
MISSING = None


def jsonl(*rows: object) -> bytes:
    """One JSON value per line, each line ended by a newline."""
    return b"".join(json.dumps(row).encode() + b"\n" for row in rows)


def msg(role: str, content: object = "hi", **extra: object) -> dict[str, object]:
    return {"role": role, "content": content, **extra}


TOOL_CALL = {
    "id": "call_1",
    "type": "function",
    "function": {"name": "add", "arguments": '{"a": 1, "b": 2}'},
}
TOOLS = [{"type": "function", "function": {"name": "add", "parameters": {"type": "object"}}}]
PREFERENCE = {
    "input": {"messages": [msg("system", "Be brief."), msg("user", "2+2?")]},
    "preferred_output": [msg("assistant", "4")],
    "non_preferred_output": [msg("assistant", "Four, I think.")],
}
PARQUET_BODY = b"\x15\x04\x15\x00" * 8

JPEG = "data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ=="
PNG = "data:image/png;base64,iVBORw0KGgo="
WEBP = "data:image/webp;base64,UklGRiQAAABXRUJQ"


def text_part(text: object = "Describe this.") -> dict[str, object]:
    return {"type": "text", "text": text}


def image_part(url: object = JPEG) -> dict[str, object]:
    return {"type": "image_url", "image_url": {"url": url}}


def vision(*parts: object) -> dict[str, object]:
    """A conversation whose user turn has the given content parts."""
    return {"messages": [msg("user", list(parts)), msg("assistant", [text_part("A cat.")])]}


# (id, file name, file content, is_check_passed, line_number, substring of message)
CASES: list[tuple[str, str, bytes | str | None, bool, int | None, str]] = [
    # --- files that pass ---
    (
        "text",
        "d.jsonl",
        jsonl({"text": "hello"}, {"text": "world"}),
        True,
        None,
        "2 sample(s) in general format",
    ),
    (
        "messages",
        "d.jsonl",
        jsonl(
            {"messages": [msg("system", "Be kind."), msg("user"), msg("assistant", "hello")]},
            {"messages": [msg("user"), msg("assistant"), msg("user"), msg("assistant")]},
        ),
        True,
        None,
        "2 sample(s) in conversation format",
    ),
    (
        "messages with tool calls and a tool message",
        "d.jsonl",
        jsonl(
            {
                "messages": [
                    msg("user", "What is 1+2?"),
                    msg("assistant", None, tool_calls=[TOOL_CALL]),
                    msg("tool", "3", tool_call_id="call_1"),
                    msg("assistant", "It is 3."),
                ],
                "tools": TOOLS,
            },
            {
                "messages": [
                    msg("user", "Add 2 and 2."),
                    {"role": "assistant", "tool_calls": [TOOL_CALL]},  # content left out
                    msg("tool", "4"),
                    msg("assistant", "4."),
                ]
            },
        ),
        True,
        None,
        "conversation format",
    ),
    (
        "message weights and content parts",
        "d.jsonl",
        jsonl(
            {
                "messages": [
                    msg("user", [{"type": "text", "text": "Describe this."}], weight=0),
                    msg("assistant", "A cat.", weight=1),
                ]
            }
        ),
        True,
        None,
        "conversation format",
    ),
    (
        "vision messages: parts in every role, JPEG, PNG and WEBP images",
        "d.jsonl",
        jsonl(
            {
                "messages": [
                    msg("system", [text_part("You can see images.")]),
                    msg("user", [text_part("How many oranges?"), image_part(JPEG)]),
                    msg("assistant", [text_part("Seven.")]),
                    msg("user", [image_part(PNG), image_part(WEBP), text_part("And these?")]),
                    msg("assistant", "Two apples.", weight=1),
                ]
            },
            vision(image_part()),
            vision(text_part("No image in this sample.")),
        ),
        True,
        None,
        "3 sample(s) in conversation format",
    ),
    (
        "vision prompt and completion as content parts",
        "d.jsonl",
        jsonl(
            {"prompt": [text_part("What is this?"), image_part()], "completion": [text_part("A")]},
            {"prompt": [image_part(PNG)], "completion": "A dog."},
            {"prompt": "Say hi.", "completion": [text_part("Hi.")]},
        ),
        True,
        None,
        "3 sample(s) in instruction format",
    ),
    (
        "vision preference",
        "d.jsonl",
        jsonl(
            {
                "input": {"messages": [msg("user", [text_part("Which fruit?"), image_part()])]},
                "preferred_output": [msg("assistant", [text_part("An orange.")])],
                "non_preferred_output": [msg("assistant", "A ball.")],
            }
        ),
        True,
        None,
        "1 sample(s) in preference format",
    ),
    (
        "ten images in one sample",
        "d.jsonl",
        jsonl(
            {
                "messages": [
                    msg("user", [image_part()] * 6),
                    msg("assistant", "ok"),
                    msg("user", [image_part()] * 4),
                    msg("assistant", "ok"),
                ]
            }
        ),
        True,
        None,
        "1 sample(s)",
    ),
    (
        "prompt and completion",
        "d.jsonl",
        jsonl({"prompt": "2+2=", "completion": "4"}, {"prompt": "3+3=", "completion": ""}),
        True,
        None,
        "instruction format",
    ),
    (
        "preference",
        "d.jsonl",
        jsonl(PREFERENCE, PREFERENCE),
        True,
        None,
        "2 sample(s) in preference format",
    ),
    (
        "extra keys everywhere",
        "d.jsonl",
        jsonl(
            {"text": "a", "id": 1, "source": {"url": "x"}, "prompt": "only half of a format"},
            {"text": "b", "id": 2, "tags": ["t"]},
        ),
        True,
        None,
        "general format",
    ),
    (
        "extra keys in messages",
        "d.jsonl",
        jsonl({"messages": [msg("user", name="ann"), msg("assistant", "x", lang="en")], "id": 7}),
        True,
        None,
        "conversation format",
    ),
    (
        "blank lines at the start, in the middle and at the end",
        "d.jsonl",
        b'\n{"text": "a"}\n\n   \n\t\n{"text": "b"}\n\n\n',
        True,
        None,
        "2 sample(s)",
    ),
    (
        "CRLF line ends",
        "d.jsonl",
        b'{"text": "a"}\r\n\r\n{"text": "b"}\r\n',
        True,
        None,
        "2 sample(s)",
    ),
    ("no final newline", "d.jsonl", b'{"text": "a"}\n{"text": "b"}', True, None, "2 sample(s)"),
    ("upper-case extension", "D.JSONL", jsonl({"text": "a"}), True, None, "1 sample(s)"),
    ("non-ASCII text", "d.jsonl", jsonl({"text": "naïve — 日本語 🙂"}), True, None, "1 sample"),
    # --- the file as a whole ---
    ("missing file", "nope.jsonl", MISSING, False, None, "No file at"),
    ("directory", "dir.jsonl", DIRECTORY, False, None, "is a directory"),
    ("empty file", "d.jsonl", b"", False, None, "is empty"),
    ("only blank lines", "d.jsonl", b"\n\n  \n", False, None, "no samples"),
    ("txt extension", "d.txt", jsonl({"text": "a"}), False, None, ".jsonl, .parquet, .csv"),
    ("json extension", "d.json", jsonl({"text": "a"}), False, None, ".jsonl, .parquet, .csv"),
    ("no extension", "data", jsonl({"text": "a"}), False, None, "has no extension"),
    # --- JSON Lines: encoding and syntax ---
    (
        "invalid UTF-8 on line 3",
        "d.jsonl",
        b'{"text": "a"}\n{"text": "b"}\n{"text": "caf\xe9"}\n{"text": "d"}\n',
        False,
        3,
        "byte 0xe9 (byte 14 of the line) is not valid UTF-8",
    ),
    (
        "UTF-8 byte order mark",
        "d.jsonl",
        b'\xef\xbb\xbf{"text": "a"}\n',
        False,
        1,
        "byte order mark",
    ),
    (
        "line 2 is not JSON",
        "d.jsonl",
        b'{"text": "a"}\n{"text": "b",}\n{"text": "c"}\n',
        False,
        2,
        "Line 2: not valid JSON",
    ),
    (
        "object split over lines",
        "d.jsonl",
        b'{"text": "a"}\n{\n  "text": "b"\n}\n',
        False,
        2,
        "cannot span lines",
    ),
    (
        "JSON array instead of an object",
        "d.jsonl",
        b'{"text": "a"}\n\n[{"text": "b"}]\n',
        False,
        3,
        "Line 3: expected a JSON object, found a list. Each line must be one JSON object",
    ),
    ("bare string line", "d.jsonl", b'"hello"\n', False, 1, "found a string"),
    # --- JSON Lines: formats ---
    (
        "unknown format",
        "d.jsonl",
        jsonl({"question": "q", "answer": "a"}),
        False,
        1,
        "no dataset format recognised from the keys `question`, `answer`",
    ),
    (
        "half an instruction format",
        "d.jsonl",
        jsonl({"prompt": "q"}),
        False,
        1,
        "`prompt` + `completion` (instruction)",
    ),
    (
        "keys of two formats",
        "d.jsonl",
        jsonl({"text": "a", "messages": [msg("user")]}),
        False,
        1,
        "keys of several formats",
    ),
    (
        "format changes on line 4",
        "d.jsonl",
        jsonl({"text": "a"}, {"text": "b"}, {"text": "c"}, {"prompt": "p", "completion": "c"}),
        False,
        4,
        "format changes from general (line 1, `text`) to instruction",
    ),
    (
        "later line lacks the format's key",
        "d.jsonl",
        b'\n{"prompt": "p", "completion": "c"}\n{"prompt": "p"}\n',
        False,
        3,
        "missing `completion`. Every line must use the format of line 2",
    ),
    (
        "text not a string",
        "d.jsonl",
        jsonl({"text": "a"}, {"text": 5}),
        False,
        2,
        "`text` must be a string, found a number",
    ),
    (
        "completion is null",
        "d.jsonl",
        jsonl({"prompt": "p", "completion": None}),
        False,
        1,
        "`completion` must be a string or a list of content parts, found null",
    ),
    # --- JSON Lines: conversations ---
    ("messages empty", "d.jsonl", jsonl({"messages": []}), False, 1, "`messages` is empty"),
    (
        "messages not a list",
        "d.jsonl",
        jsonl({"messages": "hi"}),
        False,
        1,
        "`messages` must be a list of message objects, found a string",
    ),
    (
        "message not an object",
        "d.jsonl",
        jsonl({"messages": ["hi"]}),
        False,
        1,
        "message 1 of `messages` must be an object",
    ),
    (
        "message with a bad role",
        "d.jsonl",
        jsonl({"messages": [msg("user")]}, {"messages": [msg("user"), msg("bot")]}),
        False,
        2,
        "message 2 of `messages` has role 'bot'. The role must be one of: system, user",
    ),
    (
        "message without a role",
        "d.jsonl",
        jsonl({"messages": [{"content": "hi"}]}),
        False,
        1,
        "has no `role`",
    ),
    (
        "message without content",
        "d.jsonl",
        jsonl({"messages": [{"role": "user"}, msg("assistant")]}),
        False,
        1,
        "message 1 of `messages` (role 'user') has no `content`",
    ),
    (
        "user content null",
        "d.jsonl",
        jsonl({"messages": [msg("user", None), msg("assistant")]}),
        False,
        1,
        "has null `content`",
    ),
    (
        "assistant content null without tool calls",
        "d.jsonl",
        jsonl({"messages": [msg("user"), msg("assistant", None)]}),
        False,
        1,
        "message 2 of `messages` (role 'assistant') has null `content`",
    ),
    (
        "content a number",
        "d.jsonl",
        jsonl({"messages": [msg("user", 3)]}),
        False,
        1,
        "message 1 of `messages`: `content` must be a string or a list of content parts, "
        "found a number",
    ),
    (
        "tool_calls not a list",
        "d.jsonl",
        jsonl({"messages": [msg("user"), msg("assistant", None, tool_calls=TOOL_CALL)]}),
        False,
        1,
        "`tool_calls` must be a list",
    ),
    (
        "weight not 0 or 1",
        "d.jsonl",
        jsonl({"messages": [msg("user"), msg("assistant", weight=2)]}),
        False,
        1,
        "`weight` must be 0 or 1, found 2",
    ),
    # --- JSON Lines: vision content parts ---
    (
        "content an empty list",
        "d.jsonl",
        jsonl({"messages": [msg("user", []), msg("assistant")]}),
        False,
        1,
        "message 1 of `messages`: `content` is an empty list",
    ),
    (
        "content part not an object",
        "d.jsonl",
        jsonl(vision(text_part()), vision(text_part(), "a cat")),
        False,
        2,
        "message 1 of `messages`: part 2 of `content` must be an object with `type`, "
        "found a string",
    ),
    (
        "content part without a type",
        "d.jsonl",
        jsonl(vision({"text": "hi"})),
        False,
        1,
        "part 1 of `content` has no `type`",
    ),
    (
        "content part of an unknown type",
        "d.jsonl",
        jsonl(vision(text_part(), {"type": "input_audio", "input_audio": {}})),
        False,
        1,
        "part 2 of `content` has type 'input_audio'. The type must be \"text\" (with `text`) "
        'or "image_url"',
    ),
    (
        "text part with a number",
        "d.jsonl",
        jsonl(vision(text_part(42))),
        False,
        1,
        "part 1 of `content`: `text` must be a string, found a number",
    ),
    (
        "text part without text",
        "d.jsonl",
        jsonl(vision({"type": "text"})),
        False,
        1,
        "part 1 of `content`: `text` must be a string; it is missing",
    ),
    (
        "image_url a string",
        "d.jsonl",
        jsonl(vision({"type": "image_url", "image_url": JPEG})),
        False,
        1,
        "part 1 of `content`: `image_url` must be an object with a string `url`, found a string",
    ),
    (
        "image part without image_url",
        "d.jsonl",
        jsonl(vision({"type": "image_url", "url": JPEG})),
        False,
        1,
        "`image_url` must be an object with a string `url`; it is missing",
    ),
    (
        "image_url without url",
        "d.jsonl",
        jsonl(vision({"type": "image_url", "image_url": {"data": JPEG}})),
        False,
        1,
        "part 1 of `content`: `image_url.url` must be a string; it is missing",
    ),
    (
        "image url a number",
        "d.jsonl",
        jsonl(vision(image_part(7))),
        False,
        1,
        "`image_url.url` must be a string, found a number",
    ),
    (
        "image url a web address",
        "d.jsonl",
        jsonl(vision(image_part("https://example.com/cat.jpg"))),
        False,
        1,
        "the image is a web address (https://example.com/cat.jpg). Download it",
    ),
    (
        "image url a GIF data URI",
        "d.jsonl",
        jsonl(vision(image_part("data:image/gif;base64,R0lGODlh"))),
        False,
        1,
        "must be a base64 data URI of a JPEG, PNG or WEBP image",
    ),
    (
        "image url a file path",
        "d.jsonl",
        jsonl(vision(text_part(), image_part("images/cat.jpg"))),
        False,
        1,
        "part 2 of `content`: `image_url.url` must be a base64 data URI",
    ),
    (
        "image data URI without data",
        "d.jsonl",
        jsonl(vision(image_part("data:image/png;base64,"))),
        False,
        1,
        "holds no image data",
    ),
    (
        "eleven images in one sample",
        "d.jsonl",
        jsonl(
            vision(image_part()),
            {
                "messages": [
                    msg("user", [image_part()] * 6),
                    msg("assistant", "ok"),
                    msg("user", [image_part()] * 5),
                    msg("assistant", "ok"),
                ]
            },
        ),
        False,
        2,
        "Line 2: the sample has 11 images; at most 10 are accepted",
    ),
    (
        "image in an assistant message",
        "d.jsonl",
        jsonl({"messages": [msg("user"), msg("assistant", [image_part()])]}),
        False,
        1,
        "message 2 of `messages`: part 1 of `content` is an image, but only user",
    ),
    (
        "image in a system message",
        "d.jsonl",
        jsonl({"messages": [msg("system", [image_part()]), msg("user"), msg("assistant")]}),
        False,
        1,
        "message 1 of `messages`: part 1 of `content` is an image",
    ),
    (
        "prompt a number",
        "d.jsonl",
        jsonl({"prompt": 1, "completion": "c"}),
        False,
        1,
        "`prompt` must be a string or a list of content parts, found a number",
    ),
    (
        "prompt an empty list",
        "d.jsonl",
        jsonl({"prompt": [], "completion": "c"}),
        False,
        1,
        "`prompt` is an empty list",
    ),
    (
        "prompt with a malformed part",
        "d.jsonl",
        jsonl({"prompt": [text_part(), {"type": "image"}], "completion": "c"}),
        False,
        1,
        "Line 1: part 2 of `prompt` has type 'image'",
    ),
    (
        "image in the completion",
        "d.jsonl",
        jsonl({"prompt": [image_part()], "completion": [text_part("A"), image_part()]}),
        False,
        1,
        "part 2 of `completion` is an image, but only user",
    ),
    # --- JSON Lines: preference ---
    (
        "preference input not an object",
        "d.jsonl",
        jsonl({**PREFERENCE, "input": [msg("user")]}),
        False,
        1,
        "`input` must be an object with `messages`, found a list",
    ),
    (
        "preference input without messages",
        "d.jsonl",
        jsonl({**PREFERENCE, "input": {"prompt": "x"}}),
        False,
        1,
        "`input` has no `messages`",
    ),
    (
        "preference output empty",
        "d.jsonl",
        jsonl(PREFERENCE, {**PREFERENCE, "non_preferred_output": []}),
        False,
        2,
        "`non_preferred_output` is empty",
    ),
    (
        "preference output with a bad role",
        "d.jsonl",
        jsonl({**PREFERENCE, "preferred_output": [msg("robot")]}),
        False,
        1,
        "message 1 of `preferred_output` has role 'robot'",
    ),
    (
        "preferred output with two messages",
        "d.jsonl",
        jsonl(
            PREFERENCE,
            {**PREFERENCE, "preferred_output": [msg("assistant", "4"), msg("assistant", "!")]},
        ),
        False,
        2,
        "Line 2: `preferred_output` has 2 messages. It must hold exactly one message",
    ),
    (
        "preferred output empty",
        "d.jsonl",
        jsonl({**PREFERENCE, "preferred_output": []}),
        False,
        1,
        "`preferred_output` is empty. It must hold exactly one message",
    ),
    (
        "non-preferred output with two messages",
        "d.jsonl",
        jsonl({**PREFERENCE, "non_preferred_output": [msg("user"), msg("assistant")]}),
        False,
        1,
        "`non_preferred_output` has 2 messages. It must hold exactly one message",
    ),
    (
        "preferred output from the user",
        "d.jsonl",
        jsonl({**PREFERENCE, "preferred_output": [msg("user", "4")]}),
        False,
        1,
        "message 1 of `preferred_output` has role 'user'; it must be 'assistant'",
    ),
    (
        "non-preferred output from the system",
        "d.jsonl",
        jsonl(PREFERENCE, PREFERENCE, {**PREFERENCE, "non_preferred_output": [msg("system")]}),
        False,
        3,
        "Line 3: message 1 of `non_preferred_output` has role 'system'; it must be 'assistant'",
    ),
    (
        "preference output not a list",
        "d.jsonl",
        jsonl({**PREFERENCE, "non_preferred_output": msg("assistant")}),
        False,
        1,
        "`non_preferred_output` must be a list, found an object. It must hold exactly one",
    ),
    (
        "preference output with an image",
        "d.jsonl",
        jsonl({**PREFERENCE, "preferred_output": [msg("assistant", [image_part()])]}),
        False,
        1,
        "message 1 of `preferred_output`: part 1 of `content` is an image",
    ),
    # --- Parquet ---
    (
        "parquet magic bytes",
        "d.parquet",
        b"PAR1" + PARQUET_BODY + b"PAR1",
        True,
        None,
        "Parquet container only",
    ),
    (
        "parquet without leading magic",
        "d.parquet",
        b"PAR0" + PARQUET_BODY + b"PAR1",
        False,
        None,
        "missing at the start",
    ),
    (
        "parquet truncated",
        "d.parquet",
        b"PAR1" + PARQUET_BODY,
        False,
        None,
        "missing at the end",
    ),
    ("parquet too small", "d.parquet", b"PAR1PAR1", False, None, "too small"),
    # --- CSV ---
    ("csv text", "d.csv", b"text\nhello\nworld\n", True, None, "2 row(s) in general format"),
    (
        "csv prompt and completion, extra column, quoted line break, CRLF",
        "d.csv",
        b'id,prompt,completion\r\n1,"2+2,\r\nplease",4\r\n\r\n2,3+3,6\r\n',
        True,
        None,
        "2 row(s) in instruction format",
    ),
    (
        "csv bad header",
        "d.csv",
        b"question,answer\nq,a\n",
        False,
        1,
        "no recognised columns (found `question`, `answer`)",
    ),
    (
        "csv header of two formats",
        "d.csv",
        b"text,prompt,completion\na,b,c\n",
        False,
        1,
        "columns of several formats",
    ),
    (
        "csv row wider than the header",
        "d.csv",
        b"prompt,completion\na,b\nc,d,e\n",
        False,
        3,
        "the row has 3 field(s) but the header has 2",
    ),
    ("csv header only", "d.csv", b"text\n", False, None, "no samples (a header but no data rows)"),
    ("csv blank", "d.csv", b"\n\n", False, None, "no header row"),
    ("csv invalid UTF-8", "d.csv", b"text\nok\n\xff\n", False, 3, "not valid UTF-8"),
]


def write_case(tmp_path: Path, name: str, content: bytes | str | None) -> Path:
    path = tmp_path / name
    if content == DIRECTORY:
        path.mkdir()
    elif isinstance(content, bytes):
        path.write_bytes(content)
    return path


@pytest.mark.parametrize(
    ("name", "content", "passed", "line_number", "fragment"),
    [pytest.param(*case[1:], id=case[0]) for case in CASES],
)
def test_check_file_table(
    tmp_path: Path,
    name: str,
    content: bytes | str | None,
    passed: bool,
    line_number: int | None,
    fragment: str,
) -> None:
    report = check_file(write_case(tmp_path, name, content))

    assert isinstance(report, FileCheckReport)
    assert report.is_check_passed is passed, report.message
    assert report.line_number == line_number, report.message
    assert fragment in report.message


def test_passing_jsonl_report_fields(tmp_path: Path) -> None:
    content = jsonl({"prompt": "a", "completion": "b"}, {"prompt": "c", "completion": "d"})
    path = write_case(tmp_path, "train.jsonl", content)

    report = check_file(str(path))

    assert report == FileCheckReport(
        is_check_passed=True,
        message="Checks passed: 2 sample(s) in instruction format.",
        found=True,
        file_size=len(content),
        utf8=True,
        line_type=True,
        text_field=True,
        key_value=True,
        has_min_samples=True,
        num_samples=2,
        load_json=True,
        load_csv=None,
        filetype="jsonl",
        line_number=None,
        dataset_format="instruction",
    )


@pytest.mark.parametrize(
    ("content", "failed_field"),
    [
        pytest.param(b'{"text": "\xff"}\n', "utf8", id="utf8"),
        pytest.param(b"{oops\n", "load_json", id="load_json"),
        pytest.param(b"[1]\n", "line_type", id="line_type"),
        pytest.param(b'{"x": 1}\n', "text_field", id="text_field"),
        pytest.param(b'{"text": 1}\n', "key_value", id="key_value"),
        pytest.param(b"\n\n", "has_min_samples", id="has_min_samples"),
    ],
)
def test_the_failed_check_is_false(tmp_path: Path, content: bytes, failed_field: str) -> None:
    report = check_file(write_case(tmp_path, "d.jsonl", content))

    assert not report.is_check_passed
    assert getattr(report, failed_field) is False
    others = {"utf8", "load_json", "line_type", "text_field", "key_value", "has_min_samples"}
    assert False not in {getattr(report, field) for field in others - {failed_field}}


def test_first_line_sets_dataset_format_even_when_a_later_line_fails(tmp_path: Path) -> None:
    report = check_file(write_case(tmp_path, "d.jsonl", jsonl(PREFERENCE, {"text": "x"})))

    assert report.dataset_format == "preference"
    assert report.line_number == 2


def test_missing_and_directory_are_not_found(tmp_path: Path) -> None:
    missing = check_file(tmp_path / "missing.jsonl")
    directory = check_file(write_case(tmp_path, "dir", DIRECTORY))

    assert (missing.found, missing.file_size, missing.filetype) == (False, None, None)
    assert (directory.found, directory.file_size) == (False, None)


def test_empty_file_is_found_with_size_zero(tmp_path: Path) -> None:
    report = check_file(write_case(tmp_path, "d.jsonl", b""))

    assert (report.found, report.file_size, report.filetype) == (True, 0, None)


def test_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_case(tmp_path, "d.jsonl", jsonl({"text": "x" * 2000}))
    monkeypatch.setattr(_filecheck, "MAX_FILE_SIZE_GB", 1000 / _filecheck.NUM_BYTES_IN_GB)

    report = check_file(path)

    assert not report.is_check_passed
    assert report.file_size == path.stat().st_size
    assert "the largest file accepted is" in report.message
    assert "Split the data" in report.message


def test_limits_follow_the_service_not_the_older_sdks() -> None:
    assert _filecheck.MAX_FILE_SIZE_GB == 100.0
    assert _filecheck.NUM_BYTES_IN_GB == 2**30
    assert _filecheck.MIN_SAMPLES == 1
    assert set(_filecheck.MESSAGE_ROLES) == {"system", "user", "assistant", "tool"}


def test_image_size_limit(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    payload = "A" * 4000  # 3000 bytes once decoded
    path = write_case(tmp_path, "d.jsonl", jsonl(vision(image_part(f"{JPEG[:23]}{payload}"))))
    monkeypatch.setattr(_filecheck, "MAX_IMAGE_BYTES", 3000)
    assert check_file(path).is_check_passed

    monkeypatch.setattr(_filecheck, "MAX_IMAGE_BYTES", 2999)
    report = check_file(path)

    assert not report.is_check_passed
    assert (report.line_number, report.key_value) == (1, False)
    assert "message 1 of `messages`: part 1 of `content`: the image is" in report.message
    assert "the largest accepted is" in report.message


def test_image_limits_follow_together_docs() -> None:
    assert _filecheck.MAX_IMAGES_PER_SAMPLE == 10
    assert _filecheck.MAX_IMAGE_BYTES == 10 * 2**20
    assert _filecheck.IMAGE_MIME_TYPES == ("image/jpeg", "image/png", "image/webp")


def test_unreadable_file_is_a_failed_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_case(tmp_path, "d.jsonl", jsonl({"text": "a"}))

    def refuse(self: Path, *args: Any, **kwargs: Any) -> Any:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", refuse)
    report = check_file(path)

    assert not report.is_check_passed
    assert report.found is True
    assert "Could not read" in report.message
    assert "Permission denied" in report.message


def test_report_is_frozen_and_to_dict_uses_official_keys(tmp_path: Path) -> None:
    report = check_file(write_case(tmp_path, "d.jsonl", jsonl({"text": "a"})))

    with pytest.raises(dataclasses.FrozenInstanceError):
        report.message = "changed"  # type: ignore[misc]
    as_dict = report.to_dict()
    assert list(as_dict)[:12] == [
        "is_check_passed",
        "message",
        "found",
        "file_size",
        "utf8",
        "line_type",
        "text_field",
        "key_value",
        "has_min_samples",
        "num_samples",
        "load_json",
        "load_csv",
    ]
    assert {"filetype", "line_number", "dataset_format"} <= set(as_dict)
    assert as_dict["num_samples"] == 1
    assert as_dict["filetype"] == "jsonl"


def test_parquet_report(tmp_path: Path) -> None:
    report = check_file(write_case(tmp_path, "d.parquet", b"PAR1" + PARQUET_BODY + b"PAR1"))

    assert report.filetype == "parquet"
    assert report.num_samples is None
    assert "not checked" in report.message


def test_csv_restores_the_field_size_limit(tmp_path: Path) -> None:
    import csv

    before = csv.field_size_limit()
    long_text = "x" * (before + 10)
    report = check_file(write_case(tmp_path, "d.csv", f"text\n{long_text}\n".encode()))

    assert report.is_check_passed, report.message
    assert report.load_csv is True
    assert csv.field_size_limit() == before


def test_large_file_is_streamed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    line = json.dumps(
        {"messages": [msg("user", "q" * 500), msg("assistant", "a" * 500)], "id": 0}
    ).encode()
    path = tmp_path / "big.jsonl"
    count = 0
    with path.open("wb") as stream:
        while stream.tell() < 20 * 2**20:
            stream.write(line + b"\n")
            count += 1
    size = path.stat().st_size

    def no_whole_reads(self: Path, *args: Any, **kwargs: Any) -> Any:
        raise AssertionError("the whole file was read into memory")

    monkeypatch.setattr(Path, "read_text", no_whole_reads)
    monkeypatch.setattr(Path, "read_bytes", no_whole_reads)
    tracemalloc.start()
    try:
        report = check_file(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert report.is_check_passed, report.message
    assert report.num_samples == count
    assert peak < size / 20, f"peak {peak} bytes for a {size}-byte file"
