"""Consts and enums of every result model read tolerantly: a value the spec does not list is kept.

The current spec writes most ``object`` fields as a ``const`` (``"chat.completion.chunk"``) and
has many new enums (batch and job statuses, file purposes, ...). The service adds values before
the spec lists them, so each const and enum field of every model an answer can hold is read
with a value the spec does not have; the model keeps it as sent (and ``to_dict()`` gives it
back), and ``null`` reads in it too.
"""

from __future__ import annotations

import enum
import types
import typing
from typing import Any

import pytest
from together_api_client import models, results

UNKNOWN = "zz-not-in-the-spec"


def _fields() -> list[tuple[type, str, str]]:
    """(model, attribute, wire name) of every const or enum field of every result model."""
    found = []
    for name in results.__all__:
        cls = getattr(models, name)
        if not hasattr(cls, "_fields"):
            continue  # an enum itself
        hints = typing.get_type_hints(cls)
        for attribute, wire in cls._fields:
            hint = hints[attribute]
            union = typing.get_origin(hint) in (typing.Union, types.UnionType)
            parts = typing.get_args(hint) if union else (hint,)
            if any(
                typing.get_origin(p) is typing.Literal
                or (isinstance(p, type) and issubclass(p, enum.Enum))
                for p in parts
            ):
                found.append((cls, attribute, wire))
    return found


FIELDS = _fields()


def test_the_current_spec_has_many_consts_and_enums_to_read() -> None:
    assert len(FIELDS) > 60
    assert {(c.__name__, a) for c, a, _ in FIELDS} >= {
        ("ChatCompletionChunk", "object"),
        ("BatchJob", "status"),
        ("FileResponse", "purpose"),
        ("CompletionResponse", "object"),
    }


@pytest.mark.parametrize(
    ("cls", "attribute", "wire"), FIELDS, ids=[f"{c.__name__}.{a}" for c, a, _ in FIELDS]
)
def test_an_unlisted_value_is_kept(cls: Any, attribute: str, wire: str) -> None:
    data = {key: None for _, key in cls._fields}  # null reads in every field
    data[wire] = UNKNOWN
    model = cls.from_dict(data)
    assert getattr(model, attribute) == UNKNOWN
    assert model.to_dict()[wire] == UNKNOWN
    data[wire] = None
    assert getattr(cls.from_dict(data), attribute) is None
