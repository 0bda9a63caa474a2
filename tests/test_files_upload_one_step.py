"""``files.upload(..., one_step=True)``: one multipart ``POST /files/upload`` for a small file,
the three steps (``POST /files``, the PUT to storage, the preprocess) for a larger one and by
default; the file check first either way, typed errors, sync and async."""

from __future__ import annotations

import asyncio
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

import together_facade as tf
from tests.helpers import API_KEY, Invoker
from together_facade import _core, _upload_source
from together_facade.resources import files as files_module
from together_facade.testing import StandIn

FILE_ANSWER = {
    "id": "file-one",
    "object": "file",
    "created_at": 1700000000,
    "filename": "train.jsonl",
    "bytes": 42,
    "purpose": "fine-tune",
    "Processed": True,
    "FileType": "jsonl",
}


@pytest.fixture(scope="module")
def storage_server() -> Iterator[HTTPServer]:
    server = HTTPServer(host="127.0.0.1")
    server.start()
    yield server
    server.stop()


@pytest.fixture
def storage(storage_server: HTTPServer) -> Iterator[HTTPServer]:
    """The storage host of presigned URLs (emptied after each test)."""
    yield storage_server
    storage_server.clear()


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Record the waits between retries instead of sleeping them (sync and async)."""
    waited: list[float] = []

    async def fake_async_sleep(seconds: float) -> None:
        waited.append(seconds)

    monkeypatch.setattr("together_facade._core._sleep", waited.append)
    monkeypatch.setattr(_core, "_async_sleep", fake_async_sleep)
    return waited


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The paths ``check_file`` is run on (it still runs)."""
    seen: list[Path] = []
    real = _upload_source.check_file

    def counting(path: Path) -> Any:
        seen.append(Path(path))
        return real(path)

    monkeypatch.setattr(_upload_source, "check_file", counting)
    return seen


