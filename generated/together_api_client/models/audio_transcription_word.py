from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class AudioTranscriptionWord(Model):
    """
    Attributes:
        word (str): The word
        start (float): Start time of the word in seconds
        end (float): End time of the word in seconds
        speaker_id (str | None): The speaker id for the word (only when diarize is enabled)
    """

    word: str
    start: float
    end: float
    speaker_id: str | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("word", "word"),
        ("start", "start"),
        ("end", "end"),
        ("speaker_id", "speaker_id"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_word = src_dict["word"]
        v_start = src_dict["start"]
        v_end = src_dict["end"]
        v_speaker_id = _get("speaker_id")
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_word,
            v_start,
            v_end,
            v_speaker_id,
            src_dict,
        )
