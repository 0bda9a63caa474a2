from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class ChatCompletionToolFunction(Model):
    """
    Attributes:
        name (str):
        description (str | None):
        parameters (ChatCompletionToolFunctionParameters | None):
    """

    name: str
    description: str | None = None
    parameters: ChatCompletionToolFunctionParameters | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("description", "description"),
        ("parameters", "parameters"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_name = src_dict["name"]
        v_description = _get("description")
        v_parameters = _get("parameters")
        if v_parameters is not None:
            v_parameters = ChatCompletionToolFunctionParameters.from_dict(v_parameters)
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_name,
            v_description,
            v_parameters,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.chat_completion_tool_function_parameters import (
    ChatCompletionToolFunctionParameters,
)
