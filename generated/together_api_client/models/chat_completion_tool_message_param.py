from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_tool_message_param_role import (
    ChatCompletionToolMessageParamRole,
)
from ..types import Model


@_attrs_define
class ChatCompletionToolMessageParam(Model):
    """
    Attributes:
        content (str):
        role (ChatCompletionToolMessageParamRole):
        tool_call_id (str):
    """

    content: str
    role: ChatCompletionToolMessageParamRole
    tool_call_id: str
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("content", "content"),
        ("role", "role"),
        ("tool_call_id", "tool_call_id"),
    )
    _keys: ClassVar[frozenset[str]] = frozenset(key for _, key in _fields)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        content = src_dict["content"]
        role = src_dict["role"]
        if role is not None:
            role = ChatCompletionToolMessageParamRole(role)
        tool_call_id = src_dict["tool_call_id"]
        # Positional, in the order the fields are declared: cheaper than keywords.
        return cls(
            content,
            role,
            tool_call_id,
            src_dict,
        )
