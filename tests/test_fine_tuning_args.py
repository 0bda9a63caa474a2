"""``fine_tuning.create``'s convenience arguments (the official together SDK's ``lora=True``,
``lora_r``, ...) and openai's names (``fine_tuning.jobs``), sync and async: what reaches the
wire, and what is refused before anything is sent."""

from __future__ import annotations

import json
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

import together_facade as tf
from tests.helpers import API_KEY, Invoker
from together_facade._exceptions import InvalidTypeError
from together_facade.resources.fine_tuning import FineTuningCreateParams, FineTuningParams
from together_facade.resources.fine_tuning_jobs import AsyncFineTuningJobs, FineTuningJobs

MODEL = "meta-llama/Meta-Llama-3.1-8B-Instruct-Reference"
JOB = {"id": "ft-1", "status": "pending", "model": MODEL, "training_file": "file-1"}


def sent_body(httpserver: HTTPServer) -> Any:
    assert len(httpserver.log) == 1
    request = httpserver.log[0][0]
    assert (request.method, request.path) == ("POST", "/v1/fine-tunes")
    assert request.headers["Authorization"] == f"Bearer {API_KEY}"
    return json.loads(request.get_data())


def create(invoke: Invoker, httpserver: HTTPServer, **arguments: Any) -> Any:
    """``fine_tuning.create(training_file=..., model=..., **arguments)``; the JSON sent."""
    httpserver.expect_oneshot_request("/v1/fine-tunes", method="POST").respond_with_json(JOB)
    job = invoke(lambda c: c.fine_tuning.create(training_file="file-1", model=MODEL, **arguments))
    assert job.id == "ft-1" and job.status == "pending"
    return sent_body(httpserver)


# --- lora=... becomes training_type ------------------------------------------------------------


@pytest.mark.parametrize(
    ("arguments", "training_type"),
    [
        pytest.param(
            {"lora": True, "lora_r": 8},
            {"type": "Lora", "lora_r": 8, "lora_alpha": 16},
            id="alpha-defaults-to-twice-the-rank",
        ),
        pytest.param(
            {
                "lora": True,
                "lora_r": 16,
                "lora_alpha": 8,
                "lora_dropout": 0.05,
                "lora_trainable_modules": "q_proj,v_proj",
            },
            {
                "type": "Lora",
                "lora_r": 16,
                "lora_alpha": 8,
                "lora_dropout": 0.05,
                "lora_trainable_modules": "q_proj,v_proj",
            },
            id="every-lora-option",
        ),
        pytest.param(
            {"lora": True, "lora_r": 4, "lora_dropout": 0.0},
            {"type": "Lora", "lora_r": 4, "lora_alpha": 8, "lora_dropout": 0.0},
            id="dropout-zero-is-sent",
        ),
        pytest.param(
            {"lora": True, "lora_r": 1, "lora_alpha": 32},
            {"type": "Lora", "lora_r": 1, "lora_alpha": 32},
            id="smallest-rank-and-alpha-given",
        ),
        pytest.param({"lora": False}, {"type": "Full"}, id="full"),
        pytest.param(
            {"lora": True, "lora_r": 8, "lora_alpha": None, "lora_dropout": None},
            {"type": "Lora", "lora_r": 8, "lora_alpha": 16},
            id="none-is-not-given",
        ),
    ],
)
def test_lora_arguments_become_training_type(
    arguments: dict[str, Any],
    training_type: dict[str, Any],
    invoke: Invoker,
    httpserver: HTTPServer,
) -> None:
    body = create(invoke, httpserver, n_epochs=3, **arguments)
    assert body == {
        "training_file": "file-1",
        "model": MODEL,
        "n_epochs": 3,
        "training_type": training_type,
    }


def test_lora_none_and_nothing_else_sends_no_training_type(
    invoke: Invoker, httpserver: HTTPServer
) -> None:
    body = create(invoke, httpserver, lora=None)
    assert body == {"training_file": "file-1", "model": MODEL}


