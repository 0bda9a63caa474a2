from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stream_sentinel_stream_signal import StreamSentinelStreamSignal
from ..types import Model


@_attrs_define
class StreamSentinel(Model):
    """
    Attributes:
        data (StreamSentinelStreamSignal):
    """

    data: StreamSentinelStreamSignal
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (("data", "data"),)
    _keys: ClassVar[frozenset[str]] = frozenset(key for _, key in _fields)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        data = src_dict["data"]
        if data is not None:
            data = StreamSentinelStreamSignal(data)
        # Positional, in the order the fields are declared: cheaper than keywords.
        return cls(
            data,
            src_dict,
        )
