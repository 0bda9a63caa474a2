from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_user_message_param_role import (
    ChatCompletionUserMessageParamRole,
)
from ..types import Model


@_attrs_define
class ChatCompletionUserMessageParam(Model):
    """
    Attributes:
        content (str):
        role (ChatCompletionUserMessageParamRole):
        name (str | None):
    """

    content: str
    role: ChatCompletionUserMessageParamRole
    name: str | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("content", "content"),
        ("role", "role"),
        ("name", "name"),
    )
    _keys: ClassVar[frozenset[str]] = frozenset(key for _, key in _fields)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        content = src_dict["content"]
        role = src_dict["role"]
        if role is not None:
            role = ChatCompletionUserMessageParamRole(role)
        name = _get("name")
        # Positional, in the order the fields are declared: cheaper than keywords.
        return cls(
            content,
            role,
            name,
            src_dict,
        )
