from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class AudioTranscriptionSpeakerSegment(Model):
    """
    Attributes:
        speaker_id (str): The speaker identifier
        start (float): Start time of the speaker segment in seconds
        end (float): End time of the speaker segment in seconds
        words (list[AudioTranscriptionWord]): Array of words spoken by this speaker in this segment
        text (str): The full text spoken by this speaker in this segment
        id (int): Unique identifier for the speaker segment
    """

    speaker_id: str
    start: float
    end: float
    words: list[AudioTranscriptionWord]
    text: str
    id: int
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("speaker_id", "speaker_id"),
        ("start", "start"),
        ("end", "end"),
        ("words", "words"),
        ("text", "text"),
        ("id", "id"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        v_speaker_id = src_dict["speaker_id"]
        v_start = src_dict["start"]
        v_end = src_dict["end"]
        v_words = src_dict["words"]
        if v_words is not None:
            v_words = [
                None if x0 is None else AudioTranscriptionWord.from_dict(x0)
                for x0 in v_words
            ]
        v_text = src_dict["text"]
        v_id = src_dict["id"]
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_speaker_id,
            v_start,
            v_end,
            v_words,
            v_text,
            v_id,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.audio_transcription_word import AudioTranscriptionWord
