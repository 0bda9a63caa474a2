from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ListModel


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class RLTrainingSessionsListResponse(ListModel["RLTrainingSession"]):
    """Paginated list of training sessions

    Attributes:
        data (list[RLTrainingSession] | None): List of training sessions
        meta (RLListMeta | None): Pagination metadata for list responses
    """

    data: list[RLTrainingSession] | None = None
    meta: RLListMeta | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("data", "data"),
        ("meta", "meta"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_data = _get("data")
        if v_data is not None:
            v_data = [
                None if x0 is None else RLTrainingSession.from_dict(x0) for x0 in v_data
            ]
        v_meta = _get("meta")
        if v_meta is not None:
            v_meta = RLListMeta.from_dict(v_meta)
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_data,
            v_meta,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.rl_list_meta import RLListMeta
from ..models.rl_training_session import RLTrainingSession
