from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audio_translation_verbose_json_response_task import (
    AudioTranslationVerboseJsonResponseTask,
)
from ..types import Model


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
        _get = src_dict.get
        v_task = src_dict["task"]
        if v_task is not None:
            v_task = AudioTranslationVerboseJsonResponseTask(v_task)
        v_language = src_dict["language"]
        v_duration = src_dict["duration"]
        v_text = src_dict["text"]
        v_segments = src_dict["segments"]
        if v_segments is not None:
            v_segments = [
                None if x0 is None else AudioTranscriptionSegment.from_dict(x0)
                for x0 in v_segments
            ]
        v_words = _get("words")
        if v_words is not None:
            v_words = [
                None if x0 is None else AudioTranscriptionWord.from_dict(x0)
                for x0 in v_words
            ]
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_task,
            v_language,
            v_duration,
            v_text,
            v_segments,
            v_words,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.audio_transcription_segment import AudioTranscriptionSegment
from ..models.audio_transcription_word import AudioTranscriptionWord
