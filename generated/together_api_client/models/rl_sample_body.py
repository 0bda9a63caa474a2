from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class RLSampleBody(Model):
    """
    Attributes:
        prompts (list[RLModelInput]): Input prompts as tokenized chunks
        sampling_params (RLSamplingParams | None):
        num_samples (int | None): Number of completions to generate per prompt
    """

    prompts: list[RLModelInput]
    sampling_params: RLSamplingParams | None = None
    num_samples: int | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("prompts", "prompts"),
        ("sampling_params", "sampling_params"),
        ("num_samples", "num_samples"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_prompts = src_dict["prompts"]
        if v_prompts is not None:
            v_prompts = [
                None if x0 is None else RLModelInput.from_dict(x0) for x0 in v_prompts
            ]
        v_sampling_params = _get("sampling_params")
        if v_sampling_params is not None:
            v_sampling_params = RLSamplingParams.from_dict(v_sampling_params)
        v_num_samples = _get("num_samples")
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_prompts,
            v_sampling_params,
            v_num_samples,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.rl_model_input import RLModelInput
from ..models.rl_sampling_params import RLSamplingParams
