from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.finetune_job_status import FinetuneJobStatus
from ..types import Model, is_known


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
        _get = src_dict.get
        v_id = src_dict["id"]
        v_status = _get("status")
        if v_status is not None:
            v_status = FinetuneJobStatus(v_status)
        v_created_at = _get("created_at")
        if v_created_at is not None:
            v_created_at = _isoparse(v_created_at)
        v_updated_at = _get("updated_at")
        if v_updated_at is not None:
            v_updated_at = _isoparse(v_updated_at)
        v_started_at = _get("started_at")
        if v_started_at is not None:
            v_started_at = _isoparse(v_started_at)
        v_user_id = _get("user_id")
        v_owner_address = _get("owner_address")
        v_total_price = _get("total_price")
        v_token_count = _get("token_count")
        v_events = _get("events")
        if v_events is not None:
            v_events = [
                None if x0 is None else FineTuneEvent.from_dict(x0) for x0 in v_events
            ]
        v_training_file = _get("training_file")
        v_validation_file = _get("validation_file")
        v_packing = _get("packing")
        v_max_seq_length = _get("max_seq_length")
        v_model = _get("model")
        v_model_output_name = _get("model_output_name")
        v_suffix = _get("suffix")
        v_n_epochs = _get("n_epochs")
        v_n_evals = _get("n_evals")
        v_n_checkpoints = _get("n_checkpoints")
        v_batch_size = _get("batch_size")
        v_training_type = _get("training_type")
        if v_training_type is not None:
            v_training_type = _read_training_type(v_training_type)
        v_training_method = _get("training_method")
        if v_training_method is not None:
            v_training_method = _read_training_method(v_training_method)
        v_learning_rate = _get("learning_rate")
        v_lr_scheduler = _get("lr_scheduler")
        if v_lr_scheduler is not None:
            v_lr_scheduler = LRScheduler.from_dict(v_lr_scheduler)
        v_warmup_ratio = _get("warmup_ratio")
        v_max_grad_norm = _get("max_grad_norm")
        v_weight_decay = _get("weight_decay")
        v_random_seed = _get("random_seed")
        v_wandb_project_name = _get("wandb_project_name")
        v_wandb_name = _get("wandb_name")
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
            v_status,
            v_created_at,
            v_updated_at,
            v_started_at,
            v_user_id,
            v_owner_address,
            v_total_price,
            v_token_count,
            v_events,
            v_training_file,
            v_validation_file,
            v_packing,
            v_max_seq_length,
            v_model,
            v_model_output_name,
            v_suffix,
            v_n_epochs,
            v_n_evals,
            v_n_checkpoints,
            v_batch_size,
            v_training_type,
            v_training_method,
            v_learning_rate,
            v_lr_scheduler,
            v_warmup_ratio,
            v_max_grad_norm,
            v_weight_decay,
            v_random_seed,
            v_wandb_project_name,
            v_wandb_name,
            v_from_checkpoint,
            v_from_hf_model,
            v_hf_model_revision,
            v_progress,
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


# The models this one refers to, imported after the class exists (cycles between models resolve).
from dateutil.parser import isoparse as _isoparse

from ..models.fine_tune_event import FineTuneEvent
from ..models.fine_tune_progress import FineTuneProgress
from ..models.full_training_type import FullTrainingType
from ..models.lo_ra_training_type import LoRATrainingType
from ..models.lr_scheduler import LRScheduler
from ..models.training_method_dpo import TrainingMethodDPO
from ..models.training_method_sft import TrainingMethodSFT
