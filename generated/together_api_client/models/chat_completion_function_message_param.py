from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_function_message_param_role import (
    ChatCompletionFunctionMessageParamRole,
)
from ..types import Model


@_attrs_define
class ChatCompletionFunctionMessageParam(Model):
    """
    Attributes:
        content (str):
        name (str):
        role (ChatCompletionFunctionMessageParamRole):
    """

    content: str
    name: str
    role: ChatCompletionFunctionMessageParamRole
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("content", "content"),
        ("name", "name"),
        ("role", "role"),
    )
    _keys: ClassVar[frozenset[str]] = frozenset(key for _, key in _fields)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        content = src_dict["content"]
        name = src_dict["name"]
        role = src_dict["role"]
        if role is not None:
            role = ChatCompletionFunctionMessageParamRole(role)
        # Positional, in the order the fields are declared: cheaper than keywords.
        return cls(
            content,
            name,
            role,
            src_dict,
        )
