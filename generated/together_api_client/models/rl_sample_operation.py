from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rl_training_operation_status import RLTrainingOperationStatus
from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class RLSampleOperation(Model):
    """Async sample operation

    Attributes:
        id (str): Operation ID
        status (RLTrainingOperationStatus):
        output (RLSampleResult | None): Result of a sample operation
        error (RLTrainingOperationError | None): Error details for a failed training operation
    """

    id: str
    status: RLTrainingOperationStatus
    output: RLSampleResult | None = None
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
        _get = src_dict.get
        v_id = src_dict["id"]
        v_status = src_dict["status"]
        if v_status is not None:
            v_status = RLTrainingOperationStatus(v_status)
        v_output = _get("output")
        if v_output is not None:
            v_output = RLSampleResult.from_dict(v_output)
        v_error = _get("error")
        if v_error is not None:
            v_error = RLTrainingOperationError.from_dict(v_error)
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_id,
            v_status,
            v_output,
            v_error,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.rl_sample_result import RLSampleResult
from ..models.rl_training_operation_error import RLTrainingOperationError
