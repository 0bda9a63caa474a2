from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.full_training_type_type import FullTrainingTypeType
from ..types import Model


@_attrs_define
class FullTrainingType(Model):
    """
    Attributes:
        type (FullTrainingTypeType):
    """

    type: FullTrainingTypeType
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (("type", "type"),)
    _keys: ClassVar[frozenset[str]] = frozenset(key for _, key in _fields)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        type_ = src_dict["type"]
        if type_ is not None:
            type_ = FullTrainingTypeType(type_)
        # Positional, in the order the fields are declared: cheaper than keywords.
        return cls(
            type_,
            src_dict,
        )
