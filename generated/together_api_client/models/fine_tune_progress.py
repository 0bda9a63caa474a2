from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

_new = object.__new__


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class FineTuneProgress(Model):
    """Progress information for a fine-tuning job

    Attributes:
        estimate_available (bool): Whether time estimate is available
        seconds_remaining (int): Estimated time remaining in seconds for the fine-tuning job to next state
    """

    estimate_available: bool
    seconds_remaining: int
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("estimate_available", "estimate_available"),
        ("seconds_remaining", "seconds_remaining"),
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
        src_dict["estimate_available"]
        src_dict["seconds_remaining"]
        self = _new(cls)
        self._wire = src_dict
        return self


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "estimate_available": ("estimate_available", None, None),
    "seconds_remaining": ("seconds_remaining", None, None),
}
FineTuneProgress._lazy = _LAZY
