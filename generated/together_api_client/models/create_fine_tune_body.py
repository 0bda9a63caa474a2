from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model, is_known

_new = object.__new__


from ..models.create_fine_tune_body_batch_size_type_1 import (
    CreateFineTuneBodyBatchSizeType1,
)
from ..models.create_fine_tune_body_train_on_inputs_type_1 import (
    CreateFineTuneBodyTrainOnInputsType1,
)


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class CreateFineTuneBody(Model):
    """
    Attributes:
        training_file (str): File-ID of a training file uploaded to the Together API
        model (str): Name of the base model to run fine-tune job on
        validation_file (str | None): File-ID of a validation file uploaded to the Together API
        packing (bool | None): Whether to use sequence packing for training.
        max_seq_length (int | None): Maximum sequence length to use for training.
        n_epochs (int | None): Number of complete passes through the training dataset (higher values may improve results
            but increase cost and risk of overfitting)
        n_checkpoints (int | None): Number of intermediate model versions saved during training for evaluation
        n_evals (int | None): Number of evaluations to be run on a given validation set during training
        batch_size (CreateFineTuneBodyBatchSizeType1 | int | None): Number of training examples processed together
            (larger batches use more memory but may train faster). Defaults to "max". We use training optimizations like
            packing, so the effective batch size may be different than the value you set.
        learning_rate (float | None): Controls how quickly the model adapts to new information (too high may cause
            instability, too low may slow convergence)
        lr_scheduler (LRScheduler | None):
        warmup_ratio (float | None): The percent of steps at the start of training to linearly increase the learning
            rate.
        max_grad_norm (float | None): Max gradient norm to be used for gradient clipping. Set to 0 to disable.
        weight_decay (float | None): Weight decay. Regularization parameter for the optimizer.
        random_seed (int | None): Random seed for reproducible training. When set, the same seed produces the same run
            (e.g. data shuffle, init). If omitted or null, the server applies its default seed (e.g. 42).
        suffix (str | None): Suffix that will be added to your fine-tuned model name
        wandb_api_key (str | None): Integration key for tracking experiments and model metrics on W&B platform
        wandb_base_url (str | None): The base URL of a dedicated Weights & Biases instance.
        wandb_project_name (str | None): The Weights & Biases project for your run. If not specified, will use
            `together` as the project name.
        wandb_name (str | None): The Weights & Biases name for your run.
        wandb_entity (str | None): The Weights & Biases entity for your run.
        train_on_inputs (bool | CreateFineTuneBodyTrainOnInputsType1 | None): Whether to mask the user messages in
            conversational data or prompts in instruction data.
        training_method (TrainingMethodDPO | TrainingMethodSFT | None): The training method to use. 'sft' for Supervised
            Fine-Tuning or 'dpo' for Direct Preference Optimization.
        training_type (FullTrainingType | LoRATrainingType | None): The training type to use. If not provided, the job
            will default to LoRA training type.
        multimodal_params (MultimodalParams | None):
        from_checkpoint (str | None): The checkpoint identifier to continue training from a previous fine-tuning job.
            Format is `{$JOB_ID}` or `{$OUTPUT_MODEL_NAME}` or `{$JOB_ID}:{$STEP}` or `{$OUTPUT_MODEL_NAME}:{$STEP}`. The
            step value is optional; without it, the final checkpoint will be used.
        from_hf_model (str | None): The Hugging Face Hub repo to start training from. Should be as close as possible to
            the base model (specified by the `model` argument) in terms of architecture and size.
        hf_model_revision (str | None): The revision of the Hugging Face Hub model to continue training from. E.g.,
            hf_model_revision=main (default, used if the argument is not provided) or
            hf_model_revision='607a30d783dfa663caf39e06633721c8d4cfcd7e' (specific commit).
        hf_api_token (str | None): The API token for the Hugging Face Hub.
        hf_output_repo_name (str | None): The name of the Hugging Face repository to upload the fine-tuned model to.
    """

    training_file: str
    model: str
    validation_file: str | None = None
    packing: bool | None = None
    max_seq_length: int | None = None
    n_epochs: int | None = None
    n_checkpoints: int | None = None
    n_evals: int | None = None
    batch_size: CreateFineTuneBodyBatchSizeType1 | int | None = None
    learning_rate: float | None = None
    lr_scheduler: LRScheduler | None = None
    warmup_ratio: float | None = None
    max_grad_norm: float | None = None
    weight_decay: float | None = None
    random_seed: int | None = None
    suffix: str | None = None
    wandb_api_key: str | None = None
    wandb_base_url: str | None = None
    wandb_project_name: str | None = None
    wandb_name: str | None = None
    wandb_entity: str | None = None
    train_on_inputs: bool | CreateFineTuneBodyTrainOnInputsType1 | None = None
    training_method: TrainingMethodDPO | TrainingMethodSFT | None = None
    training_type: FullTrainingType | LoRATrainingType | None = None
    multimodal_params: MultimodalParams | None = None
    from_checkpoint: str | None = None
    from_hf_model: str | None = None
    hf_model_revision: str | None = None
    hf_api_token: str | None = None
    hf_output_repo_name: str | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("training_file", "training_file"),
        ("model", "model"),
        ("validation_file", "validation_file"),
        ("packing", "packing"),
        ("max_seq_length", "max_seq_length"),
        ("n_epochs", "n_epochs"),
        ("n_checkpoints", "n_checkpoints"),
        ("n_evals", "n_evals"),
        ("batch_size", "batch_size"),
        ("learning_rate", "learning_rate"),
        ("lr_scheduler", "lr_scheduler"),
        ("warmup_ratio", "warmup_ratio"),
        ("max_grad_norm", "max_grad_norm"),
        ("weight_decay", "weight_decay"),
        ("random_seed", "random_seed"),
        ("suffix", "suffix"),
        ("wandb_api_key", "wandb_api_key"),
        ("wandb_base_url", "wandb_base_url"),
        ("wandb_project_name", "wandb_project_name"),
        ("wandb_name", "wandb_name"),
        ("wandb_entity", "wandb_entity"),
        ("train_on_inputs", "train_on_inputs"),
        ("training_method", "training_method"),
        ("training_type", "training_type"),
        ("multimodal_params", "multimodal_params"),
        ("from_checkpoint", "from_checkpoint"),
        ("from_hf_model", "from_hf_model"),
        ("hf_model_revision", "hf_model_revision"),
        ("hf_api_token", "hf_api_token"),
        ("hf_output_repo_name", "hf_output_repo_name"),
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
        src_dict["training_file"]
        src_dict["model"]
        self = _new(cls)
        self._wire = src_dict
        return self


