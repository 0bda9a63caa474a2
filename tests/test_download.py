"""Downloads to disk (``_download``): the resumable flow driven by hand, then content and model
downloads against local servers."""

from __future__ import annotations

import asyncio
import os
import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer

import together_facade as tf
from tests.helpers import API_KEY, BlobServer, Invoker, checked_out
from together_facade import _download
from together_facade._calls import Call, Endpoint, as_response, read_bytes
from together_facade._download import PartFile
from together_facade._flow import Close, Pump

BLOB = os.urandom(300_000)

URL = "https://api.together.xyz/v1/files/file-1/content"


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def parts(folder: Path) -> list[str]:
    return [name for name in leftovers(folder) if name.endswith(".part")]


# --- the flow, driven by hand -----------------------------------------------------------


def content_call() -> Call[bytes]:
    endpoint = Endpoint("GET", "/files/file-1/content")
    return Call(
        "files.retrieve_content",
        endpoint,
        read_bytes,
        {"extra_headers": {"X-Trace": "t-1"}},
        accept="*/*",
    )


def answer(status: int, headers: dict[str, str]) -> httpx.Response:
    return httpx.Response(status, headers=headers, request=httpx.Request("GET", URL))


def cut(response: httpx.Response) -> httpx.ReadError:
    return httpx.ReadError("connection reset by peer", request=response.request)


def check_call(command: object, written: int) -> Call[Any]:
    """``command`` is the download's call, asking for the bytes from ``written`` on."""
    assert isinstance(command, Call)
    assert command.name == "files.retrieve_content"
    assert command.endpoint == content_call().endpoint
    assert command.stream is True and command.parse is as_response  # the answer, unread
    expected = {"X-Trace": "t-1"}
    if written:
        expected["Range"] = f"bytes={written}-"
    assert command.options["extra_headers"] == expected
    return command


def test_download_flow_by_hand_resumes_where_the_writer_stopped(tmp_path: Path) -> None:
    output = tmp_path / "content.jsonl"
    call = content_call()
    seen: list[tuple[int, int | None]] = []
    flow = _download.download(call, output, lambda d, t: seen.append((d, t)))

    check_call(next(flow), 0)
    assert len(parts(tmp_path)) == 1 and not output.exists()  # bytes go to a part file
    first = answer(200, {"content-length": "10"})
    pump = flow.send(first)
    assert isinstance(pump, Pump) and pump.response is first
    pump.write(b"abcd")
    assert flow.throw(cut(first)) == Close(first)  # the cut answer is released first
    check_call(flow.send(None), 4)  # then asked again from the byte after the last written
    assert call.options == {"extra_headers": {"X-Trace": "t-1"}}  # the caller's call unchanged

    second = answer(206, {"content-range": "bytes 4-9/10", "content-length": "6"})
    pump = flow.send(second)
    assert isinstance(pump, Pump) and pump.response is second
    pump.write(b"efg")
    pump.write(b"hij")
    with pytest.raises(StopIteration) as stop:
        flow.send(None)
    assert stop.value.value == output
    assert output.read_bytes() == b"abcdefghij"
    assert leftovers(tmp_path) == ["content.jsonl"]
    assert seen == [(0, 10), (4, 10), (7, 10), (10, 10)]


def test_download_flow_by_hand_gives_up_after_max_resumes(tmp_path: Path) -> None:
    output = tmp_path / "model.tar.zst"
    flow = _download.download(content_call(), output, None)
    total = _download.MAX_RESUMES + 5
    command = next(flow)
    written = 0
    resumes = 0
    while True:
        check_call(command, written)
        if written:
            headers = {"content-range": f"bytes {written}-{total - 1}/{total}"}
            response = answer(206, headers)
        else:
            response = answer(200, {"content-length": str(total)})
        pump = flow.send(response)
        assert isinstance(pump, Pump)
        pump.write(b"x")
        written += 1
        assert flow.throw(cut(response)) == Close(response)
        assert len(parts(tmp_path)) == 1
        try:
            command = flow.send(None)
        except tf.APIConnectionError as exc:
            assert isinstance(exc.__cause__, httpx.ReadError)
            break
        resumes += 1
    assert resumes == _download.MAX_RESUMES  # MAX_RESUMES resumes, then the next cut raises
    assert written == _download.MAX_RESUMES + 1
    assert leftovers(tmp_path) == []  # neither the part file nor the output


