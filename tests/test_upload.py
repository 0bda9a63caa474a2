"""Uploads (``_upload``): the flow driven by hand, then against local stand-ins for the API and
the storage host of presigned URLs."""

from __future__ import annotations

import asyncio
import hashlib
import io
import json
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response
from werkzeug.datastructures import Headers

import together_facade as tf
from tests.helpers import API_KEY, Invoker
from together_facade import _core, _upload, _upload_source
from together_facade._calls import Call
from together_facade._config import new_config
from together_facade._core import build_request
from together_facade._exceptions import InvalidTypeError
from together_facade._upload_source import BytesBody, FileBody, StreamBody
from together_facade.types import FileResponse

FILE_ANSWER = {
    "id": "file-123",
    "object": "file",
    "filename": "train.jsonl",
    "bytes": 0,
    "purpose": "fine-tune",
}

#: The query of a real presigned S3 URL: percent escapes and signs that must reach storage as is.
PRESIGNED_QUERY = (
    "X-Amz-Algorithm=AWS4-HMAC-SHA256"
    "&X-Amz-Credential=AKIA%2F20240101%2Fus-east-1%2Fs3%2Faws4_request"
    "&X-Amz-Date=20240101T000000Z&X-Amz-SignedHeaders=host&X-Amz-Signature=ab%2Bcd&token=a+b~c"
)


@pytest.fixture(scope="module")
def storage_server() -> Iterator[HTTPServer]:
    server = HTTPServer(host="127.0.0.1")
    server.start()
    yield server
    server.stop()  # slow (half a second): once for the module


