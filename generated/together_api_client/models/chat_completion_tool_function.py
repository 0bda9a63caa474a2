from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


@_attrs_define
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
    _keys: ClassVar[frozenset[str]] = frozenset(key for _, key in _fields)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        name = src_dict["name"]
        description = _get("description")
        parameters = _get("parameters")
        if parameters is not None:
            parameters = ChatCompletionToolFunctionParameters.from_dict(parameters)
        # Positional, in the order the fields are declared: cheaper than keywords.
        return cls(
            name,
            description,
            parameters,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.chat_completion_tool_function_parameters import (
    ChatCompletionToolFunctionParameters,
)
