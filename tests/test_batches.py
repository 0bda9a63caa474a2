"""``client.batches`` (``resources/batches``), with ``Together`` and ``AsyncTogether``: the
whole flow against the stand-in of the API (upload, create, wait, download the results), the
failures (bad input files refused before anything is sent, a batch that fails or takes too
long, a result file that is not there), and ``create_from_file``'s upload against a local
server that speaks the files area's upload."""

from __future__ import annotations

import asyncio
import inspect
import json
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any, get_type_hints
from uuid import UUID

import pytest
from pytest_httpserver import HTTPServer
from together_api_client.params import CreateBatchParams
from werkzeug import Request, Response

import together_facade as tf
from tests.helpers import API_KEY, Invoker
from together_facade import BatchFailedError, BatchFileMissingError
from together_facade._calls import OPTION_KEYS
from together_facade._exceptions import InvalidTypeError
from together_facade.resources.batches import BatchFileParams
from together_facade.testing import StandIn
from together_facade.types import BatchJob, BatchJobStatus, BatchJobWithWarning

FAST = {"poll_interval": 0.01, "max_poll_interval": 0.02}  # polls without waiting
CHAT = "/v1/chat/completions"

Scenario = Callable[[Any], Awaitable[Any]]


@pytest.fixture(scope="module")
def standin() -> Iterator[StandIn]:
    with StandIn() as api:
        yield api


@pytest.fixture
def api(standin: StandIn) -> StandIn:
    """The stand-in, with no request recorded yet and batches that complete at the 2nd poll."""
    standin.requests.clear()
    standin.batch_steps = 2
    return standin


@pytest.fixture(params=["sync", "async"])
def run(request: pytest.FixtureRequest, api: StandIn) -> Callable[[Scenario], Any]:
    """Run ``scenario(client)`` with a ``Together`` or an ``AsyncTogether`` on the stand-in; the
    scenario awaits every call through ``done`` (which returns a sync call's result as is)."""

    def runner(scenario: Scenario) -> Any:
        options: dict[str, Any] = {"api_key": API_KEY, "base_url": api.base_url, "max_retries": 0}

        async def main() -> Any:
            if request.param == "sync":
                with tf.Together(**options) as client:
                    return await scenario(client)
            async with tf.AsyncTogether(**options) as client:
                return await scenario(client)

        return asyncio.run(main())

    return runner


async def done(value: Any) -> Any:
    """A call's result: awaited on ``AsyncTogether``, as it is on ``Together``."""
    return await value if inspect.isawaitable(value) else value


def requests_file(tmp_path: Path, *ids: str, name: str = "requests.jsonl") -> Path:
    path = tmp_path / name
    lines = [
        {"custom_id": i, "body": {"model": "m", "messages": [{"role": "user", "content": i}]}}
        for i in ids
    ]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    return path


async def upload(client: Any, path: Path) -> str:
    """The input file, uploaded with the spec's ``POST /files/upload`` (which the stand-in
    serves); see ``test_create_from_file_...`` for ``create_from_file``'s upload."""
    uploaded = await done(
        client.api.files.upload_file(
            file=path.read_bytes(), file_name=path.name, purpose="batch-api"
        )
    )
    return str(uploaded.id)


async def create(client: Any, path: Path) -> BatchJob:
    file_id = await upload(client, path)
    created = await done(client.batches.create(input_file_id=file_id, endpoint=CHAT))
    assert isinstance(created, BatchJobWithWarning) and created.job is not None
    return created.job


def custom_ids(path: Path) -> list[str]:
    return [json.loads(line)["custom_id"] for line in path.read_text().splitlines()]


# --- the whole flow, against the stand-in ----------------------------------------------------


