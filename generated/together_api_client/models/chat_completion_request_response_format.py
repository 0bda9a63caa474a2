from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


@_attrs_define
class ChatCompletionRequestResponseFormat(Model):
    """An object specifying the format that the model must output.

    Attributes:
        schema (ChatCompletionRequestResponseFormatSchema | None): The JSON schema the output must follow.
        type (str | None): The type of the response format.
    """

    schema: ChatCompletionRequestResponseFormatSchema | None = None
    type: str | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("schema", "schema"),
        ("type", "type"),
    )
    _keys: ClassVar[frozenset[str]] = frozenset(key for _, key in _fields)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        schema = _get("schema")
        if schema is not None:
            schema = ChatCompletionRequestResponseFormatSchema.from_dict(schema)
        type_ = _get("type")
        # Positional, in the order the fields are declared: cheaper than keywords.
        return cls(
            schema,
            type_,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.chat_completion_request_response_format_schema import (
    ChatCompletionRequestResponseFormatSchema,
)
