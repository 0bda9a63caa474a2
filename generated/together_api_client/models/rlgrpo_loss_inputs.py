from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class RLGRPOLossInputs(Model):
    """
    Attributes:
        advantages (RLLossAdvantages):
        generator_logprobs (RLLossLogprobs):
        reference_logprobs (RLLossLogprobs | None):
    """

    advantages: RLLossAdvantages
    generator_logprobs: RLLossLogprobs
    reference_logprobs: RLLossLogprobs | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("advantages", "advantages"),
        ("generator_logprobs", "generator_logprobs"),
        ("reference_logprobs", "reference_logprobs"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_advantages = src_dict["advantages"]
        if v_advantages is not None:
            v_advantages = RLLossAdvantages.from_dict(v_advantages)
        v_generator_logprobs = src_dict["generator_logprobs"]
        if v_generator_logprobs is not None:
            v_generator_logprobs = RLLossLogprobs.from_dict(v_generator_logprobs)
        v_reference_logprobs = _get("reference_logprobs")
        if v_reference_logprobs is not None:
            v_reference_logprobs = RLLossLogprobs.from_dict(v_reference_logprobs)
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_advantages,
            v_generator_logprobs,
            v_reference_logprobs,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.rl_loss_advantages import RLLossAdvantages
from ..models.rl_loss_logprobs import RLLossLogprobs
