from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_response_object import ChatCompletionResponseObject
from ..types import Model


@_attrs_define
class ChatCompletionResponse(Model):
    """
    Attributes:
        choices (list[ChatCompletionResponseChoice]):
        created (int):
        id (str):
        model (str):
        object (ChatCompletionResponseObject):
        usage (None | UsageData):
    """

    choices: list[ChatCompletionResponseChoice]
    created: int
    id: str
    model: str
    object: ChatCompletionResponseObject
    usage: None | UsageData = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("choices", "choices"),
        ("created", "created"),
        ("id", "id"),
        ("model", "model"),
        ("object", "object"),
        ("usage", "usage"),
    )
    _keys: ClassVar[frozenset[str]] = frozenset(key for _, key in _fields)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        choices = src_dict["choices"]
        if choices is not None:
            choices = [
                None if x0 is None else ChatCompletionResponseChoice.from_dict(x0)
                for x0 in choices
            ]
        created = src_dict["created"]
        id = src_dict["id"]
        model = src_dict["model"]
        object_ = src_dict["object"]
        if object_ is not None:
            object_ = ChatCompletionResponseObject(object_)
        usage = _get("usage")
        if usage is not None:
            usage = UsageData.from_dict(usage)
        # Positional, in the order the fields are declared: cheaper than keywords.
        return cls(
            choices,
            created,
            id,
            model,
            object_,
            usage,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.chat_completion_response_choice import ChatCompletionResponseChoice
from ..models.usage_data import UsageData
