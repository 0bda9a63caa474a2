from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

_new = object.__new__

from typing import Literal


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class ChatCompletionResponse(Model):
    """
    Attributes:
        id (str):
        choices (list[ChatCompletionResponseChoice]):
        created (int):
        model (str):
        object (Literal['chat.completion']): The object type, which is always `chat.completion`.
        usage (None | UsageData):
        prompt (list[PromptPartItem] | None):
        warnings (list[InferenceWarning] | None):
    """

    id: str
    choices: list[ChatCompletionResponseChoice]
    created: int
    model: str
    object: Literal["chat.completion"]
    usage: None | UsageData = None
    prompt: list[PromptPartItem] | None = None
    warnings: list[InferenceWarning] | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("choices", "choices"),
        ("created", "created"),
        ("model", "model"),
        ("object", "object"),
        ("usage", "usage"),
        ("prompt", "prompt"),
        ("warnings", "warnings"),
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
        src_dict["id"]
        src_dict["choices"]
        src_dict["created"]
        src_dict["model"]
        src_dict["object"]
        self = _new(cls)
        self._wire = src_dict
        return self


def _build_choices(value: Any) -> Any:
    return [
        None if x0 is None else ChatCompletionResponseChoice.from_dict(x0)
        for x0 in value
    ]


def _build_usage(value: Any) -> Any:
    return UsageData.from_dict(value)


def _build_prompt(value: Any) -> Any:
    return [None if x0 is None else PromptPartItem.from_dict(x0) for x0 in value]


def _build_warnings(value: Any) -> Any:
    return [None if x0 is None else InferenceWarning.from_dict(x0) for x0 in value]


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "id": ("id", None, None),
    "choices": ("choices", _build_choices, None),
    "created": ("created", None, None),
    "model": ("model", None, None),
    "object": ("object", None, None),
    "usage": ("usage", _build_usage, None),
    "prompt": ("prompt", _build_prompt, None),
    "warnings": ("warnings", _build_warnings, None),
}
ChatCompletionResponse._lazy = _LAZY


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.chat_completion_response_choice import ChatCompletionResponseChoice
from ..models.inference_warning import InferenceWarning
from ..models.prompt_part_item import PromptPartItem
from ..models.usage_data import UsageData