def test_create_wait_and_download_the_output(
    run: Callable[[Scenario], Any], api: StandIn, tmp_path: Path
) -> None:
    ids = ["req-a", "req-b", "req-c"]
    path = requests_file(tmp_path, *ids)
    seen: list[tuple[str, float | None]] = []

    async def scenario(client: Any) -> tuple[BatchJob, BatchJob, Path]:
        job = await create(client, path)
        finished = await done(
            client.batches.wait(
                job.id, on_progress=lambda b: seen.append((b.status, b.progress)), **FAST
            )
        )
        output = await done(client.batches.download_output(finished, tmp_path / "out.jsonl"))
        return job, finished, output

    job, finished, output = run(scenario)
    sent = api.calls("POST /batches")[0].json()
    assert sent["endpoint"] == CHAT and sent["input_file_id"] == job.input_file_id
    assert job.status == "VALIDATING"
    assert seen == [("IN_PROGRESS", 50.0), ("COMPLETED", 100.0)]  # one report per change
    assert finished.status == BatchJobStatus.COMPLETED and finished.id == job.id
    assert output == tmp_path / "out.jsonl" and custom_ids(output) == ids
    content = api.calls("GET /files/{id}/content")
    assert [r.path for r in content] == [f"/v1/files/{finished.output_file_id}/content"]


def test_download_by_id_retrieves_the_batch_first(
    run: Callable[[Scenario], Any], api: StandIn, tmp_path: Path
) -> None:
    api.batch_steps = 1
    path = requests_file(tmp_path, "x", "y")

    async def scenario(client: Any) -> Path:
        job = await create(client, path)
        await done(client.batches.wait(str(job.id), **FAST))
        return await done(client.batches.download_output(str(job.id), tmp_path / "o.jsonl"))

    assert custom_ids(run(scenario)) == ["x", "y"]
    keys = [r.operation for r in api.requests][-2:]
    assert keys == ["GET /batches/{id}", "GET /files/{id}/content"]


def test_failed_requests_go_to_the_error_file(
    run: Callable[[Scenario], Any], api: StandIn, tmp_path: Path
) -> None:
    api.batch_steps = 1
    path = tmp_path / "mixed.jsonl"
    lines = [
        {"custom_id": "good", "body": {"model": "m"}},
        {"custom_id": "bad", "body": {"model": "m", "fail": True}},  # the stand-in fails it
    ]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))

    async def scenario(client: Any) -> tuple[Path, Path]:
        job = await create(client, path)
        finished = await done(client.batches.wait(job.id, **FAST))
        out = await done(client.batches.download_output(finished, tmp_path / "out.jsonl"))
        err = await done(client.batches.download_errors(finished, tmp_path / "err.jsonl"))
        return out, err

    out, err = run(scenario)
    assert custom_ids(out) == ["good"] and custom_ids(err) == ["bad"]


def test_list_retrieve_and_cancel(
    run: Callable[[Scenario], Any], api: StandIn, tmp_path: Path
) -> None:
    api.batch_steps = 10_000
    path = requests_file(tmp_path, "one")

    async def scenario(client: Any) -> tuple[Any, ...]:
        job = await create(client, path)
        listed = await done(client.batches.list())
        by_str = await done(client.batches.retrieve(str(job.id)))
        by_uuid = await done(client.batches.retrieve(UUID(str(job.id))))
        cancelled = await done(client.batches.cancel(job.id))
        with pytest.raises(BatchFailedError) as failed:
            await done(client.batches.wait(job.id, **FAST))
        return job, listed, by_str, by_uuid, cancelled, failed.value

    job, listed, by_str, by_uuid, cancelled, failed = run(scenario)
    assert job.id in [b.id for b in listed] and all(isinstance(b, BatchJob) for b in listed)
    assert (by_str.id, by_str.status) == (job.id, "IN_PROGRESS")
    assert by_uuid.id == job.id and by_uuid.progress > by_str.progress
    retrieved = [r.path for r in api.calls("GET /batches/{id}")]
    assert retrieved[:2] == [f"/v1/batches/{job.id}"] * 2
    assert [r.path for r in api.calls("POST /batches/{id}/cancel")] == [
        f"/v1/batches/{job.id}/cancel"
    ]
    assert cancelled.status == "CANCELLED"
    assert failed.job.status == "CANCELLED" and "ended with status CANCELLED" in str(failed)


# --- waiting: failures, unknown statuses, timeouts -------------------------------------------


def batch_answer(api: StandIn, **fields: Any) -> dict[str, Any]:
    return {**api.example("GET /batches/{id}"), "id": "b-1", **fields}


