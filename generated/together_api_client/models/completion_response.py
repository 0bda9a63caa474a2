from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class CompletionResponse(Model):
    """
    Attributes:
        id (str):
        choices (list[CompletionResponseChoice]):
        usage (None | UsageData):
        created (int):
        model (str):
        object (Literal['text.completion']): The object type, which is always `text.completion`.
        prompt (list[PromptPartItem] | None):
    """

    id: str
    choices: list[CompletionResponseChoice]
    usage: None | UsageData
    created: int
    model: str
    object: Literal["text.completion"]
    prompt: list[PromptPartItem] | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("choices", "choices"),
        ("usage", "usage"),
        ("created", "created"),
        ("model", "model"),
        ("object", "object"),
        ("prompt", "prompt"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_id = src_dict["id"]
        v_choices = src_dict["choices"]
        if v_choices is not None:
            v_choices = [
                None if x0 is None else CompletionResponseChoice.from_dict(x0)
                for x0 in v_choices
            ]
        v_usage = src_dict["usage"]
        if v_usage is not None:
            v_usage = UsageData.from_dict(v_usage)
        v_created = src_dict["created"]
        v_model = src_dict["model"]
        v_object_ = src_dict["object"]
        v_prompt = _get("prompt")
        if v_prompt is not None:
            v_prompt = [
                None if x0 is None else PromptPartItem.from_dict(x0) for x0 in v_prompt
            ]
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_id,
            v_choices,
            v_usage,
            v_created,
            v_model,
            v_object_,
            v_prompt,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.completion_response_choice import CompletionResponseChoice
from ..models.prompt_part_item import PromptPartItem
from ..models.usage_data import UsageData