@pytest.fixture
def storage(storage_server: HTTPServer) -> Iterator[HTTPServer]:
    """The storage host of presigned URLs: another origin than the API (emptied after each
    test: no expectation, no log)."""
    yield storage_server
    storage_server.clear()


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Record the waits instead of sleeping them (sync and async)."""
    waited: list[float] = []

    async def fake_async_sleep(seconds: float) -> None:
        waited.append(seconds)

    monkeypatch.setattr("together_facade._core._sleep", waited.append)
    monkeypatch.setattr(_core, "_async_sleep", fake_async_sleep)
    return waited


def train_file(tmp_path: Path, lines: int = 3) -> Path:
    path = tmp_path / "train.jsonl"
    path.write_text("".join(json.dumps({"text": f"sample {i}"}) + "\n" for i in range(lines)))
    return path


class RawLocation(Response):
    """A 302 whose ``Location`` goes out exactly as given (werkzeug would quote or refuse it)."""

    def __init__(self, location: str, file_id: str = "file-123") -> None:
        super().__init__("", status=302, headers={"X-Together-File-Id": file_id})
        self.raw_location = location

    def get_wsgi_headers(self, environ: Any) -> Headers:
        headers = super().get_wsgi_headers(environ)
        headers["Location"] = self.raw_location
        return headers


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


# --- the flow, driven by hand -----------------------------------------------------------


API_URL = "https://api.together.xyz/v1"
STORAGE_URL = "https://storage.example.com/bucket/train.jsonl?" + PRESIGNED_QUERY


def redirect(
    location: str | None, file_id: str | None = "file-123", status: int = 302
) -> httpx.Response:
    headers: dict[str, str] = {}
    if location is not None:
        headers["location"] = location
    if file_id is not None:
        headers["x-together-file-id"] = file_id
    request = httpx.Request("POST", f"{API_URL}/files")
    return httpx.Response(status, headers=headers, request=request)


def test_upload_flow_by_hand(tmp_path: Path) -> None:
    path = train_file(tmp_path)
    size = path.stat().st_size
    seen: list[tuple[int, int | None]] = []
    config = new_config(
        api_key=API_KEY,
        base_url=API_URL,
        timeout=None,
        max_retries=2,
        default_headers={"X-Team": "research"},
        json_backend=None,
    )
    flow = _upload.upload(path, "fine-tune", True, lambda d, t: seen.append((d, t)))

    start = next(flow)
    assert isinstance(start, Call) and start.name == "files.upload"
    assert start.follow_redirects is False and start.to_api is True
    assert (start.endpoint.method, start.endpoint.url) == ("POST", "/files")
    assert start.endpoint.data == {
        "purpose": "fine-tune",
        "file_name": "train.jsonl",
        "file_type": "jsonl",
    }

    put = flow.send(redirect(STORAGE_URL))
    assert isinstance(put, Call) and put.name == "files.upload"
    assert put.to_api is False
    assert (put.endpoint.method, put.endpoint.url) == ("PUT", STORAGE_URL)
    assert put.endpoint.headers == {
        "Content-Type": "application/octet-stream",
        "Content-Length": str(size),
    }
    assert isinstance(put.endpoint.content, FileBody) and put.endpoint.content.path == path
    assert "extra_headers" not in put.options
    with httpx.Client() as http:
        for direct in (True, False):
            sent = build_request(http, config, put, direct)
            assert str(sent.url) == STORAGE_URL
            assert "authorization" not in sent.headers  # the presigned URL is the credential
            assert "x-team" not in sent.headers  # nor any header of the client
            assert API_KEY not in str(sent.headers)
            # ...whereas the steps that talk to the API carry the key
            to_api = build_request(http, config, start, direct)
            assert to_api.headers["authorization"] == f"Bearer {API_KEY}"
            assert to_api.headers["x-team"] == "research"
            assert seen == []  # building the request reads nothing

    preprocess = flow.send(httpx.Response(200, request=httpx.Request("PUT", STORAGE_URL)))
    assert isinstance(preprocess, Call) and preprocess.name == "files.upload"
    assert preprocess.to_api is True
    assert (preprocess.endpoint.method, preprocess.endpoint.url) == (
        "POST",
        "/files/file-123/preprocess",
    )
    answer = FileResponse.from_dict(FILE_ANSWER)
    with pytest.raises(StopIteration) as stop:
        flow.send(answer)
    assert stop.value.value is answer


@pytest.mark.parametrize(
    ("response", "message"),
    [
        (redirect(None), "expected a 302"),
        (redirect(STORAGE_URL, file_id=None), "expected a 302"),
        (redirect(STORAGE_URL, status=301), "expected a 302"),
        (redirect("http://storage.example.com/b/o"), "must be https"),
        (redirect("ftp://storage.example.com/b/o"), "must be https"),
        (redirect("/relative/path"), "names no host"),
        (redirect("http://[::1"), "is malformed"),
    ],
)
def test_upload_flow_by_hand_refuses_a_bad_start(
    response: httpx.Response, message: str, tmp_path: Path
) -> None:
    flow = _upload.upload(train_file(tmp_path), "fine-tune", False, None)
    next(flow)
    with pytest.raises(tf.APIResponseValidationError, match=message) as info:
        flow.send(response)
    assert "Nothing was uploaded" in str(info.value)
    with pytest.raises(StopIteration):  # the flow is over: nothing more is asked
        next(flow)


def test_upload_flow_by_hand_passes_a_failed_put_on(tmp_path: Path) -> None:
    flow = _upload.upload(train_file(tmp_path), "fine-tune", False, None)
    next(flow)
    put = flow.send(redirect(STORAGE_URL))
    assert isinstance(put, Call) and put.endpoint.method == "PUT"
    failure = tf.APIConnectionError(request=httpx.Request("PUT", STORAGE_URL))
    with pytest.raises(tf.APIConnectionError) as info:
        flow.throw(failure)
    assert info.value is failure  # no preprocess call after a failed PUT


def test_upload_flow_refuses_before_asking_anything(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text("not json\n")
    with pytest.raises(tf.FileCheckError):
        next(_upload.upload(bad, "fine-tune", True, None))
    text = tmp_path / "train.txt"
    text.write_text("{}\n")
    with pytest.raises(tf.InvalidRequestError, match=r"must end in \.jsonl"):
        next(_upload.upload(text, "fine-tune", False, None))
    with pytest.raises(tf.InvalidRequestError, match="no such file"):
        next(_upload.upload(tmp_path / "missing.jsonl", "fine-tune", False, None))


# --- FileBody: the request body, read from disk -----------------------------------------


@pytest.mark.parametrize(("size", "chunk"), [(10, 4), (12, 4), (3, 4), (0, 4)])
def test_file_body_iterates_the_file_again_on_each_pass(
    size: int, chunk: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_upload_source, "CHUNK_SIZE", chunk)
    path = tmp_path / "data.jsonl"
    data = bytes(range(size))
    path.write_bytes(data)
    seen: list[tuple[int, int | None]] = []
    body = FileBody(path, size, lambda d, t: seen.append((d, t)))
    expected_chunks = [data[i : i + chunk] for i in range(0, size, chunk)]
    expected_progress = [(0, size)] + [(min(i + chunk, size), size) for i in range(0, size, chunk)]

    assert list(body) == expected_chunks
    assert seen == expected_progress
    assert seen[0] == (0, size) and seen[-1] == (size, size)

    seen.clear()
    assert list(body) == expected_chunks  # a retry sends the whole file again
    assert seen == expected_progress

    async def collect() -> list[bytes]:
        return [piece async for piece in body]

    seen.clear()
    assert asyncio.run(collect()) == expected_chunks
    assert seen == expected_progress
    seen.clear()
    assert asyncio.run(collect()) == expected_chunks
    assert seen == expected_progress


def test_file_body_without_progress(tmp_path: Path) -> None:
    path = train_file(tmp_path)
    body = FileBody(path, path.stat().st_size, None)
    assert b"".join(body) == path.read_bytes() == b"".join(body)


# --- against the local API and storage hosts --------------------------------------------


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


def malformed_locations() -> list[Any]:
    """Storage URLs that are not URLs of a host: ``{port}`` is the storage host's port, so a
    client that went ahead anyway would reach the storage stand-in."""
    return [
        pytest.param("https://exa mple.com/x", id="space-in-host"),
        pytest.param("http://127.0.0.1 :{port}/bucket/train.jsonl", id="space-before-port"),
        pytest.param("http://[::1", id="unclosed-ipv6"),
        pytest.param("http://127.0.0.1:{port}:{port}/bucket/train.jsonl", id="two-ports"),
        pytest.param("https:///nohost", id="no-host"),
        pytest.param("http://user@:{port}/bucket/train.jsonl", id="userinfo-no-host"),
    ]


@pytest.mark.parametrize("location", malformed_locations())
def test_upload_refuses_a_malformed_storage_url_at_once(
    location: str,
    invoke: Invoker,
    httpserver: HTTPServer,
    storage: HTTPServer,
    sleeps: list[float],
    tmp_path: Path,
) -> None:
    location = location.format(port=storage.port)
    httpserver.expect_request("/v1/files", method="POST").respond_with_handler(
        lambda request: RawLocation(location)
    )
    storage.expect_request("/bucket/train.jsonl").respond_with_data("", status=200)
    path = train_file(tmp_path)

    started = time.monotonic()
    with pytest.raises(tf.APIResponseValidationError) as info:
        invoke(lambda c: c.files.upload(path), max_retries=2)
    elapsed = time.monotonic() - started

    assert httpserver.log[0][0].headers["Authorization"] == f"Bearer {API_KEY}"
    assert len(httpserver.log) == 1  # the POST /files, not retried, and no preprocess
    assert storage.log == []
    assert sleeps == []
    assert elapsed < 0.3  # well under the first backoff (0.375 s at least): not retried
    message = str(info.value)
    assert "storage URL" in message
    assert "is malformed" in message or "names no host" in message, message
    assert "Nothing was uploaded" in message


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


def expect_storage_put(
    httpserver: HTTPServer, storage: HTTPServer, statuses: list[int], received: list[bytes]
) -> None:
    """The API's 302 to a presigned URL; storage answers ``statuses`` in turn (then 200)."""
    location = storage.url_for("/bucket/train.jsonl") + "?" + PRESIGNED_QUERY
    httpserver.expect_oneshot_request("/v1/files", method="POST").respond_with_handler(
        lambda request: RawLocation(location)
    )
    answers = iter(statuses)

    def put(request: Request) -> Response:
        received.append(request.get_data())
        status = next(answers, 200)
        if status == 403:
            body = "<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>"
            return Response(body, status=403, content_type="application/xml")
        return Response("", status=status)

    storage.expect_request("/bucket/train.jsonl", method="PUT").respond_with_handler(put)
    httpserver.expect_oneshot_request(
        "/v1/files/file-123/preprocess", method="POST"
    ).respond_with_json(FILE_ANSWER)


