from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rl_loss_type import RLLossType
from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class RLLossConfig(Model):
    """
    Attributes:
        type (RLLossType):
        cross_entropy_params (RLCrossEntropyLossParams | None): Cross-entropy loss parameters (currently empty).
        grpo_params (RLGRPOLossParams | None):
    """

    type: RLLossType
    cross_entropy_params: RLCrossEntropyLossParams | None = None
    grpo_params: RLGRPOLossParams | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("cross_entropy_params", "cross_entropy_params"),
        ("grpo_params", "grpo_params"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_type_ = src_dict["type"]
        if v_type_ is not None:
            v_type_ = RLLossType(v_type_)
        v_cross_entropy_params = _get("cross_entropy_params")
        if v_cross_entropy_params is not None:
            v_cross_entropy_params = RLCrossEntropyLossParams.from_dict(
                v_cross_entropy_params
            )
        v_grpo_params = _get("grpo_params")
        if v_grpo_params is not None:
            v_grpo_params = RLGRPOLossParams.from_dict(v_grpo_params)
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_type_,
            v_cross_entropy_params,
            v_grpo_params,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.rl_cross_entropy_loss_params import RLCrossEntropyLossParams
from ..models.rlgrpo_loss_params import RLGRPOLossParams