def test_the_wire_form_still_works(invoke: Invoker, httpserver: HTTPServer) -> None:
    training_type = {"type": "Lora", "lora_r": 4, "lora_alpha": 4, "lora_dropout": 0.1}
    body = create(invoke, httpserver, training_type=training_type, batch_size=8, suffix="v1")
    assert body == {
        "training_file": "file-1",
        "model": MODEL,
        "training_type": training_type,
        "batch_size": 8,
        "suffix": "v1",
    }


def test_the_official_sdks_other_arguments_are_sent_flat(
    invoke: Invoker, httpserver: HTTPServer
) -> None:
    arguments: dict[str, Any] = {
        "validation_file": "file-2",
        "n_epochs": 2,
        "n_checkpoints": 2,
        "n_evals": 4,
        "batch_size": 16,
        "learning_rate": 2e-5,
        "warmup_ratio": 0.1,
        "max_grad_norm": 1.0,
        "weight_decay": 0.01,
        "train_on_inputs": "auto",
        "suffix": "my-run",
        "wandb_api_key": "wandb-key",
        "wandb_base_url": "https://wandb.example.com",
        "wandb_project_name": "proj",
        "wandb_name": "run-1",
    }
    body = create(invoke, httpserver, lora=True, lora_r=8, **arguments)
    assert body == {
        "training_file": "file-1",
        "model": MODEL,
        **arguments,
        "training_type": {"type": "Lora", "lora_r": 8, "lora_alpha": 16},
    }


def test_extra_body_still_reaches_the_wire(invoke: Invoker, httpserver: HTTPServer) -> None:
    body = create(invoke, httpserver, lora=False, extra_body={"from_checkpoint": "ft-0"})
    assert body["from_checkpoint"] == "ft-0" and body["training_type"] == {"type": "Full"}


