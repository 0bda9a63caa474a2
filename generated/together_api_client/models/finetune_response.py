from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.finetune_job_status import FinetuneJobStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="FinetuneResponse")


@_attrs_define
class FinetuneResponse:
    """
    Attributes:
        id (str):
        batch_size (int | Unset):
        created_at (str | Unset):
        epochs_completed (int | Unset):
        eval_steps (int | Unset):
        events (list[FinetuneEvent] | Unset):
        job_id (str | Unset):
        learning_rate (float | Unset):
        model (str | Unset):
        model_output_name (str | Unset):
        model_output_path (str | Unset):
        n_checkpoints (int | Unset):
        n_epochs (int | Unset):
        n_evals (int | Unset):
        param_count (int | Unset):
        queue_depth (int | Unset):
        status (FinetuneJobStatus | Unset):
        token_count (int | Unset):
        total_price (int | Unset):
        training_file (str | Unset):
        training_type (FullTrainingType | LoRATrainingType | Unset):
        trainingfile_numlines (int | Unset):
        trainingfile_size (int | Unset):
        updated_at (str | Unset):
        validation_file (str | Unset):
        wandb_project_name (str | Unset):
        wandb_url (str | Unset):
    """

    id: str
    batch_size: int | Unset = UNSET
    created_at: str | Unset = UNSET
    epochs_completed: int | Unset = UNSET
    eval_steps: int | Unset = UNSET
    events: list[FinetuneEvent] | Unset = UNSET
    job_id: str | Unset = UNSET
    learning_rate: float | Unset = UNSET
    model: str | Unset = UNSET
    model_output_name: str | Unset = UNSET
    model_output_path: str | Unset = UNSET
    n_checkpoints: int | Unset = UNSET
    n_epochs: int | Unset = UNSET
    n_evals: int | Unset = UNSET
    param_count: int | Unset = UNSET
    queue_depth: int | Unset = UNSET
    status: FinetuneJobStatus | Unset = UNSET
    token_count: int | Unset = UNSET
    total_price: int | Unset = UNSET
    training_file: str | Unset = UNSET
    training_type: FullTrainingType | LoRATrainingType | Unset = UNSET
    trainingfile_numlines: int | Unset = UNSET
    trainingfile_size: int | Unset = UNSET
    updated_at: str | Unset = UNSET
    validation_file: str | Unset = UNSET
    wandb_project_name: str | Unset = UNSET
    wandb_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        batch_size = self.batch_size

        created_at = self.created_at

        epochs_completed = self.epochs_completed

        eval_steps = self.eval_steps

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        job_id = self.job_id

        learning_rate = self.learning_rate

        model = self.model

        model_output_name = self.model_output_name

        model_output_path = self.model_output_path

        n_checkpoints = self.n_checkpoints

        n_epochs = self.n_epochs

        n_evals = self.n_evals

        param_count = self.param_count

        queue_depth = self.queue_depth

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        token_count = self.token_count

        total_price = self.total_price

        training_file = self.training_file

        training_type: dict[str, Any] | Unset
        if isinstance(self.training_type, Unset):
            training_type = UNSET
        elif isinstance(self.training_type, FullTrainingType) or isinstance(
            self.training_type, LoRATrainingType
        ):
            training_type = self.training_type.to_dict()
        else:
            training_type = self.training_type

        trainingfile_numlines = self.trainingfile_numlines

        trainingfile_size = self.trainingfile_size

        updated_at = self.updated_at

        validation_file = self.validation_file

        wandb_project_name = self.wandb_project_name

        wandb_url = self.wandb_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        if batch_size is not UNSET:
            field_dict["batch_size"] = batch_size
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if epochs_completed is not UNSET:
            field_dict["epochs_completed"] = epochs_completed
        if eval_steps is not UNSET:
            field_dict["eval_steps"] = eval_steps
        if events is not UNSET:
            field_dict["events"] = events
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if learning_rate is not UNSET:
            field_dict["learning_rate"] = learning_rate
        if model is not UNSET:
            field_dict["model"] = model
        if model_output_name is not UNSET:
            field_dict["model_output_name"] = model_output_name
        if model_output_path is not UNSET:
            field_dict["model_output_path"] = model_output_path
        if n_checkpoints is not UNSET:
            field_dict["n_checkpoints"] = n_checkpoints
        if n_epochs is not UNSET:
            field_dict["n_epochs"] = n_epochs
        if n_evals is not UNSET:
            field_dict["n_evals"] = n_evals
        if param_count is not UNSET:
            field_dict["param_count"] = param_count
        if queue_depth is not UNSET:
            field_dict["queue_depth"] = queue_depth
        if status is not UNSET:
            field_dict["status"] = status
        if token_count is not UNSET:
            field_dict["token_count"] = token_count
        if total_price is not UNSET:
            field_dict["total_price"] = total_price
        if training_file is not UNSET:
            field_dict["training_file"] = training_file
        if training_type is not UNSET:
            field_dict["training_type"] = training_type
        if trainingfile_numlines is not UNSET:
            field_dict["trainingfile_numlines"] = trainingfile_numlines
        if trainingfile_size is not UNSET:
            field_dict["trainingfile_size"] = trainingfile_size
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if validation_file is not UNSET:
            field_dict["validation_file"] = validation_file
        if wandb_project_name is not UNSET:
            field_dict["wandb_project_name"] = wandb_project_name
        if wandb_url is not UNSET:
            field_dict["wandb_url"] = wandb_url
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        batch_size = d.pop("batch_size", UNSET)

        created_at = d.pop("created_at", UNSET)

        epochs_completed = d.pop("epochs_completed", UNSET)

        eval_steps = d.pop("eval_steps", UNSET)

        _events = d.pop("events", UNSET)
        events: list[FinetuneEvent] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = FinetuneEvent.from_dict(events_item_data)

                events.append(events_item)

        job_id = d.pop("job_id", UNSET)

        learning_rate = d.pop("learning_rate", UNSET)

        model = d.pop("model", UNSET)

        model_output_name = d.pop("model_output_name", UNSET)

        model_output_path = d.pop("model_output_path", UNSET)

        n_checkpoints = d.pop("n_checkpoints", UNSET)

        n_epochs = d.pop("n_epochs", UNSET)

        n_evals = d.pop("n_evals", UNSET)

        param_count = d.pop("param_count", UNSET)

        queue_depth = d.pop("queue_depth", UNSET)

        _status = d.pop("status", UNSET)
        status: FinetuneJobStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = FinetuneJobStatus(_status)

        token_count = d.pop("token_count", UNSET)

        total_price = d.pop("total_price", UNSET)

        training_file = d.pop("training_file", UNSET)

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

        trainingfile_numlines = d.pop("trainingfile_numlines", UNSET)

        trainingfile_size = d.pop("trainingfile_size", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        validation_file = d.pop("validation_file", UNSET)

        wandb_project_name = d.pop("wandb_project_name", UNSET)

        wandb_url = d.pop("wandb_url", UNSET)

        obj = cls(
            id=id,
            batch_size=batch_size,
            created_at=created_at,
            epochs_completed=epochs_completed,
            eval_steps=eval_steps,
            events=events,
            job_id=job_id,
            learning_rate=learning_rate,
            model=model,
            model_output_name=model_output_name,
            model_output_path=model_output_path,
            n_checkpoints=n_checkpoints,
            n_epochs=n_epochs,
            n_evals=n_evals,
            param_count=param_count,
            queue_depth=queue_depth,
            status=status,
            token_count=token_count,
            total_price=total_price,
            training_file=training_file,
            training_type=training_type,
            trainingfile_numlines=trainingfile_numlines,
            trainingfile_size=trainingfile_size,
            updated_at=updated_at,
            validation_file=validation_file,
            wandb_project_name=wandb_project_name,
            wandb_url=wandb_url,
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
from ..models.finetune_event import FinetuneEvent
from ..models.full_training_type import FullTrainingType
from ..models.lo_ra_training_type import LoRATrainingType
