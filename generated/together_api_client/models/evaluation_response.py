from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.evaluation_response_status import EvaluationResponseStatus
from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class EvaluationResponse(Model):
    """
    Attributes:
        workflow_id (str | None): The ID of the created evaluation job
        status (EvaluationResponseStatus | None): Initial status of the job
    """

    workflow_id: str | None = None
    status: EvaluationResponseStatus | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("workflow_id", "workflow_id"),
        ("status", "status"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_workflow_id = _get("workflow_id")
        v_status = _get("status")
        if v_status is not None:
            v_status = EvaluationResponseStatus(v_status)
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_workflow_id,
            v_status,
            src_dict,
        )
