from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


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
        _get = src_dict.get
        v_max_tokens = _get("max_tokens")
        v_temperature = _get("temperature")
        v_top_p = _get("top_p")
        v_top_k = _get("top_k")
        v_stop = _get("stop")
        v_seed = _get("seed")
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_max_tokens,
            v_temperature,
            v_top_p,
            v_top_k,
            v_stop,
            v_seed,
            src_dict,
        )
