from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

_new = object.__new__


from ..models.chat_completion_tool_type import ChatCompletionToolType


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class ChatCompletionTool(Model):
    """
    Attributes:
        type (ChatCompletionToolType):
        function (ChatCompletionToolFunction):
    """

    type: ChatCompletionToolType
    function: ChatCompletionToolFunction
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("function", "function"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is read from a JSON object, not {type(src_dict).__name__}"
            )
        # The required fields must be there (a missing one fails here, at read time); every
        # field is read when first asked for (see types.Model.__getattr__).
        src_dict["type"]
        src_dict["function"]
        self = _new(cls)
        self._wire = src_dict
        return self


def _build_type_(value: Any) -> Any:
    return ChatCompletionToolType(value)


def _build_function(value: Any) -> Any:
    return ChatCompletionToolFunction.from_dict(value)


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "type": ("type", _build_type_, None),
    "function": ("function", _build_function, None),
}
ChatCompletionTool._lazy = _LAZY


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.chat_completion_tool_function import ChatCompletionToolFunction
