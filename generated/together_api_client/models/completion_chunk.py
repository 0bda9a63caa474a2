from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.finish_reason import FinishReason
from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class CompletionChunk(Model):
    """
    Attributes:
        id (str):
        choices (list[CompletionChunkChoice]):
        token (CompletionToken | None):
        created (int | None):
        object (Literal['completion.chunk'] | None): The object type, which is always `completion.chunk`.
        usage (None | UsageData):
        seed (int | None):
        finish_reason (FinishReason | None):
        model (str | None):
    """

    id: str
    choices: list[CompletionChunkChoice]
    token: CompletionToken | None = None
    created: int | None = None
    object: Literal["completion.chunk"] | None = None
    usage: None | UsageData = None
    seed: int | None = None
    finish_reason: FinishReason | None = None
    model: str | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("choices", "choices"),
        ("token", "token"),
        ("created", "created"),
        ("object", "object"),
        ("usage", "usage"),
        ("seed", "seed"),
        ("finish_reason", "finish_reason"),
        ("model", "model"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_id = src_dict["id"]
        v_choices = src_dict["choices"]
        if v_choices is not None:
            v_choices = [
                None if x0 is None else CompletionChunkChoice.from_dict(x0)
                for x0 in v_choices
            ]
        v_token = _get("token")
        if v_token is not None:
            v_token = CompletionToken.from_dict(v_token)
        v_created = _get("created")
        v_object_ = _get("object")
        v_usage = _get("usage")
        if v_usage is not None:
            v_usage = UsageData.from_dict(v_usage)
        v_seed = _get("seed")
        v_finish_reason = _get("finish_reason")
        if v_finish_reason is not None:
            v_finish_reason = FinishReason(v_finish_reason)
        v_model = _get("model")
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_id,
            v_choices,
            v_token,
            v_created,
            v_object_,
            v_usage,
            v_seed,
            v_finish_reason,
            v_model,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.completion_chunk_choice import CompletionChunkChoice
from ..models.completion_token import CompletionToken
from ..models.usage_data import UsageData