@pytest.mark.parametrize(
    ("arguments", "error", "message"),
    [
        pytest.param(
            {"lora_r": 8},
            tf.InvalidRequestError,
            r"lora_r is a LoRA option, which needs lora=True: pass lora=True, or leave it out "
            r"for full training",
            id="lora-option-without-lora",
        ),
        pytest.param(
            {"lora_r": 8, "lora_alpha": 16},
            tf.InvalidRequestError,
            r"lora_r, lora_alpha are LoRA options, which need lora=True",
            id="lora-options-without-lora",
        ),
        pytest.param(
            {"lora_dropout": 0.1, "training_type": {"type": "Lora", "lora_r": 8, "lora_alpha": 8}},
            tf.InvalidRequestError,
            r"lora_dropout is a LoRA option, which needs lora=True: pass lora=True or put it in "
            r"training_type=",
            id="lora-option-beside-training-type",
        ),
        pytest.param(
            {"lora": True, "training_type": {"type": "Full"}},
            tf.InvalidRequestError,
            r"give lora=\.\.\. or training_type=\.\.\., not both",
            id="lora-and-training-type",
        ),
        pytest.param(
            {"lora": False, "training_type": {"type": "Full"}},
            tf.InvalidRequestError,
            r"not both",
            id="lora-false-and-training-type",
        ),
        pytest.param(
            {"lora": False, "lora_r": 8},
            tf.InvalidRequestError,
            r"lora=False asks for full training, which takes no lora_r: pass lora=True for LoRA "
            r"training, or leave it out\.",
            id="lora-false-with-options",
        ),
        pytest.param(
            {"lora": "yes"}, InvalidTypeError, r"lora must be True or False", id="lora-not-bool"
        ),
        pytest.param({"lora": 1}, InvalidTypeError, r"lora must be True or False", id="lora-int"),
        pytest.param(
            {"lora": True, "lora_r": "8"},
            InvalidTypeError,
            r"lora_r must be a positive integer, got '8'",
            id="rank-a-string",
        ),
        pytest.param(
            {"lora": True, "lora_r": 0},
            tf.InvalidRequestError,
            r"lora_r must be a positive integer",
            id="rank-zero",
        ),
        pytest.param(
            {"lora": True, "lora_r": True},
            InvalidTypeError,
            r"lora_r must be a positive integer",
            id="rank-a-bool",
        ),
        pytest.param(
            {"lora": True, "lora_rank": 8},
            tf.InvalidRequestError,
            r"unknown argument 'lora_rank'\. Did you mean 'lora_r'\?",
            id="misspelt",
        ),
        pytest.param(
            {"lora": True, "lora_r": 8, "lora_rank": 8},
            tf.InvalidRequestError,
            r"unknown argument 'lora_rank'",
            id="misspelt-beside-the-rank",
        ),
        # The spec's LoRATrainingType requires lora_r (and lora_alpha, 2 * lora_r by default);
        # together 3.x reads the model's default rank from an endpoint the spec does not have.
        pytest.param(
            {"lora": True},
            tf.InvalidRequestError,
            r"lora=True needs lora_r, the LoRA rank, which the service requires: pass "
            r"lora_r=\.\.\. \(e\.g\. lora_r=8; lora_alpha defaults to 2 \* lora_r\)",
            id="lora-without-rank",
        ),
        pytest.param(
            {"lora": True, "lora_r": None},
            tf.InvalidRequestError,
            r"lora=True needs lora_r",
            id="rank-none-is-not-given",
        ),
        pytest.param(
            {"lora": True, "lora_alpha": 32},
            tf.InvalidRequestError,
            r"lora=True needs lora_r.*e\.g\. lora_r=8",
            id="alpha-without-rank",
        ),
        pytest.param(
            {"lora": True, "lora_dropout": 0.0, "lora_trainable_modules": "all-linear"},
            tf.InvalidRequestError,
            r"lora=True needs lora_r",
            id="options-without-rank",
        ),
        pytest.param(
            {"lora_alpha": 32},
            tf.InvalidRequestError,
            r"lora_alpha is a LoRA option, which needs lora=True: pass lora=True with "
            r"lora_r=\.\.\. \(e\.g\. lora_r=8\), or leave it out for full training\.",
            id="alpha-without-lora-or-rank",
        ),
    ],
)
def test_bad_lora_arguments_are_refused_before_anything_is_sent(
    arguments: dict[str, Any],
    error: type[Exception],
    message: str,
    invoke: Invoker,
    httpserver: HTTPServer,
) -> None:
    with pytest.raises(error, match=message) as info:
        invoke(lambda c: c.fine_tuning.create(training_file="file-1", model=MODEL, **arguments))
    assert str(info.value).startswith("fine_tuning.create()")
    assert httpserver.log == []


def test_the_wire_typeddict_keeps_to_the_spec_and_the_create_one_adds_the_conveniences() -> None:
    wire = set(FineTuningParams.__annotations__)
    added = set(FineTuningCreateParams.__annotations__) - wire
    assert "training_type" in wire and "lora" not in wire
    # The current spec has the fields the official SDK sent beside it (warmup_ratio, ...).
    assert {"warmup_ratio", "train_on_inputs", "training_method", "random_seed"} <= wire
    assert added == {"lora", "lora_r", "lora_alpha", "lora_dropout", "lora_trainable_modules"}


# --- openai's names: client.fine_tuning.jobs -----------------------------------------------------


def jobs_create(invoke: Invoker, httpserver: HTTPServer, **arguments: Any) -> Any:
    httpserver.expect_oneshot_request("/v1/fine-tunes", method="POST").respond_with_json(JOB)
    job = invoke(lambda c: c.fine_tuning.jobs.create(**arguments))
    assert job.id == "ft-1"
    return sent_body(httpserver)


