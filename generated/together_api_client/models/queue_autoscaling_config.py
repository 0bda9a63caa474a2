from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.queue_autoscaling_config_metric import QueueAutoscalingConfigMetric
from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class QueueAutoscalingConfig(Model):
    """Autoscaling config for QueueBacklogPerWorker metric

    Attributes:
        metric (QueueAutoscalingConfigMetric | None): Metric must be QueueBacklogPerWorker
        model (str | None): Model overrides the model name for queue status lookup. Defaults to the deployment app name
        target (float | None): Target is the threshold value. Default: 1.01
    """

    metric: QueueAutoscalingConfigMetric | None = None
    model: str | None = None
    target: float | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("metric", "metric"),
        ("model", "model"),
        ("target", "target"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_metric = _get("metric")
        if v_metric is not None:
            v_metric = QueueAutoscalingConfigMetric(v_metric)
        v_model = _get("model")
        v_target = _get("target")
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_metric,
            v_model,
            v_target,
            src_dict,
        )
