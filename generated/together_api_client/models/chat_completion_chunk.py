from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_chunk_object import ChatCompletionChunkObject
from ..types import Model


@_attrs_define
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
    _keys: ClassVar[frozenset[str]] = frozenset(key for _, key in _fields)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        choices = src_dict["choices"]
        if choices is not None:
            choices = [
                None if x0 is None else ChatCompletionChunkChoice.from_dict(x0)
                for x0 in choices
            ]
        id = src_dict["id"]
        created = _get("created")
        model = _get("model")
        object_ = _get("object")
        if object_ is not None:
            object_ = ChatCompletionChunkObject(object_)
        system_fingerprint = _get("system_fingerprint")
        usage = _get("usage")
        if usage is not None:
            usage = UsageData.from_dict(usage)
        # Positional, in the order the fields are declared: cheaper than keywords.
        return cls(
            choices,
            id,
            created,
            model,
            object_,
            system_fingerprint,
            usage,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.chat_completion_chunk_choice import ChatCompletionChunkChoice
from ..models.usage_data import UsageData
