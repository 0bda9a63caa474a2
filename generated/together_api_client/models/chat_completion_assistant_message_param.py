from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

_new = object.__new__


from ..models.chat_completion_assistant_message_param_role import (
    ChatCompletionAssistantMessageParamRole,
)


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class ChatCompletionAssistantMessageParam(Model):
    """
    Attributes:
        role (ChatCompletionAssistantMessageParamRole):
        content (None | str):
        name (str | None):
        tool_calls (list[ChatCompletionMessageToolCallParam] | None): The tool calls the model made on this turn, sent
            back as it made them.
        function_call (ChatCompletionAssistantMessageParamFunctionCall | None):
    """

    role: ChatCompletionAssistantMessageParamRole
    content: None | str = None
    name: str | None = None
    tool_calls: list[ChatCompletionMessageToolCallParam] | None = None
    function_call: ChatCompletionAssistantMessageParamFunctionCall | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("role", "role"),
        ("content", "content"),
        ("name", "name"),
        ("tool_calls", "tool_calls"),
        ("function_call", "function_call"),
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
        src_dict["role"]
        self = _new(cls)
        self._wire = src_dict
        return self


def _build_role(value: Any) -> Any:
    return ChatCompletionAssistantMessageParamRole(value)


def _build_tool_calls(value: Any) -> Any:
    return [
        None if x0 is None else ChatCompletionMessageToolCallParam.from_dict(x0)
        for x0 in value
    ]


def _build_function_call(value: Any) -> Any:
    return ChatCompletionAssistantMessageParamFunctionCall.from_dict(value)


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "role": ("role", _build_role, None),
    "content": ("content", None, None),
    "name": ("name", None, None),
    "tool_calls": ("tool_calls", _build_tool_calls, None),
    "function_call": ("function_call", _build_function_call, None),
}
ChatCompletionAssistantMessageParam._lazy = _LAZY


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.chat_completion_assistant_message_param_function_call import (
    ChatCompletionAssistantMessageParamFunctionCall,
)
from ..models.chat_completion_message_tool_call_param import (
    ChatCompletionMessageToolCallParam,
)
