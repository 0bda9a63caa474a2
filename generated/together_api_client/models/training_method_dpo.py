from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.training_method_dpo_method import TrainingMethodDPOMethod
from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class TrainingMethodDPO(Model):
    """
    Attributes:
        method (TrainingMethodDPOMethod):
        dpo_beta (float | None):
        rpo_alpha (float | None):
        dpo_normalize_logratios_by_length (bool | None):
        dpo_reference_free (bool | None):
        simpo_gamma (float | None):
    """

    method: TrainingMethodDPOMethod
    dpo_beta: float | None = None
    rpo_alpha: float | None = None
    dpo_normalize_logratios_by_length: bool | None = None
    dpo_reference_free: bool | None = None
    simpo_gamma: float | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("method", "method"),
        ("dpo_beta", "dpo_beta"),
        ("rpo_alpha", "rpo_alpha"),
        ("dpo_normalize_logratios_by_length", "dpo_normalize_logratios_by_length"),
        ("dpo_reference_free", "dpo_reference_free"),
        ("simpo_gamma", "simpo_gamma"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_method = src_dict["method"]
        if v_method is not None:
            v_method = TrainingMethodDPOMethod(v_method)
        v_dpo_beta = _get("dpo_beta")
        v_rpo_alpha = _get("rpo_alpha")
        v_dpo_normalize_logratios_by_length = _get("dpo_normalize_logratios_by_length")
        v_dpo_reference_free = _get("dpo_reference_free")
        v_simpo_gamma = _get("simpo_gamma")
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_method,
            v_dpo_beta,
            v_rpo_alpha,
            v_dpo_normalize_logratios_by_length,
            v_dpo_reference_free,
            v_simpo_gamma,
            src_dict,
        )
