from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model, is_known

_new = object.__new__

import datetime

from ..models.finetune_job_status import FinetuneJobStatus


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class FinetuneResponseTruncated(Model):
    """A truncated version of the fine-tune response, used for POST /fine-tunes, GET /fine-tunes and POST /fine-
    tunes/{id}/cancel endpoints

    Example:
        {'id': 'ft-01234567890123456789', 'status': 'completed', 'created_at': '2023-05-17T17:35:45.123Z', 'updated_at':
            '2023-05-17T18:46:23.456Z', 'user_id': 'user_01234567890123456789', 'owner_address': 'user@example.com',
            'total_price': 1500, 'token_count': 850000, 'events': [], 'model': 'meta-llama/Llama-2-7b-hf',
            'model_output_name': 'mynamespace/meta-llama/Llama-2-7b-hf-32162631', 'n_epochs': 3, 'training_file':
            'file-01234567890123456789', 'wandb_project_name': 'my-finetune-project'}

    Attributes:
        id (str): Unique identifier for the fine-tune job
        status (FinetuneJobStatus | None):
        created_at (datetime.datetime | None): Creation timestamp of the fine-tune job
        updated_at (datetime.datetime | None): Last update timestamp of the fine-tune job
        started_at (datetime.datetime | None): Start timestamp of the current stage of the fine-tune job
        user_id (str | None): Identifier for the user who created the job
        owner_address (str | None): Owner address information
        total_price (int | None): Total price for the fine-tuning job
        token_count (int | None): Count of tokens processed
        events (list[FineTuneEvent] | None): Events related to this fine-tune job
        training_file (str | None): File-ID of the training file
        validation_file (str | None): File-ID of the validation file
        packing (bool | None): Whether sequence packing is being used for training.
        max_seq_length (int | None): Maximum sequence length to use for training.
        model (str | None): Base model used for fine-tuning
        model_output_name (str | None):
        suffix (str | None): Suffix added to the fine-tuned model name
        n_epochs (int | None): Number of training epochs
        n_evals (int | None): Number of evaluations during training
        n_checkpoints (int | None): Number of checkpoints saved during training
        batch_size (int | None): Batch size used for training
        training_type (FullTrainingType | LoRATrainingType | None): Type of training used (full or LoRA)
        training_method (TrainingMethodDPO | TrainingMethodSFT | None): Method of training used
        learning_rate (float | None): Learning rate used for training
        lr_scheduler (LRScheduler | None):
        warmup_ratio (float | None): Ratio of warmup steps
        max_grad_norm (float | None): Maximum gradient norm for clipping
        weight_decay (float | None): Weight decay value used
        random_seed (int | None): Random seed used for training. Integer when set; null if not stored (e.g. legacy jobs)
            or no explicit seed was recorded.
        wandb_project_name (str | None): Weights & Biases project name
        wandb_name (str | None): Weights & Biases run name
        from_checkpoint (str | None): Checkpoint used to continue training
        from_hf_model (str | None): Hugging Face Hub repo to start training from
        hf_model_revision (str | None): The revision of the Hugging Face Hub model to continue training from
        progress (FineTuneProgress | None): Progress information for a fine-tuning job
    """

    id: str
    status: FinetuneJobStatus | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    started_at: datetime.datetime | None = None
    user_id: str | None = None
    owner_address: str | None = None
    total_price: int | None = None
    token_count: int | None = None
    events: list[FineTuneEvent] | None = None
    training_file: str | None = None
    validation_file: str | None = None
    packing: bool | None = None
    max_seq_length: int | None = None
    model: str | None = None
    model_output_name: str | None = None
    suffix: str | None = None
    n_epochs: int | None = None
    n_evals: int | None = None
    n_checkpoints: int | None = None
    batch_size: int | None = None
    training_type: FullTrainingType | LoRATrainingType | None = None
    training_method: TrainingMethodDPO | TrainingMethodSFT | None = None
    learning_rate: float | None = None
    lr_scheduler: LRScheduler | None = None
    warmup_ratio: float | None = None
    max_grad_norm: float | None = None
    weight_decay: float | None = None
    random_seed: int | None = None
    wandb_project_name: str | None = None
    wandb_name: str | None = None
    from_checkpoint: str | None = None
    from_hf_model: str | None = None
    hf_model_revision: str | None = None
    progress: FineTuneProgress | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("status", "status"),
        ("created_at", "created_at"),
        ("updated_at", "updated_at"),
        ("started_at", "started_at"),
        ("user_id", "user_id"),
        ("owner_address", "owner_address"),
        ("total_price", "total_price"),
        ("token_count", "token_count"),
        ("events", "events"),
        ("training_file", "training_file"),
        ("validation_file", "validation_file"),
        ("packing", "packing"),
        ("max_seq_length", "max_seq_length"),
        ("model", "model"),
        ("model_output_name", "model_output_name"),
        ("suffix", "suffix"),
        ("n_epochs", "n_epochs"),
        ("n_evals", "n_evals"),
        ("n_checkpoints", "n_checkpoints"),
        ("batch_size", "batch_size"),
        ("training_type", "training_type"),
        ("training_method", "training_method"),
        ("learning_rate", "learning_rate"),
        ("lr_scheduler", "lr_scheduler"),
        ("warmup_ratio", "warmup_ratio"),
        ("max_grad_norm", "max_grad_norm"),
        ("weight_decay", "weight_decay"),
        ("random_seed", "random_seed"),
        ("wandb_project_name", "wandb_project_name"),
        ("wandb_name", "wandb_name"),
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


