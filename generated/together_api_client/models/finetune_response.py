from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model, is_known

_new = object.__new__

import datetime

from ..models.finetune_job_status import FinetuneJobStatus
from ..models.finetune_response_batch_size_type_1 import FinetuneResponseBatchSizeType1
from ..models.finetune_response_train_on_inputs_type_1 import (
    FinetuneResponseTrainOnInputsType1,
)


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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is read from a JSON object, not {type(src_dict).__name__}"
            )
        # The required fields must be there (a missing one fails here, at read time); every
        # field is read when first asked for (see types.Model.__getattr__).
        src_dict["id"]
        self = _new(cls)
        self._wire = src_dict
        return self


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


def _build_created_at(value: Any) -> Any:
    return _isoparse(value)


def _build_updated_at(value: Any) -> Any:
    return _isoparse(value)


def _build_started_at(value: Any) -> Any:
    return _isoparse(value)


def _build_batch_size(value: Any) -> Any:
    return _read_batch_size(value)


def _build_lr_scheduler(value: Any) -> Any:
    return LRScheduler.from_dict(value)


def _build_train_on_inputs(value: Any) -> Any:
    return _read_train_on_inputs(value)


def _build_training_method(value: Any) -> Any:
    return _read_training_method(value)


def _build_training_type(value: Any) -> Any:
    return _read_training_type(value)


def _build_multimodal_params(value: Any) -> Any:
    return MultimodalParams.from_dict(value)


def _build_status(value: Any) -> Any:
    return FinetuneJobStatus(value)


def _build_events(value: Any) -> Any:
    return [None if x0 is None else FineTuneEvent.from_dict(x0) for x0 in value]


def _build_progress(value: Any) -> Any:
    return FineTuneProgress.from_dict(value)


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "id": ("id", None, None),
    "training_file": ("training_file", None, None),
    "validation_file": ("validation_file", None, None),
    "model": ("model", None, None),
    "model_output_name": ("model_output_name", None, None),
    "model_output_path": ("model_output_path", None, None),
    "trainingfile_numlines": ("trainingfile_numlines", None, None),
    "trainingfile_size": ("trainingfile_size", None, None),
    "created_at": ("created_at", _build_created_at, None),
    "updated_at": ("updated_at", _build_updated_at, None),
    "started_at": ("started_at", _build_started_at, None),
    "n_epochs": ("n_epochs", None, None),
    "n_checkpoints": ("n_checkpoints", None, None),
    "n_evals": ("n_evals", None, None),
    "batch_size": ("batch_size", _build_batch_size, None),
    "learning_rate": ("learning_rate", None, None),
    "lr_scheduler": ("lr_scheduler", _build_lr_scheduler, None),
    "warmup_ratio": ("warmup_ratio", None, None),
    "max_grad_norm": ("max_grad_norm", None, None),
    "weight_decay": ("weight_decay", None, None),
    "eval_steps": ("eval_steps", None, None),
    "train_on_inputs": ("train_on_inputs", _build_train_on_inputs, None),
    "training_method": ("training_method", _build_training_method, None),
    "training_type": ("training_type", _build_training_type, None),
    "multimodal_params": ("multimodal_params", _build_multimodal_params, None),
    "status": ("status", _build_status, None),
    "job_id": ("job_id", None, None),
    "events": ("events", _build_events, None),
    "token_count": ("token_count", None, None),
    "param_count": ("param_count", None, None),
    "total_price": ("total_price", None, None),
    "epochs_completed": ("epochs_completed", None, None),
    "queue_depth": ("queue_depth", None, None),
    "wandb_project_name": ("wandb_project_name", None, None),
    "wandb_url": ("wandb_url", None, None),
    "from_checkpoint": ("from_checkpoint", None, None),
    "from_hf_model": ("from_hf_model", None, None),
    "hf_model_revision": ("hf_model_revision", None, None),
    "progress": ("progress", _build_progress, None),
}
FinetuneResponse._lazy = _LAZY


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
