"""Check a fine-tuning data file on disk before it is uploaded.

``check_file`` looks at the structure of a training file the way the official ``together`` SDK's
``check_file`` does, and returns a ``FileCheckReport`` with the same field names. It never
raises for a bad file: every problem ends up in the report, with the 1-based line of the first
problem and a message that says what is wrong and how to fix it.

What is checked, in order, stopping at the first failure:

1. the path exists and is a regular file, is not empty, and is at most ``MAX_FILE_SIZE_GB``;
2. the extension is one of ``SUPPORTED_EXTENSIONS``;
3. ``.jsonl``: the bytes are UTF-8; every non-blank line is one JSON object (blank lines are
   skipped); the first object's keys name a dataset format and every later line uses the same
   one; the format's fields have the right types; there are at least ``MIN_SAMPLES`` samples;
4. ``.csv``: UTF-8, a header naming a format (``text``, or ``prompt`` and ``completion``), every
   row as wide as the header, at least ``MIN_SAMPLES`` rows;
5. ``.parquet``: only the container (the ``PAR1`` magic bytes at both ends); reading columns
   would need pyarrow, which this module does not use.

The JSONL formats (see ``_FORMATS_DOC``), one per file:

- general: ``{"text": "..."}``;
- conversation: ``{"messages": [{"role": ..., "content": ...}, ...]}``, roles from
  ``MESSAGE_ROLES``; an assistant message with ``tool_calls`` may leave ``content`` out; an
  optional ``weight`` of 0 or 1 per message;
- instruction: ``{"prompt": ..., "completion": ...}``;
- preference (DPO): ``{"input": {"messages": [...]}, "preferred_output": [message],
  "non_preferred_output": [message]}``, each output exactly one message with role ``assistant``.

A message's ``content``, a ``prompt`` and a ``completion`` are a string or, for vision data, a
non-empty list of parts: ``{"type": "text", "text": "..."}`` or ``{"type": "image_url",
"image_url": {"url": "data:image/jpeg;base64,..."}}``. As Together's vision fine-tuning docs
ask, an image is a base64 data URI of one of ``IMAGE_MIME_TYPES`` (a web address must be
downloaded and encoded first) of at most ``MAX_IMAGE_BYTES``; images may appear only in user
messages and ``prompt``; a sample holds at most ``MAX_IMAGES_PER_SAMPLE`` images.

Keys and columns beyond those a format needs are accepted, as the service accepts (and ignores)
them. Files are streamed line by line, so multi-gigabyte files are checked in little memory.
"""

from __future__ import annotations

import csv
import json
import os
import stat
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final, Literal

__all__ = [
    "DATASET_FORMAT_KEYS",
    "IMAGE_MIME_TYPES",
    "MAX_FILE_SIZE_GB",
    "MAX_IMAGES_PER_SAMPLE",
    "MAX_IMAGE_BYTES",
    "MESSAGE_ROLES",
    "MIN_SAMPLES",
    "NUM_BYTES_IN_GB",
    "SUPPORTED_EXTENSIONS",
    "FileCheckReport",
    "check_file",
]

#: Largest file accepted, in GiB. The official SDKs say 25 (1.x) or 50.1 (2.x); Together's data
#: preparation docs say 100 GB. The service is the reference: do not refuse what it accepts.
MAX_FILE_SIZE_GB: Final = 100.0
#: Bytes in one GiB, as the official SDK counts them.
NUM_BYTES_IN_GB: Final = 2**30
#: Fewest samples a data file may hold (``MIN_SAMPLES`` in the official SDK's constants).
MIN_SAMPLES: Final = 1
#: File extensions a data file may have, lower case.
SUPPORTED_EXTENSIONS: Final = (".jsonl", ".parquet", ".csv")
#: Roles a message in a conversation may have.
MESSAGE_ROLES: Final = ("system", "user", "assistant", "tool")
#: Most images one sample (one JSONL line) may hold, per Together's vision fine-tuning docs.
MAX_IMAGES_PER_SAMPLE: Final = 10
#: Largest image accepted, in bytes once decoded from base64 (the docs say 10 MB).
MAX_IMAGE_BYTES: Final = 10 * 2**20
#: Image types an ``image_url`` data URI may carry (PNG, JPEG and WEBP in the docs).
IMAGE_MIME_TYPES: Final = ("image/jpeg", "image/png", "image/webp")
#: For each dataset format, the top-level keys that identify it (all must be present).
DATASET_FORMAT_KEYS: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {
        "general": ("text",),
        "conversation": ("messages",),
        "instruction": ("prompt", "completion"),
        "preference": ("input", "preferred_output", "non_preferred_output"),
    }
)

