from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tool_choice_type import ToolChoiceType
from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class ToolChoice(Model):
    """
    Attributes:
        id (str):
        type (ToolChoiceType):
        function (ToolChoiceFunction):
        index (int | None):
    """

    id: str
    type: ToolChoiceType
    function: ToolChoiceFunction
    index: int | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("type", "type"),
        ("function", "function"),
        ("index", "index"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_id = src_dict["id"]
        v_type_ = src_dict["type"]
        if v_type_ is not None:
            v_type_ = ToolChoiceType(v_type_)
        v_function = src_dict["function"]
        if v_function is not None:
            v_function = ToolChoiceFunction.from_dict(v_function)
        v_index = _get("index")
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_id,
            v_type_,
            v_function,
            v_index,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.tool_choice_function import ToolChoiceFunction
