from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class RLAdamWOptimizerParams(Model):
    """AdamW optimizer parameters

    Attributes:
        beta1 (float | None): First moment decay rate
        beta2 (float | None): Second moment decay rate
        eps (float | None): Epsilon for numerical stability
        weight_decay (float | None): Weight decay coefficient
    """

    beta1: float | None = None
    beta2: float | None = None
    eps: float | None = None
    weight_decay: float | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("beta1", "beta1"),
        ("beta2", "beta2"),
        ("eps", "eps"),
        ("weight_decay", "weight_decay"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_beta1 = _get("beta1")
        v_beta2 = _get("beta2")
        v_eps = _get("eps")
        v_weight_decay = _get("weight_decay")
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_beta1,
            v_beta2,
            v_eps,
            v_weight_decay,
            src_dict,
        )
