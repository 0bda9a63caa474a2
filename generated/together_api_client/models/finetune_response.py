from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.finetune_job_status import FinetuneJobStatus
from ..models.finetune_response_batch_size_type_1 import FinetuneResponseBatchSizeType1
from ..models.finetune_response_train_on_inputs_type_1 import (
    FinetuneResponseTrainOnInputsType1,
)
from ..types import Model, is_known


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class FinetuneResponse(Model):
    """
    Attributes:
        id (str):
        training_file (str | None):
        validation_file (str | None):
        model (str | None):
        model_output_name (str | None):
        model_output_path (str | None):
        trainingfile_numlines (int | None):
        trainingfile_size (int | None):
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
        started_at (datetime.datetime | None):
        n_epochs (int | None):
        n_checkpoints (int | None):
        n_evals (int | None):
        batch_size (FinetuneResponseBatchSizeType1 | int | None):
        learning_rate (float | None):
        lr_scheduler (LRScheduler | None):
        warmup_ratio (float | None):
        max_grad_norm (float | None):
        weight_decay (float | None):
        eval_steps (int | None):
        train_on_inputs (bool | FinetuneResponseTrainOnInputsType1 | None):
        training_method (TrainingMethodDPO | TrainingMethodSFT | None):
        training_type (FullTrainingType | LoRATrainingType | None):
        multimodal_params (MultimodalParams | None):
        status (FinetuneJobStatus | None):
        job_id (str | None):
        events (list[FineTuneEvent] | None):
        token_count (int | None):
        param_count (int | None):
        total_price (int | None):
        epochs_completed (int | None):
        queue_depth (int | None):
        wandb_project_name (str | None):
        wandb_url (str | None):
        from_checkpoint (str | None):
        from_hf_model (str | None):
        hf_model_revision (str | None):
        progress (FineTuneProgress | None): Progress information for a fine-tuning job
    """

    id: str
    training_file: str | None = None
    validation_file: str | None = None
    model: str | None = None
    model_output_name: str | None = None
    model_output_path: str | None = None
    trainingfile_numlines: int | None = None
    trainingfile_size: int | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    started_at: datetime.datetime | None = None
    n_epochs: int | None = None
    n_checkpoints: int | None = None
    n_evals: int | None = None
    batch_size: FinetuneResponseBatchSizeType1 | int | None = None
    learning_rate: float | None = None
    lr_scheduler: LRScheduler | None = None
    warmup_ratio: float | None = None
    max_grad_norm: float | None = None
    weight_decay: float | None = None
    eval_steps: int | None = None
    train_on_inputs: bool | FinetuneResponseTrainOnInputsType1 | None = None
    training_method: TrainingMethodDPO | TrainingMethodSFT | None = None
    training_type: FullTrainingType | LoRATrainingType | None = None
    multimodal_params: MultimodalParams | None = None
    status: FinetuneJobStatus | None = None
    job_id: str | None = None
    events: list[FineTuneEvent] | None = None
    token_count: int | None = None
    param_count: int | None = None
    total_price: int | None = None
    epochs_completed: int | None = None
    queue_depth: int | None = None
    wandb_project_name: str | None = None
    wandb_url: str | None = None
    from_checkpoint: str | None = None
    from_hf_model: str | None = None
    hf_model_revision: str | None = None
    progress: FineTuneProgress | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("training_file", "training_file"),
        ("validation_file", "validation_file"),
        ("model", "model"),
        ("model_output_name", "model_output_name"),
        ("model_output_path", "model_output_path"),
        ("trainingfile_numlines", "trainingfile_numlines"),
        ("trainingfile_size", "trainingfile_size"),
        ("created_at", "created_at"),
        ("updated_at", "updated_at"),
        ("started_at", "started_at"),
        ("n_epochs", "n_epochs"),
        ("n_checkpoints", "n_checkpoints"),
        ("n_evals", "n_evals"),
        ("batch_size", "batch_size"),
        ("learning_rate", "learning_rate"),
        ("lr_scheduler", "lr_scheduler"),
        ("warmup_ratio", "warmup_ratio"),
        ("max_grad_norm", "max_grad_norm"),
        ("weight_decay", "weight_decay"),
        ("eval_steps", "eval_steps"),
        ("train_on_inputs", "train_on_inputs"),
        ("training_method", "training_method"),
        ("training_type", "training_type"),
        ("multimodal_params", "multimodal_params"),
        ("status", "status"),
        ("job_id", "job_id"),
        ("events", "events"),
        ("token_count", "token_count"),
        ("param_count", "param_count"),
        ("total_price", "total_price"),
        ("epochs_completed", "epochs_completed"),
        ("queue_depth", "queue_depth"),
        ("wandb_project_name", "wandb_project_name"),
        ("wandb_url", "wandb_url"),
        ("from_checkpoint", "from_checkpoint"),
        ("from_hf_model", "from_hf_model"),
        ("hf_model_revision", "hf_model_revision"),
        ("progress", "progress"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_id = src_dict["id"]
        v_training_file = _get("training_file")
        v_validation_file = _get("validation_file")
        v_model = _get("model")
        v_model_output_name = _get("model_output_name")
        v_model_output_path = _get("model_output_path")
        v_trainingfile_numlines = _get("trainingfile_numlines")
        v_trainingfile_size = _get("trainingfile_size")
        v_created_at = _get("created_at")
        if v_created_at is not None:
            v_created_at = _isoparse(v_created_at)
        v_updated_at = _get("updated_at")
        if v_updated_at is not None:
            v_updated_at = _isoparse(v_updated_at)
        v_started_at = _get("started_at")
        if v_started_at is not None:
            v_started_at = _isoparse(v_started_at)
        v_n_epochs = _get("n_epochs")
        v_n_checkpoints = _get("n_checkpoints")
        v_n_evals = _get("n_evals")
        v_batch_size = _get("batch_size")
        if v_batch_size is not None:
            v_batch_size = _read_batch_size(v_batch_size)
        v_learning_rate = _get("learning_rate")
        v_lr_scheduler = _get("lr_scheduler")
        if v_lr_scheduler is not None:
            v_lr_scheduler = LRScheduler.from_dict(v_lr_scheduler)
        v_warmup_ratio = _get("warmup_ratio")
        v_max_grad_norm = _get("max_grad_norm")
        v_weight_decay = _get("weight_decay")
        v_eval_steps = _get("eval_steps")
        v_train_on_inputs = _get("train_on_inputs")
        if v_train_on_inputs is not None:
            v_train_on_inputs = _read_train_on_inputs(v_train_on_inputs)
        v_training_method = _get("training_method")
        if v_training_method is not None:
            v_training_method = _read_training_method(v_training_method)
        v_training_type = _get("training_type")
        if v_training_type is not None:
            v_training_type = _read_training_type(v_training_type)
        v_multimodal_params = _get("multimodal_params")
        if v_multimodal_params is not None:
            v_multimodal_params = MultimodalParams.from_dict(v_multimodal_params)
        v_status = _get("status")
        if v_status is not None:
            v_status = FinetuneJobStatus(v_status)
        v_job_id = _get("job_id")
        v_events = _get("events")
        if v_events is not None:
            v_events = [
                None if x0 is None else FineTuneEvent.from_dict(x0) for x0 in v_events
            ]
        v_token_count = _get("token_count")
        v_param_count = _get("param_count")
        v_total_price = _get("total_price")
        v_epochs_completed = _get("epochs_completed")
        v_queue_depth = _get("queue_depth")
        v_wandb_project_name = _get("wandb_project_name")
        v_wandb_url = _get("wandb_url")
        v_from_checkpoint = _get("from_checkpoint")
        v_from_hf_model = _get("from_hf_model")
        v_hf_model_revision = _get("hf_model_revision")
        v_progress = _get("progress")
        if v_progress is not None:
            v_progress = FineTuneProgress.from_dict(v_progress)
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_id,
            v_training_file,
            v_validation_file,
            v_model,
            v_model_output_name,
            v_model_output_path,
            v_trainingfile_numlines,
            v_trainingfile_size,
            v_created_at,
            v_updated_at,
            v_started_at,
            v_n_epochs,
            v_n_checkpoints,
            v_n_evals,
            v_batch_size,
            v_learning_rate,
            v_lr_scheduler,
            v_warmup_ratio,
            v_max_grad_norm,
            v_weight_decay,
            v_eval_steps,
            v_train_on_inputs,
            v_training_method,
            v_training_type,
            v_multimodal_params,
            v_status,
            v_job_id,
            v_events,
            v_token_count,
            v_param_count,
            v_total_price,
            v_epochs_completed,
            v_queue_depth,
            v_wandb_project_name,
            v_wandb_url,
            v_from_checkpoint,
            v_from_hf_model,
            v_hf_model_revision,
            v_progress,
            src_dict,
        )


