from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class ClusterDriverVersionInfo(Model):
    """CUDA/NVIDIA driver versions pair available in the region to use in the create cluster request.

    Attributes:
        cuda_version (str): CUDA driver version.
        nvidia_driver_version (str): NVIDIA driver version.
    """

    cuda_version: str
    nvidia_driver_version: str
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("cuda_version", "cuda_version"),
        ("nvidia_driver_version", "nvidia_driver_version"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        v_cuda_version = src_dict["cuda_version"]
        v_nvidia_driver_version = src_dict["nvidia_driver_version"]
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_cuda_version,
            v_nvidia_driver_version,
            src_dict,
        )
