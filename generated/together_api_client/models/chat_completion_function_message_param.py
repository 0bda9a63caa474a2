from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_function_message_param_role import (
    ChatCompletionFunctionMessageParamRole,
)
from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class ChatCompletionFunctionMessageParam(Model):
    """
    Attributes:
        role (ChatCompletionFunctionMessageParamRole):
        content (str):
        name (str):
    """

    role: ChatCompletionFunctionMessageParamRole
    content: str
    name: str
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("role", "role"),
        ("content", "content"),
        ("name", "name"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        v_role = src_dict["role"]
        if v_role is not None:
            v_role = ChatCompletionFunctionMessageParamRole(v_role)
        v_content = src_dict["content"]
        v_name = src_dict["name"]
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_role,
            v_content,
            v_name,
            src_dict,
        )
