from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class RLListMeta(Model):
    """Pagination metadata for list responses

    Attributes:
        limit (int | None): Maximum number of items returned per page
        has_more (bool | None): Whether more items exist beyond this page
        next_cursor (str | None): Cursor to use as the 'after' parameter for the next page. Empty when has_more is
            false.
    """

    limit: int | None = None
    has_more: bool | None = None
    next_cursor: str | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("limit", "limit"),
        ("has_more", "has_more"),
        ("next_cursor", "next_cursor"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_limit = _get("limit")
        v_has_more = _get("has_more")
        v_next_cursor = _get("next_cursor")
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_limit,
            v_has_more,
            v_next_cursor,
            src_dict,
        )
