from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

_new = object.__new__


from ..models.rl_training_operation_status import RLTrainingOperationStatus


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class RLTrainingCheckpointOperation(Model):
    """Async save training checkpoint operation

    Attributes:
        id (str): Operation ID
        status (RLTrainingOperationStatus):
        output (RLTrainingCheckpointResult | None): Result of a save training checkpoint operation
        error (RLTrainingOperationError | None): Error details for a failed training operation
    """

    id: str
    status: RLTrainingOperationStatus
    output: RLTrainingCheckpointResult | None = None
    error: RLTrainingOperationError | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("status", "status"),
        ("output", "output"),
        ("error", "error"),
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
        src_dict["status"]
        self = _new(cls)
        self._wire = src_dict
        return self


def _build_status(value: Any) -> Any:
    return RLTrainingOperationStatus(value)


def _build_output(value: Any) -> Any:
    return RLTrainingCheckpointResult.from_dict(value)


def _build_error(value: Any) -> Any:
    return RLTrainingOperationError.from_dict(value)


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "id": ("id", None, None),
    "status": ("status", _build_status, None),
    "output": ("output", _build_output, None),
    "error": ("error", _build_error, None),
}
RLTrainingCheckpointOperation._lazy = _LAZY


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.rl_training_checkpoint_result import RLTrainingCheckpointResult
from ..models.rl_training_operation_error import RLTrainingOperationError