@pytest.mark.parametrize("status", ["FAILED", "EXPIRED", "CANCELLED"])
def test_wait_raises_when_the_batch_ends_without_completing(
    run: Callable[[Scenario], Any], api: StandIn, status: str
) -> None:
    api.answer("GET /batches/{id}", json=batch_answer(api, status="IN_PROGRESS"), times=1)
    api.answer(
        "GET /batches/{id}", json=batch_answer(api, status=status, error="quota exceeded"), times=1
    )
    seen: list[str] = []

    async def scenario(client: Any) -> BatchFailedError:
        with pytest.raises(BatchFailedError) as failed:
            await done(
                client.batches.wait("b-1", on_progress=lambda b: seen.append(b.status), **FAST)
            )
        return failed.value

    error = run(scenario)
    assert issubclass(BatchFailedError, tf.TogetherError) and error.job.status == status
    assert str(error).startswith(f"Batch b-1 ended with status {status};")
    assert "The service says: quota exceeded" in str(error)
    assert seen == ["IN_PROGRESS", status] and len(api.calls("GET /batches/{id}")) == 2


def test_a_status_the_spec_does_not_know_counts_as_running(
    run: Callable[[Scenario], Any], api: StandIn
) -> None:
    for status in ("QUEUED", "FINALIZING", "COMPLETED"):
        # statuses the spec does not list: not valid, on purpose
        api.answer("GET /batches/{id}", json=batch_answer(api, status=status), times=1, check=False)
    seen: list[str] = []

    async def scenario(client: Any) -> BatchJob:
        return await done(
            client.batches.wait("b-1", on_progress=lambda b: seen.append(b.status), **FAST)
        )

    assert run(scenario).status == "COMPLETED"
    assert seen == ["QUEUED", "FINALIZING", "COMPLETED"]


def test_wait_times_out_and_the_batch_keeps_running(
    run: Callable[[Scenario], Any], api: StandIn, tmp_path: Path
) -> None:
    api.batch_steps = 10_000
    path = requests_file(tmp_path, "slow")

    async def scenario(client: Any) -> tuple[BatchJob, tf.WaitTimeoutError]:
        job = await create(client, path)
        with pytest.raises(tf.WaitTimeoutError) as timed_out:
            await done(client.batches.wait(job.id, timeout=0.1, **FAST))
        return job, timed_out.value

    job, error = run(scenario)
    assert error.job.status == "IN_PROGRESS" and error.job.id == job.id
    assert f"Batch {job.id} is still IN_PROGRESS after the timeout" in str(error)
    assert "client.batches.cancel" in str(error)
    assert not any(r.operation == "POST /batches/{id}/cancel" for r in api.requests)
    assert len(api.calls("GET /batches/{id}")) >= 2


BAD_WAITS: list[tuple[dict[str, Any], type[Exception], str]] = [
    ({"on_progress": "print"}, InvalidTypeError, "on_progress must be a function"),
    ({"poll_interval": 0}, tf.InvalidRequestError, "poll_interval must be a positive"),
    ({"timeout": -1}, tf.InvalidRequestError, "timeout must be a positive"),
    ({"poll_interval": 2, "max_poll_interval": 1}, tf.InvalidRequestError, "must be at least"),
]
BAD_IDS = [
    ("", "batch id must be a non-empty string"),
    ("..", "is not a valid id"),
    (None, "batch id must be a non-empty string"),
]


def test_bad_ids_and_wait_arguments_are_refused_before_sending(
    run: Callable[[Scenario], Any], api: StandIn
) -> None:
    async def scenario(client: Any) -> None:
        for arguments, error, message in BAD_WAITS:
            with pytest.raises(error, match=message):
                await done(client.batches.wait("b-1", **arguments))
        for bad, message in BAD_IDS:
            for call in (client.batches.retrieve, client.batches.cancel, client.batches.wait):
                with pytest.raises(tf.InvalidRequestError, match=message):
                    await done(call(bad))

    run(scenario)
    assert api.requests == []


def test_passing_the_batch_instead_of_its_id_says_what_to_pass(
    run: Callable[[Scenario], Any], api: StandIn
) -> None:
    created = BatchJobWithWarning.from_dict({"job": {"id": "b-1"}})

    async def scenario(client: Any) -> None:
        with pytest.raises(InvalidTypeError, match=r"created\.job\.id"):
            await done(client.batches.retrieve(created))

    run(scenario)
    assert api.requests == []