def train_file(tmp_path: Path, lines: int = 3, name: str = "train.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("".join(json.dumps({"text": f"sample {i}"}) + "\n" for i in range(lines)))
    return path


def recorded_upload(httpserver: HTTPServer, seen: list[dict[str, Any]]) -> None:
    """``POST /v1/files/upload`` answers FILE_ANSWER and keeps what each request carried."""

    def handler(request: Request) -> Response:
        part = request.files["file"]
        seen.append(
            {
                "form": request.form.to_dict(),
                "file": part.read(),
                "filename": part.filename,
                "content_type": request.headers["Content-Type"],
                "authorization": request.headers.get("Authorization"),
            }
        )
        return Response(json.dumps(FILE_ANSWER), status=200, content_type="application/json")

    httpserver.expect_request("/v1/files/upload", method="POST").respond_with_handler(handler)


def expect_three_steps(httpserver: HTTPServer, storage: HTTPServer, received: list[bytes]) -> None:
    location = storage.url_for("/bucket/train.jsonl") + "?X-Amz-Signature=abc"
    httpserver.expect_oneshot_request("/v1/files", method="POST").respond_with_data(
        "", status=302, headers={"Location": location, "X-Together-File-Id": "file-big"}
    )

    def put(request: Request) -> Response:
        received.append(request.get_data())
        return Response("", status=200)

    storage.expect_oneshot_request("/bucket/train.jsonl", method="PUT").respond_with_handler(put)
    httpserver.expect_oneshot_request(
        "/v1/files/file-big/preprocess", method="POST"
    ).respond_with_json({**FILE_ANSWER, "id": "file-big"})


# --- one step ----------------------------------------------------------------------------------


def test_a_small_file_goes_in_one_multipart_request(
    invoke: Invoker, httpserver: HTTPServer, tmp_path: Path, checks: list[Path]
) -> None:
    path = train_file(tmp_path)
    seen: list[dict[str, Any]] = []
    recorded_upload(httpserver, seen)
    progress: list[tuple[int, int | None]] = []

    result = invoke(
        lambda c: c.files.upload(
            path, one_step=True, progress=lambda done, total: progress.append((done, total))
        )
    )

    assert isinstance(result, tf.types.FileResponse)
    assert (result.id, result.filename, result.bytes) == ("file-one", "train.jsonl", 42)
    assert [r.path for r, _ in httpserver.log] == ["/v1/files/upload"]  # no POST /files, no PUT
    [sent] = seen
    assert sent["file"] == path.read_bytes()
    assert sent["filename"] == "train.jsonl"
    assert sent["form"] == {
        "purpose": "fine-tune",
        "file_name": "train.jsonl",
        "file_type": "jsonl",
    }
    assert sent["content_type"].startswith("multipart/form-data; boundary=")
    assert sent["authorization"] == f"Bearer {API_KEY}"
    size = path.stat().st_size
    assert progress == [(0, size), (size, size)]
    assert checks == [path]  # the file check ran, once


@pytest.mark.parametrize(
    ("make", "name", "form_name"),
    [
        (lambda p: p.read_bytes(), None, "data.jsonl"),  # bytes: the default name
        (lambda p: p.read_bytes(), "mine.jsonl", "mine.jsonl"),
        (lambda p: io.BytesIO(p.read_bytes()), "stream.jsonl", "stream.jsonl"),
        (lambda p: ("tuple.jsonl", p.read_bytes()), None, "tuple.jsonl"),  # openai's form
    ],
)
def test_one_step_takes_every_kind_of_file_and_names_the_part(
    invoke: Invoker,
    httpserver: HTTPServer,
    tmp_path: Path,
    make: Any,
    name: str | None,
    form_name: str,
) -> None:
    path = train_file(tmp_path)
    seen: list[dict[str, Any]] = []
    recorded_upload(httpserver, seen)

    invoke(lambda c: c.files.upload(make(path), file_name=name, purpose="eval", one_step=True))

    [sent] = seen
    assert sent["file"] == path.read_bytes()
    assert sent["filename"] == form_name
    assert sent["form"] == {"purpose": "eval", "file_name": form_name, "file_type": "jsonl"}


def test_one_step_on_an_open_file_object_sends_its_name(
    invoke: Invoker, httpserver: HTTPServer, tmp_path: Path
) -> None:
    path = train_file(tmp_path, name="opened.jsonl")
    seen: list[dict[str, Any]] = []
    recorded_upload(httpserver, seen)

    with path.open("rb") as handle:
        invoke(lambda c: c.files.create(file=handle, purpose="fine-tune", one_step=True))

    [sent] = seen
    assert (sent["filename"], sent["file"]) == ("opened.jsonl", path.read_bytes())


def test_a_4xx_on_the_one_step_upload_is_a_typed_error(
    invoke: Invoker, httpserver: HTTPServer, tmp_path: Path
) -> None:
    httpserver.expect_request("/v1/files/upload", method="POST").respond_with_json(
        {"error": {"message": "purpose must be one of fine-tune, eval", "type": "invalid"}},
        status=400,
        headers={"x-request-id": "req-400"},
    )
    with pytest.raises(tf.BadRequestError, match="purpose must be one of") as caught:
        invoke(lambda c: c.files.upload(train_file(tmp_path), purpose="nope", one_step=True))
    assert caught.value.status_code == 400
    assert caught.value.request_id == "req-400"
    assert len(httpserver.log) == 1  # a 400 is not retried


def test_a_retried_one_step_upload_sends_the_same_body_again(
    invoke: Invoker, httpserver: HTTPServer, tmp_path: Path, sleeps: list[float]
) -> None:
    path = train_file(tmp_path)
    httpserver.expect_ordered_request("/v1/files/upload", method="POST").respond_with_data(
        "busy", status=503
    )
    seen: list[dict[str, Any]] = []
    recorded_upload(httpserver, seen)

    result = invoke(lambda c: c.files.upload(path, one_step=True), max_retries=1)

    assert result.id == "file-one"
    first = httpserver.log[0][0]
    assert len(httpserver.log) == 2 and len(sleeps) == 1
    assert first.files["file"].read() == seen[0]["file"] == path.read_bytes()


def test_the_file_check_still_runs_before_a_one_step_upload(
    invoke: Invoker, httpserver: HTTPServer, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text("not json\n")
    with pytest.raises(tf.FileCheckError, match=r"bad\.jsonl failed the data check"):
        invoke(lambda c: c.files.upload(bad, one_step=True))
    assert httpserver.log == []  # nothing was sent


def test_one_step_must_be_a_bool(invoke: Invoker, httpserver: HTTPServer, tmp_path: Path) -> None:
    path = train_file(tmp_path)
    with pytest.raises(tf.InvalidRequestError, match="one_step must be True or False"):
        invoke(lambda c: c.files.upload(path, one_step="yes"))
    assert httpserver.log == []


def test_one_step_refuses_a_bad_purpose_before_sending(
    invoke: Invoker, httpserver: HTTPServer, tmp_path: Path
) -> None:
    with pytest.raises(tf.InvalidRequestError, match="purpose must be a non-empty string"):
        invoke(lambda c: c.files.upload(train_file(tmp_path), purpose="", one_step=True))
    assert httpserver.log == []


# --- the three steps -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("make", "check"),
    [
        (lambda p: p, True),  # a path, streamed from disk
        (lambda p: p.read_bytes(), True),  # bytes, checked through a temporary file
        (lambda p: io.BytesIO(p.read_bytes()), False),  # a seekable object, streamed from it
        (lambda p: io.BytesIO(p.read_bytes()), True),  # ... copied to be checked
    ],
)
def test_a_file_over_the_limit_takes_the_three_steps(
    invoke: Invoker,
    httpserver: HTTPServer,
    storage: HTTPServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    checks: list[Path],
    make: Any,
    check: bool,
) -> None:
    path = train_file(tmp_path, lines=5)
    monkeypatch.setattr(files_module, "ONE_STEP_MAX_BYTES", path.stat().st_size - 1)
    received: list[bytes] = []
    expect_three_steps(httpserver, storage, received)
    progress: list[tuple[int, int | None]] = []

    result = invoke(
        lambda c: c.files.upload(
            make(path),
            file_name="train.jsonl",
            check=check,
            one_step=True,
            progress=lambda done, total: progress.append((done, total)),
        )
    )

    assert result.id == "file-big"
    assert received == [path.read_bytes()]
    assert [r.path for r, _ in httpserver.log] == ["/v1/files", "/v1/files/file-big/preprocess"]
    assert httpserver.log[0][0].form.to_dict() == {
        "purpose": "fine-tune",
        "file_name": "train.jsonl",
        "file_type": "jsonl",
    }
    assert len(checks) == (1 if check else 0)  # checked once, not again for the three steps
    size = path.stat().st_size
    assert progress[0] == (0, size) and progress[-1] == (size, size)


def test_a_file_at_the_limit_still_goes_in_one_step(
    invoke: Invoker, httpserver: HTTPServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = train_file(tmp_path)
    monkeypatch.setattr(files_module, "ONE_STEP_MAX_BYTES", path.stat().st_size)
    seen: list[dict[str, Any]] = []
    recorded_upload(httpserver, seen)
    invoke(lambda c: c.files.upload(path, one_step=True))
    assert [r.path for r, _ in httpserver.log] == ["/v1/files/upload"]


def test_without_one_step_a_small_file_takes_the_three_steps(
    invoke: Invoker, httpserver: HTTPServer, storage: HTTPServer, tmp_path: Path
) -> None:
    path = train_file(tmp_path)
    received: list[bytes] = []
    expect_three_steps(httpserver, storage, received)
    invoke(lambda c: c.files.upload(path))
    assert received == [path.read_bytes()]
    assert "/v1/files/upload" not in [r.path for r, _ in httpserver.log]


def test_the_default_limit_is_50_mib() -> None:
    assert files_module.ONE_STEP_MAX_BYTES == 50 * 1024 * 1024


# --- against the stand-in of the whole API ------------------------------------------------------


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_one_step_round_trip_on_the_stand_in(mode: str, tmp_path: Path) -> None:
    path = train_file(tmp_path, lines=4)
    with StandIn() as api:
        if mode == "sync":
            with tf.Together(api_key=API_KEY, base_url=api.base_url) as client:
                uploaded = client.files.upload(path, one_step=True)
                content = client.files.retrieve_content(uploaded.id)
        else:

            async def main() -> tuple[Any, bytes]:
                async with tf.AsyncTogether(api_key=API_KEY, base_url=api.base_url) as client:
                    f = await client.files.upload(path, one_step=True)
                    return f, await client.files.retrieve_content(f.id)

            uploaded, content = asyncio.run(main())
        assert [r.operation for r in api.requests] == [
            "POST /files/upload",
            "GET /files/{id}/content",
        ]
    assert uploaded.filename == "train.jsonl" and uploaded.bytes == path.stat().st_size
    assert content == path.read_bytes()


def test_a_batch_file_is_not_checked_as_fine_tuning_data(tmp_path: Path) -> None:
    requests = tmp_path / "requests.jsonl"
    requests.write_text('{"custom_id": "r1", "body": {"model": "m", "messages": []}}\n')
    with StandIn() as api, tf.Together(api_key="k", base_url=api.base_url) as client:
        uploaded = client.files.upload(requests, purpose="batch-api", one_step=True)
        with pytest.raises(tf.FileCheckError, match="no dataset format"):
            client.files.upload(requests, one_step=True)  # purpose fine-tune: checked
    assert uploaded.id
    assert [r.operation for r in api.requests] == ["POST /files/upload"]
