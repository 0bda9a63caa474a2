from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
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
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_description = _get("description")
        v_name = _get("name")
        v_parameters = _get("parameters")
        if v_parameters is not None:
            v_parameters = ToolsPartFunctionParameters.from_dict(v_parameters)
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_description,
            v_name,
            v_parameters,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.tools_part_function_parameters import ToolsPartFunctionParameters
