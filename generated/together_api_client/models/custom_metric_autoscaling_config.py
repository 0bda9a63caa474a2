from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

_new = object.__new__

from ..models.custom_metric_autoscaling_config_metric import (
    CustomMetricAutoscalingConfigMetric,
)


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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is read from a JSON object, not {type(src_dict).__name__}"
            )
        self = _new(cls)
        self._wire = src_dict
        return self


def _build_metric(value: Any) -> Any:
    return CustomMetricAutoscalingConfigMetric(value)


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "custom_metric_name": ("custom_metric_name", None, None),
    "metric": ("metric", _build_metric, None),
    "target": ("target", None, None),
}
CustomMetricAutoscalingConfig._lazy = _LAZY
