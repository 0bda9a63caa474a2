from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class RetrieveFineTuneMetricsBody(Model):
    """
    Attributes:
        global_step_from (int | None): Return only metrics with global_step >= this value.
        global_step_to (int | None): Return only metrics with global_step <= this value.
        logged_at_from (datetime.datetime | None): Return only metrics logged at or after this ISO-8601 timestamp.
        logged_at_to (datetime.datetime | None): Return only metrics logged at or before this ISO-8601 timestamp.
    """

    global_step_from: int | None = None
    global_step_to: int | None = None
    logged_at_from: datetime.datetime | None = None
    logged_at_to: datetime.datetime | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("global_step_from", "global_step_from"),
        ("global_step_to", "global_step_to"),
        ("logged_at_from", "logged_at_from"),
        ("logged_at_to", "logged_at_to"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_global_step_from = _get("global_step_from")
        v_global_step_to = _get("global_step_to")
        v_logged_at_from = _get("logged_at_from")
        if v_logged_at_from is not None:
            v_logged_at_from = _isoparse(v_logged_at_from)
        v_logged_at_to = _get("logged_at_to")
        if v_logged_at_to is not None:
            v_logged_at_to = _isoparse(v_logged_at_to)
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_global_step_from,
            v_global_step_to,
            v_logged_at_from,
            v_logged_at_to,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from dateutil.parser import isoparse as _isoparse
