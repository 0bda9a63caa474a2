from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class RLOptimStepBody(Model):
    """
    Attributes:
        learning_rate (float | None): Learning rate for this step.
        adamw_params (RLAdamWOptimizerParams | None): AdamW optimizer parameters
    """

    learning_rate: float | None = None
    adamw_params: RLAdamWOptimizerParams | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("learning_rate", "learning_rate"),
        ("adamw_params", "adamw_params"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_learning_rate = _get("learning_rate")
        v_adamw_params = _get("adamw_params")
        if v_adamw_params is not None:
            v_adamw_params = RLAdamWOptimizerParams.from_dict(v_adamw_params)
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_learning_rate,
            v_adamw_params,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.rl_adam_w_optimizer_params import RLAdamWOptimizerParams
