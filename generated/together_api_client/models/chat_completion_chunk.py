from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class ChatCompletionChunk(Model):
    """
    Attributes:
        id (str):
        choices (list[ChatCompletionChunkChoice]):
        object (Literal['chat.completion.chunk'] | None): The object type, which is always `chat.completion.chunk`.
        created (int | None):
        system_fingerprint (str | None):
        model (str | None):
        usage (None | UsageData):
        warnings (list[InferenceWarning] | None):
    """

    id: str
    choices: list[ChatCompletionChunkChoice]
    object: Literal["chat.completion.chunk"] | None = None
    created: int | None = None
    system_fingerprint: str | None = None
    model: str | None = None
    usage: None | UsageData = None
    warnings: list[InferenceWarning] | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("choices", "choices"),
        ("object", "object"),
        ("created", "created"),
        ("system_fingerprint", "system_fingerprint"),
        ("model", "model"),
        ("usage", "usage"),
        ("warnings", "warnings"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_id = src_dict["id"]
        v_choices = src_dict["choices"]
        if v_choices is not None:
            v_choices = [
                None if x0 is None else ChatCompletionChunkChoice.from_dict(x0)
                for x0 in v_choices
            ]
        v_object_ = _get("object")
        v_created = _get("created")
        v_system_fingerprint = _get("system_fingerprint")
        v_model = _get("model")
        v_usage = _get("usage")
        if v_usage is not None:
            v_usage = UsageData.from_dict(v_usage)
        v_warnings = _get("warnings")
        if v_warnings is not None:
            v_warnings = [
                None if x0 is None else InferenceWarning.from_dict(x0)
                for x0 in v_warnings
            ]
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_id,
            v_choices,
            v_object_,
            v_created,
            v_system_fingerprint,
            v_model,
            v_usage,
            v_warnings,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.chat_completion_chunk_choice import ChatCompletionChunkChoice
from ..models.inference_warning import InferenceWarning
from ..models.usage_data import UsageData
