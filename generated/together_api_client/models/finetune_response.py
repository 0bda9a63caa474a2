from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.finetune_job_status import FinetuneJobStatus
from ..types import Model, is_known


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class FinetuneResponse(Model):
    """
    Attributes:
        id (str):
        batch_size (int | None):
        created_at (str | None):
        epochs_completed (int | None):
        eval_steps (int | None):
        events (list[FinetuneEvent] | None):
        job_id (str | None):
        learning_rate (float | None):
        model (str | None):
        model_output_name (str | None):
        model_output_path (str | None):
        n_checkpoints (int | None):
        n_epochs (int | None):
        n_evals (int | None):
        param_count (int | None):
        queue_depth (int | None):
        status (FinetuneJobStatus | None):
        token_count (int | None):
        total_price (int | None):
        training_file (str | None):
        training_type (FullTrainingType | LoRATrainingType | None):
        trainingfile_numlines (int | None):
        trainingfile_size (int | None):
        updated_at (str | None):
        validation_file (str | None):
        wandb_project_name (str | None):
        wandb_url (str | None):
    """

    id: str
    batch_size: int | None = None
    created_at: str | None = None
    epochs_completed: int | None = None
    eval_steps: int | None = None
    events: list[FinetuneEvent] | None = None
    job_id: str | None = None
    learning_rate: float | None = None
    model: str | None = None
    model_output_name: str | None = None
    model_output_path: str | None = None
    n_checkpoints: int | None = None
    n_epochs: int | None = None
    n_evals: int | None = None
    param_count: int | None = None
    queue_depth: int | None = None
    status: FinetuneJobStatus | None = None
    token_count: int | None = None
    total_price: int | None = None
    training_file: str | None = None
    training_type: FullTrainingType | LoRATrainingType | None = None
    trainingfile_numlines: int | None = None
    trainingfile_size: int | None = None
    updated_at: str | None = None
    validation_file: str | None = None
    wandb_project_name: str | None = None
    wandb_url: str | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("batch_size", "batch_size"),
        ("created_at", "created_at"),
        ("epochs_completed", "epochs_completed"),
        ("eval_steps", "eval_steps"),
        ("events", "events"),
        ("job_id", "job_id"),
        ("learning_rate", "learning_rate"),
        ("model", "model"),
        ("model_output_name", "model_output_name"),
        ("model_output_path", "model_output_path"),
        ("n_checkpoints", "n_checkpoints"),
        ("n_epochs", "n_epochs"),
        ("n_evals", "n_evals"),
        ("param_count", "param_count"),
        ("queue_depth", "queue_depth"),
        ("status", "status"),
        ("token_count", "token_count"),
        ("total_price", "total_price"),
        ("training_file", "training_file"),
        ("training_type", "training_type"),
        ("trainingfile_numlines", "trainingfile_numlines"),
        ("trainingfile_size", "trainingfile_size"),
        ("updated_at", "updated_at"),
        ("validation_file", "validation_file"),
        ("wandb_project_name", "wandb_project_name"),
        ("wandb_url", "wandb_url"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_id = src_dict["id"]
        v_batch_size = _get("batch_size")
        v_created_at = _get("created_at")
        v_epochs_completed = _get("epochs_completed")
        v_eval_steps = _get("eval_steps")
        v_events = _get("events")
        if v_events is not None:
            v_events = [
                None if x0 is None else FinetuneEvent.from_dict(x0) for x0 in v_events
            ]
        v_job_id = _get("job_id")
        v_learning_rate = _get("learning_rate")
        v_model = _get("model")
        v_model_output_name = _get("model_output_name")
        v_model_output_path = _get("model_output_path")
        v_n_checkpoints = _get("n_checkpoints")
        v_n_epochs = _get("n_epochs")
        v_n_evals = _get("n_evals")
        v_param_count = _get("param_count")
        v_queue_depth = _get("queue_depth")
        v_status = _get("status")
        if v_status is not None:
            v_status = FinetuneJobStatus(v_status)
        v_token_count = _get("token_count")
        v_total_price = _get("total_price")
        v_training_file = _get("training_file")
        v_training_type = _get("training_type")
        if v_training_type is not None:
            v_training_type = _read_training_type(v_training_type)
        v_trainingfile_numlines = _get("trainingfile_numlines")
        v_trainingfile_size = _get("trainingfile_size")
        v_updated_at = _get("updated_at")
        v_validation_file = _get("validation_file")
        v_wandb_project_name = _get("wandb_project_name")
        v_wandb_url = _get("wandb_url")
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_id,
            v_batch_size,
            v_created_at,
            v_epochs_completed,
            v_eval_steps,
            v_events,
            v_job_id,
            v_learning_rate,
            v_model,
            v_model_output_name,
            v_model_output_path,
            v_n_checkpoints,
            v_n_epochs,
            v_n_evals,
            v_param_count,
            v_queue_depth,
            v_status,
            v_token_count,
            v_total_price,
            v_training_file,
            v_training_type,
            v_trainingfile_numlines,
            v_trainingfile_size,
            v_updated_at,
            v_validation_file,
            v_wandb_project_name,
            v_wandb_url,
            src_dict,
        )


def _read_training_type(data: Any) -> Any:
    """The first type that reads ``data`` with enum values it knows (so models are told apart
    by their discriminating enum); else ``data`` as it came."""
    value: Any
    if isinstance(data, dict):
        try:
            value = FullTrainingType.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        else:
            if is_known(value):
                return value
    if isinstance(data, dict):
        try:
            value = LoRATrainingType.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        else:
            if is_known(value):
                return value
    return data


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.finetune_event import FinetuneEvent
from ..models.full_training_type import FullTrainingType
from ..models.lo_ra_training_type import LoRATrainingType
