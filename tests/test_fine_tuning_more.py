"""The calls around a fine-tuning job: ``estimate_price``, ``list_checkpoints``, ``delete``,
``list_metrics``, ``list_supported_models``, ``model_limits``; and ``create`` taking every field
of the spec's ``POST /fine-tunes`` body. Against the stand-in of the whole API, sync and async:
what reaches the wire, the typed result, and what is refused (before sending, or by the
service as a typed error)."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable, Iterator
from typing import Any, get_type_hints

import pytest
from together_api_client.params import CreateFineTuneParams

import together_facade as tf
from tests.helpers import API_KEY
from together_facade import types
from together_facade.resources.fine_tuning import FineTuningCreateParams, _create
from together_facade.testing import StandIn

MODEL = "meta-llama/Meta-Llama-3.1-8B-Instruct-Reference"


class Run:
    """Runs ``fn(client)`` on a ``Together`` or an ``AsyncTogether`` against the stand-in."""

    def __init__(self, mode: str, api: StandIn) -> None:
        self.mode, self.api = mode, api

    def __call__(self, fn: Callable[[Any], Any]) -> Any:
        options = {"api_key": API_KEY, "base_url": self.api.base_url}
        if self.mode == "sync":
            with tf.Together(**options) as client:
                return fn(client)

        async def main() -> Any:
            async with tf.AsyncTogether(**options) as client:
                result = fn(client)
                return await result if inspect.isawaitable(result) else result

        return asyncio.run(main())


@pytest.fixture(scope="module")
def standin() -> Iterator[StandIn]:
    """One stand-in for the module (stopping one takes a while); each test starts with no
    requests recorded, and consumes the answers it programs (``times=1``)."""
    with StandIn() as api:
        yield api


@pytest.fixture(params=["sync", "async"])
def run(request: pytest.FixtureRequest, standin: StandIn) -> Run:
    standin.requests.clear()
    return Run(request.param, standin)


def only_request(run: Run, key: str) -> Any:
    """The one request the stand-in received, which must be of operation ``key``."""
    assert [r.operation for r in run.api.requests] == [key]
    return run.api.requests[0]


# --- estimate_price ---------------------------------------------------------------------------


def test_estimate_price_sends_its_fields_and_reads_the_estimate(run: Run) -> None:
    key = "POST /fine-tunes/estimate-price"
    answer = {
        "estimated_total_price": 12.5,
        "allowed_to_proceed": False,
        "user_limit": 10.0,
        "estimated_train_token_count": 3000000,
        "estimated_eval_token_count": 20000,
    }
    run.api.answer(key, json=answer, times=1)
    fields = {
        "training_file": "file-train",
        "validation_file": "file-val",
        "model": MODEL,
        "n_epochs": 3,
        "n_evals": 2,
        "training_type": {"type": "Lora", "lora_r": 8, "lora_alpha": 16},
        "training_method": {"method": "sft", "train_on_inputs": "auto"},
        "from_checkpoint": "ft-old:100",
    }

    price = run(lambda c: c.fine_tuning.estimate_price(**fields))

    assert only_request(run, key).json() == fields
    assert isinstance(price, types.EstimateFineTunePriceResponse200)
    assert price.estimated_total_price == 12.5 and price.allowed_to_proceed is False
    assert price.user_limit == 10.0
    assert price.estimated_train_token_count == 3000000
    assert price.estimated_eval_token_count == 20000


def test_estimate_price_leaves_out_what_is_none(run: Run) -> None:
    run(lambda c: c.fine_tuning.estimate_price(training_file="file-1", model=None, n_epochs=None))
    assert only_request(run, "POST /fine-tunes/estimate-price").json() == {
        "training_file": "file-1"
    }


def test_estimate_price_refuses_an_unknown_argument_with_a_hint(run: Run) -> None:
    with pytest.raises(tf.InvalidRequestError) as caught:
        run(lambda c: c.fine_tuning.estimate_price(training_file="file-1", n_epoch=3))
    message = str(caught.value)
    assert message.startswith("fine_tuning.estimate_price() got an unknown argument 'n_epoch'")
    assert "Did you mean 'n_epochs'?" in message
    assert run.api.requests == []


def test_estimate_price_needs_the_training_file(run: Run) -> None:
    with pytest.raises(tf.InvalidRequestError, match=r"needs 'training_file'"):
        run(lambda c: c.fine_tuning.estimate_price(model=MODEL))
    assert run.api.requests == []


def test_estimate_price_on_a_server_error_is_typed(run: Run) -> None:
    run.api.answer("POST /fine-tunes/estimate-price", status=500, times=1)
    with pytest.raises(tf.InternalServerError):
        run(lambda c: c.with_options(max_retries=0).fine_tuning.estimate_price(training_file="f"))


# --- list_checkpoints ---------------------------------------------------------------------------


def test_list_checkpoints_reads_each_checkpoint(run: Run) -> None:
    key = "GET /fine-tunes/{id}/checkpoints"
    at = "2026-01-01T00:00:00Z"
    checkpoints = [
        {"step": 50, "path": "s3://a/50", "created_at": at, "checkpoint_type": "intermediate"},
        {"step": 100, "path": "s3://a/100", "created_at": at, "checkpoint_type": "final", "x": 1},
    ]
    run.api.answer(key, json={"data": checkpoints}, times=1)

    listed = run(lambda c: c.fine_tuning.list_checkpoints("ft-abc"))

    assert only_request(run, key).path == "/v1/fine-tunes/ft-abc/checkpoints"
    assert isinstance(listed, types.FinetuneListCheckpoints)
    assert [(c.step, c.checkpoint_type, c.path) for c in listed.data] == [
        (50, "intermediate", "s3://a/50"),
        (100, "final", "s3://a/100"),
    ]
    assert listed.data[1]["x"] == 1  # a field the spec does not know


@pytest.mark.parametrize("bad", ["", "  ", "..", None, 7])
def test_list_checkpoints_refuses_a_bad_id(run: Run, bad: Any) -> None:
    with pytest.raises(tf.InvalidRequestError, match="fine-tune id"):
        run(lambda c: c.fine_tuning.list_checkpoints(bad))
    assert run.api.requests == []


def test_list_checkpoints_of_an_unknown_job_is_not_found(run: Run) -> None:
    run.api.answer("GET /fine-tunes/{id}/checkpoints", status=404, times=1)
    with pytest.raises(tf.NotFoundError):
        run(lambda c: c.fine_tuning.list_checkpoints("ft-missing"))


# --- delete -------------------------------------------------------------------------------------


def test_delete_sends_no_query_unless_force_is_given(run: Run) -> None:
    key = "DELETE /fine-tunes/{id}"
    run.api.answer(key, json={"message": "fine-tune ft-abc deleted"}, times=1)

    deleted = run(lambda c: c.fine_tuning.delete("ft-abc"))

    request = only_request(run, key)
    assert (request.path, request.query) == ("/v1/fine-tunes/ft-abc", {})
    assert isinstance(deleted, types.FinetuneDeleteResponse)
    assert deleted.message == "fine-tune ft-abc deleted"


@pytest.mark.parametrize(("force", "sent"), [(True, "true"), (False, "false")])
def test_delete_sends_force_when_given(run: Run, force: bool, sent: str) -> None:
    run(lambda c: c.fine_tuning.delete("ft-abc", force=force))
    assert only_request(run, "DELETE /fine-tunes/{id}").query == {"force": [sent]}


def test_delete_refuses_a_force_that_is_not_a_bool(run: Run) -> None:
    with pytest.raises(tf.InvalidRequestError, match="force must be True or False"):
        run(lambda c: c.fine_tuning.delete("ft-abc", force="yes"))
    assert run.api.requests == []


def test_delete_refuses_a_bad_id_and_an_unknown_argument(run: Run) -> None:
    with pytest.raises(tf.InvalidRequestError, match="fine-tune id"):
        run(lambda c: c.fine_tuning.delete(""))
    with pytest.raises(tf.InvalidRequestError, match=r"fine_tuning.delete\(\) got an unknown"):
        run(lambda c: c.fine_tuning.delete("ft-abc", forced=True))
    assert run.api.requests == []


def test_delete_of_an_unknown_job_is_not_found(run: Run) -> None:
    run.api.answer("DELETE /fine-tunes/{id}", status=404, times=1)
    with pytest.raises(tf.NotFoundError) as caught:
        run(lambda c: c.fine_tuning.delete("ft-missing"))
    assert caught.value.status_code == 404


# --- list_metrics -------------------------------------------------------------------------------


def test_list_metrics_without_filters_is_a_plain_get(run: Run) -> None:
    key = "GET /fine-tunes/{id}/metrics"
    snapshots = [
        {"train/loss": 0.9, "train/global_step": 10},
        {"train/loss": 0.7, "train/global_step": 20, "eval/loss": 0.8},
    ]
    run.api.answer(key, json={"metrics": snapshots}, times=1)

    metrics = run(lambda c: c.fine_tuning.list_metrics("ft-abc"))

    request = only_request(run, key)
    assert request.path == "/v1/fine-tunes/ft-abc/metrics"
    assert request.body == b"" and "content-type" not in request.headers
    assert isinstance(metrics, types.RetrieveFineTuneMetricsResponse200)
    assert [m.to_dict() for m in metrics.metrics] == snapshots
    assert metrics.metrics[1]["eval/loss"] == 0.8


def test_list_metrics_sends_its_filters_as_the_spec_says(run: Run) -> None:
    filters = {
        "global_step_from": 10,
        "global_step_to": 500,
        "logged_at_from": "2026-01-01T00:00:00Z",
        "logged_at_to": "2026-01-02T00:00:00Z",
    }
    run(lambda c: c.fine_tuning.list_metrics("ft-abc", **filters))
    request = only_request(run, "GET /fine-tunes/{id}/metrics")
    assert request.json() == filters
    assert request.headers["content-type"] == "application/json"


def test_list_metrics_refuses_an_unknown_filter_and_a_bad_id(run: Run) -> None:
    with pytest.raises(tf.InvalidRequestError, match="Did you mean 'global_step_from'"):
        run(lambda c: c.fine_tuning.list_metrics("ft-abc", global_step_form=3))
    with pytest.raises(tf.InvalidRequestError, match="fine-tune id"):
        run(lambda c: c.fine_tuning.list_metrics(".."))
    assert run.api.requests == []


def test_list_metrics_of_an_unknown_job_is_not_found(run: Run) -> None:
    run.api.answer("GET /fine-tunes/{id}/metrics", status=404, times=1)
    with pytest.raises(tf.NotFoundError):
        run(lambda c: c.fine_tuning.list_metrics("ft-missing"))


# --- list_supported_models and model_limits -------------------------------------------------------


def test_list_supported_models(run: Run) -> None:
    key = "GET /fine-tunes/models/supported"
    run.api.answer(key, json={"models": [MODEL, "Qwen/Qwen3-8B"]}, times=1)

    supported = run(lambda c: c.fine_tuning.list_supported_models())

    assert only_request(run, key).query == {}
    assert isinstance(supported, types.ListFineTuneSupportedModelsResponse200)
    assert supported.models == [MODEL, "Qwen/Qwen3-8B"]


def test_list_supported_models_takes_no_argument_but_the_options(run: Run) -> None:
    with pytest.raises(tf.InvalidRequestError, match="got an unknown argument 'model'"):
        run(lambda c: c.fine_tuning.list_supported_models(model=MODEL))
    run(lambda c: c.fine_tuning.list_supported_models(extra_query={"page": "2"}))
    assert only_request(run, "GET /fine-tunes/models/supported").query == {"page": ["2"]}


def test_model_limits_asks_for_the_model_and_reads_the_limits(run: Run) -> None:
    key = "GET /fine-tunes/models/limits"
    limits = {
        "model_name": MODEL,
        "max_num_epochs": 20,
        "max_num_evals": 100,
        "max_learning_rate": 1.0,
        "min_learning_rate": 1e-8,
        "supports_vision": False,
        "supports_tools": True,
        "supports_reasoning": False,
        "merge_output_lora": True,
        "lora_training": {
            "max_batch_size": 64,
            "max_batch_size_dpo": 32,
            "min_batch_size": 8,
            "max_rank": 64,
            "target_modules": ["q_proj", "v_proj"],
        },
    }
    run.api.answer(key, json=limits, times=1)

    got = run(lambda c: c.fine_tuning.model_limits(model_name=MODEL))

    assert only_request(run, key).query == {"model_name": [MODEL]}
    assert isinstance(got, types.FineTuneModelLimits)
    assert (got.model_name, got.max_num_epochs, got.supports_tools) == (MODEL, 20, True)
    assert got.lora_training is not None and got.lora_training.max_rank == 64
    assert got.full_training is None  # not in this answer


@pytest.mark.parametrize("bad", ["", "   ", None])
def test_model_limits_refuses_a_missing_model_name(run: Run, bad: Any) -> None:
    with pytest.raises(tf.InvalidRequestError, match="model_name must be a model's name"):
        run(lambda c: c.fine_tuning.model_limits(model_name=bad))
    assert run.api.requests == []


def test_model_limits_of_a_model_that_cannot_be_fine_tuned_is_not_found(run: Run) -> None:
    run.api.answer("GET /fine-tunes/models/limits", status=404, times=1)
    with pytest.raises(tf.NotFoundError):
        run(lambda c: c.fine_tuning.model_limits(model_name="no/such-model"))


def test_the_raw_response_view_has_the_new_calls(run: Run) -> None:
    def call(c: Any) -> Any:
        return c.fine_tuning.with_raw_response.list_checkpoints("ft-abc")

    raw = run(call)
    assert raw.status_code == 200
    assert isinstance(raw.parse(), types.FinetuneListCheckpoints)


# --- create takes every field of the spec's body -------------------------------------------------


def test_create_sends_the_current_fields_of_the_spec(run: Run) -> None:
    fields: dict[str, Any] = {
        "training_file": "file-train",
        "model": MODEL,
        "training_method": {"method": "dpo", "dpo_beta": 0.1, "rpo_alpha": 0.5},
        "lr_scheduler": {
            "lr_scheduler_type": "cosine",
            "lr_scheduler_args": {"min_lr_ratio": 0.1, "num_cycles": 0.5},
        },
        "from_checkpoint": "ft-old:100",
        "from_hf_model": "org/base-model",
        "hf_model_revision": "main",
        "hf_api_token": "hf_token",
        "hf_output_repo_name": "org/out",
        "random_seed": 42,
        "train_on_inputs": "auto",
        "multimodal_params": {"train_vision": True},
        "warmup_ratio": 0.1,
        "max_grad_norm": 1.0,
        "weight_decay": 0.01,
        "max_seq_length": 4096,
        "packing": False,
        "batch_size": "max",
        "wandb_base_url": "https://wandb.example.com",
        "wandb_project_name": "p",
        "wandb_name": "run",
        "wandb_entity": "team",
    }

    job = run(lambda c: c.fine_tuning.create(**fields))

    assert only_request(run, "POST /fine-tunes").json() == fields
    assert job.id


def test_create_takes_and_sends_every_field_of_the_spec() -> None:
    """Every field of the spec's body is an argument of ``create`` and reaches the body as
    given (none is dropped or renamed on the way)."""
    spec_fields = set(get_type_hints(CreateFineTuneParams))
    assert spec_fields <= set(get_type_hints(FineTuningCreateParams))
    for field in sorted(spec_fields - {"model", "training_file"}):
        value = {"marker": field}
        call = _create({"model": MODEL, "training_file": "file-1", field: value})
        assert call.endpoint.json == {"model": MODEL, "training_file": "file-1", field: value}
