from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class HardwareSpec(Model):
    """Detailed specifications of a hardware configuration

    Attributes:
        gpu_type (str): The type/model of GPU
        gpu_link (str): The GPU interconnect technology
        gpu_memory (float): Amount of GPU memory in GB
        gpu_count (int): Number of GPUs in this configuration
    """

    gpu_type: str
    gpu_link: str
    gpu_memory: float
    gpu_count: int
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("gpu_type", "gpu_type"),
        ("gpu_link", "gpu_link"),
        ("gpu_memory", "gpu_memory"),
        ("gpu_count", "gpu_count"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        v_gpu_type = src_dict["gpu_type"]
        v_gpu_link = src_dict["gpu_link"]
        v_gpu_memory = src_dict["gpu_memory"]
        v_gpu_count = src_dict["gpu_count"]
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_gpu_type,
            v_gpu_link,
            v_gpu_memory,
            v_gpu_count,
            src_dict,
        )
