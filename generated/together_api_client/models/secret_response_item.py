from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


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
        _get = src_dict.get
        v_created_at = _get("created_at")
        v_created_by = _get("created_by")
        v_description = _get("description")
        v_id = _get("id")
        v_last_updated_by = _get("last_updated_by")
        v_name = _get("name")
        v_object_ = _get("object")
        v_updated_at = _get("updated_at")
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_created_at,
            v_created_by,
            v_description,
            v_id,
            v_last_updated_by,
            v_name,
            v_object_,
            v_updated_at,
            src_dict,
        )
