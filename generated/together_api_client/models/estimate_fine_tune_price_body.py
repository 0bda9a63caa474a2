from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model, is_known


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class EstimateFineTunePriceBody(Model):
    """
    Attributes:
        training_file (str): File-ID of a training file uploaded to the Together API
        validation_file (str | None): File-ID of a validation file uploaded to the Together API
        model (str | None): Name of the base model to run fine-tune job on
        n_epochs (int | None): Number of complete passes through the training dataset (higher values may improve results
            but increase cost and risk of overfitting)
        n_evals (int | None): Number of evaluations to be run on a given validation set during training
        training_method (TrainingMethodDPO | TrainingMethodSFT | None): The training method to use. 'sft' for Supervised
            Fine-Tuning or 'dpo' for Direct Preference Optimization.
        training_type (FullTrainingType | LoRATrainingType | None): The training type to use. If not provided, the job
            will default to LoRA training type.
        from_checkpoint (str | None): The checkpoint identifier to continue training from a previous fine-tuning job.
            Format is `{$JOB_ID}` or `{$OUTPUT_MODEL_NAME}` or `{$JOB_ID}:{$STEP}` or `{$OUTPUT_MODEL_NAME}:{$STEP}`. The
            step value is optional; without it, the final checkpoint will be used.
    """

    training_file: str
    validation_file: str | None = None
    model: str | None = None
    n_epochs: int | None = None
    n_evals: int | None = None
    training_method: TrainingMethodDPO | TrainingMethodSFT | None = None
    training_type: FullTrainingType | LoRATrainingType | None = None
    from_checkpoint: str | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("training_file", "training_file"),
        ("validation_file", "validation_file"),
        ("model", "model"),
        ("n_epochs", "n_epochs"),
        ("n_evals", "n_evals"),
        ("training_method", "training_method"),
        ("training_type", "training_type"),
        ("from_checkpoint", "from_checkpoint"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_training_file = src_dict["training_file"]
        v_validation_file = _get("validation_file")
        v_model = _get("model")
        v_n_epochs = _get("n_epochs")
        v_n_evals = _get("n_evals")
        v_training_method = _get("training_method")
        if v_training_method is not None:
            v_training_method = _read_training_method(v_training_method)
        v_training_type = _get("training_type")
        if v_training_type is not None:
            v_training_type = _read_training_type(v_training_type)
        v_from_checkpoint = _get("from_checkpoint")
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_training_file,
            v_validation_file,
            v_model,
            v_n_epochs,
            v_n_evals,
            v_training_method,
            v_training_type,
            v_from_checkpoint,
            src_dict,
        )


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
from ..models.full_training_type import FullTrainingType
from ..models.lo_ra_training_type import LoRATrainingType
from ..models.training_method_dpo import TrainingMethodDPO
from ..models.training_method_sft import TrainingMethodSFT
