from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

_new = object.__new__


from ..models.chat_completion_choice_chat_completion_choice_delta_role import (
    ChatCompletionChoiceChatCompletionChoiceDeltaRole,
)


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class ChatCompletionChoiceChatCompletionChoiceDelta(Model):
    """
    Attributes:
        role (ChatCompletionChoiceChatCompletionChoiceDeltaRole):
        token_id (int | None):
        content (None | str):
        tool_calls (list[ToolChoice] | None):
        function_call (ChatCompletionChoiceChatCompletionChoiceDeltaFunctionCallType0 | None):
        reasoning (None | str):
    """

    role: ChatCompletionChoiceChatCompletionChoiceDeltaRole
    token_id: int | None = None
    content: None | str = None
    tool_calls: list[ToolChoice] | None = None
    function_call: (
        ChatCompletionChoiceChatCompletionChoiceDeltaFunctionCallType0 | None
    ) = None
    reasoning: None | str = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("role", "role"),
        ("token_id", "token_id"),
        ("content", "content"),
        ("tool_calls", "tool_calls"),
        ("function_call", "function_call"),
        ("reasoning", "reasoning"),
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
    return ChatCompletionChoiceChatCompletionChoiceDeltaRole(value)


def _build_tool_calls(value: Any) -> Any:
    return [None if x0 is None else ToolChoice.from_dict(x0) for x0 in value]


def _build_function_call(value: Any) -> Any:
    return ChatCompletionChoiceChatCompletionChoiceDeltaFunctionCallType0.from_dict(
        value
    )


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "role": ("role", _build_role, None),
    "token_id": ("token_id", None, None),
    "content": ("content", None, None),
    "tool_calls": ("tool_calls", _build_tool_calls, None),
    "function_call": ("function_call", _build_function_call, None),
    "reasoning": ("reasoning", None, None),
}
ChatCompletionChoiceChatCompletionChoiceDelta._lazy = _LAZY


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.chat_completion_choice_chat_completion_choice_delta_function_call_type_0 import (
    ChatCompletionChoiceChatCompletionChoiceDeltaFunctionCallType0,
)
from ..models.tool_choice import ToolChoice
