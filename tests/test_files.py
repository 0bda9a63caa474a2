"""Files and fine-tuning workflows against local stand-ins for the API and the storage host."""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

import together_facade as tf
from tests.helpers import API_KEY, BlobServer, Invoker

ROOT = Path(__file__).resolve().parent.parent
FILE_ANSWER = {
    "id": "file-123",
    "object": "file",
    "filename": "train.jsonl",
    "bytes": 0,
    "purpose": "fine-tune",
}


@pytest.fixture
def storage() -> Iterator[HTTPServer]:
    """The storage host of presigned URLs: another origin than the API."""
    server = HTTPServer(host="127.0.0.1")
    server.start()
    yield server
    server.clear()
    server.stop()


def train_file(tmp_path: Path, lines: int = 3) -> Path:
    path = tmp_path / "train.jsonl"
    path.write_text("".join(json.dumps({"text": f"sample {i}"}) + "\n" for i in range(lines)))
    return path


def expect_upload(httpserver: HTTPServer, storage: HTTPServer, received: list[bytes]) -> None:
    location = storage.url_for("/bucket/train.jsonl") + "?X-Amz-Signature=abc"
    httpserver.expect_oneshot_request("/v1/files", method="POST").respond_with_data(
        "", status=302, headers={"Location": location, "X-Together-File-Id": "file-123"}
    )

    def put(request: Request) -> Response:
        received.append(request.get_data())
        return Response("", status=200)

    storage.expect_oneshot_request("/bucket/train.jsonl", method="PUT").respond_with_handler(put)
    httpserver.expect_oneshot_request(
        "/v1/files/file-123/preprocess", method="POST"
    ).respond_with_json(FILE_ANSWER)


def test_upload_flow(
    invoke: Invoker, httpserver: HTTPServer, storage: HTTPServer, tmp_path: Path
) -> None:
    path = train_file(tmp_path)
    received: list[bytes] = []
    expect_upload(httpserver, storage, received)
    seen: list[tuple[int, int | None]] = []

    result = invoke(
        lambda c: c.files.upload(path, progress=lambda done, total: seen.append((done, total)))
    )

    assert isinstance(result, tf.types.FileResponse) and result.id == "file-123"
    assert received == [path.read_bytes()]
    start = httpserver.log[0][0]
    assert start.headers["Authorization"] == f"Bearer {API_KEY}"
    assert start.form.to_dict() == {
        "purpose": "fine-tune",
        "file_name": "train.jsonl",
        "file_type": "jsonl",
    }
    put = storage.log[0][0]
    assert "Authorization" not in put.headers  # the key never goes to the storage host
    assert put.headers["Content-Length"] == str(path.stat().st_size)
    assert put.args["X-Amz-Signature"] == "abc"
    assert httpserver.log[1][0].headers["Authorization"] == f"Bearer {API_KEY}"
    assert seen[0] == (0, path.stat().st_size) and seen[-1] == (path.stat().st_size,) * 2


def test_upload_refuses_a_plain_http_storage_host(
    invoke: Invoker, httpserver: HTTPServer, tmp_path: Path
) -> None:
    httpserver.expect_request("/v1/files", method="POST").respond_with_data(
        "",
        status=302,
        headers={"Location": "http://storage.example.com/b/o", "X-Together-File-Id": "f"},
    )
    with pytest.raises(tf.APIResponseValidationError, match="must be https"):
        invoke(lambda c: c.files.upload(train_file(tmp_path)))
    assert len(httpserver.log) == 1


def test_upload_without_a_redirect_is_a_clear_error(
    invoke: Invoker, httpserver: HTTPServer, tmp_path: Path
) -> None:
    httpserver.expect_request("/v1/files", method="POST").respond_with_json(FILE_ANSWER)
    with pytest.raises(tf.APIResponseValidationError, match="expected a 302"):
        invoke(lambda c: c.files.upload(train_file(tmp_path)))


