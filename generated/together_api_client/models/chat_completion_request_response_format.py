from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class ChatCompletionRequestResponseFormat(Model):
    """An object specifying the format that the model must output.

    Attributes:
        schema (ChatCompletionRequestResponseFormatSchema | None): The JSON schema the output must follow.
        type (str | None): The type of the response format.
        json_schema (ChatCompletionRequestResponseFormatJsonSchema | None): With type json_schema (Structured Outputs,
            as the current spec has it): the schema, its name and whether to follow it strictly.
    """

    schema: ChatCompletionRequestResponseFormatSchema | None = None
    type: str | None = None
    json_schema: ChatCompletionRequestResponseFormatJsonSchema | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("schema", "schema"),
        ("type", "type"),
        ("json_schema", "json_schema"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_schema = _get("schema")
        if v_schema is not None:
            v_schema = ChatCompletionRequestResponseFormatSchema.from_dict(v_schema)
        v_type_ = _get("type")
        v_json_schema = _get("json_schema")
        if v_json_schema is not None:
            v_json_schema = ChatCompletionRequestResponseFormatJsonSchema.from_dict(
                v_json_schema
            )
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_schema,
            v_type_,
            v_json_schema,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.chat_completion_request_response_format_json_schema import (
    ChatCompletionRequestResponseFormatJsonSchema,
)
from ..models.chat_completion_request_response_format_schema import (
    ChatCompletionRequestResponseFormatSchema,
)
