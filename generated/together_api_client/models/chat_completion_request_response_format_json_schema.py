from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class ChatCompletionRequestResponseFormatJsonSchema(Model):
    """With type json_schema (Structured Outputs, as the current spec has it): the schema, its name and whether to follow
    it strictly.

    Attributes:
        name (str | None):
        description (str | None):
        schema (ChatCompletionRequestResponseFormatJsonSchemaSchema | None):
        strict (bool | None):
    """

    name: str | None = None
    description: str | None = None
    schema: ChatCompletionRequestResponseFormatJsonSchemaSchema | None = None
    strict: bool | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("description", "description"),
        ("schema", "schema"),
        ("strict", "strict"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_name = _get("name")
        v_description = _get("description")
        v_schema = _get("schema")
        if v_schema is not None:
            v_schema = ChatCompletionRequestResponseFormatJsonSchemaSchema.from_dict(
                v_schema
            )
        v_strict = _get("strict")
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_name,
            v_description,
            v_schema,
            v_strict,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.chat_completion_request_response_format_json_schema_schema import (
    ChatCompletionRequestResponseFormatJsonSchemaSchema,
)
