from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

_new = object.__new__


from ..models.rl_session_type import RLSessionType


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class RLStartTrainingSessionRequest(Model):
    """
    Attributes:
        base_model (str): Base model to use for the training session
        resume_from_checkpoint_id (str | None): Checkpoint ID to resume from
        type (RLSessionType | None): Type of a training session. TRAINER_AND_GENERATOR provisions both trainer and
            generator; TRAINER_ONLY provisions only the trainer and rejects generator-dependent operations such as sample.
        lora_config (RLLoraConfig | None): LoRA adapter configuration
    """

    base_model: str
    resume_from_checkpoint_id: str | None = None
    type: RLSessionType | None = None
    lora_config: RLLoraConfig | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("base_model", "base_model"),
        ("resume_from_checkpoint_id", "resume_from_checkpoint_id"),
        ("type", "type"),
        ("lora_config", "lora_config"),
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
        src_dict["base_model"]
        self = _new(cls)
        self._wire = src_dict
        return self


def _build_type_(value: Any) -> Any:
    return RLSessionType(value)


def _build_lora_config(value: Any) -> Any:
    return RLLoraConfig.from_dict(value)


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "base_model": ("base_model", None, None),
    "resume_from_checkpoint_id": ("resume_from_checkpoint_id", None, None),
    "type": ("type", _build_type_, None),
    "lora_config": ("lora_config", _build_lora_config, None),
}
RLStartTrainingSessionRequest._lazy = _LAZY


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.rl_lora_config import RLLoraConfig
