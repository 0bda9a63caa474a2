from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

_new = object.__new__


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class EstimateFineTunePriceResponse200(Model):
    """
    Attributes:
        estimated_total_price (float | None): The price of the fine-tuning job
        allowed_to_proceed (bool | None): Whether the user is allowed to proceed with the fine-tuning job
        user_limit (float | None): The user's credit limit in dollars
        estimated_train_token_count (float | None): The estimated number of tokens to be trained
        estimated_eval_token_count (float | None): The estimated number of tokens for evaluation
    """

    estimated_total_price: float | None = None
    allowed_to_proceed: bool | None = None
    user_limit: float | None = None
    estimated_train_token_count: float | None = None
    estimated_eval_token_count: float | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("estimated_total_price", "estimated_total_price"),
        ("allowed_to_proceed", "allowed_to_proceed"),
        ("user_limit", "user_limit"),
        ("estimated_train_token_count", "estimated_train_token_count"),
        ("estimated_eval_token_count", "estimated_eval_token_count"),
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
    "estimated_total_price": ("estimated_total_price", None, None),
    "allowed_to_proceed": ("allowed_to_proceed", None, None),
    "user_limit": ("user_limit", None, None),
    "estimated_train_token_count": ("estimated_train_token_count", None, None),
    "estimated_eval_token_count": ("estimated_eval_token_count", None, None),
}
EstimateFineTunePriceResponse200._lazy = _LAZY
