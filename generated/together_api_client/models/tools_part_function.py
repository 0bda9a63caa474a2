from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


@_attrs_define
class ToolsPartFunction(Model):
    """
    Attributes:
        description (str | None):
        name (str | None):
        parameters (ToolsPartFunctionParameters | None): A map of parameter names to their values.
    """

    description: str | None = None
    name: str | None = None
    parameters: ToolsPartFunctionParameters | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("description", "description"),
        ("name", "name"),
        ("parameters", "parameters"),
    )
    _keys: ClassVar[frozenset[str]] = frozenset(key for _, key in _fields)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        description = _get("description")
        name = _get("name")
        parameters = _get("parameters")
        if parameters is not None:
            parameters = ToolsPartFunctionParameters.from_dict(parameters)
        # Positional, in the order the fields are declared: cheaper than keywords.
        return cls(
            description,
            name,
            parameters,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.tools_part_function_parameters import ToolsPartFunctionParameters
