"""``client.evaluations``: LLM-as-a-judge evaluation jobs (the official together SDK's
``client.evals``, under the same method names: ``create``, ``retrieve``, ``status``, ``list``).

An evaluation is one of three types, each with its own ``parameters``: ``"classify"`` (a judge
puts each answer under one of ``labels``), ``"score"`` (a judge scores each answer between
``min_score`` and ``max_score``) and ``"compare"`` (a judge picks the better of ``model_a`` and
``model_b``). ``create`` checks ``parameters`` against its type's fields (generated:
``EvaluationClassifyParametersParam``, ...) before anything is sent: a missing one, or one of
another type, is refused with what to pass.

The spec's results are a ``oneOf`` of objects without required fields, which any object
matches: read as the spec has them, every result would be a classification's. Here a result is
read as the kind whose fields it carries (``a_wins``: a comparison's, ``aggregated_scores``: a
score's, ``error``: a failed job's), so ``status(id).results`` has the right type.

``wait`` polls a job until it is over (``_jobs``), as ``fine_tuning.wait`` does.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Unpack

import httpx
from together_api_client import operations as _ops
from together_api_client.params import (
    CreateEvaluationJobParams,
    EvaluationClassifyParametersParam,
    EvaluationCompareParametersParam,
    EvaluationScoreParametersParam,
)
from together_api_client.types import Model

from .. import _jobs, _progress
from .._calls import Call, RequestOptions, model_list, parse_model, path_id, schema_fields
from .._docs import documented
from .._exceptions import EvaluationFailedError, InvalidRequestError, InvalidTypeError
from .._flow import Flow
from .._json import JSONCodec
from .._operations import OPERATIONS, operation_call
from .._progress import Watch
from .._resource import AsyncAPIResource, SyncAPIResource
from ..types import (
    EvaluationClassifyResults,
    EvaluationCompareResults,
    EvaluationJob,
    EvaluationJobResultsType3,
    EvaluationResponse,
    EvaluationScoreResults,
    GetEvaluationJobStatusAndResultsResponse200,
    GetModelListResponse200,
)

if TYPE_CHECKING:
    from .._resource import (
        AsyncRawResponses,
        AsyncStreamingResponses,
        RawResponses,
        StreamingResponses,
    )
    from .._response import wrap_araw, wrap_raw
    from .._streamed import wrap_astreamed, wrap_streamed

__all__ = ["AsyncEvaluations", "EvaluationCreateParams", "Evaluations"]

T = TypeVar("T")


class EvaluationCreateParams(CreateEvaluationJobParams, RequestOptions, total=False):
    """An evaluation job's ``type`` and its ``parameters``, as the spec has them (generated:
    ``together_api_client.params.CreateEvaluationJobParams``), and the per-call options."""


EVALUATION = _jobs.JobKind(
    noun="Evaluation job",
    succeeded=frozenset({"completed"}),
    failed=frozenset({"error", "user_error"}),
    failed_error=EvaluationFailedError,
    why_failed="client.evaluations.status(id).results says why",
    cancel_with=None,
)

# Each type's parameters (the spec's oneOf, told apart by ``type``).
_PARAMETERS: dict[str, type] = {
    "classify": EvaluationClassifyParametersParam,
    "score": EvaluationScoreParametersParam,
    "compare": EvaluationCompareParametersParam,
}

# The kinds of results, in the order a tie is settled (the spec's first one first).
_RESULTS: tuple[type[Any], ...] = (
    EvaluationClassifyResults,
    EvaluationScoreResults,
    EvaluationCompareResults,
    EvaluationJobResultsType3,
)

# The spec's operations, sent and reported under this area's method names.
_CREATE = dataclasses.replace(OPERATIONS["create_evaluation_job"], name="evaluations.create")
_RETRIEVE = dataclasses.replace(
    OPERATIONS["get_evaluation_job_details"], name="evaluations.retrieve"
)
_STATUS = dataclasses.replace(
    OPERATIONS["get_evaluation_job_status_and_results"], name="evaluations.status"
)
_LIST = dataclasses.replace(OPERATIONS["get_all_evaluation_jobs"], name="evaluations.list")
_MODELS = dataclasses.replace(OPERATIONS["get_model_list"], name="evaluations.list_models")


def _check_parameters(params: Mapping[str, Any]) -> None:
    """Refuse ``parameters`` that do not fit ``type``: not a dict, missing a required field, or
    with a field its type does not have (a misspelt one, or another type's)."""
    kind, parameters = params.get("type"), params.get("parameters")
    if kind is None or parameters is None:
        return  # operation_call says which is missing
    name = "evaluations.create()"
    schema = _PARAMETERS.get(kind) if isinstance(kind, str) else None
    if schema is None:
        import difflib  # only for these messages: importing it costs more than a request

        close = difflib.get_close_matches(str(kind), list(_PARAMETERS), n=1)
        hint = f" Did you mean {close[0]!r}?" if close else ""
        raise InvalidRequestError(
            f"{name}: type must be one of {', '.join(map(repr, _PARAMETERS))}, got {kind!r}."
            f"{hint} A type this SDK does not know yet can be sent, unchecked, with "
            "client.api.evaluation.create_evaluation_job(type=..., parameters=...)."
        )
    if not isinstance(parameters, Mapping):
        raise InvalidTypeError(
            f"{name}: parameters must be a dict of the {kind!r} evaluation's fields, got "
            f"{type(parameters).__name__}"
        )
    fields, required = schema_fields(schema)
    for key in parameters:
        if key not in fields:
            raise InvalidRequestError(f"{name}: {_unknown(kind, key, fields)}")
    missing = sorted(k for k in required if parameters.get(k) is None)
    if missing:
        raise InvalidRequestError(
            f"{name}: a {kind!r} evaluation needs {', '.join(map(repr, missing))} in parameters."
        )


def _unknown(kind: str, key: str, fields: frozenset[str]) -> str:
    import difflib

    others = [k for k, schema in _PARAMETERS.items() if key in schema_fields(schema)[0]]
    close = difflib.get_close_matches(key, sorted(fields), n=1)
    if others:
        hint = f" It is a field of a {others[0]!r} evaluation: is type right?"
    elif close:
        hint = f" Did you mean {close[0]!r}?"
    else:
        hint = f" Its fields: {', '.join(sorted(fields))}."
    return (
        f"a {kind!r} evaluation's parameters have no {key!r}.{hint} A field this SDK does not "
        "know yet can be sent with extra_body={'parameters': {...}} (the whole parameters)."
    )


def _create(params: Mapping[str, Any]) -> Call[EvaluationResponse]:
    _check_parameters(params)
    return operation_call(_CREATE, _ops.create_evaluation_job(), params)


def _typed_results(results: Any) -> Any:
    """``results`` read as the kind of results whose fields it carries the most of."""
    if not isinstance(results, Model):
        return results
    data = results.to_dict()
    best = max(_RESULTS, key=lambda kind: len(data.keys() & kind._by_key.keys()))
    return results if type(results) is best else best.from_dict(data)


def _job(data: Any) -> EvaluationJob:
    job = EvaluationJob.from_dict(data)
    job.results = _typed_results(job.results)
    return job


def _status(data: Any) -> GetEvaluationJobStatusAndResultsResponse200:
    answer = GetEvaluationJobStatusAndResultsResponse200.from_dict(data)
    answer.results = _typed_results(answer.results)
    return answer


def _read_as(call: Call[Any], read: Callable[[Any], T]) -> Call[T]:
    """``call``, its answer read by ``read``."""

    def parse(response: httpx.Response, codec: JSONCodec) -> T:
        return parse_model(response, call.name, read, codec)

    return dataclasses.replace(call, parse=parse)


def _id(id: object) -> str:
    return path_id(id, "evaluation id")


def _retrieve(id: str, options: RequestOptions) -> Call[EvaluationJob]:
    call = operation_call(_RETRIEVE, _ops.get_evaluation_job_details(_id(id)), options)
    return _read_as(call, _job)


def _status_call(
    id: str, options: RequestOptions
) -> Call[GetEvaluationJobStatusAndResultsResponse200]:
    line = _ops.get_evaluation_job_status_and_results(_id(id))
    return _read_as(operation_call(_STATUS, line, options), _status)


def _list(
    status: str | None, limit: int | None, options: RequestOptions
) -> Call[list[EvaluationJob]]:
    call = operation_call(_LIST, _ops.get_all_evaluation_jobs(status=status, limit=limit), options)
    return _read_as(call, model_list(_job, "EvaluationJob"))


def _models(model_source: str | None, options: RequestOptions) -> Call[GetModelListResponse200]:
    return operation_call(_MODELS, _ops.get_model_list(model_source=model_source), options)


def _wait(
    id: str,
    timeout: float | None,
    poll_interval: float,
    max_poll_interval: float,
    watch: Watch | None,
) -> Flow[EvaluationJob]:
    waiter = _jobs.JobWaiter(
        EVALUATION,
        id,
        timeout=timeout,
        poll_interval=poll_interval,
        max_poll_interval=max_poll_interval,
        on_event=None,
        now=time.monotonic,
    )
    return _jobs.wait(_retrieve(id, {}), None, waiter, watch)


class Evaluations(SyncAPIResource):
    """``client.evaluations``: evaluation jobs (the official together SDK's ``client.evals``)."""

    if TYPE_CHECKING:  # its methods, in its views (see the end of this module)
        with_raw_response: _EvaluationsRaw
        with_streaming_response: _EvaluationsStreaming

    @documented(EvaluationCreateParams, CreateEvaluationJobParams)
    def create(self, **params: Unpack[EvaluationCreateParams]) -> EvaluationResponse:
        """Start an evaluation job of ``type`` "classify", "score" or "compare", with that
        type's ``parameters`` (checked before sending); ``.workflow_id`` is its id.

        Example::

            judge = {"model": "meta-llama/Llama-3.3-70B-Instruct-Turbo",
                     "model_source": "serverless", "system_template": "Is it polite?"}
            job = client.evaluations.create(
                type="classify",
                parameters={"judge": judge, "labels": ["yes", "no"], "pass_labels": ["yes"],
                            "input_data_file_path": "file-..."},
            )
            done = client.evaluations.wait(job.workflow_id)
        """
        return self._core.request(_create(params))

    def retrieve(self, id: str, **options: Unpack[RequestOptions]) -> EvaluationJob:
        """One job: its type, parameters, status and (once completed) results.

        Example::

            job = client.evaluations.retrieve("eval-...")
            print(job.status, job.results)
        """
        return self._core.request(_retrieve(id, options))

    def status(
        self, id: str, **options: Unpack[RequestOptions]
    ) -> GetEvaluationJobStatusAndResultsResponse200:
        """A job's ``status`` and, once completed, its ``results`` (``EvaluationClassifyResults``,
        ``EvaluationScoreResults`` or ``EvaluationCompareResults``, by its type).

        Example::

            answer = client.evaluations.status("eval-...")
            if answer.status == "completed":
                print(answer.results.result_file_id)
        """
        return self._core.request(_status_call(id, options))

    def list(
        self,
        *,
        status: str | None = None,
        limit: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> list[EvaluationJob]:
        """Your evaluation jobs, only those of ``status`` if given, at most ``limit``.

        Example::

            for job in client.evaluations.list(status="running", limit=10):
                print(job.workflow_id, job.type)
        """
        return self._core.request(_list(status, limit, options))

    def list_models(
        self, *, model_source: str | None = None, **options: Unpack[RequestOptions]
    ) -> GetModelListResponse200:
        """The models an evaluation can use (``.model_list``), of ``model_source`` if given.

        Example::

            names = client.evaluations.list_models(model_source="serverless").model_list
        """
        return self._core.request(_models(model_source, options))

    def wait(
        self,
        id: str,
        *,
        timeout: float | None = None,
        poll_interval: float = 5.0,
        max_poll_interval: float = 60.0,
        progress: bool = False,
    ) -> EvaluationJob:
        """Poll the job until it completes (returned, with its results); one that ends with
        ``error`` or ``user_error`` raises ``EvaluationFailedError``. After ``timeout`` seconds
        it raises ``WaitTimeoutError``; the job keeps running.

        ``progress=True``: a live line on stderr, when it is a terminal, with the job's id, its
        status and the time waited. It needs rich (``pip install 'together-facade[progress]'``).

        Example::

            job = client.evaluations.wait(job.workflow_id, timeout=3600, progress=True)
            print(job.results)
        """
        with _progress.job_line(progress, "evaluation", id) as watch:
            return self._core.run(_wait(id, timeout, poll_interval, max_poll_interval, watch))


class AsyncEvaluations(AsyncAPIResource):
    """``client.evaluations`` on ``AsyncTogether``: the same calls, awaited."""

    if TYPE_CHECKING:  # its methods, in its views (see the end of this module)
        with_raw_response: _AsyncEvaluationsRaw
        with_streaming_response: _AsyncEvaluationsStreaming

    @documented(EvaluationCreateParams, CreateEvaluationJobParams, like=Evaluations.create)
    async def create(self, **params: Unpack[EvaluationCreateParams]) -> EvaluationResponse:
        """Start an evaluation job (see ``Together.evaluations.create``)."""
        return await self._core.request(_create(params))

    async def retrieve(self, id: str, **options: Unpack[RequestOptions]) -> EvaluationJob:
        """One job. Example: ``job = await client.evaluations.retrieve("eval-...")``."""
        return await self._core.request(_retrieve(id, options))

    async def status(
        self, id: str, **options: Unpack[RequestOptions]
    ) -> GetEvaluationJobStatusAndResultsResponse200:
        """A job's status and results.

        Example: ``answer = await client.evaluations.status("eval-...")``.
        """
        return await self._core.request(_status_call(id, options))

    async def list(
        self,
        *,
        status: str | None = None,
        limit: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> list[EvaluationJob]:
        """Your evaluation jobs, filtered.

        Example: ``jobs = await client.evaluations.list(status="completed")``.
        """
        return await self._core.request(_list(status, limit, options))

    async def list_models(
        self, *, model_source: str | None = None, **options: Unpack[RequestOptions]
    ) -> GetModelListResponse200:
        """The models an evaluation can use.

        Example: ``names = (await client.evaluations.list_models()).model_list``.
        """
        return await self._core.request(_models(model_source, options))

    async def wait(
        self,
        id: str,
        *,
        timeout: float | None = None,
        poll_interval: float = 5.0,
        max_poll_interval: float = 60.0,
        progress: bool = False,
    ) -> EvaluationJob:
        """Poll the job until it is over (see ``Together.evaluations.wait``, and ``progress``
        there).

        Example: ``job = await client.evaluations.wait(job.workflow_id, timeout=3600)``.
        """
        with _progress.job_line(progress, "evaluation", id) as watch:
            flow = _wait(id, timeout, poll_interval, max_poll_interval, watch)
            return await self._core.run(flow)


# --- the views' types (see _resource): each area's methods, listed once per view ------------

if TYPE_CHECKING:

    class _EvaluationsRaw(RawResponses):
        def __init__(self, r: Evaluations) -> None:
            self.create = wrap_raw(r.create)
            self.retrieve = wrap_raw(r.retrieve)
            self.status = wrap_raw(r.status)
            self.list = wrap_raw(r.list)
            self.list_models = wrap_raw(r.list_models)
            self.wait = wrap_raw(r.wait)

    class _EvaluationsStreaming(StreamingResponses):
        def __init__(self, r: Evaluations) -> None:
            self.create = wrap_streamed(r.create)
            self.retrieve = wrap_streamed(r.retrieve)
            self.status = wrap_streamed(r.status)
            self.list = wrap_streamed(r.list)
            self.list_models = wrap_streamed(r.list_models)
            self.wait = wrap_streamed(r.wait)

    class _AsyncEvaluationsRaw(AsyncRawResponses):
        def __init__(self, r: AsyncEvaluations) -> None:
            self.create = wrap_araw(r.create)
            self.retrieve = wrap_araw(r.retrieve)
            self.status = wrap_araw(r.status)
            self.list = wrap_araw(r.list)
            self.list_models = wrap_araw(r.list_models)
            self.wait = wrap_araw(r.wait)

    class _AsyncEvaluationsStreaming(AsyncStreamingResponses):
        def __init__(self, r: AsyncEvaluations) -> None:
            self.create = wrap_astreamed(r.create)
            self.retrieve = wrap_astreamed(r.retrieve)
            self.status = wrap_astreamed(r.status)
            self.list = wrap_astreamed(r.list)
            self.list_models = wrap_astreamed(r.list_models)
            self.wait = wrap_astreamed(r.wait)