# The formats a CSV file can carry: those whose fields are plain strings.
_CSV_FORMATS: Final = ("general", "instruction")
_PARQUET_MAGIC: Final = b"PAR1"
# A Parquet file is at least: magic, 4-byte footer length, magic.
_PARQUET_MIN_SIZE: Final = 12
# Whitespace that JSON allows around a value; a line holding only these is blank.
_JSON_WHITESPACE: Final = b" \t\r\n"
_UTF8_BOM: Final = "\ufeff"
_IMAGE_URI_PREFIXES: Final = tuple(f"data:{mime};base64," for mime in IMAGE_MIME_TYPES)
_FORMATS_DOC: Final = "https://docs.together.ai/docs/fine-tuning-data-preparation"
# Passed to csv.field_size_limit while a CSV file is read: long text fields are normal.
_CSV_FIELD_LIMIT: Final = 2**31 - 1

_Flag = Literal[
    "utf8", "line_type", "text_field", "key_value", "has_min_samples", "load_json", "load_csv"
]


@dataclass(frozen=True, slots=True)
class FileCheckReport:
    """The outcome of ``check_file``; field names follow the official SDK's report.

    A check that failed is ``False``, one that passed is ``True``, and one that was not run (or
    not run to the end, because an earlier line failed) is ``None``.
    """

    is_check_passed: bool
    """Whether every check passed."""
    message: str
    """What passed, or what is wrong and what to do about it."""
    found: bool
    """Whether a regular file was found at the path."""
    file_size: int | None = None
    """Size in bytes."""
    utf8: bool | None = None
    """The file is valid UTF-8 (JSONL and CSV)."""
    line_type: bool | None = None
    """Every non-blank JSONL line is a JSON object."""
    text_field: bool | None = None
    """Every sample has the keys of one recognised dataset format, the same on every line."""
    key_value: bool | None = None
    """The format's fields have the right types and values."""
    has_min_samples: bool | None = None
    """There are at least ``MIN_SAMPLES`` samples."""
    num_samples: int | None = None
    """Number of samples (non-blank JSONL lines, CSV data rows)."""
    load_json: bool | None = None
    """Every non-blank JSONL line parses as JSON."""
    load_csv: bool | None = None
    """The CSV file parses, with a recognised header and rows as wide as it."""
    filetype: str | None = None
    """``"jsonl"``, ``"parquet"`` or ``"csv"``, once the extension is accepted."""
    line_number: int | None = None
    """1-based line of the first problem, when it has one."""
    dataset_format: str | None = None
    """``"general"``, ``"conversation"``, ``"instruction"`` or ``"preference"``."""

    def to_dict(self) -> dict[str, bool | int | str | None]:
        """Return the report as a plain dict, keyed like the official SDK's report."""
        return {field.name: getattr(self, field.name) for field in fields(self)}