def test_download_flow_by_hand_is_not_resumed_after_a_failed_call(tmp_path: Path) -> None:
    output = tmp_path / "model.tar.zst"
    flow = _download.download(content_call(), output, None)
    next(flow)
    pump = flow.send(answer(200, {"content-length": "10"}))
    pump.write(b"abc")
    first = pump.response
    flow.throw(cut(first))
    check_call(flow.send(None), 3)
    refused = tf.APIConnectionError(request=httpx.Request("GET", URL))
    with pytest.raises(tf.APIConnectionError) as info:
        flow.throw(refused)  # the resumed call itself failed (after its own retries)
    assert info.value is refused
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize(
    ("headers", "message"),
    [
        ({"content-range": "bytes 5-9/10"}, "asked for byte 3, got 5"),
        ({"content-range": "bytes 3-11/12"}, "size changed from 10 to 12"),
    ],
)
def test_download_flow_by_hand_refuses_a_wrong_resume(
    headers: dict[str, str], message: str, tmp_path: Path
) -> None:
    output = tmp_path / "model.tar.zst"
    flow = _download.download(content_call(), output, None)
    next(flow)
    first = answer(200, {"content-length": "10"})
    flow.send(first).write(b"abc")
    flow.throw(cut(first))
    flow.send(None)
    with pytest.raises(tf.APIResponseValidationError, match=message):
        flow.send(answer(206, headers))
    assert leftovers(tmp_path) == []


def test_download_flow_by_hand_checks_the_announced_size(tmp_path: Path) -> None:
    output = tmp_path / "model.tar.zst"
    flow = _download.download(content_call(), output, None)
    next(flow)
    flow.send(answer(200, {"content-length": "10"})).write(b"abc")
    with pytest.raises(tf.APIResponseValidationError, match=r"received 3 bytes.*announced 10"):
        flow.send(None)  # the body ended early without an error: still refused
    assert leftovers(tmp_path) == []


def test_download_flow_by_hand_cleans_up_when_closed(tmp_path: Path) -> None:
    """What the driver does on Ctrl-C: the flow is closed at its Pump."""
    output = tmp_path / "model.tar.zst"
    flow = _download.download(content_call(), output, None)
    next(flow)
    flow.send(answer(200, {"content-length": "10"})).write(b"abc")
    assert len(parts(tmp_path)) == 1
    flow.close()
    assert leftovers(tmp_path) == []


# --- against local servers --------------------------------------------------------------


@pytest.fixture
def blob_servers() -> Iterator[list[BlobServer]]:
    servers: list[BlobServer] = []
    yield servers
    for server in servers:
        server.sock.shutdown(socket.SHUT_RDWR)  # wakes its accept() so that close is quick
        server.close()


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


