from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model, is_known


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class CreateFineTuneBody(Model):
    """
    Attributes:
        model (str): Name of the base model to run fine-tune job on
        training_file (str): File-ID of a training file uploaded to the Together API
        batch_size (int | None): Batch size for fine-tuning
        learning_rate (float | None): The learning rate of the training (an absolute value, such as 1e-05; not a
            multiplier)
        n_checkpoints (int | None): Number of checkpoints to save during fine-tuning
        n_epochs (int | None): Number of epochs for fine-tuning
        n_evals (int | None): Number of evaluations to be run on a given validation set during training
        suffix (str | None): Suffix that will be added to your fine-tuned model name
        training_type (FullTrainingType | LoRATrainingType | None):
        validation_file (str | None): File-ID of a validation file uploaded to the Together API
        wandb_api_key (str | None): API key for Weights & Biases integration
    """

    model: str
    training_file: str
    batch_size: int | None = None
    learning_rate: float | None = None
    n_checkpoints: int | None = None
    n_epochs: int | None = None
    n_evals: int | None = None
    suffix: str | None = None
    training_type: FullTrainingType | LoRATrainingType | None = None
    validation_file: str | None = None
    wandb_api_key: str | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("model", "model"),
        ("training_file", "training_file"),
        ("batch_size", "batch_size"),
        ("learning_rate", "learning_rate"),
        ("n_checkpoints", "n_checkpoints"),
        ("n_epochs", "n_epochs"),
        ("n_evals", "n_evals"),
        ("suffix", "suffix"),
        ("training_type", "training_type"),
        ("validation_file", "validation_file"),
        ("wandb_api_key", "wandb_api_key"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_model = src_dict["model"]
        v_training_file = src_dict["training_file"]
        v_batch_size = _get("batch_size")
        v_learning_rate = _get("learning_rate")
        v_n_checkpoints = _get("n_checkpoints")
        v_n_epochs = _get("n_epochs")
        v_n_evals = _get("n_evals")
        v_suffix = _get("suffix")
        v_training_type = _get("training_type")
        if v_training_type is not None:
            v_training_type = _read_training_type(v_training_type)
        v_validation_file = _get("validation_file")
        v_wandb_api_key = _get("wandb_api_key")
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_model,
            v_training_file,
            v_batch_size,
            v_learning_rate,
            v_n_checkpoints,
            v_n_epochs,
            v_n_evals,
            v_suffix,
            v_training_type,
            v_validation_file,
            v_wandb_api_key,
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
from ..models.full_training_type import FullTrainingType
from ..models.lo_ra_training_type import LoRATrainingType
