from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.http_autoscaling_config_metric import HTTPAutoscalingConfigMetric
from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class HTTPAutoscalingConfig(Model):
    """Autoscaling config for HTTPTotalRequests and HTTPAvgRequestDuration metrics

    Attributes:
        metric (HTTPAutoscalingConfigMetric | None): Metric must be HTTPTotalRequests or HTTPAvgRequestDuration
        target (float | None): Target is the threshold value. Default: 100 for HTTPTotalRequests, 500 (ms) for
            HTTPAvgRequestDuration
        time_interval_minutes (int | None): TimeIntervalMinutes is the rate window in minutes. Default: 10
    """

    metric: HTTPAutoscalingConfigMetric | None = None
    target: float | None = None
    time_interval_minutes: int | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("metric", "metric"),
        ("target", "target"),
        ("time_interval_minutes", "time_interval_minutes"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_metric = _get("metric")
        if v_metric is not None:
            v_metric = HTTPAutoscalingConfigMetric(v_metric)
        v_target = _get("target")
        v_time_interval_minutes = _get("time_interval_minutes")
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_metric,
            v_target,
            v_time_interval_minutes,
            src_dict,
        )