def check_file(path: str | os.PathLike[str]) -> FileCheckReport:
    """Check the structure of a fine-tuning data file before uploading it.

    Never raises for a bad, missing or unreadable file: the problem is in the returned report.

    Example::

        report = check_file("train.jsonl")
        if not report.is_check_passed:
            raise SystemExit(f"{report.message} (line {report.line_number})")
        print(report.num_samples, report.dataset_format)
    """
    draft: _Draft = {"is_check_passed": True, "message": "Checks passed", "found": False}
    file = Path(path)
    try:
        _run_checks(file, draft)
    except _Failure as failure:
        draft["is_check_passed"] = False
        draft["message"] = failure.message
        draft["line_number"] = failure.line_number
        if failure.flag is not None:
            draft[failure.flag] = False
    except OSError as exc:
        draft["is_check_passed"] = False
        reason = exc.strerror or str(exc)
        draft["message"] = (
            f"Could not read {file}: {reason}. Check that the file is readable by this process."
        )
    return FileCheckReport(**draft)


# --- the report under construction and the failure signal ---------------------------------------


# The report under construction: the fields of FileCheckReport set so far.
_Draft = dict[str, Any]


class _Failure(Exception):
    """The first failed check: stops checking and becomes the report's message."""

    def __init__(
        self, message: str, *, line_number: int | None = None, flag: _Flag | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.line_number = line_number
        self.flag = flag


# --- the file as a whole --------------------------------------------------------------------------


def _run_checks(file: Path, draft: _Draft) -> None:
    try:
        info = file.stat()
    except (FileNotFoundError, NotADirectoryError):
        raise _Failure(f"No file at {file}. Check the path and the current directory.") from None
    except (OSError, ValueError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise _Failure(f"Cannot access {file}: {reason}. Check the path.") from None
    if stat.S_ISDIR(info.st_mode):
        raise _Failure(f"{file} is a directory. Pass the path of the data file itself.")
    if not stat.S_ISREG(info.st_mode):
        raise _Failure(f"{file} is not a regular file. Pass the path of a data file on disk.")
    draft["found"] = True

    draft["file_size"] = size = info.st_size
    if size == 0:
        raise _Failure(
            f"{file} is empty (0 bytes). Write at least {MIN_SAMPLES} sample(s) to it, "
            'one JSON object per line, e.g. {"text": "..."}.'
        )
    limit_gb = MAX_FILE_SIZE_GB
    if size > limit_gb * NUM_BYTES_IN_GB:
        raise _Failure(
            f"{file} is {size / NUM_BYTES_IN_GB:.3f} GB; the largest file accepted is "
            f"{limit_gb} GB. Split the data into several files, or drop fields not used "
            "for training."
        )

    extension = file.suffix.lower()
    if extension not in SUPPORTED_EXTENSIONS:
        found = f"extension {file.suffix!r}" if file.suffix else "no extension"
        raise _Failure(
            f"{file} has {found}. Data files must be {', '.join(SUPPORTED_EXTENSIONS)}; "
            "for text data write JSON Lines (one JSON object per line) to a .jsonl file."
        )
    draft["filetype"] = extension[1:]

    if extension == ".parquet":
        _check_parquet(file, size, draft)
        return
    _check_utf8(file)
    draft["utf8"] = True
    if extension == ".jsonl":
        _check_jsonl(file, draft)
    else:
        _check_csv(file, draft)


def _check_utf8(file: Path) -> None:
    """Fail at the first line holding bytes that are not UTF-8."""
    with file.open("rb") as stream:
        for line_number, raw in enumerate(stream, start=1):
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise _Failure(
                    f"Line {line_number}: byte 0x{raw[exc.start]:02x} (byte {exc.start + 1} of "
                    "the line) is not valid UTF-8. Save the file as UTF-8 (e.g. open it with "
                    "encoding='utf-8' when writing it).",
                    line_number=line_number,
                    flag="utf8",
                ) from None


def _check_samples(count: int, draft: _Draft, *, empty_means: str) -> None:
    draft["num_samples"] = count
    if count < MIN_SAMPLES:
        found = f"no samples ({empty_means})" if count == 0 else f"only {count} sample(s)"
        raise _Failure(
            f"The file has {found}; it needs at least {MIN_SAMPLES} sample(s). Add samples.",
            flag="has_min_samples",
        )
    draft["has_min_samples"] = True


def _bom_failure(line_number: int, flag: _Flag) -> _Failure:
    return _Failure(
        f"Line {line_number}: the file starts with a UTF-8 byte order mark (BOM). "
        "Save it as UTF-8 without a BOM (in Python, encoding='utf-8', not 'utf-8-sig').",
        line_number=line_number,
        flag=flag,
    )


# --- JSON Lines -----------------------------------------------------------------------------------


def _check_jsonl(file: Path, draft: _Draft) -> None:
    dataset_format: str | None = None
    first_line = 0
    samples = 0
    with file.open("rb") as stream:
        for line_number, raw in enumerate(stream, start=1):
            if not raw.strip(_JSON_WHITESPACE):
                continue
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:  # the file changed since the UTF-8 pass
                raise _Failure(
                    f"Line {line_number}: not valid UTF-8. Save the file as UTF-8.",
                    line_number=line_number,
                    flag="utf8",
                ) from None
            if line_number == 1 and text.startswith(_UTF8_BOM):
                raise _bom_failure(line_number, "load_json")
            sample = _parse_json_line(text, line_number)
            line_format = _detect_format(sample, line_number, dataset_format, first_line)
            if dataset_format is None:
                dataset_format, first_line = line_format, line_number
                draft["dataset_format"] = dataset_format
            images = _VALIDATORS[line_format](sample, line_number)
            if images > MAX_IMAGES_PER_SAMPLE:
                raise _key_value_failure(
                    line_number,
                    f"the sample has {images} images; at most {MAX_IMAGES_PER_SAMPLE} are "
                    "accepted per sample. Split it into several samples or leave images out.",
                )
            samples += 1
    draft["load_json"] = draft["line_type"] = draft["text_field"] = draft["key_value"] = True
    _check_samples(samples, draft, empty_means="only blank lines")
    draft["message"] = f"Checks passed: {samples} sample(s) in {dataset_format} format."


def _parse_json_line(text: str, line_number: int) -> dict[str, Any]:
    try:
        value: object = json.loads(text)
    except json.JSONDecodeError as exc:
        raise _Failure(
            f"Line {line_number}: not valid JSON ({exc.msg} at column {exc.colno}). Each "
            "non-blank line must hold one complete JSON object; an object cannot span lines.",
            line_number=line_number,
            flag="load_json",
        ) from None
    except (ValueError, RecursionError):
        raise _Failure(
            f"Line {line_number}: not valid JSON (too deeply nested or malformed). Each "
            "non-blank line must hold one complete JSON object.",
            line_number=line_number,
            flag="load_json",
        ) from None
    if not isinstance(value, dict):
        raise _Failure(
            f"Line {line_number}: expected a JSON object, found {_describe(value)}. Each line "
            'must be one JSON object, e.g. {"text": "..."}.',
            line_number=line_number,
            flag="line_type",
        )
    return value


def _format_keys(dataset_format: str) -> str:
    return " + ".join(f"`{key}`" for key in DATASET_FORMAT_KEYS[dataset_format])


def _format_menu(formats: tuple[str, ...] | None = None) -> str:
    names = formats if formats is not None else tuple(DATASET_FORMAT_KEYS)
    items = [f"{_format_keys(name)} ({name})" for name in names]
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " or " + items[-1]


def _detect_format(
    sample: dict[str, Any], line_number: int, expected: str | None, first_line: int
) -> str:
    """Return the dataset format of one sample, failing unless it is the expected one."""
    matches = [
        name for name, keys in DATASET_FORMAT_KEYS.items() if all(key in sample for key in keys)
    ]
    if len(matches) > 1:
        raise _Failure(
            f"Line {line_number}: the object has the keys of several formats: "
            f"{_format_menu(tuple(matches))}. Keep the keys of one format only.",
            line_number=line_number,
            flag="text_field",
        )
    if expected is None:
        if not matches:
            raise _Failure(
                f"Line {line_number}: no dataset format recognised from the keys "
                f"{_describe_keys(sample)}. Each object needs one of: {_format_menu()}. "
                f"See {_FORMATS_DOC}",
                line_number=line_number,
                flag="text_field",
            )
        return matches[0]
    if not matches:
        missing = [key for key in DATASET_FORMAT_KEYS[expected] if key not in sample]
        raise _Failure(
            f"Line {line_number}: missing {', '.join(f'`{key}`' for key in missing)}. Every "
            f"line must use the format of line {first_line}: {_format_menu((expected,))}.",
            line_number=line_number,
            flag="text_field",
        )
    if matches[0] != expected:
        raise _Failure(
            f"Line {line_number}: the dataset format changes from {expected} (line "
            f"{first_line}, {_format_keys(expected)}) to {matches[0]} "
            f"({_format_keys(matches[0])}). All lines must use one format; put the other "
            "samples in a separate file.",
            line_number=line_number,
            flag="text_field",
        )
    return expected


def _key_value_failure(line_number: int, problem: str) -> _Failure:
    return _Failure(f"Line {line_number}: {problem}", line_number=line_number, flag="key_value")


def _require_string(sample: dict[str, Any], key: str, line_number: int) -> None:
    value = sample[key]
    if not isinstance(value, str):
        raise _key_value_failure(
            line_number,
            f"`{key}` must be a string, found {_describe(value)}. Put the text in a JSON "
            f'string, e.g. "{key}": "...".',
        )


# Each validator checks one sample of its format and returns the number of images in it.


def _validate_general(sample: dict[str, Any], line_number: int) -> int:
    _require_string(sample, "text", line_number)
    return 0


def _validate_instruction(sample: dict[str, Any], line_number: int) -> int:
    images = _validate_content(sample["prompt"], "prompt", line_number, role="user")
    return images + _validate_content(
        sample["completion"], "completion", line_number, role="assistant"
    )


def _validate_conversation(sample: dict[str, Any], line_number: int) -> int:
    return _validate_messages(sample["messages"], "`messages`", line_number)


def _validate_preference(sample: dict[str, Any], line_number: int) -> int:
    prompt = sample["input"]
    if not isinstance(prompt, dict):
        raise _key_value_failure(
            line_number,
            f"`input` must be an object with `messages`, found {_describe(prompt)}. "
            'Write it as "input": {"messages": [{"role": "user", "content": "..."}]}.',
        )
    if "messages" not in prompt:
        raise _key_value_failure(
            line_number,
            '`input` has no `messages`. Write it as "input": {"messages": [...]}, '
            "the conversation that leads to the two outputs.",
        )
    images = _validate_messages(prompt["messages"], "`input.messages`", line_number)
    for key in ("preferred_output", "non_preferred_output"):
        images += _validate_output(sample[key], key, line_number)
    return images


def _validate_output(output: object, key: str, line_number: int) -> int:
    """Check a preference output: a list of exactly one message, with role ``assistant``."""
    if not isinstance(output, list):
        problem = f"must be a list, found {_describe(output)}"
    elif len(output) != 1:
        problem = "is empty" if not output else f"has {len(output)} messages"
    else:
        label = f"message 1 of `{key}`"
        images = _validate_message(output[0], label, line_number)
        role = output[0]["role"]
        if role != "assistant":
            raise _key_value_failure(
                line_number,
                f"{label} has role {role!r}; it must be 'assistant' (the reply being ranked). "
                "Put the conversation that leads to it in `input.messages`.",
            )
        return images
    raise _key_value_failure(
        line_number,
        f"`{key}` {problem}. It must hold exactly one message, the assistant's reply: "
        f'"{key}": [{{"role": "assistant", "content": "..."}}].',
    )


_VALIDATORS: Final[Mapping[str, Callable[[dict[str, Any], int], int]]] = MappingProxyType(
    {
        "general": _validate_general,
        "conversation": _validate_conversation,
        "instruction": _validate_instruction,
        "preference": _validate_preference,
    }
)


def _validate_messages(messages: object, where: str, line_number: int) -> int:
    """Check a non-empty list of messages; return the number of images in them."""
    example = '{"role": "user", "content": "..."}'
    if not isinstance(messages, list):
        raise _key_value_failure(
            line_number,
            f"{where} must be a list of message objects, found {_describe(messages)}. "
            f"Write it as [{example}, ...].",
        )
    if not messages:
        raise _key_value_failure(
            line_number, f"{where} is empty. It needs at least one message, e.g. [{example}]."
        )
    return sum(
        _validate_message(message, f"message {index} of {where}", line_number)
        for index, message in enumerate(messages, start=1)
    )


def _validate_message(message: object, label: str, line_number: int) -> int:
    """Check one message; return the number of images in its content."""
    roles = ", ".join(MESSAGE_ROLES)
    if not isinstance(message, dict):
        raise _key_value_failure(
            line_number,
            f"{label} must be an object with `role` and `content`, found {_describe(message)}.",
        )
    if "role" not in message:
        raise _key_value_failure(line_number, f"{label} has no `role`. Add one of: {roles}.")
    role = message["role"]
    if not isinstance(role, str) or role not in MESSAGE_ROLES:
        shown = repr(role) if isinstance(role, str) else _describe(role)
        raise _key_value_failure(
            line_number, f"{label} has role {shown}. The role must be one of: {roles}."
        )

    tool_calls = message.get("tool_calls")
    if tool_calls is not None and not isinstance(tool_calls, list):
        raise _key_value_failure(
            line_number,
            f"{label}: `tool_calls` must be a list of tool calls, found {_describe(tool_calls)}.",
        )
    content = message.get("content")
    images = 0
    if content is None:
        if role == "assistant" and tool_calls is not None:
            pass  # an assistant turn that only calls tools
        else:
            state = "has null `content`" if "content" in message else "has no `content`"
            raise _key_value_failure(
                line_number,
                f"{label} (role {role!r}) {state}. Give it a string `content`; only an "
                "assistant message with `tool_calls` may leave `content` out or null.",
            )
    else:
        images = _validate_content(content, "content", line_number, role=role, owner=f"{label}: ")

    if "weight" in message:
        weight = message["weight"]
        if isinstance(weight, bool) or not isinstance(weight, int | float) or weight not in (0, 1):
            raise _key_value_failure(
                line_number,
                f"{label}: `weight` must be 0 or 1, found {json.dumps(weight)[:40]}. Use 0 to "
                "leave the message out of the loss and 1 to train on it.",
            )
    return images


def _validate_content(
    content: object, field: str, line_number: int, *, role: str, owner: str = ""
) -> int:
    """Check ``content`` (or ``prompt``, ``completion``): a string or a non-empty list of parts.

    A part is ``{"type": "text", "text": "..."}`` or ``{"type": "image_url", "image_url":
    {"url": "data:image/jpeg;base64,..."}}``; images only when ``role`` is ``user``. ``owner``
    names the message, for the error messages. Return the number of image parts.
    """
    text_example = '{"type": "text", "text": "..."}'
    if isinstance(content, str):
        return 0
    if not isinstance(content, list):
        raise _key_value_failure(
            line_number,
            f"{owner}`{field}` must be a string or a list of content parts, found "
            f"{_describe(content)}. Put the text in a JSON string, or write parts as "
            f"[{text_example}, ...].",
        )
    if not content:
        raise _key_value_failure(
            line_number,
            f"{owner}`{field}` is an empty list. Give the text as a string, or at least one "
            f"part, e.g. [{text_example}].",
        )
    images = 0
    for index, part in enumerate(content, start=1):
        label = f"{owner}part {index} of `{field}`"
        if not isinstance(part, dict):
            raise _key_value_failure(
                line_number,
                f"{label} must be an object with `type`, found {_describe(part)}. Write text "
                f"as {text_example}.",
            )
        kind = part.get("type")
        if kind == "text":
            if not isinstance(part.get("text"), str):
                raise _key_value_failure(
                    line_number, f"{label}: `text` must be a string{_found(part, 'text')}."
                )
        elif kind == "image_url":
            _validate_image(part, label, line_number, role=role)
            images += 1
        else:
            if "type" not in part:
                problem = "has no `type`"
            elif isinstance(kind, str):
                problem = f"has type {kind!r}"
            else:
                problem = f"has a `type` that is {_describe(kind)}"
            raise _key_value_failure(
                line_number,
                f'{label} {problem}. The type must be "text" (with `text`) or "image_url" '
                "(with `image_url`).",
            )
    return images


def _validate_image(part: dict[str, Any], label: str, line_number: int, *, role: str) -> None:
    """Check an image part: in a user turn, a base64 data URI of a known type and size."""
    example = '"image_url": {"url": "data:image/jpeg;base64,..."}'
    if role != "user":
        raise _key_value_failure(
            line_number,
            f"{label} is an image, but only user messages and `prompt` may contain images. "
            "Move the image to the user's turn.",
        )
    image_url = part.get("image_url")
    if not isinstance(image_url, dict):
        raise _key_value_failure(
            line_number,
            f"{label}: `image_url` must be an object with a string `url`"
            f"{_found(part, 'image_url')}. Write it as {example}.",
        )
    url = image_url.get("url")
    if not isinstance(url, str):
        raise _key_value_failure(
            line_number,
            f"{label}: `image_url.url` must be a string{_found(image_url, 'url')}. "
            f"Write it as {example}.",
        )
    if url[:8].lower().startswith(("http://", "https://")):
        raise _key_value_failure(
            line_number,
            f"{label}: the image is a web address ({url[:80]}). Download it and write it as a "
            "base64 data URI, data:image/jpeg;base64,...; fine-tuning data must hold the "
            "image itself.",
        )
    prefix = next((p for p in _IMAGE_URI_PREFIXES if url.startswith(p)), None)
    if prefix is None:
        shown = url if len(url) <= 40 else url[:40] + "..."
        raise _key_value_failure(
            line_number,
            f"{label}: `image_url.url` must be a base64 data URI of a JPEG, PNG or WEBP image "
            f"(data:image/jpeg;base64,..., image/png or image/webp), found {shown!r}.",
        )
    if url == prefix:
        raise _key_value_failure(
            line_number, f"{label}: the data URI holds no image data after {prefix!r}."
        )
    size = (len(url) - len(prefix)) * 3 // 4  # decoded size, to within padding
    if size > MAX_IMAGE_BYTES:
        raise _key_value_failure(
            line_number,
            f"{label}: the image is {size / 2**20:.1f} MB; the largest accepted is "
            f"{MAX_IMAGE_BYTES / 2**20:g} MB. Scale it down or compress it.",
        )


def _found(container: dict[str, Any], key: str) -> str:
    """End an error message: ", found <what container[key] is>" or "; it is missing"."""
    return f", found {_describe(container[key])}" if key in container else "; it is missing"


def _describe(value: object) -> str:
    """Name the JSON type of a parsed value, with an article."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _describe_keys(sample: dict[str, Any], shown: int = 8) -> str:
    if not sample:
        return "(none: the object is empty)"
    names = [f"`{str(key)[:40]}`" for key in list(sample)[:shown]]
    more = f" and {len(sample) - shown} more" if len(sample) > shown else ""
    return ", ".join(names) + more


# --- CSV ------------------------------------------------------------------------------------------


def _check_csv(file: Path, draft: _Draft) -> None:
    previous_limit = csv.field_size_limit(_CSV_FIELD_LIMIT)
    try:
        draft["dataset_format"], samples = _read_csv(file)
    finally:
        csv.field_size_limit(previous_limit)
    draft["load_csv"] = draft["text_field"] = True
    _check_samples(samples, draft, empty_means="a header but no data rows")
    draft["message"] = f"Checks passed: {samples} row(s) in {draft['dataset_format']} format."


def _read_csv(file: Path) -> tuple[str, int]:
    """Return the CSV file's dataset format and number of data rows."""
    with file.open("r", encoding="utf-8", newline="") as stream:
        reader = csv.reader(stream)
        row_start = 1
        try:
            header: list[str] | None = None
            for row in reader:
                if row:
                    header = row
                    break
                row_start = reader.line_num + 1
            if header is None:
                raise _Failure(
                    "The CSV file has no header row. Start it with the column names, e.g. "
                    "text or prompt,completion.",
                    flag="load_csv",
                )
            header_line = row_start
            if header[0].startswith(_UTF8_BOM):
                raise _bom_failure(header_line, "load_csv")
            dataset_format = _detect_csv_format(header, header_line)
            samples = 0
            row_start = reader.line_num + 1
            for row in reader:
                if row and len(row) != len(header):
                    raise _Failure(
                        f"Line {row_start}: the row has {len(row)} field(s) but the header has "
                        f"{len(header)}. Quote fields that contain commas, quotes or line "
                        'breaks ("..."), and give every row one value per column.',
                        line_number=row_start,
                        flag="load_csv",
                    )
                samples += bool(row)
                row_start = reader.line_num + 1
        except csv.Error as exc:
            raise _Failure(
                f"Line {row_start}: the CSV cannot be parsed ({exc}). Check the quoting of "
                "that row.",
                line_number=row_start,
                flag="load_csv",
            ) from None
        except UnicodeDecodeError:  # the file changed since the UTF-8 pass
            raise _Failure("The file is not valid UTF-8. Save it as UTF-8.", flag="utf8") from None
    return dataset_format, samples


def _detect_csv_format(header: list[str], line_number: int) -> str:
    columns = set(header)
    matches = [
        name for name in _CSV_FORMATS if all(key in columns for key in DATASET_FORMAT_KEYS[name])
    ]
    if len(matches) == 1:
        return matches[0]
    shown = ", ".join(f"`{name[:40]}`" for name in header[:8]) + (
        f" and {len(header) - 8} more" if len(header) > 8 else ""
    )
    if matches:
        problem = f"has the columns of several formats ({_format_menu(tuple(matches))})"
        advice = "Keep the columns of one format only."
    else:
        problem = f"has no recognised columns (found {shown})"
        advice = f"A CSV data file needs the columns {_format_menu(_CSV_FORMATS)}."
    raise _Failure(
        f"Line {line_number}: the CSV header {problem}. {advice}",
        line_number=line_number,
        flag="text_field",
    )


# --- Parquet --------------------------------------------------------------------------------------


def _check_parquet(file: Path, size: int, draft: _Draft) -> None:
    advice = (
        "Write Parquet files with pyarrow or pandas (DataFrame.to_parquet), or use a .jsonl file."
    )
    if size < _PARQUET_MIN_SIZE:
        raise _Failure(
            f"{file} is {size} bytes, too small to be a Parquet file. {advice}",
        )
    with file.open("rb") as stream:
        head = stream.read(len(_PARQUET_MAGIC))
        stream.seek(-len(_PARQUET_MAGIC), os.SEEK_END)
        tail = stream.read(len(_PARQUET_MAGIC))
    if head != _PARQUET_MAGIC or tail != _PARQUET_MAGIC:
        where = " and ".join(
            part
            for part, ok in (("start", head == _PARQUET_MAGIC), ("end", tail == _PARQUET_MAGIC))
            if not ok
        )
        raise _Failure(
            f"{file} is not a Parquet file: the PAR1 magic bytes are missing at the {where} "
            f"(a truncated file, or another format renamed .parquet). {advice}"
        )
    draft["message"] = (
        "Checks passed for the Parquet container only: the PAR1 magic bytes are at the start "
        "and end. Columns and rows were not checked (that needs pyarrow); Together expects "
        "pre-tokenized columns such as input_ids."
    )
