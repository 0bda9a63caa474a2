from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

_new = object.__new__


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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is read from a JSON object, not {type(src_dict).__name__}"
            )
        # The required fields must be there (a missing one fails here, at read time); every
        # field is read when first asked for (see types.Model.__getattr__).
        src_dict["endpoint"]
        src_dict["input_file_id"]
        self = _new(cls)
        self._wire = src_dict
        return self


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "endpoint": ("endpoint", None, None),
    "input_file_id": ("input_file_id", None, None),
    "completion_window": ("completion_window", None, None),
    "priority": ("priority", None, None),
    "model_id": ("model_id", None, None),
}
CreateBatchRequest._lazy = _LAZY
