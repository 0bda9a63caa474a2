from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class RLForwardBackwardBody(Model):
    """
    Attributes:
        samples (list[RLTrainingSample]): Batch of training samples to process
        loss (RLLossConfig):
    """

    samples: list[RLTrainingSample]
    loss: RLLossConfig
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("samples", "samples"),
        ("loss", "loss"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        v_samples = src_dict["samples"]
        if v_samples is not None:
            v_samples = [
                None if x0 is None else RLTrainingSample.from_dict(x0)
                for x0 in v_samples
            ]
        v_loss = src_dict["loss"]
        if v_loss is not None:
            v_loss = RLLossConfig.from_dict(v_loss)
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_samples,
            v_loss,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.rl_loss_config import RLLossConfig
from ..models.rl_training_sample import RLTrainingSample
