from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

_new = object.__new__


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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is read from a JSON object, not {type(src_dict).__name__}"
            )
        # The required fields must be there (a missing one fails here, at read time); every
        # field is read when first asked for (see types.Model.__getattr__).
        src_dict["speaker_id"]
        src_dict["start"]
        src_dict["end"]
        src_dict["words"]
        src_dict["text"]
        src_dict["id"]
        self = _new(cls)
        self._wire = src_dict
        return self


def _build_words(value: Any) -> Any:
    return [
        None if x0 is None else AudioTranscriptionWord.from_dict(x0) for x0 in value
    ]


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "speaker_id": ("speaker_id", None, None),
    "start": ("start", None, None),
    "end": ("end", None, None),
    "words": ("words", _build_words, None),
    "text": ("text", None, None),
    "id": ("id", None, None),
}
AudioTranscriptionSpeakerSegment._lazy = _LAZY


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.audio_transcription_word import AudioTranscriptionWord