# --- the result files: missing ones ------------------------------------------------------------


def test_download_before_the_output_exists_says_to_wait(
    run: Callable[[Scenario], Any], api: StandIn, tmp_path: Path
) -> None:
    api.batch_steps = 10_000
    path = requests_file(tmp_path, "a")
    target = tmp_path / "out.jsonl"

    async def scenario(client: Any) -> tuple[BatchJob, BatchFileMissingError]:
        job = await create(client, path)
        with pytest.raises(BatchFileMissingError) as missing:
            await done(client.batches.download_output(job, target))
        return job, missing.value

    job, error = run(scenario)
    assert issubclass(BatchFileMissingError, LookupError) and error.batch.status == "IN_PROGRESS"
    assert "has no output file yet: it is IN_PROGRESS" in str(error)
    assert f"client.batches.wait('{job.id}')" in str(error)
    assert not target.exists() and list(tmp_path.iterdir()) == [path]
    assert not api.calls("GET /files/{id}/content")


def test_no_error_file_when_no_request_failed(
    run: Callable[[Scenario], Any], api: StandIn, tmp_path: Path
) -> None:
    api.batch_steps = 1
    path = requests_file(tmp_path, "fine")

    async def scenario(client: Any) -> BatchFileMissingError:
        job = await create(client, path)
        finished = await done(client.batches.wait(job.id, **FAST))
        with pytest.raises(BatchFileMissingError) as missing:
            await done(client.batches.download_errors(finished, tmp_path / "err.jsonl"))
        return missing.value

    error = run(scenario)
    assert "has no error file: it completed and none of its requests failed" in str(error)
    assert not (tmp_path / "err.jsonl").exists()


@pytest.mark.parametrize(
    ("fields", "which", "expected"),
    [
        (
            {"status": "FAILED", "error": "bad file"},
            "output",
            "ended FAILED without an output file. The service says: bad file",
        ),
        (
            {"status": "COMPLETED", "error_file_id": "f-e"},
            "output",
            "completed without an output file: none of its requests succeeded; "
            "client.batches.download_errors says why.",
        ),
        ({"status": "EXPIRED"}, "errors", "ended EXPIRED without an error file."),
    ],
)
def test_a_batch_that_is_over_without_the_file(
    run: Callable[[Scenario], Any],
    api: StandIn,
    tmp_path: Path,
    fields: dict[str, Any],
    which: str,
    expected: str,
) -> None:
    missing_files = {"output_file_id": None, "error_file_id": None, "error": None}
    answer = batch_answer(api, **{**missing_files, **fields})  # nulls the spec does not allow
    api.answer("GET /batches/{id}", json=answer, times=1, check=False)

    async def scenario(client: Any) -> BatchFileMissingError:
        with pytest.raises(BatchFileMissingError) as missing:
            await done(getattr(client.batches, f"download_{which}")("b-1", tmp_path / "f"))
        return missing.value

    error = run(scenario)
    assert str(error) == f"Batch b-1 {expected}" and error.batch.id == "b-1"
    assert list(tmp_path.iterdir()) == []


# --- create_from_file: the input file checked before anything is sent -------------------------

BAD_FILES = [
    ('{"custom_id": "a", "body": {}}\nnot json\n', 2, "line 2: not valid JSON"),
    ('{"custom_id": "a", "body": {}}\n\n{"body": {}}\n', 3, 'line 3: no "custom_id"'),
    (
        '{"custom_id": "a", "body": {}}\n{"custom_id": "a", "body": {}}\n',
        2,
        "already the id of line 1",
    ),
    ('{"custom_id": 7, "body": {}}\n', 1, '"custom_id" must be a non-empty string, got 7'),
    ('{"custom_id": " ", "body": {}}\n', 1, '"custom_id" must be a non-empty string'),
    ('{"custom_id": "a"}\n', 1, 'line 1: no "body" object'),
    ('{"custom_id": "a", "body": []}\n', 1, 'line 1: no "body" object'),
    ('["custom_id", "body"]\n', 1, "expected a JSON object, found list"),
    ('\ufeff{"custom_id": "a", "body": {}}\n', 1, "byte order mark"),
    ("\n  \n", None, "it holds no request"),
]


