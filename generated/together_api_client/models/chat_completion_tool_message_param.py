from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_tool_message_param_role import (
    ChatCompletionToolMessageParamRole,
)
from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
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
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        v_content = src_dict["content"]
        v_role = src_dict["role"]
        if v_role is not None:
            v_role = ChatCompletionToolMessageParamRole(v_role)
        v_tool_call_id = src_dict["tool_call_id"]
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_content,
            v_role,
            v_tool_call_id,
            src_dict,
        )
