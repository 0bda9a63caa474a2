"""``client.endpoints``, ``client.evaluations``, ``client.videos`` and
``client.code_interpreter`` (``resources/``), with ``Together`` and ``AsyncTogether`` against the
stand-in of the API: what each call sends, what it returns, the waits, and the failures (bad
ids and arguments refused before anything is sent, error answers as typed errors, jobs that
fail or take too long)."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import pytest

import together_facade as tf
from tests.helpers import API_KEY
from together_facade import EvaluationFailedError, VideoFailedError
from together_facade._exceptions import InvalidTypeError
from together_facade.testing import StandIn
from together_facade.types import (
    DedicatedEndpoint,
    EvaluationClassifyResults,
    EvaluationCompareResults,
    EvaluationJob,
    EvaluationJobResultsType3,
    EvaluationScoreResults,
    FailedExecution,
    GetEvaluationJobStatusAndResultsResponse200,
    SuccessfulExecution,
    VideoJob,
)

FAST = {"poll_interval": 0.01, "max_poll_interval": 0.02}  # polls without waiting
AUTOSCALING = {"min_replicas": 1, "max_replicas": 2}
JUDGE = {"model": "judge-model", "model_source": "serverless", "system_template": "Rate it."}
PARAMETERS = {
    "classify": {"labels": ["good", "bad"], "pass_labels": ["good"]},
    "score": {"min_score": 1.0, "max_score": 10.0, "pass_threshold": 7.0},
    "compare": {"model_a": "model-a", "model_b": "model-b"},
}
RESULTS = {
    "classify": EvaluationClassifyResults,
    "score": EvaluationScoreResults,
    "compare": EvaluationCompareResults,
}

Scenario = Callable[[Any], Awaitable[Any]]


@pytest.fixture(scope="module")
def standin() -> Iterator[StandIn]:
    with StandIn() as api:
        yield api


@pytest.fixture
def api(standin: StandIn) -> StandIn:
    """The stand-in, with no request recorded yet."""
    standin.requests.clear()
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


def evaluation_parameters(kind: str) -> dict[str, Any]:
    return {"judge": JUDGE, "input_data_file_path": "file-eval", **PARAMETERS[kind]}


# --- endpoints -------------------------------------------------------------------------------


def test_an_endpoint_is_created_read_updated_and_deleted(
    run: Callable[[Scenario], Any], api: StandIn
) -> None:
    async def scenario(client: Any) -> None:
        created = await done(
            client.endpoints.create(
                model="org/model", hardware="1x_nvidia_h100_80gb_sxm", autoscaling=AUTOSCALING
            )
        )
        assert isinstance(created, DedicatedEndpoint)
        assert api.last.json() == {
            "model": "org/model",
            "hardware": "1x_nvidia_h100_80gb_sxm",
            "autoscaling": AUTOSCALING,
        }
        found = await done(client.endpoints.retrieve(created.id))
        assert (found.id, found.model, found.state) == (created.id, "org/model", "STARTED")
        assert (await done(client.endpoints.get(created.id))).id == created.id  # 1.x's name

        stopped = await done(
            client.endpoints.update(created.id, state="STOPPED", display_name="mine")
        )
        assert (stopped.state, stopped.display_name) == ("STOPPED", "mine")
        assert (api.last.method, api.last.path) == ("PATCH", f"/v1/endpoints/{created.id}")
        assert api.last.json() == {"state": "STOPPED", "display_name": "mine"}

        assert await done(client.endpoints.delete(created.id)) is None
        assert (api.last.method, api.last.operation) == ("DELETE", "DELETE /endpoints/{endpointId}")
        with pytest.raises(tf.NotFoundError) as missing:
            await done(client.endpoints.retrieve(created.id))
        assert missing.value.status_code == 404 and created.id in str(missing.value)
        with pytest.raises(tf.NotFoundError):
            await done(client.endpoints.delete(created.id))

    run(scenario)


def test_list_sends_its_filters_as_the_query(run: Callable[[Scenario], Any], api: StandIn) -> None:
    async def scenario(client: Any) -> None:
        created = await done(
            client.endpoints.create(model="org/listed", hardware="h", autoscaling=AUTOSCALING)
        )
        listed = await done(client.endpoints.list(type="dedicated", mine=True))
        assert api.last.query == {"type": ["dedicated"], "mine": ["true"]}
        assert created.id in [endpoint.id for endpoint in listed.data]
        await done(client.endpoints.list())
        assert api.last.query == {}  # None: not filtered, not sent
        await done(client.endpoints.delete(created.id))

    run(scenario)


def test_hardware_and_availability_zones(run: Callable[[Scenario], Any], api: StandIn) -> None:
    hardware = api.example("GET /hardware")

    async def scenario(client: Any) -> None:
        found = await done(client.endpoints.list_hardware(model="org/model"))
        assert (api.last.path, api.last.query) == ("/v1/hardware", {"model": ["org/model"]})
        assert [h.id for h in found.data] == [h["id"] for h in hardware["data"]]
        await done(client.endpoints.list_hardware())
        assert api.last.query == {}
        api.answer("GET /clusters/availability-zones", json={"avzones": ["us-a", "eu-b"]}, times=2)
        assert (await done(client.endpoints.availability_zones())).avzones == ["us-a", "eu-b"]
        assert (await done(client.endpoints.list_avzones())).avzones == ["us-a", "eu-b"]

    run(scenario)


BAD_IDS = ["", "  ", "..", ".", None, 7]
BY_ID = {
    "endpoints.retrieve": lambda c, i: c.endpoints.retrieve(i),
    "endpoints.update": lambda c, i: c.endpoints.update(i, state="STARTED"),
    "endpoints.delete": lambda c, i: c.endpoints.delete(i),
    "evaluations.retrieve": lambda c, i: c.evaluations.retrieve(i),
    "evaluations.status": lambda c, i: c.evaluations.status(i),
    "evaluations.wait": lambda c, i: c.evaluations.wait(i),
    "videos.retrieve": lambda c, i: c.videos.retrieve(i),
    "videos.wait": lambda c, i: c.videos.wait(i),
}


def test_a_bad_id_is_refused_before_sending(run: Callable[[Scenario], Any], api: StandIn) -> None:
    async def scenario(client: Any) -> None:
        for name, call in BY_ID.items():
            for bad in BAD_IDS:
                with pytest.raises(tf.InvalidRequestError, match=r"id (must be|'\.+' is not)"):
                    await done(call(client, bad))
                    pytest.fail(f"{name}({bad!r}) was not refused")
        assert api.requests == []
        # An id is one path segment: a slash in it is sent escaped, not as another path.
        await done(client.videos.retrieve("a/../b"))
        assert (api.last.path, api.last.operation) == ("/v1/videos/a%2F..%2Fb", "GET /videos/{id}")

    run(scenario)


def test_an_unknown_or_missing_argument_is_refused_with_a_hint(
    run: Callable[[Scenario], Any], api: StandIn
) -> None:
    async def scenario(client: Any) -> None:
        with pytest.raises(tf.InvalidRequestError, match=r"endpoints\.create\(\).*'modle'") as e:
            await done(client.endpoints.create(modle="m", hardware="h", autoscaling=AUTOSCALING))
        assert "Did you mean 'model'?" in str(e.value) and "extra_body" in str(e.value)
        with pytest.raises(tf.InvalidRequestError, match=r"needs 'autoscaling'"):
            await done(client.endpoints.create(model="m", hardware="h"))
        with pytest.raises(tf.InvalidRequestError, match="Did you mean 'display_name'"):
            await done(client.endpoints.update("endpoint-1", displayname="x"))
        with pytest.raises(tf.InvalidRequestError, match="Did you mean 'session_id'"):
            await done(client.code_interpreter.execute("1", sesion_id="s"))
        with pytest.raises(tf.InvalidRequestError, match=r"videos\.create\(\) needs 'model'"):
            await done(client.videos.create(prompt="p"))

    run(scenario)
    assert api.requests == []


ERRORS = {
    400: tf.BadRequestError,
    401: tf.AuthenticationError,
    403: tf.PermissionDeniedError,
    404: tf.NotFoundError,
    409: tf.ConflictError,
    422: tf.UnprocessableEntityError,
}


def test_an_error_answer_is_its_typed_error(run: Callable[[Scenario], Any], api: StandIn) -> None:
    async def scenario(client: Any) -> None:
        for status, error in ERRORS.items():
            api.answer("POST /endpoints", status=status, times=1)
            with pytest.raises(error) as raised:
                await done(
                    client.endpoints.create(model="m", hardware="h", autoscaling=AUTOSCALING)
                )
            assert raised.value.status_code == status
            api.answer("POST /evaluation", status=status, times=1)
            with pytest.raises(error):
                params = evaluation_parameters("score")
                await done(client.evaluations.create(type="score", parameters=params))
            api.answer("POST /videos", status=status, times=1)
            with pytest.raises(error):
                await done(client.videos.create(model="m", prompt="p"))
            api.answer("POST /tci/execute", status=status, times=1)
            with pytest.raises(error):
                await done(client.code_interpreter.execute("print(1)"))

    run(scenario)
    assert len(api.requests) == 4 * len(ERRORS)


def test_the_raw_response_of_a_delete_and_of_a_status(
    run: Callable[[Scenario], Any], api: StandIn
) -> None:
    async def scenario(client: Any) -> None:
        created = await done(
            client.endpoints.create(model="m", hardware="h", autoscaling=AUTOSCALING)
        )
        raw = await done(client.endpoints.with_raw_response.delete(created.id))
        assert raw.status_code == 204 and raw.parse() is None
        job = await done(
            client.evaluations.create(type="score", parameters=evaluation_parameters("score"))
        )
        raw = await done(client.evaluations.with_raw_response.status(job.workflow_id))
        assert isinstance(raw.parse().results, EvaluationScoreResults)

    run(scenario)


# --- evaluations -----------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["classify", "score", "compare"])
def test_an_evaluation_is_created_and_its_results_read_as_its_kind(
    run: Callable[[Scenario], Any], api: StandIn, kind: str
) -> None:
    async def scenario(client: Any) -> None:
        parameters = evaluation_parameters(kind)
        created = await done(client.evaluations.create(type=kind, parameters=parameters))
        assert (api.last.method, api.last.path) == ("POST", "/v1/evaluation")
        assert api.last.json() == {"type": kind, "parameters": parameters}
        assert created.workflow_id and created.status == "pending"

        status = await done(client.evaluations.status(created.workflow_id))
        assert isinstance(status, GetEvaluationJobStatusAndResultsResponse200)
        assert api.last.path == f"/v1/evaluation/{created.workflow_id}/status"
        assert status.status == "completed"
        # The spec's results are a oneOf that any object matches: each is read as its kind.
        assert type(status.results) is RESULTS[kind]
        job = await done(client.evaluations.retrieve(created.workflow_id))
        assert isinstance(job, EvaluationJob) and type(job.results) is RESULTS[kind]
        assert job.results.to_dict() == status.results.to_dict()
        if kind == "compare":
            assert job.results.a_wins == job.results["A_wins"]
        if kind == "score":
            assert job.results.aggregated_scores is not None

    run(scenario)


def test_evaluation_lists_send_their_filters(run: Callable[[Scenario], Any], api: StandIn) -> None:
    async def scenario(client: Any) -> None:
        created = await done(
            client.evaluations.create(type="compare", parameters=evaluation_parameters("compare"))
        )
        jobs = await done(client.evaluations.list(status="completed", limit=50))
        assert api.last.query == {"status": ["completed"], "limit": ["50"]}
        assert created.workflow_id in [j.workflow_id for j in jobs]
        mine = next(j for j in jobs if j.workflow_id == created.workflow_id)
        assert type(mine.results) is EvaluationCompareResults
        api.answer("GET /evaluation/model-list", json={"model_list": ["a", "b"]}, times=1)
        models = await done(client.evaluations.list_models(model_source="serverless"))
        assert models.model_list == ["a", "b"]
        assert api.last.query == {"model_source": ["serverless"]}

    run(scenario)


#: (type, parameters, the error, what its message says)
BAD_PARAMETERS: list[tuple[str, Any, type[Exception], str]] = [
    ("clasify", {}, tf.InvalidRequestError, "got 'clasify'. Did you mean 'classify'?"),
    (7, {}, tf.InvalidRequestError, "type must be one of 'classify', 'score', 'compare', got 7."),
    ("classify", ["labels"], InvalidTypeError, "parameters must be a dict"),
    (
        "classify",
        {"judge": JUDGE, "input_data_file_path": "f", "labels": ["a"]},
        tf.InvalidRequestError,
        "a 'classify' evaluation needs 'pass_labels' in parameters",
    ),
    (
        "classify",
        {**evaluation_parameters("classify"), "min_score": 1},
        tf.InvalidRequestError,
        "It is a field of a 'score' evaluation: is type right?",
    ),
    (
        "score",
        {**evaluation_parameters("score"), "pass_treshold": 7},
        tf.InvalidRequestError,
        "Did you mean 'pass_threshold'?",
    ),
    (
        "compare",
        {**evaluation_parameters("compare"), "zzz": 1},
        tf.InvalidRequestError,
        "Its fields: input_data_file_path, judge, model_a, model_b",
    ),
]


def test_evaluation_parameters_are_checked_against_their_type(
    run: Callable[[Scenario], Any], api: StandIn
) -> None:
    async def scenario(client: Any) -> None:
        for type_, parameters, error, message in BAD_PARAMETERS:
            with pytest.raises(error, match=r"evaluations\.create\(\)") as raised:
                await done(client.evaluations.create(type=type_, parameters=parameters))
            assert message in str(raised.value)
        with pytest.raises(tf.InvalidRequestError, match="needs 'parameters'"):
            await done(client.evaluations.create(type="score"))
        with pytest.raises(tf.InvalidRequestError, match="needs 'type'"):
            await done(client.evaluations.create(parameters=evaluation_parameters("score")))

    run(scenario)
    assert api.requests == []


def evaluation_answer(api: StandIn, status: str, results: Any = None) -> dict[str, Any]:
    return {**api.example("GET /evaluation/{id}"), "status": status, "results": results}


def test_wait_polls_an_evaluation_until_it_completes(
    run: Callable[[Scenario], Any], api: StandIn
) -> None:
    async def scenario(client: Any) -> None:
        created = await done(
            client.evaluations.create(type="score", parameters=evaluation_parameters("score"))
        )
        api.answer("GET /evaluation/{id}", json=evaluation_answer(api, "queued"), times=1)
        api.answer("GET /evaluation/{id}", json=evaluation_answer(api, "running"), times=1)
        job = await done(client.evaluations.wait(created.workflow_id, **FAST))
        assert job.status == "completed" and type(job.results) is EvaluationScoreResults
        polls = api.calls("GET /evaluation/{id}")
        assert len(polls) == 3
        assert {p.path for p in polls} == {f"/v1/evaluation/{created.workflow_id}"}

    run(scenario)


@pytest.mark.parametrize("status", ["error", "user_error"])
def test_wait_raises_when_an_evaluation_fails(
    run: Callable[[Scenario], Any], api: StandIn, status: str
) -> None:
    failed = evaluation_answer(api, status, {"error": "the judge model is not available"})

    async def scenario(client: Any) -> None:
        api.answer("GET /evaluation/{id}", json=failed, times=1)
        with pytest.raises(EvaluationFailedError) as raised:
            await done(client.evaluations.wait("eval-1", **FAST))
        assert f"ended with status {status}" in str(raised.value)
        assert "the judge model is not available" in str(raised.value)
        assert type(raised.value.job.results) is EvaluationJobResultsType3

    run(scenario)


def test_wait_gives_up_after_its_timeout(run: Callable[[Scenario], Any], api: StandIn) -> None:
    async def scenario(client: Any) -> None:
        api.answer("GET /evaluation/{id}", json=evaluation_answer(api, "running"))
        try:
            with pytest.raises(tf.WaitTimeoutError, match="still running") as raised:
                await done(client.evaluations.wait("eval-1", timeout=0.1, **FAST))
        finally:
            api.answer("GET /evaluation/{id}")  # the usual answer again, for the next tests
        assert "wait again; the API has no call to cancel it" in str(raised.value)
        assert raised.value.job.status == "running"
        # A video the stand-in never made is in_progress for good.
        with pytest.raises(tf.WaitTimeoutError, match="still in_progress"):
            await done(client.videos.wait("video-unknown", timeout=0.1, **FAST))

    run(scenario)
    assert len(api.calls("GET /evaluation/{id}")) >= 1
    assert len(api.calls("GET /videos/{id}")) >= 1


# --- videos ----------------------------------------------------------------------------------


def video_answer(api: StandIn, status: str, **fields: Any) -> dict[str, Any]:
    answer = {**api.example("GET /videos/{id}"), "status": status, **fields}
    for absent in ("outputs", "error", "completed_at"):
        if absent not in fields:
            answer.pop(absent, None)
    return answer


def test_a_video_is_created_retrieved_and_waited_for(
    run: Callable[[Scenario], Any], api: StandIn
) -> None:
    async def scenario(client: Any) -> None:
        job = await done(client.videos.create(model="org/video", prompt="a fox", seconds="5"))
        assert isinstance(job, VideoJob) and job.status == "in_progress"
        assert api.last.json() == {"model": "org/video", "prompt": "a fox", "seconds": "5"}
        api.answer("GET /videos/{id}", json=video_answer(api, "in_progress", id=job.id), times=1)
        again = await done(client.videos.retrieve(job.id))
        assert (again.id, again.status, again.outputs) == (job.id, "in_progress", None)
        finished = await done(client.videos.wait(job.id, **FAST))
        assert finished.status == "completed" and finished.outputs.video_url.endswith(".mp4")
        assert api.last.path == f"/v1/videos/{job.id}"

    run(scenario)


def test_wait_raises_when_a_video_fails(run: Callable[[Scenario], Any], api: StandIn) -> None:
    error = {"message": "the prompt was refused", "code": "content_policy"}
    failed = video_answer(api, "failed", error=error)

    async def scenario(client: Any) -> None:
        api.answer("GET /videos/{id}", json=video_answer(api, "in_progress"), times=1)
        api.answer("GET /videos/{id}", json=failed, times=1)
        with pytest.raises(VideoFailedError, match="the prompt was refused") as raised:
            await done(client.videos.wait("video-1", **FAST))
        assert raised.value.job.error.code == "content_policy"
        assert len(api.calls("GET /videos/{id}")) == 2

    run(scenario)


# --- code interpreter ------------------------------------------------------------------------


def test_execute_returns_a_successful_execution(
    run: Callable[[Scenario], Any], api: StandIn
) -> None:
    answer = {
        "data": {
            "session_id": "ses_1",
            "status": "success",
            "outputs": [
                {"type": "stdout", "data": "42\n"},
                {"type": "error", "data": "NameError: y"},
            ],
        },
        "errors": None,
    }

    async def scenario(client: Any) -> None:
        api.answer("POST /tci/execute", json=answer, times=2)
        result = await done(client.code_interpreter.execute("print(6 * 7)"))
        assert api.last.json() == {"code": "print(6 * 7)", "language": "python"}
        assert isinstance(result, SuccessfulExecution) and result.errors is None
        assert result.data.session_id == "ses_1"
        assert [(o.type, o.data) for o in result.data.outputs] == [
            ("stdout", "42\n"),
            ("error", "NameError: y"),
        ]
        files = [{"name": "a.txt", "encoding": "string", "content": "hi"}]
        await done(client.code_interpreter.execute("print(y)", session_id="ses_1", files=files))
        assert api.last.json() == {
            "code": "print(y)",
            "language": "python",
            "session_id": "ses_1",
            "files": files,
        }

    run(scenario)


FAILED_EXECUTIONS = [
    {"data": None, "errors": ["session ses_1 has expired"]},
    {"errors": ["session ses_1 has expired"]},  # no data at all
    {"data": None, "errors": [{"message": "session ses_1 has expired"}]},
]


def test_execute_returns_a_failed_execution(run: Callable[[Scenario], Any], api: StandIn) -> None:
    async def scenario(client: Any) -> None:
        for answer in FAILED_EXECUTIONS:  # answers outside the spec, on purpose
            api.answer("POST /tci/execute", json=answer, times=1, check=False)
            result = await done(client.code_interpreter.execute("print(1)", session_id="ses_1"))
            assert isinstance(result, FailedExecution) and result.data is None, answer
            assert result.to_dict()["errors"] == answer["errors"]
            first = result.errors[0]
            assert "expired" in (first if isinstance(first, str) else first["message"])

    run(scenario)


def test_an_execution_answer_that_is_neither_is_a_validation_error(
    run: Callable[[Scenario], Any], api: StandIn
) -> None:
    async def scenario(client: Any) -> None:
        for answer in [{"data": None, "errors": []}, {}, ["not", "an", "object"]]:
            api.answer("POST /tci/execute", json=answer, times=1, check=False)
            with pytest.raises(tf.APIResponseValidationError, match=r"code_interpreter\.execute"):
                await done(client.code_interpreter.execute("print(1)"))

    run(scenario)


def test_sessions_are_listed(run: Callable[[Scenario], Any], api: StandIn) -> None:
    async def scenario(client: Any) -> None:
        sessions = await done(client.code_interpreter.sessions.list())
        assert (api.last.method, api.last.path) == ("GET", "/v1/tci/sessions")
        expected = api.example("GET /tci/sessions")["data"]["sessions"]
        assert [s.id for s in sessions.data.sessions] == [s["id"] for s in expected]
        assert client.code_interpreter.sessions is client.code_interpreter.sessions

    run(scenario)


# --- what help() shows -----------------------------------------------------------------------


def test_every_method_has_an_example_and_its_fields_in_its_signature() -> None:
    for client in (tf.Together(api_key="k"), tf.AsyncTogether(api_key="k")):
        areas = [
            client.endpoints,
            client.evaluations,
            client.videos,
            client.code_interpreter,
            client.code_interpreter.sessions,
        ]
        for area in areas:
            methods = [m for m in dir(area) if not m.startswith("_") and not m.startswith("with_")]
            for name in methods:
                method = getattr(area, name)
                if callable(method):
                    assert "Example" in (method.__doc__ or ""), f"{area}.{name}"
        create = inspect.signature(client.endpoints.create).parameters
        assert all(
            create[k].default is inspect.Parameter.empty
            for k in ("model", "hardware", "autoscaling")
        )
        assert create["display_name"].default is None
        assert "autoscaling (required)" in (client.endpoints.create.__doc__ or "")
        update = inspect.signature(client.endpoints.update).parameters
        assert list(update)[:2] == ["endpoint_id", "autoscaling"]
        assert update["endpoint_id"].default is inspect.Parameter.empty
        evaluation = inspect.signature(client.evaluations.create).parameters
        assert {"type", "parameters"} <= set(evaluation)
        execute = inspect.signature(client.code_interpreter.execute).parameters
        assert execute["language"].default == "python"
