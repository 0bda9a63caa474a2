from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

_new = object.__new__


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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is read from a JSON object, not {type(src_dict).__name__}"
            )
        # The required fields must be there (a missing one fails here, at read time); every
        # field is read when first asked for (see types.Model.__getattr__).
        src_dict["target_tokens"]
        self = _new(cls)
        self._wire = src_dict
        return self


def _build_target_tokens(value: Any) -> Any:
    return RLLossTargetTokens.from_dict(value)


def _build_loss_mask(value: Any) -> Any:
    return RLLossMask.from_dict(value)


def _build_grpo_inputs(value: Any) -> Any:
    return RLGRPOLossInputs.from_dict(value)


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "target_tokens": ("target_tokens", _build_target_tokens, None),
    "loss_mask": ("loss_mask", _build_loss_mask, None),
    "grpo_inputs": ("grpo_inputs", _build_grpo_inputs, None),
}
RLLossInputs._lazy = _LAZY


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.rl_loss_mask import RLLossMask
from ..models.rl_loss_target_tokens import RLLossTargetTokens
from ..models.rlgrpo_loss_inputs import RLGRPOLossInputs
