from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_chunk_object import ChatCompletionChunkObject
from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class ChatCompletionChunk(Model):
    """
    Attributes:
        choices (list[ChatCompletionChunkChoice]):
        id (str):
        created (int | None):
        model (str | None):
        object (ChatCompletionChunkObject | None):
        system_fingerprint (str | None):
        usage (None | UsageData):
    """

    choices: list[ChatCompletionChunkChoice]
    id: str
    created: int | None = None
    model: str | None = None
    object: ChatCompletionChunkObject | None = None
    system_fingerprint: str | None = None
    usage: None | UsageData = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("choices", "choices"),
        ("id", "id"),
        ("created", "created"),
        ("model", "model"),
        ("object", "object"),
        ("system_fingerprint", "system_fingerprint"),
        ("usage", "usage"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_choices = src_dict["choices"]
        if v_choices is not None:
            v_choices = [
                None if x0 is None else ChatCompletionChunkChoice.from_dict(x0)
                for x0 in v_choices
            ]
        v_id = src_dict["id"]
        v_created = _get("created")
        v_model = _get("model")
        v_object_ = _get("object")
        if v_object_ is not None:
            v_object_ = ChatCompletionChunkObject(v_object_)
        v_system_fingerprint = _get("system_fingerprint")
        v_usage = _get("usage")
        if v_usage is not None:
            v_usage = UsageData.from_dict(v_usage)
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_choices,
            v_id,
            v_created,
            v_model,
            v_object_,
            v_system_fingerprint,
            v_usage,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.chat_completion_chunk_choice import ChatCompletionChunkChoice
from ..models.usage_data import UsageData
