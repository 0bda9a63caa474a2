from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateFineTuneBody")


@_attrs_define
class CreateFineTuneBody:
    """
    Attributes:
        model (str): Name of the base model to run fine-tune job on
        training_file (str): File-ID of a training file uploaded to the Together API
        batch_size (int | Unset): Batch size for fine-tuning Default: 32.
        learning_rate (float | Unset): Learning rate multiplier to use for training Default: 1e-05.
        n_checkpoints (int | Unset): Number of checkpoints to save during fine-tuning Default: 1.
        n_epochs (int | Unset): Number of epochs for fine-tuning Default: 1.
        n_evals (int | Unset): Number of evaluations to be run on a given validation set during training Default: 0.
        suffix (str | Unset): Suffix that will be added to your fine-tuned model name
        training_type (FullTrainingType | LoRATrainingType | Unset):
        validation_file (str | Unset): File-ID of a validation file uploaded to the Together API
        wandb_api_key (str | Unset): API key for Weights & Biases integration
    """

    model: str
    training_file: str
    batch_size: int | Unset = 32
    learning_rate: float | Unset = 1e-05
    n_checkpoints: int | Unset = 1
    n_epochs: int | Unset = 1
    n_evals: int | Unset = 0
    suffix: str | Unset = UNSET
    training_type: FullTrainingType | LoRATrainingType | Unset = UNSET
    validation_file: str | Unset = UNSET
    wandb_api_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        training_file = self.training_file

        batch_size = self.batch_size

        learning_rate = self.learning_rate

        n_checkpoints = self.n_checkpoints

        n_epochs = self.n_epochs

        n_evals = self.n_evals

        suffix = self.suffix

        training_type: dict[str, Any] | Unset
        if isinstance(self.training_type, Unset):
            training_type = UNSET
        elif isinstance(self.training_type, FullTrainingType) or isinstance(
            self.training_type, LoRATrainingType
        ):
            training_type = self.training_type.to_dict()
        else:
            training_type = self.training_type

        validation_file = self.validation_file

        wandb_api_key = self.wandb_api_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["model"] = model
        field_dict["training_file"] = training_file
        if batch_size is not UNSET:
            field_dict["batch_size"] = batch_size
        if learning_rate is not UNSET:
            field_dict["learning_rate"] = learning_rate
        if n_checkpoints is not UNSET:
            field_dict["n_checkpoints"] = n_checkpoints
        if n_epochs is not UNSET:
            field_dict["n_epochs"] = n_epochs
        if n_evals is not UNSET:
            field_dict["n_evals"] = n_evals
        if suffix is not UNSET:
            field_dict["suffix"] = suffix
        if training_type is not UNSET:
            field_dict["training_type"] = training_type
        if validation_file is not UNSET:
            field_dict["validation_file"] = validation_file
        if wandb_api_key is not UNSET:
            field_dict["wandb_api_key"] = wandb_api_key
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = d.pop("model")

        training_file = d.pop("training_file")

        batch_size = d.pop("batch_size", UNSET)

        learning_rate = d.pop("learning_rate", UNSET)

        n_checkpoints = d.pop("n_checkpoints", UNSET)

        n_epochs = d.pop("n_epochs", UNSET)

        n_evals = d.pop("n_evals", UNSET)

        suffix = d.pop("suffix", UNSET)

        _training_type = d.pop("training_type", UNSET)
        training_type: FullTrainingType | LoRATrainingType | Unset
        if isinstance(_training_type, Unset):
            training_type = _training_type
        else:
            try:
                if not isinstance(_training_type, dict):
                    raise TypeError()
                training_type_type_0 = FullTrainingType.from_dict(_training_type)

                training_type = training_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                if not isinstance(_training_type, dict):
                    raise TypeError()
                training_type_type_1 = LoRATrainingType.from_dict(_training_type)

                training_type = training_type_type_1

        validation_file = d.pop("validation_file", UNSET)

        wandb_api_key = d.pop("wandb_api_key", UNSET)

        obj = cls(
            model=model,
            training_file=training_file,
            batch_size=batch_size,
            learning_rate=learning_rate,
            n_checkpoints=n_checkpoints,
            n_epochs=n_epochs,
            n_evals=n_evals,
            suffix=suffix,
            training_type=training_type,
            validation_file=validation_file,
            wandb_api_key=wandb_api_key,
        )
        obj.additional_properties = d
        return obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.full_training_type import FullTrainingType
from ..models.lo_ra_training_type import LoRATrainingType
