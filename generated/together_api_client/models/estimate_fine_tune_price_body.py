from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model, is_known

_new = object.__new__


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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is read from a JSON object, not {type(src_dict).__name__}"
            )
        # The required fields must be there (a missing one fails here, at read time); every
        # field is read when first asked for (see types.Model.__getattr__).
        src_dict["training_file"]
        self = _new(cls)
        self._wire = src_dict
        return self


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


def _build_training_method(value: Any) -> Any:
    return _read_training_method(value)


def _build_training_type(value: Any) -> Any:
    return _read_training_type(value)


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "training_file": ("training_file", None, None),
    "validation_file": ("validation_file", None, None),
    "model": ("model", None, None),
    "n_epochs": ("n_epochs", None, None),
    "n_evals": ("n_evals", None, None),
    "training_method": ("training_method", _build_training_method, None),
    "training_type": ("training_type", _build_training_type, None),
    "from_checkpoint": ("from_checkpoint", None, None),
}
EstimateFineTunePriceBody._lazy = _LAZY


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.full_training_type import FullTrainingType
from ..models.lo_ra_training_type import LoRATrainingType
from ..models.training_method_dpo import TrainingMethodDPO
from ..models.training_method_sft import TrainingMethodSFT
