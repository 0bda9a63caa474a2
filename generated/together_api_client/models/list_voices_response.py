from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ListModel


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class ListVoicesResponse(ListModel["ModelVoices"]):
    """Response containing a list of models and their available voices.

    Attributes:
        data (list[ModelVoices]):
    """

    data: list[ModelVoices]
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (("data", "data"),)
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        v_data = src_dict["data"]
        if v_data is not None:
            v_data = [
                None if x0 is None else ModelVoices.from_dict(x0) for x0 in v_data
            ]
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_data,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.model_voices import ModelVoices
