from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

_new = object.__new__

from typing import Literal

from ..models.finish_reason import FinishReason


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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is read from a JSON object, not {type(src_dict).__name__}"
            )
        # The required fields must be there (a missing one fails here, at read time); every
        # field is read when first asked for (see types.Model.__getattr__).
        src_dict["id"]
        src_dict["choices"]
        self = _new(cls)
        self._wire = src_dict
        return self


def _build_choices(value: Any) -> Any:
    return [None if x0 is None else CompletionChunkChoice.from_dict(x0) for x0 in value]


def _build_token(value: Any) -> Any:
    return CompletionToken.from_dict(value)


def _build_usage(value: Any) -> Any:
    return UsageData.from_dict(value)


def _build_finish_reason(value: Any) -> Any:
    return FinishReason(value)


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "id": ("id", None, None),
    "choices": ("choices", _build_choices, None),
    "token": ("token", _build_token, None),
    "created": ("created", None, None),
    "object": ("object", None, None),
    "usage": ("usage", _build_usage, None),
    "seed": ("seed", None, None),
    "finish_reason": ("finish_reason", _build_finish_reason, None),
    "model": ("model", None, None),
}
CompletionChunk._lazy = _LAZY


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.completion_chunk_choice import CompletionChunkChoice
from ..models.completion_token import CompletionToken
from ..models.usage_data import UsageData