def _read_batch_size(data: Any) -> Any:
    """The first type that reads ``data`` with enum values it knows (so models are told apart
    by their discriminating enum); else ``data`` as it came."""
    value: Any
    if not isinstance(data, dict | list):  # an enum: a scalar
        try:
            value = FinetuneResponseBatchSizeType1(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        else:
            if is_known(value):
                return value
    return data


def _read_train_on_inputs(data: Any) -> Any:
    """The first type that reads ``data`` with enum values it knows (so models are told apart
    by their discriminating enum); else ``data`` as it came."""
    value: Any
    if not isinstance(data, dict | list):  # an enum: a scalar
        try:
            value = FinetuneResponseTrainOnInputsType1(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        else:
            if is_known(value):
                return value
    return data


def _read_training_method(data: Any) -> Any:
    """The first type that reads ``data`` with enum values it knows (so models are told apart
    by their discriminating enum); else ``data`` as it came."""
    value: Any
    if isinstance(data, dict):
        try:
            value = TrainingMethodSFT.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        else:
            if is_known(value):
                return value
    if isinstance(data, dict):
        try:
            value = TrainingMethodDPO.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        else:
            if is_known(value):
                return value
    return data


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
from dateutil.parser import isoparse as _isoparse

from ..models.fine_tune_event import FineTuneEvent
from ..models.fine_tune_progress import FineTuneProgress
from ..models.full_training_type import FullTrainingType
from ..models.lo_ra_training_type import LoRATrainingType
from ..models.lr_scheduler import LRScheduler
from ..models.multimodal_params import MultimodalParams
from ..models.training_method_dpo import TrainingMethodDPO
from ..models.training_method_sft import TrainingMethodSFT
