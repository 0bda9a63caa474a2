from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tool_choice_type import ToolChoiceType
from ..types import Model


@_attrs_define
class ToolChoice(Model):
    """
    Attributes:
        function (ToolChoiceFunction):
        id (str):
        type (ToolChoiceType):
        index (int | None):
    """

    function: ToolChoiceFunction
    id: str
    type: ToolChoiceType
    index: int | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("function", "function"),
        ("id", "id"),
        ("type", "type"),
        ("index", "index"),
    )
    _keys: ClassVar[frozenset[str]] = frozenset(key for _, key in _fields)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        function = src_dict["function"]
        if function is not None:
            function = ToolChoiceFunction.from_dict(function)
        id = src_dict["id"]
        type_ = src_dict["type"]
        if type_ is not None:
            type_ = ToolChoiceType(type_)
        index = _get("index")
        # Positional, in the order the fields are declared: cheaper than keywords.
        return cls(
            function,
            id,
            type_,
            index,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.tool_choice_function import ToolChoiceFunction
