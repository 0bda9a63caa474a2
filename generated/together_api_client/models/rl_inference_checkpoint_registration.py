from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class RLInferenceCheckpointRegistration(Model):
    """Model registration details for an inference checkpoint

    Attributes:
        model_name (str): Registered model name for downloading the checkpoint
        registered_at (datetime.datetime): Timestamp when the model was registered
    """

    model_name: str
    registered_at: datetime.datetime
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("model_name", "model_name"),
        ("registered_at", "registered_at"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        v_model_name = src_dict["model_name"]
        v_registered_at = src_dict["registered_at"]
        if v_registered_at is not None:
            v_registered_at = _isoparse(v_registered_at)
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_model_name,
            v_registered_at,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from dateutil.parser import isoparse as _isoparse
