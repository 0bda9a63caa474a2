from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_format_json_schema_type import ResponseFormatJsonSchemaType
from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class ResponseFormatJsonSchema(Model):
    """JSON Schema response format. Used to generate structured JSON responses.
    Learn more about [Structured Outputs](https://docs.together.ai/docs/json-mode).

    Attributes:
        type (ResponseFormatJsonSchemaType): The type of response format being defined. Always `json_schema`.
        json_schema (ResponseFormatJsonSchemaResponseFormatJsonSchemaConfig): Structured Outputs configuration options,
            including a JSON Schema.
    """

    type: ResponseFormatJsonSchemaType
    json_schema: ResponseFormatJsonSchemaResponseFormatJsonSchemaConfig
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("json_schema", "json_schema"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        v_type_ = src_dict["type"]
        if v_type_ is not None:
            v_type_ = ResponseFormatJsonSchemaType(v_type_)
        v_json_schema = src_dict["json_schema"]
        if v_json_schema is not None:
            v_json_schema = (
                ResponseFormatJsonSchemaResponseFormatJsonSchemaConfig.from_dict(
                    v_json_schema
                )
            )
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_type_,
            v_json_schema,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.response_format_json_schema_response_format_json_schema_config import (
    ResponseFormatJsonSchemaResponseFormatJsonSchemaConfig,
)