def _build_status(value: Any) -> Any:
    return FinetuneJobStatus(value)


def _build_created_at(value: Any) -> Any:
    return _isoparse(value)


def _build_updated_at(value: Any) -> Any:
    return _isoparse(value)


def _build_started_at(value: Any) -> Any:
    return _isoparse(value)


def _build_events(value: Any) -> Any:
    return [None if x0 is None else FineTuneEvent.from_dict(x0) for x0 in value]


def _build_training_type(value: Any) -> Any:
    return _read_training_type(value)


def _build_training_method(value: Any) -> Any:
    return _read_training_method(value)


def _build_lr_scheduler(value: Any) -> Any:
    return LRScheduler.from_dict(value)


def _build_progress(value: Any) -> Any:
    return FineTuneProgress.from_dict(value)


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "id": ("id", None, None),
    "status": ("status", _build_status, None),
    "created_at": ("created_at", _build_created_at, None),
    "updated_at": ("updated_at", _build_updated_at, None),
    "started_at": ("started_at", _build_started_at, None),
    "user_id": ("user_id", None, None),
    "owner_address": ("owner_address", None, None),
    "total_price": ("total_price", None, None),
    "token_count": ("token_count", None, None),
    "events": ("events", _build_events, None),
    "training_file": ("training_file", None, None),
    "validation_file": ("validation_file", None, None),
    "packing": ("packing", None, None),
    "max_seq_length": ("max_seq_length", None, None),
    "model": ("model", None, None),
    "model_output_name": ("model_output_name", None, None),
    "suffix": ("suffix", None, None),
    "n_epochs": ("n_epochs", None, None),
    "n_evals": ("n_evals", None, None),
    "n_checkpoints": ("n_checkpoints", None, None),
    "batch_size": ("batch_size", None, None),
    "training_type": ("training_type", _build_training_type, None),
    "training_method": ("training_method", _build_training_method, None),
    "learning_rate": ("learning_rate", None, None),
    "lr_scheduler": ("lr_scheduler", _build_lr_scheduler, None),
    "warmup_ratio": ("warmup_ratio", None, None),
    "max_grad_norm": ("max_grad_norm", None, None),
    "weight_decay": ("weight_decay", None, None),
    "random_seed": ("random_seed", None, None),
    "wandb_project_name": ("wandb_project_name", None, None),
    "wandb_name": ("wandb_name", None, None),
    "from_checkpoint": ("from_checkpoint", None, None),
    "from_hf_model": ("from_hf_model", None, None),
    "hf_model_revision": ("hf_model_revision", None, None),
    "progress": ("progress", _build_progress, None),
}
FinetuneResponseTruncated._lazy = _LAZY


# The models this one refers to, imported after the class exists (cycles between models resolve).
from dateutil.parser import isoparse as _isoparse

from ..models.fine_tune_event import FineTuneEvent
from ..models.fine_tune_progress import FineTuneProgress
from ..models.full_training_type import FullTrainingType
from ..models.lo_ra_training_type import LoRATrainingType
from ..models.lr_scheduler import LRScheduler
from ..models.training_method_dpo import TrainingMethodDPO
from ..models.training_method_sft import TrainingMethodSFT
