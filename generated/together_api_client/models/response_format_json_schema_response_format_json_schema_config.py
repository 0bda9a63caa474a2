from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

_new = object.__new__


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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is read from a JSON object, not {type(src_dict).__name__}"
            )
        # The required fields must be there (a missing one fails here, at read time); every
        # field is read when first asked for (see types.Model.__getattr__).
        src_dict["name"]
        self = _new(cls)
        self._wire = src_dict
        return self


def _build_schema(value: Any) -> Any:
    return ResponseFormatJsonSchemaSchema.from_dict(value)


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "name": ("name", None, None),
    "description": ("description", None, None),
    "schema": ("schema", _build_schema, None),
    "strict": ("strict", None, None),
}
ResponseFormatJsonSchemaResponseFormatJsonSchemaConfig._lazy = _LAZY


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.response_format_json_schema_schema import ResponseFormatJsonSchemaSchema