def test_upload_retries_the_put_when_storage_answers_503(
    invoke: Invoker,
    httpserver: HTTPServer,
    storage: HTTPServer,
    sleeps: list[float],
    tmp_path: Path,
) -> None:
    path = train_file(tmp_path)
    size = path.stat().st_size
    received: list[bytes] = []
    expect_storage_put(httpserver, storage, [503], received)
    seen: list[tuple[int, int | None]] = []

    result = invoke(
        lambda c: c.files.upload(path, progress=lambda d, t: seen.append((d, t))), max_retries=1
    )

    assert isinstance(result, FileResponse) and result.id == "file-123"
    assert received == [path.read_bytes()] * 2  # the whole body, twice
    assert len(sleeps) == 1 and 0.375 <= sleeps[0] <= 0.5
    assert len(storage.log) == 2
    for request, _ in storage.log:
        assert "Authorization" not in request.headers
        assert request.headers["Content-Length"] == str(size)
        assert request.query_string == PRESIGNED_QUERY.encode()  # the signature intact
    # the upload was started once and finished once: only the PUT was retried
    assert [r.path for r, _ in httpserver.log] == ["/v1/files", "/v1/files/file-123/preprocess"]
    assert seen.count((0, size)) == 2 and seen[-1] == (size, size)


def test_upload_gives_up_when_storage_keeps_failing(
    invoke: Invoker,
    httpserver: HTTPServer,
    storage: HTTPServer,
    sleeps: list[float],
    tmp_path: Path,
) -> None:
    path = train_file(tmp_path)
    received: list[bytes] = []
    expect_storage_put(httpserver, storage, [503, 503, 503], received)
    with pytest.raises(tf.InternalServerError) as info:
        invoke(lambda c: c.files.upload(path), max_retries=1)
    assert info.value.status_code == 503
    assert received == [path.read_bytes()] * 2
    assert len(sleeps) == 1
    assert [r.path for r, _ in httpserver.log] == ["/v1/files"]  # never preprocessed


