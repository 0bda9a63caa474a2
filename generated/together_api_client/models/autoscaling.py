from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class Autoscaling(Model):
    """Configuration for automatic scaling of replicas based on demand.

    Attributes:
        min_replicas (int): The minimum number of replicas to maintain, even when there is no load
        max_replicas (int): The maximum number of replicas to scale up to under load
    """

    min_replicas: int
    max_replicas: int
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("min_replicas", "min_replicas"),
        ("max_replicas", "max_replicas"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        v_min_replicas = src_dict["min_replicas"]
        v_max_replicas = src_dict["max_replicas"]
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_min_replicas,
            v_max_replicas,
            src_dict,
        )
