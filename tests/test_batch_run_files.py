"""``batches.run``'s files (together_facade._batch_run): the JSONL written from requests, and the
outputs read back in input order by ``custom_id``, with nothing dropped silently."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from together_facade._batch_run import read_results, write_requests
from together_facade._exceptions import InvalidRequestError, InvalidTypeError


def _lines(path: Path) -> list[Any]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_plain_bodies_get_ids_by_position_and_full_lines_keep_theirs(tmp_path: Path) -> None:
    requests = [
        {"model": "m", "messages": [{"role": "user", "content": "a"}]},
        {"custom_id": "mine", "body": {"model": "m", "messages": []}},
    ]
    path, ids = write_requests(requests, tmp_path)
    assert ids == ["request-0", "mine"]
    assert _lines(path) == [
        {"custom_id": "request-0", "body": requests[0]},
        {"custom_id": "mine", "body": {"model": "m", "messages": []}},
    ]


def test_a_jsonl_path_is_used_as_it_is(tmp_path: Path) -> None:
    given = tmp_path / "mine.jsonl"
    given.write_text('{"custom_id": "x", "body": {}}\n\n{"custom_id": "y", "body": {}}\n')
    path, ids = write_requests(given, tmp_path / "unused")
    assert path == given and ids == ["x", "y"]


@pytest.mark.parametrize(
    ("requests", "error", "match"),
    [
        ([], InvalidRequestError, "no requests"),
        ({"model": "m"}, InvalidTypeError, "not one dict"),
        (["hello"], InvalidTypeError, "request 0 is a str"),
        (
            [{"custom_id": "a", "body": {}}, {"custom_id": "a", "body": {}}],
            InvalidRequestError,
            "request 1: custom_id 'a' is repeated",
        ),
        ([{"custom_id": 7, "body": {}}], InvalidRequestError, "not a string"),
    ],
)
def test_bad_requests_are_refused_before_anything_is_sent(
    tmp_path: Path, requests: Any, error: type[Exception], match: str
) -> None:
    with pytest.raises(error, match=match):
        write_requests(requests, tmp_path)


def _jsonl(path: Path, rows: list[Any]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows) + "not json\n")
    return path


def test_outputs_come_back_in_input_order_with_errors_and_missing_ids(tmp_path: Path) -> None:
    ids = ["a", "b", "c", "d", "e"]
    output = _jsonl(
        tmp_path / "out.jsonl",
        [
            {"custom_id": "c", "response": {"status_code": 200, "body": {"n": 3}}},
            {"custom_id": "a", "response": {"status_code": 200, "body": {"n": 1}}},
            {"custom_id": "d", "response": {"status_code": 400, "body": {"error": "bad"}}},
            {"custom_id": "zzz", "response": {"status_code": 200, "body": {"n": 0}}},
        ],
    )
    errors = _jsonl(tmp_path / "err.jsonl", [{"custom_id": "b", "error": {"message": "too long"}}])
    result = read_results("batch", ids, output, errors, read=lambda body: body["n"])
    assert result.results == [1, None, 3, None, None]
    assert result.errors == {
        "b": {"message": "too long"},
        "d": {"status_code": 400, "body": {"error": "bad"}},
    }
    assert result.missing == ["e"]
    assert result.succeeded == 2
    assert "2 of 5 answered, 2 failed, 1 missing" in str(result)


def test_no_files_at_all_means_every_id_is_missing(tmp_path: Path) -> None:
    result = read_results("batch", ["a"], None, None, read=lambda body: body)
    assert result.results == [None] and result.missing == ["a"]


def test_an_answer_the_result_type_cannot_read_is_an_error_with_its_body(tmp_path: Path) -> None:
    output = _jsonl(
        tmp_path / "out.jsonl",
        [{"custom_id": "a", "response": {"status_code": 200, "body": {"odd": True}}}],
    )

    def strict(body: Any) -> Any:
        return body["n"]

    result = read_results("batch", ["a"], output, None, read=strict)
    assert result.results == [None] and result.missing == []
    assert result.errors["a"]["body"] == {"odd": True}
    assert "unreadable answer" in result.errors["a"]["message"]
