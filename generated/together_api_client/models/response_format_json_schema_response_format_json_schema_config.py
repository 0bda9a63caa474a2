from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class ResponseFormatJsonSchemaResponseFormatJsonSchemaConfig(Model):
    """Structured Outputs configuration options, including a JSON Schema.

    Attributes:
        name (str): The name of the response format. Must be a-z, A-Z, 0-9, or contain
            underscores and dashes, with a maximum length of 64.
        description (str | None): A description of what the response format is for, used by the model to
            determine how to respond in the format.
        schema (ResponseFormatJsonSchemaSchema | None): The schema for the response format, described as a JSON Schema
            object.
            Learn how to build JSON schemas [here](https://json-schema.org/).
        strict (bool | None):
    """

    name: str
    description: str | None = None
    schema: ResponseFormatJsonSchemaSchema | None = None
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
        v_name = src_dict["name"]
        v_description = _get("description")
        v_schema = _get("schema")
        if v_schema is not None:
            v_schema = ResponseFormatJsonSchemaSchema.from_dict(v_schema)
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
from ..models.response_format_json_schema_schema import ResponseFormatJsonSchemaSchema
