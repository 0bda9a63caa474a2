from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

_new = object.__new__

from typing import Literal


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class SecretResponseItem(Model):
    """
    Attributes:
        created_at (str | None): CreatedAt is the ISO8601 timestamp when this secret was created
        created_by (str | None): CreatedBy is the identifier of the user who created this secret
        description (str | None): Description is a human-readable description of the secret's purpose
        id (str | None): ID is the unique identifier for this secret
        last_updated_by (str | None): LastUpdatedBy is the identifier of the user who last updated this secret
        name (str | None): Name is the name/key of the secret
        object (Literal['secret'] | None): The object type, which is always `secret`.
        updated_at (str | None): UpdatedAt is the ISO8601 timestamp when this secret was last updated
    """

    created_at: str | None = None
    created_by: str | None = None
    description: str | None = None
    id: str | None = None
    last_updated_by: str | None = None
    name: str | None = None
    object: Literal["secret"] | None = None
    updated_at: str | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("created_at", "created_at"),
        ("created_by", "created_by"),
        ("description", "description"),
        ("id", "id"),
        ("last_updated_by", "last_updated_by"),
        ("name", "name"),
        ("object", "object"),
        ("updated_at", "updated_at"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is read from a JSON object, not {type(src_dict).__name__}"
            )
        self = _new(cls)
        self._wire = src_dict
        return self


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "created_at": ("created_at", None, None),
    "created_by": ("created_by", None, None),
    "description": ("description", None, None),
    "id": ("id", None, None),
    "last_updated_by": ("last_updated_by", None, None),
    "name": ("name", None, None),
    "object": ("object", None, None),
    "updated_at": ("updated_at", None, None),
}
SecretResponseItem._lazy = _LAZY