def test_upload_checks_the_file_first(
    invoke: Invoker, httpserver: HTTPServer, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "ok"}\nnot json\n')
    with pytest.raises(tf.FileCheckError, match=r"[Ll]ine 2") as info:
        invoke(lambda c: c.files.upload(bad))
    assert info.value.report.line_number == 2 and not info.value.report.is_check_passed
    with pytest.raises(tf.InvalidRequestError, match="no such file"):
        invoke(lambda c: c.files.upload(tmp_path / "missing.jsonl"))
    assert httpserver.log == []


def test_upload_without_check_sends_even_odd_data(
    invoke: Invoker, httpserver: HTTPServer, storage: HTTPServer, tmp_path: Path
) -> None:
    odd = tmp_path / "odd.jsonl"
    odd.write_text("not json\n")
    received: list[bytes] = []
    expect_upload(httpserver, storage, received)
    invoke(lambda c: c.files.upload(odd, check=False, purpose="eval"))
    assert received == [b"not json\n"]
    assert httpserver.log[0][0].form["purpose"] == "eval"


UPLOAD_SCRIPT = textwrap.dedent(
    """
    import hashlib, json, resource, sys
    from together_facade import Together

    api, path = sys.argv[1], sys.argv[2]
    client = Together(api_key="sk-memory", base_url=api, max_retries=0)
    done = []
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    client.files.upload(path, check=True, progress=lambda d, t: done.append((d, t)))
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"growth_kib": after - before, "last": done[-1]}))
    """
)


