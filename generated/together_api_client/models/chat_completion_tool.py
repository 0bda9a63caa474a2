from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_tool_type import ChatCompletionToolType
from ..types import Model


@_attrs_define
class ChatCompletionTool(Model):
    """
    Attributes:
        function (ChatCompletionToolFunction):
        type (ChatCompletionToolType):
    """

    function: ChatCompletionToolFunction
    type: ChatCompletionToolType
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
        function = src_dict["function"]
        if function is not None:
            function = ChatCompletionToolFunction.from_dict(function)
        type_ = src_dict["type"]
        if type_ is not None:
            type_ = ChatCompletionToolType(type_)
        # Positional, in the order the fields are declared: cheaper than keywords.
        return cls(
            function,
            type_,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.chat_completion_tool_function import ChatCompletionToolFunction
