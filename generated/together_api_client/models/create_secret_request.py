from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class CreateSecretRequest(Model):
    """
    Attributes:
        name (str): Name is the unique identifier for the secret. Can contain alphanumeric characters, underscores,
            hyphens, forward slashes, and periods (1-100 characters)
        value (str): Value is the sensitive data to store securely (e.g., API keys, passwords, tokens). This value will
            be encrypted at rest
        description (str | None): Description is an optional human-readable description of the secret's purpose (max 500
            characters)
        project_id (str | None): ProjectID is ignored - the project is automatically determined from your authentication
    """

    name: str
    value: str
    description: str | None = None
    project_id: str | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("value", "value"),
        ("description", "description"),
        ("project_id", "project_id"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_name = src_dict["name"]
        v_value = src_dict["value"]
        v_description = _get("description")
        v_project_id = _get("project_id")
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_name,
            v_value,
            v_description,
            v_project_id,
            src_dict,
        )