def test_upload_of_50_mb_streams_from_disk(
    httpserver: HTTPServer, storage: HTTPServer, tmp_path: Path
) -> None:
    path = tmp_path / "big.jsonl"
    line = json.dumps({"text": "x" * 1000}) + "\n"
    with path.open("w") as f:
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            f.write(line)
    size = path.stat().st_size
    digests: list[str] = []

    def put(request: Request) -> Response:
        digests.append(hashlib.sha256(request.get_data()).hexdigest())  # the server's memory
        return Response("", status=200)

    location = storage.url_for("/bucket/big.jsonl")
    httpserver.expect_request("/v1/files", method="POST").respond_with_data(
        "", status=302, headers={"Location": location, "X-Together-File-Id": "file-big"}
    )
    storage.expect_request("/bucket/big.jsonl", method="PUT").respond_with_handler(put)
    httpserver.expect_request("/v1/files/file-big/preprocess", method="POST").respond_with_json(
        FILE_ANSWER
    )

    result = subprocess.run(
        [sys.executable, "-c", UPLOAD_SCRIPT, httpserver.url_for("/v1"), str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert size > 50 * 1024 * 1024
    assert report["growth_kib"] * 1024 < size / 5, report  # well under the file size
    assert report["last"] == [size, size]  # progress reached 100 %
    assert digests == [hashlib.sha256(path.read_bytes()).hexdigest()]
    assert "Authorization" not in storage.log[0][0].headers


# --- content and model downloads --------------------------------------------------------


@pytest.fixture
def blob_servers() -> Iterator[list[BlobServer]]:
    servers: list[BlobServer] = []
    yield servers
    for server in servers:
        server.close()


BLOB = os.urandom(300_000)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_download_cut_halfway_is_resumed(
    mode: str, tmp_path: Path, blob_servers: list[BlobServer]
) -> None:
    server = BlobServer(BLOB, cut_first_at=len(BLOB) // 2)
    blob_servers.append(server)
    output = tmp_path / "model.tar.zst"
    seen: list[tuple[int, int | None]] = []
    path = run(
        mode,
        server.base_url,
        lambda c: c.fine_tuning.download(
            "ft-1", output=output, checkpoint_step=10, progress=lambda d, t: seen.append((d, t))
        ),
    )
    assert path == output and output.read_bytes() == BLOB
    assert leftovers(tmp_path) == ["model.tar.zst"]
    assert server.requests[0]["request-line"].startswith(
        "GET /v1/finetune/download?ft_id=ft-1&checkpoint_step=10 "
    )
    assert "range" not in server.requests[0]
    assert server.requests[1]["range"] == f"bytes={len(BLOB) // 2}-"
    assert server.requests[1]["authorization"] == f"Bearer {API_KEY}"
    assert seen[-1] == (len(BLOB), len(BLOB))


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_download_restarts_when_range_is_ignored(
    mode: str, tmp_path: Path, blob_servers: list[BlobServer]
) -> None:
    server = BlobServer(BLOB, cut_first_at=1000, honour_range=False)
    blob_servers.append(server)
    output = tmp_path / "content.jsonl"
    run(mode, server.base_url, lambda c: c.files.retrieve_content("file-1", output=output))
    assert output.read_bytes() == BLOB and leftovers(tmp_path) == ["content.jsonl"]


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_size_mismatch_raises_and_leaves_nothing(
    mode: str, tmp_path: Path, blob_servers: list[BlobServer]
) -> None:
    server = BlobServer(BLOB, cut_first_at=1000, resume_blob=BLOB + b"changed")
    blob_servers.append(server)
    output = tmp_path / "model.tar.zst"
    with pytest.raises(tf.APIResponseValidationError, match="size changed"):
        run(mode, server.base_url, lambda c: c.fine_tuning.download("ft-1", output=output))
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_failed_download_leaves_no_partial_file(
    mode: str, tmp_path: Path, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/v1/finetune/download").respond_with_json(
        {"error": {"message": "no such job"}}, status=404
    )
    output = tmp_path / "model.tar.zst"
    with pytest.raises(tf.NotFoundError):
        run(
            mode,
            httpserver.url_for("/v1"),
            lambda c: c.fine_tuning.download("ft-404", output=output),
        )
    assert leftovers(tmp_path) == []


def run(mode: str, base_url: str, fn: Any) -> Any:
    options = {"api_key": API_KEY, "base_url": base_url, "max_retries": 0}
    if mode == "sync":
        with tf.Together(**options) as client:
            return fn(client)

    async def main() -> Any:
        async with tf.AsyncTogether(**options) as client:
            return await fn(client)

    return asyncio.run(main())


# --- waiting for a job ------------------------------------------------------------------


def job(status: str) -> dict[str, str]:
    return {"id": "ft-1", "status": status}


def events(*messages: str) -> dict[str, Any]:
    return {
        "data": [{"object": "fine-tune-event", "message": m, "type": "job_start"} for m in messages]
    }


def test_wait_returns_on_completed_and_reports_each_event_once(
    invoke: Invoker, httpserver: HTTPServer
) -> None:
    for status, messages in (
        ("queued", ["created"]),
        ("running", ["created", "started"]),
        ("completed", ["created", "started", "done"]),
    ):
        httpserver.expect_ordered_request("/v1/fine-tunes/ft-1").respond_with_json(job(status))
        httpserver.expect_ordered_request("/v1/fine-tunes/ft-1/events").respond_with_json(
            events(*messages)
        )
    seen: list[str] = []
    result = invoke(
        lambda c: c.fine_tuning.wait(
            "ft-1", poll_interval=0.01, on_event=lambda e: seen.append(e.message)
        )
    )
    assert result.status == "completed"
    assert seen == ["created", "started", "done"]


@pytest.mark.parametrize("status", ["error", "cancelled"])
def test_wait_raises_when_the_job_fails(
    status: str, invoke: Invoker, httpserver: HTTPServer
) -> None:
    httpserver.expect_ordered_request("/v1/fine-tunes/ft-1").respond_with_json(job("running"))
    httpserver.expect_ordered_request("/v1/fine-tunes/ft-1").respond_with_json(job(status))
    with pytest.raises(tf.FineTuneFailedError, match=status) as info:
        invoke(lambda c: c.fine_tuning.wait("ft-1", poll_interval=0.01))
    assert info.value.job.status == status


def test_wait_gives_up_after_the_timeout(invoke: Invoker, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1/fine-tunes/ft-1").respond_with_json(job("running"))
    with pytest.raises(tf.WaitTimeoutError, match="still running") as info:
        invoke(
            lambda c: c.fine_tuning.wait(
                "ft-1", timeout=0.3, poll_interval=0.02, max_poll_interval=0.05
            )
        )
    assert info.value.job.status == "running"
    assert isinstance(info.value, TimeoutError)
    assert 3 <= len(httpserver.log) <= 40
