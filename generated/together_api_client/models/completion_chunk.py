from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.completion_chunk_object import CompletionChunkObject
from ..models.finish_reason import FinishReason
from ..types import Model


@_attrs_define
class CompletionChunk(Model):
    """
    Attributes:
        choices (list[CompletionChunkChoice]):
        id (str):
        finish_reason (FinishReason | None):
        seed (int | None):
        token (CompletionToken | None):
        usage (None | UsageData):
        object (CompletionChunkObject | None):
        created (int | None):
        model (str | None):
    """

    choices: list[CompletionChunkChoice]
    id: str
    finish_reason: FinishReason | None = None
    seed: int | None = None
    token: CompletionToken | None = None
    usage: None | UsageData = None
    object: CompletionChunkObject | None = None
    created: int | None = None
    model: str | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("choices", "choices"),
        ("id", "id"),
        ("finish_reason", "finish_reason"),
        ("seed", "seed"),
        ("token", "token"),
        ("usage", "usage"),
        ("object", "object"),
        ("created", "created"),
        ("model", "model"),
    )
    _keys: ClassVar[frozenset[str]] = frozenset(key for _, key in _fields)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        choices = src_dict["choices"]
        if choices is not None:
            choices = [
                None if x0 is None else CompletionChunkChoice.from_dict(x0)
                for x0 in choices
            ]
        id = src_dict["id"]
        finish_reason = _get("finish_reason")
        if finish_reason is not None:
            finish_reason = FinishReason(finish_reason)
        seed = _get("seed")
        token = _get("token")
        if token is not None:
            token = CompletionToken.from_dict(token)
        usage = _get("usage")
        if usage is not None:
            usage = UsageData.from_dict(usage)
        object_ = _get("object")
        if object_ is not None:
            object_ = CompletionChunkObject(object_)
        created = _get("created")
        model = _get("model")
        # Positional, in the order the fields are declared: cheaper than keywords.
        return cls(
            choices,
            id,
            finish_reason,
            seed,
            token,
            usage,
            object_,
            created,
            model,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.completion_chunk_choice import CompletionChunkChoice
from ..models.completion_token import CompletionToken
from ..models.usage_data import UsageData
