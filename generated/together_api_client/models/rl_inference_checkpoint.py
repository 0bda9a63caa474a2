from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class RLInferenceCheckpoint(Model):
    """Saved inference checkpoint

    Attributes:
        id (str): Unique identifier for the checkpoint
        step (int | str): Training step at time of save
        created_at (datetime.datetime): Timestamp when the checkpoint was created
        registration (RLInferenceCheckpointRegistration | None): Model registration details for an inference checkpoint
    """

    id: str
    step: int | str
    created_at: datetime.datetime
    registration: RLInferenceCheckpointRegistration | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("step", "step"),
        ("created_at", "created_at"),
        ("registration", "registration"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_id = src_dict["id"]
        v_step = src_dict["step"]
        v_created_at = src_dict["created_at"]
        if v_created_at is not None:
            v_created_at = _isoparse(v_created_at)
        v_registration = _get("registration")
        if v_registration is not None:
            v_registration = RLInferenceCheckpointRegistration.from_dict(v_registration)
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_id,
            v_step,
            v_created_at,
            v_registration,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from dateutil.parser import isoparse as _isoparse

from ..models.rl_inference_checkpoint_registration import (
    RLInferenceCheckpointRegistration,
)
