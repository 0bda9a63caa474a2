from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audio_transcription_verbose_json_response_task import (
    AudioTranscriptionVerboseJsonResponseTask,
)
from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class AudioTranscriptionVerboseJsonResponse(Model):
    """
    Attributes:
        task (AudioTranscriptionVerboseJsonResponseTask): The task performed
        language (str): The language of the audio
        duration (float): The duration of the audio in seconds
        text (str): The transcribed text
        segments (list[AudioTranscriptionSegment]): Array of transcription segments
        words (list[AudioTranscriptionWord] | None): Array of transcription words (only when timestamp_granularities
            includes 'word')
        speaker_segments (list[AudioTranscriptionSpeakerSegment] | None): Array of transcription speaker segments (only
            when diarize is enabled)
    """

    task: AudioTranscriptionVerboseJsonResponseTask
    language: str
    duration: float
    text: str
    segments: list[AudioTranscriptionSegment]
    words: list[AudioTranscriptionWord] | None = None
    speaker_segments: list[AudioTranscriptionSpeakerSegment] | None = None
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
        ("speaker_segments", "speaker_segments"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_task = src_dict["task"]
        if v_task is not None:
            v_task = AudioTranscriptionVerboseJsonResponseTask(v_task)
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
        v_speaker_segments = _get("speaker_segments")
        if v_speaker_segments is not None:
            v_speaker_segments = [
                None if x0 is None else AudioTranscriptionSpeakerSegment.from_dict(x0)
                for x0 in v_speaker_segments
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
            v_speaker_segments,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.audio_transcription_segment import AudioTranscriptionSegment
from ..models.audio_transcription_speaker_segment import (
    AudioTranscriptionSpeakerSegment,
)
from ..models.audio_transcription_word import AudioTranscriptionWord