@pytest.mark.parametrize(
    ("step", "name"),
    [(None, "ft-1a2b.tar.zst"), (10, "ft-1a2b-checkpoint-10.tar.zst")],
)
def test_download_without_output_goes_to_the_current_directory(
    step: int | None,
    name: str,
    invoke: Invoker,
    httpserver: HTTPServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    httpserver.expect_request("/v1/finetune/download").respond_with_data(b"model")
    monkeypatch.chdir(tmp_path)
    path = invoke(lambda c: c.fine_tuning.download("ft-1a2b", checkpoint_step=step))
    assert path == tmp_path / name and path.read_bytes() == b"model"
    assert leftovers(tmp_path) == [name]


@pytest.mark.parametrize(
    "job_id",
    [
        pytest.param("../x", id="parent"),
        pytest.param("a/b", id="folder"),
        pytest.param("/tmp/x", id="absolute"),
        pytest.param("a\0b", id="nul"),
        pytest.param("a\nb", id="newline"),
        pytest.param("..\\x", id="windows-parent"),
        pytest.param("C:x", id="windows-drive"),
        pytest.param("a:b", id="windows-stream"),
        pytest.param("NUL", id="windows-device"),
        pytest.param("com1", id="windows-device-lowercase"),
    ],
)
def test_download_without_output_refuses_an_id_that_is_no_plain_file_name(
    job_id: str,
    invoke: Invoker,
    httpserver: HTTPServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    with pytest.raises(tf.InvalidRequestError, match=r"pass output='model\.tar\.zst'") as info:
        invoke(lambda c: c.fine_tuning.download(job_id))
    assert str(info.value).startswith(f"fine_tuning.download(): the job id {job_id!r} does not ")
    assert not isinstance(info.value, TypeError)
    assert httpserver.log == []
    assert leftovers(tmp_path) == ["work"] and leftovers(work) == []


def test_download_with_output_takes_any_id(
    invoke: Invoker, httpserver: HTTPServer, tmp_path: Path
) -> None:
    """The id is only a query parameter: with output= given, it need not be a file name."""
    httpserver.expect_request(
        "/v1/finetune/download", query_string={"ft_id": "a/b"}
    ).respond_with_data(b"model")
    output = tmp_path / "model.tar.zst"
    assert invoke(lambda c: c.fine_tuning.download("a/b", output=output)) == output
    assert output.read_bytes() == b"model" and leftovers(tmp_path) == ["model.tar.zst"]


def interrupt_after_first_bytes(seen: list[int]) -> Callable[[int, int | None], None]:
    def progress(done: int, total: int | None) -> None:
        seen.append(done)
        if done:
            raise KeyboardInterrupt

    return progress


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_ctrl_c_mid_download_leaves_nothing_and_releases_the_connection(
    mode: str, tmp_path: Path, blob_servers: list[BlobServer]
) -> None:
    server = BlobServer(BLOB)
    blob_servers.append(server)
    output = tmp_path / "model.tar.zst"
    seen: list[int] = []
    progress = interrupt_after_first_bytes(seen)
    responses: list[httpx.Response] = []  # every answer the pool gave
    options: dict[str, Any] = {"api_key": API_KEY, "base_url": server.base_url, "max_retries": 0}
    if mode == "sync":
        with tf.Together(**options) as client:
            send = client._http.send

            def spy(*args: Any, **kwargs: Any) -> httpx.Response:
                responses.append(send(*args, **kwargs))
                return responses[-1]

            client._http.send = spy
            with pytest.raises(KeyboardInterrupt):
                client.fine_tuning.download("ft-1", output=output, progress=progress)
            in_use = checked_out(client._http)
            closed = [r.is_closed for r in responses]
    else:

        async def main() -> tuple[list[Any], list[bool]]:
            async with tf.AsyncTogether(**options) as client:
                send = client._http.send

                async def spy(*args: Any, **kwargs: Any) -> httpx.Response:
                    responses.append(await send(*args, **kwargs))
                    return responses[-1]

                client._http.send = spy
                with pytest.raises(KeyboardInterrupt):
                    await client.fine_tuning.download("ft-1", output=output, progress=progress)
                return checked_out(client._http), [r.is_closed for r in responses]

        in_use, closed = asyncio.run(main())
    assert seen[0] == 0 and 0 < seen[-1] < len(BLOB)  # interrupted in the middle
    assert closed == [True]  # the one answer was closed at once, not left to the pool's end
    assert in_use == []  # so its connection is not held
    assert leftovers(tmp_path) == []  # no part file, no output


def run(mode: str, base_url: str, fn: Any) -> Any:
    options: dict[str, Any] = {"api_key": API_KEY, "base_url": base_url, "max_retries": 0}
    if mode == "sync":
        with tf.Together(**options) as client:
            return fn(client)

    async def main() -> Any:
        async with tf.AsyncTogether(**options) as client:
            return await fn(client)

    return asyncio.run(main())


@pytest.mark.parametrize(
    ("arguments", "message", "wrong_type"),
    [
        ({"output": "out.bin", "progress": 5}, "progress must be a function", True),
        ({"output": 5}, "output must be a path", True),
        ({"output": "a\0b"}, "cannot write there", False),
        ({"output": "."}, "is a folder", False),
    ],
)
def test_bad_download_arguments_are_refused_before_anything_is_sent(
    arguments: dict[str, Any],
    message: str,
    wrong_type: bool,
    invoke: Invoker,
    httpserver: HTTPServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(tf.InvalidRequestError, match=message) as info:
        invoke(lambda c: c.files.retrieve_content("file-1", **arguments))
    assert isinstance(info.value, TypeError) is wrong_type
    assert httpserver.log == []
    assert leftovers(tmp_path) == []


def test_a_temporary_file_that_cannot_be_closed_is_still_removed(tmp_path: Path) -> None:
    job = PartFile(tmp_path / "out.bin", None)
    job.write(b"abc")

    class FullDisk:
        def close(self) -> None:
            raise OSError(28, "No space left on device")

    job.file.close()
    job.file = FullDisk()  # type: ignore[assignment]
    job.discard()
    assert leftovers(tmp_path) == []
