from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class RLLossInputs(Model):
    """
    Attributes:
        target_tokens (RLLossTargetTokens):
        loss_mask (RLLossMask | None): Per-token loss mask (1=compute loss, 0=ignore)
        grpo_inputs (RLGRPOLossInputs | None):
    """

    target_tokens: RLLossTargetTokens
    loss_mask: RLLossMask | None = None
    grpo_inputs: RLGRPOLossInputs | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("target_tokens", "target_tokens"),
        ("loss_mask", "loss_mask"),
        ("grpo_inputs", "grpo_inputs"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_target_tokens = src_dict["target_tokens"]
        if v_target_tokens is not None:
            v_target_tokens = RLLossTargetTokens.from_dict(v_target_tokens)
        v_loss_mask = _get("loss_mask")
        if v_loss_mask is not None:
            v_loss_mask = RLLossMask.from_dict(v_loss_mask)
        v_grpo_inputs = _get("grpo_inputs")
        if v_grpo_inputs is not None:
            v_grpo_inputs = RLGRPOLossInputs.from_dict(v_grpo_inputs)
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_target_tokens,
            v_loss_mask,
            v_grpo_inputs,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.rl_loss_mask import RLLossMask
from ..models.rl_loss_target_tokens import RLLossTargetTokens
from ..models.rlgrpo_loss_inputs import RLGRPOLossInputs