def test_a_bad_input_file_is_refused_with_its_line(
    run: Callable[[Scenario], Any], api: StandIn, tmp_path: Path
) -> None:
    path = tmp_path / "requests.jsonl"

    async def scenario(client: Any) -> None:
        for content, line, message in BAD_FILES:
            path.write_text(content, encoding="utf-8")
            with pytest.raises(tf.FileCheckError) as refused:
                await done(client.batches.create_from_file(path))
            error = refused.value
            assert message in str(error), content
            assert str(error).startswith(f"{path} is not a batch input file: ")
            assert error.report.line_number == line and error.report.is_check_passed is False

    run(scenario)
    assert issubclass(tf.FileCheckError, tf.InvalidRequestError)
    assert api.requests == []  # nothing uploaded, no batch


def test_bytes_that_are_not_utf8_are_refused(
    run: Callable[[Scenario], Any], api: StandIn, tmp_path: Path
) -> None:
    path = tmp_path / "requests.jsonl"
    path.write_bytes(b'{"custom_id": "a", "body": {}}\n{"custom_id": "\xff", "body": {}}\n')

    async def scenario(client: Any) -> None:
        with pytest.raises(tf.FileCheckError, match="line 2: not valid UTF-8") as refused:
            await done(client.batches.create_from_file(path))
        assert refused.value.report.line_number == 2

    run(scenario)
    assert api.requests == []


def test_a_path_that_is_no_jsonl_file_is_refused(
    run: Callable[[Scenario], Any], api: StandIn, tmp_path: Path
) -> None:
    requests_file(tmp_path, "a", name="requests.txt")
    paths = [
        ("missing.jsonl", "cannot read it (No such file or directory); check the path."),
        ("requests.txt", "a batch's input is a JSON Lines file: name it <something>.jsonl."),
        (".", "it is not a file; pass the path of the JSONL file."),
    ]

    async def scenario(client: Any) -> None:
        for name, message in paths:
            with pytest.raises(tf.FileCheckError) as refused:
                await done(client.batches.create_from_file(tmp_path / name))
            assert str(refused.value) == f"{tmp_path / name} is not a batch input file: {message}"

    run(scenario)
    assert api.requests == []


def test_create_from_file_refuses_bad_arguments_before_the_upload(
    run: Callable[[Scenario], Any], api: StandIn, tmp_path: Path
) -> None:
    path = requests_file(tmp_path, "a")

    async def scenario(client: Any) -> None:
        with pytest.raises(tf.InvalidRequestError, match="Did you mean 'completion_window'"):
            await done(client.batches.create_from_file(path, completion_windw="24h"))
        with pytest.raises(tf.InvalidRequestError, match=r"call create\(input_file_id="):
            await done(client.batches.create_from_file(path, input_file_id="file-1"))
        with pytest.raises(InvalidTypeError, match="the path of a JSONL file"):
            await done(client.batches.create_from_file(path.read_bytes()))

    run(scenario)
    assert api.requests == []


def test_create_refuses_unknown_and_missing_fields(
    run: Callable[[Scenario], Any], api: StandIn
) -> None:
    async def scenario(client: Any) -> None:
        with pytest.raises(tf.InvalidRequestError, match="needs 'input_file_id'"):
            await done(client.batches.create(endpoint=CHAT))
        with pytest.raises(tf.InvalidRequestError, match="Did you mean 'input_file_id'"):
            await done(client.batches.create(input_file="f", endpoint=CHAT))

    run(scenario)
    assert api.requests == []


# --- create_from_file's upload: the files area's, against a local server -------------------


