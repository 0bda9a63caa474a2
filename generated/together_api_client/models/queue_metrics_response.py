from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class QueueMetricsResponse(Model):
    """
    Attributes:
        messages_running (int): Number of jobs currently being processed
        messages_waiting (int): Number of jobs waiting to be claimed by a worker
        total_jobs (int): Total number of active jobs (waiting + running)
    """

    messages_running: int
    messages_waiting: int
    total_jobs: int
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("messages_running", "messages_running"),
        ("messages_waiting", "messages_waiting"),
        ("total_jobs", "total_jobs"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        v_messages_running = src_dict["messages_running"]
        v_messages_waiting = src_dict["messages_waiting"]
        v_total_jobs = src_dict["total_jobs"]
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_messages_running,
            v_messages_waiting,
            v_total_jobs,
            src_dict,
        )
