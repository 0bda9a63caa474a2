from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_metric_autoscaling_config_metric import (
    CustomMetricAutoscalingConfigMetric,
)
from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class CustomMetricAutoscalingConfig(Model):
    """Autoscaling config for CustomMetric metric

    Attributes:
        custom_metric_name (str | None): CustomMetricName is the Prometheus metric name. Required. Must match [a-zA-
            Z_:][a-zA-Z0-9_:]*
        metric (CustomMetricAutoscalingConfigMetric | None): Metric must be CustomMetric
        target (float | None): Target is the threshold value. Default: 500
    """

    custom_metric_name: str | None = None
    metric: CustomMetricAutoscalingConfigMetric | None = None
    target: float | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("custom_metric_name", "custom_metric_name"),
        ("metric", "metric"),
        ("target", "target"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_custom_metric_name = _get("custom_metric_name")
        v_metric = _get("metric")
        if v_metric is not None:
            v_metric = CustomMetricAutoscalingConfigMetric(v_metric)
        v_target = _get("target")
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_custom_metric_name,
            v_metric,
            v_target,
            src_dict,
        )
