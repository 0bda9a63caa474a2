from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

_new = object.__new__


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class QueueJobRequest(Model):
    """
    Attributes:
        model (str): Required model identifier
        payload (QueueJobRequestPayload): Freeform model input. Passed unchanged to the model. Contents are model-
            specific.
        info (QueueJobRequestInfo | None): Arbitrary JSON metadata stored with the job and returned in status
            responses. The model and system may add or update keys during
            processing.
        priority (int | None): Job priority. Higher values are processed first (strict priority
            ordering). Jobs with equal priority are processed in submission
            order (FIFO).
    """

    model: str
    payload: QueueJobRequestPayload
    info: QueueJobRequestInfo | None = None
    priority: int | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("model", "model"),
        ("payload", "payload"),
        ("info", "info"),
        ("priority", "priority"),
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
        src_dict["model"]
        src_dict["payload"]
        self = _new(cls)
        self._wire = src_dict
        return self


def _build_payload(value: Any) -> Any:
    return QueueJobRequestPayload.from_dict(value)


def _build_info(value: Any) -> Any:
    return QueueJobRequestInfo.from_dict(value)


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "model": ("model", None, None),
    "payload": ("payload", _build_payload, None),
    "info": ("info", _build_info, None),
    "priority": ("priority", None, None),
}
QueueJobRequest._lazy = _LAZY


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.queue_job_request_info import QueueJobRequestInfo
from ..models.queue_job_request_payload import QueueJobRequestPayload
