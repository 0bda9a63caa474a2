from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

_new = object.__new__

from ..models.training_method_dpo_method import TrainingMethodDPOMethod


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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is read from a JSON object, not {type(src_dict).__name__}"
            )
        # The required fields must be there (a missing one fails here, at read time); every
        # field is read when first asked for (see types.Model.__getattr__).
        src_dict["method"]
        self = _new(cls)
        self._wire = src_dict
        return self


def _build_method(value: Any) -> Any:
    return TrainingMethodDPOMethod(value)


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "method": ("method", _build_method, None),
    "dpo_beta": ("dpo_beta", None, None),
    "rpo_alpha": ("rpo_alpha", None, None),
    "dpo_normalize_logratios_by_length": (
        "dpo_normalize_logratios_by_length",
        None,
        None,
    ),
    "dpo_reference_free": ("dpo_reference_free", None, None),
    "simpo_gamma": ("simpo_gamma", None, None),
}
TrainingMethodDPO._lazy = _LAZY
