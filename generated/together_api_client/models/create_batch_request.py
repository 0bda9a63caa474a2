from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class CreateBatchRequest(Model):
    """
    Attributes:
        endpoint (str): The endpoint to use for batch processing
        input_file_id (str): ID of the uploaded input file containing batch requests
        completion_window (str | None): Time window for batch completion (optional)
        priority (int | None): Priority for batch processing (optional)
        model_id (str | None): Model to use for processing batch requests
    """

    endpoint: str
    input_file_id: str
    completion_window: str | None = None
    priority: int | None = None
    model_id: str | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("endpoint", "endpoint"),
        ("input_file_id", "input_file_id"),
        ("completion_window", "completion_window"),
        ("priority", "priority"),
        ("model_id", "model_id"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_endpoint = src_dict["endpoint"]
        v_input_file_id = src_dict["input_file_id"]
        v_completion_window = _get("completion_window")
        v_priority = _get("priority")
        v_model_id = _get("model_id")
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_endpoint,
            v_input_file_id,
            v_completion_window,
            v_priority,
            v_model_id,
            src_dict,
        )
