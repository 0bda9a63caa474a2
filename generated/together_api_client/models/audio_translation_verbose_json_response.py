from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

_new = object.__new__


from ..models.audio_translation_verbose_json_response_task import (
    AudioTranslationVerboseJsonResponseTask,
)


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class AudioTranslationVerboseJsonResponse(Model):
    """
    Attributes:
        task (AudioTranslationVerboseJsonResponseTask): The task performed
        language (str): The target language of the translation
        duration (float): The duration of the audio in seconds
        text (str): The translated text
        segments (list[AudioTranscriptionSegment]): Array of translation segments
        words (list[AudioTranscriptionWord] | None): Array of translation words (only when timestamp_granularities
            includes 'word')
    """

    task: AudioTranslationVerboseJsonResponseTask
    language: str
    duration: float
    text: str
    segments: list[AudioTranscriptionSegment]
    words: list[AudioTranscriptionWord] | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("task", "task"),
        ("language", "language"),
        ("duration", "duration"),
        ("text", "text"),
        ("segments", "segments"),
        ("words", "words"),
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
        src_dict["task"]
        src_dict["language"]
        src_dict["duration"]
        src_dict["text"]
        src_dict["segments"]
        self = _new(cls)
        self._wire = src_dict
        return self


def _build_task(value: Any) -> Any:
    return AudioTranslationVerboseJsonResponseTask(value)


def _build_segments(value: Any) -> Any:
    return [
        None if x0 is None else AudioTranscriptionSegment.from_dict(x0) for x0 in value
    ]


def _build_words(value: Any) -> Any:
    return [
        None if x0 is None else AudioTranscriptionWord.from_dict(x0) for x0 in value
    ]


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "task": ("task", _build_task, None),
    "language": ("language", None, None),
    "duration": ("duration", None, None),
    "text": ("text", None, None),
    "segments": ("segments", _build_segments, None),
    "words": ("words", _build_words, None),
}
AudioTranslationVerboseJsonResponse._lazy = _LAZY


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.audio_transcription_segment import AudioTranscriptionSegment
from ..models.audio_transcription_word import AudioTranscriptionWord
