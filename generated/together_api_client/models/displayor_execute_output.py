from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.displayor_execute_output_type import DisplayorExecuteOutputType
from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class DisplayorExecuteOutput(Model):
    """
    Attributes:
        data (DisplayorExecuteOutputData):
        type (DisplayorExecuteOutputType):
    """

    data: DisplayorExecuteOutputData
    type: DisplayorExecuteOutputType
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("data", "data"),
        ("type", "type"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        v_data = src_dict["data"]
        if v_data is not None:
            v_data = DisplayorExecuteOutputData.from_dict(v_data)
        v_type_ = src_dict["type"]
        if v_type_ is not None:
            v_type_ = DisplayorExecuteOutputType(v_type_)
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_data,
            v_type_,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.displayor_execute_output_data import DisplayorExecuteOutputData