def test_jobs_is_one_object_per_resource() -> None:
    client = tf.Together(api_key="k")
    assert isinstance(client.fine_tuning.jobs, FineTuningJobs)
    assert client.fine_tuning.jobs is client.fine_tuning.jobs
    async_client = tf.AsyncTogether(api_key="k")
    assert isinstance(async_client.fine_tuning.jobs, AsyncFineTuningJobs)
    assert async_client.fine_tuning.jobs is async_client.fine_tuning.jobs


@pytest.mark.parametrize("first", ["fine_tuning_jobs", "fine_tuning"])
def test_either_module_loads_first(first: str) -> None:
    """fine_tuning_jobs imports fine_tuning's calls; fine_tuning imports it only in ``jobs``."""
    import subprocess
    import sys

    probe = (
        f"import together_facade.resources.{first}\n"
        "import together_facade as tf\n"
        "print(type(tf.Together(api_key='k').fine_tuning.jobs).__module__)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "together_facade.resources.fine_tuning_jobs"


def test_jobs_create_maps_openais_hyperparameters(invoke: Invoker, httpserver: HTTPServer) -> None:
    body = jobs_create(
        invoke,
        httpserver,
        training_file="file-1",
        model=MODEL,
        hyperparameters={"n_epochs": 3, "batch_size": 8, "learning_rate_multiplier": "auto"},
        suffix="v1",
        validation_file="file-2",
    )
    assert body == {
        "training_file": "file-1",
        "model": MODEL,
        "n_epochs": 3,
        "batch_size": 8,
        "suffix": "v1",
        "validation_file": "file-2",
    }


def test_jobs_create_leaves_auto_to_the_service(invoke: Invoker, httpserver: HTTPServer) -> None:
    body = jobs_create(
        invoke,
        httpserver,
        training_file="file-1",
        model=MODEL,
        hyperparameters={"n_epochs": "auto", "batch_size": None},
    )
    assert body == {"training_file": "file-1", "model": MODEL}


def test_jobs_create_takes_togethers_arguments_too(invoke: Invoker, httpserver: HTTPServer) -> None:
    body = jobs_create(
        invoke,
        httpserver,
        training_file="file-1",
        model=MODEL,
        hyperparameters={"n_epochs": 2},
        lora=True,
        lora_r=4,
        learning_rate=1e-4,
    )
    assert body == {
        "training_file": "file-1",
        "model": MODEL,
        "n_epochs": 2,
        "learning_rate": 1e-4,
        "training_type": {"type": "Lora", "lora_r": 4, "lora_alpha": 8},
    }


@pytest.mark.parametrize(
    ("arguments", "error", "message"),
    [
        pytest.param(
            {"hyperparameters": {"learning_rate_multiplier": 2.0}},
            tf.InvalidRequestError,
            r"learning_rate_multiplier'\] has no Together equivalent: Together takes an absolute "
            r"learning rate; pass learning_rate=",
            id="learning-rate-multiplier",
        ),
        pytest.param(
            {"hyperparameters": {"beta": 0.1}},
            tf.InvalidRequestError,
            r"hyperparameters\['beta'\] has no Together equivalent; the ones that map are "
            r"'n_epochs', 'batch_size'",
            id="unknown-hyperparameter",
        ),
        pytest.param(
            {"hyperparameters": {"n_epochs": 3}, "n_epochs": 2},
            tf.InvalidRequestError,
            r"n_epochs is given twice",
            id="given-twice",
        ),
        pytest.param(
            {"hyperparameters": [("n_epochs", 3)]},
            InvalidTypeError,
            r"hyperparameters must be a dict",
            id="hyperparameters-not-a-dict",
        ),
        pytest.param(
            {"seed": 42},
            tf.InvalidRequestError,
            r"openai's 'seed' is not taken here: Together's is random_seed: pass "
            r"random_seed=<your seed>\.$",
            id="seed",
        ),
        pytest.param(
            {"method": {"type": "supervised"}},
            tf.InvalidRequestError,
            r"openai's 'method' is not taken here: Together's is training_method: pass "
            r"training_method=\{'method': 'sft'\}",
            id="method",
        ),
        pytest.param(
            {"integrations": [{"type": "wandb"}]},
            tf.InvalidRequestError,
            r"'integrations' is not taken here: Together takes Weights & Biases settings as "
            r"wandb_api_key=",
            id="integrations",
        ),
        pytest.param(
            {"metadata": {"team": "a"}},
            tf.InvalidRequestError,
            r"'metadata' is not taken here: Together keeps no metadata on a job; leave it out",
            id="metadata",
        ),
        pytest.param(
            {"lora_r": 8},
            tf.InvalidRequestError,
            r"needs lora=True",
            id="lora-rules-apply",
        ),
        pytest.param(
            {"lora": True},
            tf.InvalidRequestError,
            r"lora=True needs lora_r",
            id="lora-needs-a-rank-here-too",
        ),
    ],
)
def test_jobs_create_refuses_what_has_no_together_equivalent(
    arguments: dict[str, Any],
    error: type[Exception],
    message: str,
    invoke: Invoker,
    httpserver: HTTPServer,
) -> None:
    with pytest.raises(error, match=message) as info:
        invoke(
            lambda c: c.fine_tuning.jobs.create(training_file="file-1", model=MODEL, **arguments)
        )
    assert str(info.value).startswith("fine_tuning.jobs.create()")
    assert httpserver.log == []


def test_jobs_create_takes_openais_none_as_not_given(
    invoke: Invoker, httpserver: HTTPServer
) -> None:
    """openai's code passes seed=None (and method, integrations, metadata) for "not given"."""
    httpserver.expect_oneshot_request("/v1/fine-tunes", method="POST").respond_with_json(JOB)
    openai_nones = {"seed": None, "method": None, "integrations": None, "metadata": None}
    job = invoke(
        lambda c: c.fine_tuning.jobs.create(
            training_file="file-1",
            model=MODEL,
            hyperparameters={"n_epochs": 2},
            suffix=None,
            validation_file=None,
            **openai_nones,
        )
    )
    assert job.id == "ft-1"
    assert sent_body(httpserver) == {"training_file": "file-1", "model": MODEL, "n_epochs": 2}


def test_jobs_create_sends_togethers_seed_by_extra_body(
    invoke: Invoker, httpserver: HTTPServer
) -> None:
    """What the refusal of seed= advises reaches the wire."""
    httpserver.expect_oneshot_request("/v1/fine-tunes", method="POST").respond_with_json(JOB)
    invoke(
        lambda c: c.fine_tuning.jobs.create(
            training_file="file-1", model=MODEL, seed=None, extra_body={"random_seed": 7}
        )
    )
    assert sent_body(httpserver)["random_seed"] == 7


def test_jobs_create_needs_training_file_and_model(invoke: Invoker, httpserver: HTTPServer) -> None:
    with pytest.raises(tf.InvalidRequestError, match=r"needs 'model'"):
        invoke(lambda c: c.fine_tuning.jobs.create(training_file="file-1"))
    assert httpserver.log == []


@pytest.mark.parametrize(
    ("call", "method", "path", "answer"),
    [
        pytest.param(
            lambda c: c.fine_tuning.jobs.retrieve("ft-1"),
            "GET",
            "/v1/fine-tunes/ft-1",
            JOB,
            id="retrieve",
        ),
        pytest.param(
            lambda c: c.fine_tuning.jobs.retrieve(fine_tuning_job_id="ft-1"),
            "GET",
            "/v1/fine-tunes/ft-1",
            JOB,
            id="retrieve-by-openais-keyword",
        ),
        pytest.param(
            lambda c: c.fine_tuning.jobs.cancel("ft-1"),
            "POST",
            "/v1/fine-tunes/ft-1/cancel",
            {**JOB, "status": "cancel_requested"},
            id="cancel",
        ),
        pytest.param(
            lambda c: c.fine_tuning.jobs.list(),
            "GET",
            "/v1/fine-tunes",
            {"data": [JOB]},
            id="list",
        ),
        pytest.param(
            lambda c: c.fine_tuning.jobs.list_events("ft-1"),
            "GET",
            "/v1/fine-tunes/ft-1/events",
            {"data": [{"object": "fine-tune-event", "message": "created"}]},
            id="list-events",
        ),
    ],
)
def test_jobs_calls_are_fine_tunings_calls(
    call: Any,
    method: str,
    path: str,
    answer: Any,
    invoke: Invoker,
    httpserver: HTTPServer,
) -> None:
    httpserver.expect_oneshot_request(path, method=method).respond_with_json(answer)
    result = invoke(call)
    assert len(httpserver.log) == 1
    request = httpserver.log[0][0]
    assert (request.method, request.path, request.get_data()) == (method, path, b"")
    assert request.headers["Authorization"] == f"Bearer {API_KEY}"
    if "data" in answer:
        assert len(result.data) == 1
    else:
        assert result.id == "ft-1" and result.status == answer["status"]


@pytest.mark.parametrize(
    ("call", "name"),
    [
        pytest.param(lambda c, o: c.fine_tuning.jobs.list(**o), "list", id="list"),
        pytest.param(lambda c, o: c.fine_tuning.jobs.retrieve("ft-1", **o), "retrieve", id="get"),
        pytest.param(lambda c, o: c.fine_tuning.jobs.cancel("ft-1", **o), "cancel", id="cancel"),
        pytest.param(
            lambda c, o: c.fine_tuning.jobs.list_events("ft-1", **o), "list_events", id="events"
        ),
        pytest.param(
            lambda c, o: c.fine_tuning.jobs.create(training_file="f", model=MODEL, **o),
            "create",
            id="create",
        ),
    ],
)
def test_jobs_calls_go_by_openais_names(
    call: Any, name: str, invoke: Invoker, httpserver: HTTPServer
) -> None:
    """Messages (and logs) name the call as it was made: fine_tuning.jobs.*."""
    with pytest.raises(InvalidTypeError, match=r"extra_query must be a mapping") as info:
        invoke(lambda c: call(c, {"extra_query": 5}))
    assert str(info.value).startswith(f"fine_tuning.jobs.{name}(): ")
    assert httpserver.log == []


def test_jobs_calls_take_the_request_options(invoke: Invoker, httpserver: HTTPServer) -> None:
    httpserver.expect_oneshot_request("/v1/fine-tunes/ft-1").respond_with_json(JOB)
    invoke(lambda c: c.fine_tuning.jobs.retrieve("ft-1", extra_headers={"X-Trace": "t1"}))
    assert httpserver.log[0][0].headers["X-Trace"] == "t1"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        pytest.param(
            lambda c: c.fine_tuning.jobs.list(limit=10),
            r"fine_tuning\.jobs\.list\(\): Together answers with the whole list and takes no "
            r"limit; leave it out and slice \.data instead",
            id="list-limit",
        ),
        pytest.param(
            lambda c: c.fine_tuning.jobs.list_events("ft-1", after="ev-1", limit=5),
            r"takes no after or limit; leave them out",
            id="events-after-limit",
        ),
        pytest.param(
            lambda c: c.fine_tuning.jobs.list(page=2),
            r"unknown argument 'page'",
            id="list-unknown",
        ),
        pytest.param(
            lambda c: c.fine_tuning.jobs.retrieve(""),
            r"fine-tune id must be a non-empty string",
            id="empty-id",
        ),
    ],
)
def test_jobs_calls_refuse_bad_arguments_before_anything_is_sent(
    call: Any, message: str, invoke: Invoker, httpserver: HTTPServer
) -> None:
    with pytest.raises(tf.InvalidRequestError, match=message):
        invoke(call)
    assert httpserver.log == []
