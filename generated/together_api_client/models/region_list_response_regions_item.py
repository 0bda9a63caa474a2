from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class RegionListResponseRegionsItem(Model):
    """
    Attributes:
        name (str): Identifiable name of the region.
        driver_versions (list[ClusterDriverVersionInfo]): List of supported identifiable cuda/nvidia driver versions
            pairs available in the region.
        supported_instance_types (list[str]): List of supported identifiable gpus available in the region.
    """

    name: str
    driver_versions: list[ClusterDriverVersionInfo]
    supported_instance_types: list[str]
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("driver_versions", "driver_versions"),
        ("supported_instance_types", "supported_instance_types"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        v_name = src_dict["name"]
        v_driver_versions = src_dict["driver_versions"]
        if v_driver_versions is not None:
            v_driver_versions = [
                None if x0 is None else ClusterDriverVersionInfo.from_dict(x0)
                for x0 in v_driver_versions
            ]
        v_supported_instance_types = src_dict["supported_instance_types"]
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_name,
            v_driver_versions,
            v_supported_instance_types,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.cluster_driver_version_info import ClusterDriverVersionInfo
