from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


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
        _get = src_dict.get
        v_model = src_dict["model"]
        v_payload = src_dict["payload"]
        if v_payload is not None:
            v_payload = QueueJobRequestPayload.from_dict(v_payload)
        v_info = _get("info")
        if v_info is not None:
            v_info = QueueJobRequestInfo.from_dict(v_info)
        v_priority = _get("priority")
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_model,
            v_payload,
            v_info,
            v_priority,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.queue_job_request_info import QueueJobRequestInfo
from ..models.queue_job_request_payload import QueueJobRequestPayload
