from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model, is_known

_new = object.__new__


from ..models.successful_execution_execute_response_data_status import (
    SuccessfulExecutionExecuteResponseDataStatus,
)


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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is read from a JSON object, not {type(src_dict).__name__}"
            )
        # The required fields must be there (a missing one fails here, at read time); every
        # field is read when first asked for (see types.Model.__getattr__).
        src_dict["outputs"]
        src_dict["session_id"]
        self = _new(cls)
        self._wire = src_dict
        return self


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


def _build_outputs(value: Any) -> Any:
    return [None if x0 is None else _read_outputs_item(x0) for x0 in value]


def _build_status(value: Any) -> Any:
    return SuccessfulExecutionExecuteResponseDataStatus(value)


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "outputs": ("outputs", _build_outputs, None),
    "session_id": ("session_id", None, None),
    "status": ("status", _build_status, None),
}
SuccessfulExecutionExecuteResponseData._lazy = _LAZY


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.displayor_execute_output import DisplayorExecuteOutput
from ..models.error_output import ErrorOutput
from ..models.stream_output import StreamOutput