def test_upload_does_not_retry_a_refused_put(
    invoke: Invoker,
    httpserver: HTTPServer,
    storage: HTTPServer,
    sleeps: list[float],
    tmp_path: Path,
) -> None:
    path = train_file(tmp_path)
    received: list[bytes] = []
    expect_storage_put(httpserver, storage, [403], received)
    with pytest.raises(tf.PermissionDeniedError, match="Request has expired"):
        invoke(lambda c: c.files.upload(path), max_retries=2)
    assert received == [path.read_bytes()] and sleeps == []
    assert [r.path for r, _ in httpserver.log] == ["/v1/files"]


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


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_pool_with_its_own_auth_does_not_send_it_to_storage(
    mode: str, httpserver: HTTPServer, storage: HTTPServer, tmp_path: Path
) -> None:
    """A user's httpx client with ``auth=`` authenticates the API calls (httpx lets it replace
    our header), never the PUT to the storage host."""
    received: list[bytes] = []
    expect_upload(httpserver, storage, received)
    path = train_file(tmp_path)
    options: dict[str, Any] = {"api_key": API_KEY, "base_url": httpserver.url_for("/v1")}
    if mode == "sync":
        with tf.Together(**options, http_client=httpx.Client(auth=("user", "pw"))) as client:
            client.files.upload(path)
    else:

        async def main() -> None:
            http = httpx.AsyncClient(auth=("user", "pw"))
            async with tf.AsyncTogether(**options, http_client=http) as client:
                await client.files.upload(path)
            await http.aclose()

        asyncio.run(main())
    put = storage.log[0][0]
    assert "Authorization" not in put.headers
    assert received == [path.read_bytes()]
    assert httpserver.log[0][0].headers["Authorization"] == "Basic dXNlcjpwdw=="  # user:pw


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"progress": 5}, "progress must be a function"),
        ({"purpose": None}, "purpose must be a non-empty string"),
        ({"purpose": ""}, "purpose must be a non-empty string"),
    ],
)
def test_bad_upload_arguments_are_refused_before_anything_is_sent(
    arguments: dict[str, Any], message: str, invoke: Invoker, httpserver: HTTPServer, tmp_path: Path
) -> None:
    path = train_file(tmp_path)
    with pytest.raises(tf.InvalidRequestError, match=message) as info:
        invoke(lambda c: c.files.upload(path, **arguments))
    assert isinstance(info.value, TypeError)
    assert httpserver.log == []


# --- what can be uploaded: bytes, file objects, openai's tuple ----------------------------------


JSONL = b'{"text": "sample 0"}\n{"text": "sample 1"}\n'


class Pipe(io.RawIOBase):
    """A binary stream that cannot seek (a pipe, a socket, a stream of one's own)."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)
        self.reads = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        self.reads += 1
        return self._data.readinto(buffer)


class StrReader:
    """An object whose read() gives str: a text stream that is not an io.TextIOBase."""

    def read(self, size: int = -1) -> str:
        return "{}"[: max(size, 0)] if size >= 0 else "{}"


class NoSeek:
    """read and tell, but no seek (a stream of one's own)."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def read(self, size: int = -1) -> bytes:
        return self._data.read(size)

    def tell(self) -> int:
        return self._data.tell()


class FailingSeek(NoSeek):
    """seekable() says yes, but seek fails (as some wrappers of pipes do)."""

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = 0) -> int:
        raise io.UnsupportedOperation("seek")


