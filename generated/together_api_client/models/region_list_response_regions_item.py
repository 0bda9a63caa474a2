from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

_new = object.__new__


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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is read from a JSON object, not {type(src_dict).__name__}"
            )
        # The required fields must be there (a missing one fails here, at read time); every
        # field is read when first asked for (see types.Model.__getattr__).
        src_dict["name"]
        src_dict["driver_versions"]
        src_dict["supported_instance_types"]
        self = _new(cls)
        self._wire = src_dict
        return self


def _build_driver_versions(value: Any) -> Any:
    return [
        None if x0 is None else ClusterDriverVersionInfo.from_dict(x0) for x0 in value
    ]


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "name": ("name", None, None),
    "driver_versions": ("driver_versions", _build_driver_versions, None),
    "supported_instance_types": ("supported_instance_types", None, None),
}
RegionListResponseRegionsItem._lazy = _LAZY


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.cluster_driver_version_info import ClusterDriverVersionInfo
