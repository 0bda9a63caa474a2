from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rlgrpo_loss_aggregation_type import RLGRPOLossAggregationType
from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class RLGRPOLossParams(Model):
    """
    Attributes:
        clip_low (float | None): Lower clip bound for importance ratio
        clip_high (float | None): Upper clip bound for importance ratio
        beta (float | None): KL penalty coefficient
        agg_type (RLGRPOLossAggregationType | None):
    """

    clip_low: float | None = None
    clip_high: float | None = None
    beta: float | None = None
    agg_type: RLGRPOLossAggregationType | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("clip_low", "clip_low"),
        ("clip_high", "clip_high"),
        ("beta", "beta"),
        ("agg_type", "agg_type"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_clip_low = _get("clip_low")
        v_clip_high = _get("clip_high")
        v_beta = _get("beta")
        v_agg_type = _get("agg_type")
        if v_agg_type is not None:
            v_agg_type = RLGRPOLossAggregationType(v_agg_type)
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_clip_low,
            v_clip_high,
            v_beta,
            v_agg_type,
            src_dict,
        )