class OneWaySeek(FailingSeek):
    """Seeks to its end, then cannot come back: copying it would lose the bytes."""

    def seek(self, offset: int, whence: int = 0) -> int:
        if whence != io.SEEK_END:
            raise io.UnsupportedOperation("seek")
        return self._data.seek(offset, whence)


@pytest.fixture
def scratch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where temporary files go during the test (to see that they are removed)."""
    where = tmp_path / "scratch"
    where.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(where))
    return where


def start_of(flow: Any) -> Call[Any]:
    start = next(flow)
    assert isinstance(start, Call) and start.endpoint.url == "/files"
    return start


def name_sent(flow: Any) -> Any:
    form = start_of(flow).endpoint.data
    assert form is not None
    return form["file_name"]


def put_body(flow: Any) -> Any:
    put = flow.send(redirect(STORAGE_URL))
    assert isinstance(put, Call) and put.endpoint.method == "PUT"
    return put.endpoint.content


def test_upload_flow_by_hand_picks_a_body_for_each_kind_of_file(
    tmp_path: Path, scratch: Path
) -> None:
    path = train_file(tmp_path)
    data = path.read_bytes()

    # bytes: sent from memory, named by default
    flow = _upload.upload(data, "fine-tune", True, None)
    assert start_of(flow).endpoint.data == {
        "purpose": "fine-tune",
        "file_name": "data.jsonl",
        "file_type": "jsonl",
    }
    body = put_body(flow)
    assert isinstance(body, BytesBody) and body.size == len(data)
    assert b"".join(body) == data
    flow.close()

    # open(path, "rb") at its start: read by its path, named by its basename, no copy
    with path.open("rb") as f:
        flow = _upload.upload(f, "fine-tune", True, None)
        assert name_sent(flow) == "train.jsonl"
        body = put_body(flow)
        assert isinstance(body, FileBody) and body.path == path
        assert list(scratch.iterdir()) == []
        flow.close()
        assert f.tell() == 0 and not f.closed  # left as it was

    # a seekable object without a name: streamed from it, from where it is
    stream = io.BytesIO(b"skipped" + data)
    stream.seek(len(b"skipped"))
    flow = _upload.upload(stream, "fine-tune", False, None)
    assert name_sent(flow) == "data.jsonl"
    body = put_body(flow)
    assert isinstance(body, StreamBody) and body.size == len(data)
    assert b"".join(body) == data == b"".join(body)  # a retry sends it whole again
    flow.close()

    # an object that cannot seek: copied to a temporary file first, removed at the end
    flow = _upload.upload(Pipe(data), "fine-tune", False, None, "mine.jsonl")
    assert name_sent(flow) == "mine.jsonl"
    body = put_body(flow)
    assert isinstance(body, FileBody) and body.path.read_bytes() == data
    assert body.path.is_relative_to(scratch)
    flow.close()
    assert list(scratch.iterdir()) == []


@pytest.mark.parametrize("kind", [NoSeek, FailingSeek])
def test_upload_flow_by_hand_copies_an_object_whose_seek_is_missing_or_fails(
    kind: type[NoSeek], scratch: Path
) -> None:
    stream = kind(b"skipped" + JSONL)
    stream.read(len(b"skipped"))
    flow = _upload.upload(stream, "fine-tune", False, None)
    start_of(flow)
    body = put_body(flow)
    assert isinstance(body, FileBody) and body.size == len(JSONL)  # copied, from where it was
    assert body.path.is_relative_to(scratch) and b"".join(body) == JSONL == b"".join(body)
    flow.close()
    assert list(scratch.iterdir()) == []


def test_upload_refuses_an_object_that_seeks_to_its_end_and_not_back(
    invoke: Invoker, httpserver: HTTPServer, scratch: Path
) -> None:
    with pytest.raises(
        tf.InvalidRequestError, match=r"^file went to its end but cannot seek "
    ) as info:
        invoke(lambda c: c.files.upload(OneWaySeek(JSONL), check=False))
    assert "pass the path or the bytes" in str(info.value)
    assert not isinstance(info.value, TypeError)
    assert httpserver.log == []
    assert list(scratch.iterdir()) == []


def test_upload_flow_by_hand_removes_the_copy_when_the_upload_fails(
    tmp_path: Path, scratch: Path
) -> None:
    flow = _upload.upload(Pipe(JSONL), "fine-tune", True, None)
    start_of(flow)
    assert len(list(scratch.iterdir())) == 1  # the copy that was checked
    with pytest.raises(tf.APIResponseValidationError):
        flow.send(redirect(None))
    assert list(scratch.iterdir()) == []


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda data: data, id="bytes"),
        pytest.param(lambda data: bytearray(data), id="bytearray"),
        pytest.param(io.BytesIO, id="bytesio"),
        pytest.param(Pipe, id="pipe"),
        pytest.param(NoSeek, id="no-seek"),
        pytest.param(FailingSeek, id="failing-seek"),
        pytest.param(lambda data: ("train.jsonl", data), id="openai-tuple"),
        pytest.param(
            lambda data: ("train.jsonl", io.BytesIO(data), "application/jsonl"),
            id="openai-tuple-with-type",
        ),
    ],
)
@pytest.mark.parametrize("check", [True, False])
def test_upload_of_content_in_memory_or_in_a_stream(
    make: Any,
    check: bool,
    invoke: Invoker,
    httpserver: HTTPServer,
    storage: HTTPServer,
    scratch: Path,
) -> None:
    received: list[bytes] = []
    expect_upload(httpserver, storage, received)
    seen: list[tuple[int, int | None]] = []
    file = make(JSONL)

    result = invoke(
        lambda c: c.files.upload(file, check=check, progress=lambda d, t: seen.append((d, t)))
    )

    assert result.id == "file-123"
    assert received == [JSONL]
    form = httpserver.log[0][0].form.to_dict()
    name = "train.jsonl" if isinstance(file, tuple) else "data.jsonl"
    assert form == {"purpose": "fine-tune", "file_name": name, "file_type": "jsonl"}
    assert storage.log[0][0].headers["Content-Length"] == str(len(JSONL))
    assert "Authorization" not in storage.log[0][0].headers
    assert seen[0] == (0, len(JSONL)) and seen[-1] == (len(JSONL), len(JSONL))
    assert list(scratch.iterdir()) == []


def test_create_is_upload_under_openais_name(
    invoke: Invoker, httpserver: HTTPServer, storage: HTTPServer, tmp_path: Path
) -> None:
    path = train_file(tmp_path)
    received: list[bytes] = []
    expect_upload(httpserver, storage, received)
    with path.open("rb") as f:
        result = invoke(lambda c: c.files.create(file=f, purpose="fine-tune"))
    assert result.id == "file-123"
    assert received == [path.read_bytes()]
    assert httpserver.log[0][0].form.to_dict() == {
        "purpose": "fine-tune",
        "file_name": "train.jsonl",
        "file_type": "jsonl",
    }


def test_create_takes_a_path_and_purpose_defaults_to_fine_tune(
    invoke: Invoker, httpserver: HTTPServer, storage: HTTPServer, tmp_path: Path
) -> None:
    path = train_file(tmp_path)
    received: list[bytes] = []
    expect_upload(httpserver, storage, received)
    invoke(lambda c: c.files.create(path))
    assert received == [path.read_bytes()]
    assert httpserver.log[0][0].form["purpose"] == "fine-tune"


def test_upload_of_a_file_object_names_it_by_its_basename_or_file_name(
    invoke: Invoker, httpserver: HTTPServer, storage: HTTPServer, tmp_path: Path
) -> None:
    path = tmp_path / "sub" / "eval.csv"
    path.parent.mkdir()
    path.write_bytes(b"text\nhello\n")
    received: list[bytes] = []
    expect_upload(httpserver, storage, received)
    with path.open("rb") as f:
        invoke(lambda c: c.files.upload(f, purpose="eval"))
    assert httpserver.log[0][0].form.to_dict() == {
        "purpose": "eval",
        "file_name": "eval.csv",
        "file_type": "csv",
    }
    httpserver.clear_log()
    storage.clear()
    expect_upload(httpserver, storage, received)
    with path.open("rb") as f:
        invoke(lambda c: c.files.upload(f, file_name="renamed.csv"))
    assert httpserver.log[0][0].form["file_name"] == "renamed.csv"
    assert received == [b"text\nhello\n"] * 2


def test_upload_of_a_path_with_another_name_checks_it_under_that_name(
    invoke: Invoker, httpserver: HTTPServer, storage: HTTPServer, tmp_path: Path, scratch: Path
) -> None:
    path = tmp_path / "export.txt"  # JSON Lines under another extension
    path.write_bytes(JSONL)
    received: list[bytes] = []
    expect_upload(httpserver, storage, received)
    invoke(lambda c: c.files.upload(path, file_name="train.jsonl"))
    assert httpserver.log[0][0].form["file_name"] == "train.jsonl"
    assert received == [JSONL]
    assert list(scratch.iterdir()) == []
    assert path.read_bytes() == JSONL  # the link to it is gone, the file is not


def test_upload_retries_a_stream_from_where_it_started(
    invoke: Invoker,
    httpserver: HTTPServer,
    storage: HTTPServer,
    sleeps: list[float],
) -> None:
    received: list[bytes] = []
    expect_storage_put(httpserver, storage, [503], received)
    stream = io.BytesIO(b"header-to-skip" + JSONL)
    stream.seek(len(b"header-to-skip"))
    result = invoke(lambda c: c.files.upload(stream, check=False), max_retries=1)
    assert isinstance(result, FileResponse)
    assert received == [JSONL] * 2  # the same bytes, twice
    assert len(sleeps) == 1


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda data: data, id="bytes"),
        pytest.param(io.BytesIO, id="bytesio"),
        pytest.param(Pipe, id="pipe"),
    ],
)
def test_upload_checks_bytes_and_file_objects_first(
    make: Any, invoke: Invoker, httpserver: HTTPServer, scratch: Path
) -> None:
    bad = b'{"text": "ok"}\nnot json\n'
    with pytest.raises(tf.FileCheckError, match=r"^data\.jsonl failed the data check: Line 2"):
        invoke(lambda c: c.files.upload(make(bad)))
    with pytest.raises(tf.FileCheckError, match=r"^empty\.jsonl failed") as info:
        invoke(lambda c: c.files.upload(make(b""), file_name="empty.jsonl"))
    message = str(info.value)
    assert "empty.jsonl is empty" in message and str(scratch) not in message
    assert str(scratch) not in info.value.report.message  # no temporary path in the report
    assert httpserver.log == []
    assert list(scratch.iterdir()) == []


def test_upload_of_an_unnamed_parquet_needs_file_name(
    invoke: Invoker, httpserver: HTTPServer, storage: HTTPServer
) -> None:
    parquet = b"PAR1" + b"\0" * 8 + b"PAR1"
    with pytest.raises(tf.FileCheckError):  # taken for JSON Lines by default
        invoke(lambda c: c.files.upload(parquet))
    received: list[bytes] = []
    expect_upload(httpserver, storage, received)
    invoke(lambda c: c.files.upload(parquet, file_name="train.parquet"))
    assert httpserver.log[0][0].form["file_type"] == "parquet"
    assert received == [parquet]


@pytest.mark.parametrize(
    ("make", "error", "message"),
    [
        pytest.param(
            lambda p: p.open("r"),
            InvalidTypeError,
            r"file is opened in text mode \(TextIOWrapper\); open it in binary mode: "
            r"open\(path, 'rb'\)",
            id="text-mode-file",
        ),
        pytest.param(
            lambda p: io.StringIO('{"text": "x"}\n'),
            InvalidTypeError,
            r"file is opened in text mode \(StringIO\)",
            id="stringio",
        ),
        pytest.param(
            lambda p: StrReader(),
            InvalidTypeError,
            r"file is opened in text mode \(StrReader\)",
            id="read-gives-str",
        ),
        pytest.param(
            lambda p: 42,
            InvalidTypeError,
            r"file must be a path \(str or os\.PathLike\), bytes, or a file opened in binary "
            r"mode \(open\(path, 'rb'\)\), got int",
            id="int",
        ),
        pytest.param(
            lambda p: [JSONL],
            InvalidTypeError,
            r"file must be a path .*, got list",
            id="list",
        ),
        pytest.param(
            lambda p: ("a.jsonl",),
            InvalidTypeError,
            r"file as a tuple must be \(file_name, content\)",
            id="short-tuple",
        ),
        pytest.param(
            lambda p: ("a.jsonl", "not bytes"),
            InvalidTypeError,
            r"the content in file=\(file_name, content\) must be bytes or a file opened in "
            r"binary mode, got str",
            id="tuple-of-str",
        ),
        pytest.param(
            lambda p: _closed(p),
            tf.InvalidRequestError,
            r"file cannot be read \(.*closed",
            id="closed-file",
        ),
        pytest.param(
            lambda p: p.parent,
            tf.InvalidRequestError,
            r"is a directory; pass a file in it\.$",
            id="directory",
        ),
        pytest.param(
            lambda p: str(p.parent / "missing.jsonl"),
            tf.InvalidRequestError,
            r"missing\.jsonl: no such file\.$",
            id="missing",
        ),
        pytest.param(
            lambda p: JSONL,
            tf.InvalidRequestError,
            r"notes\.txt: the file must end in \.jsonl, \.parquet or \.csv, found '\.txt'\. "
            r"Name the content with file_name=",
            id="bytes-named-txt",
        ),
    ],
)
def test_bad_files_are_refused_before_anything_is_sent(
    make: Any,
    error: type[Exception],
    message: str,
    invoke: Invoker,
    httpserver: HTTPServer,
    tmp_path: Path,
    scratch: Path,
) -> None:
    path = train_file(tmp_path)
    file = make(path)
    file_name = "notes.txt" if isinstance(file, bytes) else None
    try:
        with pytest.raises(error, match=message):
            invoke(lambda c: c.files.upload(file, file_name=file_name))
    finally:
        if hasattr(file, "close"):
            file.close()
    assert httpserver.log == []
    assert list(scratch.iterdir()) == []


def _closed(path: Path) -> Any:
    f = path.open("rb")
    f.close()
    return f


@pytest.mark.parametrize(
    ("arguments", "error", "message"),
    [
        ({"file_name": 5}, InvalidTypeError, r"file_name must be a string"),
        ({"file_name": ""}, tf.InvalidRequestError, r"file_name must be a plain file name"),
        ({"file_name": "a/b.jsonl"}, tf.InvalidRequestError, r"plain file name .*'a/b\.jsonl'"),
        ({"file_name": "b.jsonl", "file": ("a.jsonl", JSONL)}, tf.InvalidRequestError, "give one"),
        pytest.param(
            {"file_name": "x.jsonl", "file": (b"x.jsonl", JSONL)},
            InvalidTypeError,
            r"^the file name in file=\(file_name, content\) must be a string such as "
            r"'train\.jsonl', got bytes; decode it first",
            id="bytes-name-in-tuple-before-give-one",
        ),
        pytest.param(
            {"file_name": "b.jsonl", "file": ("a/b.jsonl", JSONL)},
            tf.InvalidRequestError,
            r"^the file name in file=\(file_name, content\) must be a plain file name",
            id="path-in-tuple-before-give-one",
        ),
        pytest.param(
            {"file_name": "b.jsonl", "file": ("b.jsonl", "text")},
            InvalidTypeError,
            r"^the content in file=\(file_name, content\) must be bytes",
            id="str-content-in-tuple",
        ),
    ],
)
def test_bad_file_names_are_refused(
    arguments: dict[str, Any],
    error: type[Exception],
    message: str,
    invoke: Invoker,
    httpserver: HTTPServer,
) -> None:
    arguments = {"file": JSONL, **arguments}
    with pytest.raises(error, match=message):
        invoke(lambda c: c.files.upload(**arguments))
    assert httpserver.log == []


STREAM_SCRIPT = textwrap.dedent(
    """
    import io, json, resource, sys
    from together_facade import Together

    api, path, mode = sys.argv[1], sys.argv[2], sys.argv[3]

    class Pipe(io.RawIOBase):  # cannot seek: copied to a temporary file, then checked
        def __init__(self, f):
            self.f = f
        def readable(self):
            return True
        def readinto(self, b):
            return self.f.readinto(b)

    class Seekable:  # no name, no descriptor: streamed from, unchecked
        def __init__(self, f):
            self.f = f
        def read(self, n=-1):
            return self.f.read(n)
        def seek(self, o, w=0):
            return self.f.seek(o, w)
        def tell(self):
            return self.f.tell()
        def seekable(self):
            return True

    client = Together(api_key="sk-memory", base_url=api, max_retries=0)
    done = []
    with open(path, "rb", buffering=0) as f:
        file = Pipe(f) if mode == "pipe" else Seekable(f)
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        client.files.upload(
            file, check=mode == "pipe", progress=lambda d, t: done.append((d, t))
        )
        after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"growth_kib": after - before, "last": done[-1]}))
    """
)


@pytest.mark.parametrize("mode", ["pipe", "seekable"])
def test_upload_of_a_50_mb_file_object_keeps_memory_flat(
    mode: str, httpserver: HTTPServer, storage: HTTPServer, tmp_path: Path
) -> None:
    path = tmp_path / "big.jsonl"
    line = json.dumps({"text": "x" * 1000}) + "\n"
    with path.open("w") as f:
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            f.write(line)
    size = path.stat().st_size
    digests: list[str] = []

    def put(request: Request) -> Response:
        digests.append(hashlib.sha256(request.get_data()).hexdigest())
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
        [sys.executable, "-c", STREAM_SCRIPT, httpserver.url_for("/v1"), str(path), mode],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["growth_kib"] * 1024 < size / 5, report  # well under the file size
    assert report["last"] == [size, size]
    assert digests == [hashlib.sha256(path.read_bytes()).hexdigest()]
    assert httpserver.log[0][0].form["file_name"] == "data.jsonl"
