from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

_new = object.__new__

from ..models.http_autoscaling_config_metric import HTTPAutoscalingConfigMetric


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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is read from a JSON object, not {type(src_dict).__name__}"
            )
        self = _new(cls)
        self._wire = src_dict
        return self


def _build_metric(value: Any) -> Any:
    return HTTPAutoscalingConfigMetric(value)


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "metric": ("metric", _build_metric, None),
    "target": ("target", None, None),
    "time_interval_minutes": ("time_interval_minutes", None, None),
}
HTTPAutoscalingConfig._lazy = _LAZY
