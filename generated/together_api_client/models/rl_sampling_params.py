from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

_new = object.__new__


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class RLSamplingParams(Model):
    """
    Attributes:
        max_tokens (int | None): Maximum number of tokens to generate per completion
        temperature (float | None): Sampling temperature
        top_p (float | None): Nucleus sampling probability threshold
        top_k (int | None): Top-k sampling limit
        stop (list[str] | None): Generation stops when any of these strings is produced
        seed (int | str | None): Random seed for reproducibility
    """

    max_tokens: int | None = None
    temperature: float | None = None
    top_p: float | None = None
    top_k: int | None = None
    stop: list[str] | None = None
    seed: int | str | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("max_tokens", "max_tokens"),
        ("temperature", "temperature"),
        ("top_p", "top_p"),
        ("top_k", "top_k"),
        ("stop", "stop"),
        ("seed", "seed"),
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
    "max_tokens": ("max_tokens", None, None),
    "temperature": ("temperature", None, None),
    "top_p": ("top_p", None, None),
    "top_k": ("top_k", None, None),
    "stop": ("stop", None, None),
    "seed": ("seed", None, None),
}
RLSamplingParams._lazy = _LAZY