def expect_files_upload(httpserver: HTTPServer, received: list[bytes]) -> None:
    """What ``client.files.upload`` sends, answered: the form ``POST /files`` (302 to a
    presigned URL), the ``PUT`` of the bytes there, ``POST /files/{id}/preprocess``."""
    location = httpserver.url_for("/storage/requests.jsonl") + "?X-Amz-Signature=abc"
    httpserver.expect_oneshot_request("/v1/files", method="POST").respond_with_data(
        "", status=302, headers={"Location": location, "X-Together-File-Id": "file-b"}
    )

    def put(request: Request) -> Response:
        received.append(request.get_data())
        return Response("", status=200)

    httpserver.expect_oneshot_request("/storage/requests.jsonl", method="PUT").respond_with_handler(
        put
    )
    httpserver.expect_oneshot_request(
        "/v1/files/file-b/preprocess", method="POST"
    ).respond_with_json(
        {"id": "file-b", "object": "file", "filename": "requests.jsonl", "purpose": "batch-api"}
    )


def test_create_from_file_checks_uploads_and_creates(
    invoke: Invoker, httpserver: HTTPServer, tmp_path: Path
) -> None:
    path = requests_file(tmp_path, "q1", "q2")
    received: list[bytes] = []
    expect_files_upload(httpserver, received)
    job = {"id": "b-9", "status": "VALIDATING", "input_file_id": "file-b", "endpoint": CHAT}
    httpserver.expect_oneshot_request("/v1/batches", method="POST").respond_with_json(
        {"job": job, "warning": "large file"}, status=201
    )
    progress: list[tuple[int, int | None]] = []

    created = invoke(
        lambda c: c.batches.create_from_file(
            path,
            completion_window="24h",
            priority=1,
            progress=lambda done, total: progress.append((done, total)),
            extra_headers={"X-Trace": "t-1"},
        )
    )

    assert isinstance(created, BatchJobWithWarning) and created.warning == "large file"
    assert created.job is not None and (created.job.id, created.job.status) == ("b-9", "VALIDATING")
    assert received == [path.read_bytes()]
    assert progress[-1] == (path.stat().st_size, path.stat().st_size)
    paths = [request.path for request, _ in httpserver.log]
    assert paths == [
        "/v1/files",
        "/storage/requests.jsonl",
        "/v1/files/file-b/preprocess",
        "/v1/batches",
    ]
    start = httpserver.log[0][0].form
    assert (start["purpose"], start["file_name"]) == ("batch-api", "requests.jsonl")
    create_request = httpserver.log[-1][0]
    assert json.loads(create_request.data) == {
        "completion_window": "24h",
        "priority": 1,
        "endpoint": CHAT,
        "input_file_id": "file-b",
    }
    assert create_request.headers["X-Trace"] == "t-1"


def test_create_from_file_without_the_check_sends_the_file_as_it_is(
    invoke: Invoker, httpserver: HTTPServer, tmp_path: Path
) -> None:
    path = tmp_path / "requests.jsonl"
    path.write_text('{"custom_id": "a"}\n{"custom_id": "a"}\n')  # the service will judge it
    received: list[bytes] = []
    expect_files_upload(httpserver, received)
    httpserver.expect_oneshot_request("/v1/batches", method="POST").respond_with_json(
        {"job": {"id": "b-1", "status": "VALIDATING"}}, status=201
    )

    created = invoke(
        lambda c: c.batches.create_from_file(path, endpoint="/v1/completions", check=False)
    )

    assert created.job.id == "b-1" and received == [path.read_bytes()]
    assert json.loads(httpserver.log[-1][0].data)["endpoint"] == "/v1/completions"


# --- the types ----------------------------------------------------------------------------


def test_create_from_file_takes_the_fields_of_create_but_the_two_it_fills_in() -> None:
    spec_fields = set(get_type_hints(CreateBatchParams)) - {"input_file_id", "endpoint"}
    assert set(get_type_hints(BatchFileParams)) - OPTION_KEYS == spec_fields
    assert set(get_type_hints(BatchFileParams)) >= OPTION_KEYS


def test_create_shows_the_spec_fields_in_help() -> None:
    for area in (tf.Together(api_key="k").batches, tf.AsyncTogether(api_key="k").batches):
        signature = inspect.signature(area.create)
        assert signature.parameters["input_file_id"].default is inspect.Parameter.empty
        assert signature.parameters["completion_window"].default is None
        assert "input_file_id (required): ID of the uploaded input file" in (
            area.create.__doc__ or ""
        )