def _read_batch_size(data: Any) -> Any:
    """The first type that reads ``data`` with enum values it knows (so models are told apart
    by their discriminating enum); else ``data`` as it came."""
    value: Any
    if not isinstance(data, dict | list):  # an enum: a scalar
        try:
            value = CreateFineTuneBodyBatchSizeType1(data)
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
            value = CreateFineTuneBodyTrainOnInputsType1(data)
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


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "training_file": ("training_file", None, None),
    "model": ("model", None, None),
    "validation_file": ("validation_file", None, None),
    "packing": ("packing", None, None),
    "max_seq_length": ("max_seq_length", None, None),
    "n_epochs": ("n_epochs", None, None),
    "n_checkpoints": ("n_checkpoints", None, None),
    "n_evals": ("n_evals", None, None),
    "batch_size": ("batch_size", _build_batch_size, None),
    "learning_rate": ("learning_rate", None, None),
    "lr_scheduler": ("lr_scheduler", _build_lr_scheduler, None),
    "warmup_ratio": ("warmup_ratio", None, None),
    "max_grad_norm": ("max_grad_norm", None, None),
    "weight_decay": ("weight_decay", None, None),
    "random_seed": ("random_seed", None, None),
    "suffix": ("suffix", None, None),
    "wandb_api_key": ("wandb_api_key", None, None),
    "wandb_base_url": ("wandb_base_url", None, None),
    "wandb_project_name": ("wandb_project_name", None, None),
    "wandb_name": ("wandb_name", None, None),
    "wandb_entity": ("wandb_entity", None, None),
    "train_on_inputs": ("train_on_inputs", _build_train_on_inputs, None),
    "training_method": ("training_method", _build_training_method, None),
    "training_type": ("training_type", _build_training_type, None),
    "multimodal_params": ("multimodal_params", _build_multimodal_params, None),
    "from_checkpoint": ("from_checkpoint", None, None),
    "from_hf_model": ("from_hf_model", None, None),
    "hf_model_revision": ("hf_model_revision", None, None),
    "hf_api_token": ("hf_api_token", None, None),
    "hf_output_repo_name": ("hf_output_repo_name", None, None),
}
CreateFineTuneBody._lazy = _LAZY


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.full_training_type import FullTrainingType
from ..models.lo_ra_training_type import LoRATrainingType
from ..models.lr_scheduler import LRScheduler
from ..models.multimodal_params import MultimodalParams
from ..models.training_method_dpo import TrainingMethodDPO
from ..models.training_method_sft import TrainingMethodSFT
