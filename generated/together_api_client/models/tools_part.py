from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


@_attrs_define
class ToolsPart(Model):
    """
    Attributes:
        function (ToolsPartFunction | None):
        type (str | None):
    """

    function: ToolsPartFunction | None = None
    type: str | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("function", "function"),
        ("type", "type"),
    )
    _keys: ClassVar[frozenset[str]] = frozenset(key for _, key in _fields)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        function = _get("function")
        if function is not None:
            function = ToolsPartFunction.from_dict(function)
        type_ = _get("type")
        # Positional, in the order the fields are declared: cheaper than keywords.
        return cls(
            function,
            type_,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.tools_part_function import ToolsPartFunction
