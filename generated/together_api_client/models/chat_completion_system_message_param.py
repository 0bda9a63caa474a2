from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model, is_known

_new = object.__new__


from ..models.chat_completion_system_message_param_role import (
    ChatCompletionSystemMessageParamRole,
)


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class ChatCompletionSystemMessageParam(Model):
    """
    Attributes:
        content (list[ChatCompletionContentPartText] | str): The instructions: a string, or a list of text parts.
        role (ChatCompletionSystemMessageParamRole):
        name (str | None):
    """

    content: list[ChatCompletionContentPartText] | str
    role: ChatCompletionSystemMessageParamRole
    name: str | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("content", "content"),
        ("role", "role"),
        ("name", "name"),
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
        src_dict["content"]
        src_dict["role"]
        self = _new(cls)
        self._wire = src_dict
        return self


def _read_content(data: Any) -> Any:
    """The first type that reads ``data`` with enum values it knows (so models are told apart
    by their discriminating enum); else ``data`` as it came."""
    value: Any
    if isinstance(data, list):
        try:
            value = [
                None if x0 is None else ChatCompletionContentPartText.from_dict(x0)
                for x0 in data
            ]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        else:
            if is_known(value):
                return value
    return data


def _build_content(value: Any) -> Any:
    return _read_content(value)


def _build_role(value: Any) -> Any:
    return ChatCompletionSystemMessageParamRole(value)


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "content": ("content", _build_content, None),
    "role": ("role", _build_role, None),
    "name": ("name", None, None),
}
ChatCompletionSystemMessageParam._lazy = _LAZY


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.chat_completion_content_part_text import ChatCompletionContentPartText
