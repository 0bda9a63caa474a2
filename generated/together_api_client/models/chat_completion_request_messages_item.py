from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_request_messages_item_role import (
    ChatCompletionRequestMessagesItemRole,
)
from ..types import Model, is_known


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class ChatCompletionRequestMessagesItem(Model):
    """
    Attributes:
        role (ChatCompletionRequestMessagesItemRole): The role of the message author: system, user, assistant or tool.
        content (list[ChatCompletionRequestMessagesItemContentType1Item] | None | str): The contents of the message: a
            string, or a list of content parts.
        name (str | None): An optional name for the participant.
        tool_call_id (str | None): On a tool message, the id of the call it answers.
        tool_calls (list[ChatCompletionRequestMessagesItemToolCallsItem] | None): On an assistant message, the tool
            calls it made.
    """

    role: ChatCompletionRequestMessagesItemRole
    content: list[ChatCompletionRequestMessagesItemContentType1Item] | None | str = None
    name: str | None = None
    tool_call_id: str | None = None
    tool_calls: list[ChatCompletionRequestMessagesItemToolCallsItem] | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("role", "role"),
        ("content", "content"),
        ("name", "name"),
        ("tool_call_id", "tool_call_id"),
        ("tool_calls", "tool_calls"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_role = src_dict["role"]
        if v_role is not None:
            v_role = ChatCompletionRequestMessagesItemRole(v_role)
        v_content = _get("content")
        if v_content is not None:
            v_content = _read_content(v_content)
        v_name = _get("name")
        v_tool_call_id = _get("tool_call_id")
        v_tool_calls = _get("tool_calls")
        if v_tool_calls is not None:
            v_tool_calls = [
                None
                if x0 is None
                else ChatCompletionRequestMessagesItemToolCallsItem.from_dict(x0)
                for x0 in v_tool_calls
            ]
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_role,
            v_content,
            v_name,
            v_tool_call_id,
            v_tool_calls,
            src_dict,
        )


def _read_content(data: Any) -> Any:
    """The first type that reads ``data`` with enum values it knows (so models are told apart
    by their discriminating enum); else ``data`` as it came."""
    value: Any
    if isinstance(data, list):
        try:
            value = [
                None
                if x0 is None
                else ChatCompletionRequestMessagesItemContentType1Item.from_dict(x0)
                for x0 in data
            ]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        else:
            if is_known(value):
                return value
    return data


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.chat_completion_request_messages_item_content_type_1_item import (
    ChatCompletionRequestMessagesItemContentType1Item,
)
from ..models.chat_completion_request_messages_item_tool_calls_item import (
    ChatCompletionRequestMessagesItemToolCallsItem,
)
