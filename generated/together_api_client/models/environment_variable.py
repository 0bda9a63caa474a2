from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

_new = object.__new__


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class EnvironmentVariable(Model):
    """
    Attributes:
        name (str): Name is the environment variable name (e.g., "DATABASE_URL"). Must start with a letter or
            underscore, followed by letters, numbers, or underscores
        value (str | None): Value is the plain text value for the environment variable. Use this for non-sensitive
            values. Either Value or ValueFromSecret must be set, but not both
        value_from_secret (str | None): ValueFromSecret references a secret by name or ID to use as the value. Use this
            for sensitive values like API keys or passwords. Either Value or ValueFromSecret must be set, but not both
    """

    name: str
    value: str | None = None
    value_from_secret: str | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("value", "value"),
        ("value_from_secret", "value_from_secret"),
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


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "name": ("name", None, None),
    "value": ("value", None, None),
    "value_from_secret": ("value_from_secret", None, None),
}
EnvironmentVariable._lazy = _LAZY
