from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ListModel

_new = object.__new__


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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is read from a JSON object, not {type(src_dict).__name__}"
            )
        self = _new(cls)
        self._wire = src_dict
        return self


def _build_data(value: Any) -> Any:
    return [None if x0 is None else RLTrainingSession.from_dict(x0) for x0 in value]


def _build_meta(value: Any) -> Any:
    return RLListMeta.from_dict(value)


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "data": ("data", _build_data, None),
    "meta": ("meta", _build_meta, None),
}
RLTrainingSessionsListResponse._lazy = _LAZY


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.rl_list_meta import RLListMeta
from ..models.rl_training_session import RLTrainingSession
