from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.successful_execution_execute_response_data_status import (
    SuccessfulExecutionExecuteResponseDataStatus,
)
from ..types import Model, is_known


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class SuccessfulExecutionExecuteResponseData(Model):
    """
    Attributes:
        outputs (list[DisplayorExecuteOutput | ErrorOutput | StreamOutput]):
        session_id (str): Identifier of the current session. Used to make follow-up calls.
        status (SuccessfulExecutionExecuteResponseDataStatus | None): Status of the execution. Currently only supports
            success.
    """

    outputs: list[DisplayorExecuteOutput | ErrorOutput | StreamOutput]
    session_id: str
    status: SuccessfulExecutionExecuteResponseDataStatus | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("outputs", "outputs"),
        ("session_id", "session_id"),
        ("status", "status"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_outputs = src_dict["outputs"]
        if v_outputs is not None:
            v_outputs = [
                None if x0 is None else _read_outputs_item(x0) for x0 in v_outputs
            ]
        v_session_id = src_dict["session_id"]
        v_status = _get("status")
        if v_status is not None:
            v_status = SuccessfulExecutionExecuteResponseDataStatus(v_status)
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_outputs,
            v_session_id,
            v_status,
            src_dict,
        )


def _read_outputs_item(data: Any) -> Any:
    """The first type that reads ``data`` with enum values it knows (so models are told apart
    by their discriminating enum); else ``data`` as it came."""
    value: Any
    if isinstance(data, dict):
        try:
            value = StreamOutput.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        else:
            if is_known(value):
                return value
    if isinstance(data, dict):
        try:
            value = ErrorOutput.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        else:
            if is_known(value):
                return value
    if isinstance(data, dict):
        try:
            value = DisplayorExecuteOutput.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        else:
            if is_known(value):
                return value
    return data


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.displayor_execute_output import DisplayorExecuteOutput
from ..models.error_output import ErrorOutput
from ..models.stream_output import StreamOutput
