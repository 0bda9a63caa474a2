from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import File, Model, is_known

_new = object.__new__


from ..models.audio_translation_request_model import AudioTranslationRequestModel
from ..models.audio_translation_request_response_format import (
    AudioTranslationRequestResponseFormat,
)
from ..models.audio_translation_request_timestamp_granularities_type_0 import (
    AudioTranslationRequestTimestampGranularitiesType0,
)
from ..models.audio_translation_request_timestamp_granularities_type_1_item import (
    AudioTranslationRequestTimestampGranularitiesType1Item,
)


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class AudioTranslationRequest(Model):
    """
    Attributes:
        file (File | str): Audio file upload or public HTTP/HTTPS URL. Supported formats .wav, .mp3, .m4a, .webm, .flac.
        model (AudioTranslationRequestModel | None): Model to use for translation
        language (str | None): Target output language. Optional ISO 639-1 language code. If omitted, language is set to
            English.
        prompt (str | None): Optional text to bias decoding.
        response_format (AudioTranslationRequestResponseFormat | None): The format of the response
        temperature (float | None): Sampling temperature between 0.0 and 1.0
        timestamp_granularities (AudioTranslationRequestTimestampGranularitiesType0 |
            list[AudioTranslationRequestTimestampGranularitiesType1Item] | None): Controls level of timestamp detail in
            verbose_json. Only used when response_format is verbose_json. Can be a single granularity or an array to get
            multiple levels.
    """

    file: File | str
    model: AudioTranslationRequestModel | None = None
    language: str | None = None
    prompt: str | None = None
    response_format: AudioTranslationRequestResponseFormat | None = None
    temperature: float | None = None
    timestamp_granularities: (
        AudioTranslationRequestTimestampGranularitiesType0
        | list[AudioTranslationRequestTimestampGranularitiesType1Item]
        | None
    ) = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("file", "file"),
        ("model", "model"),
        ("language", "language"),
        ("prompt", "prompt"),
        ("response_format", "response_format"),
        ("temperature", "temperature"),
        ("timestamp_granularities", "timestamp_granularities"),
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
        src_dict["file"]
        self = _new(cls)
        self._wire = src_dict
        return self

    def to_multipart(self) -> list[tuple[str, Any]]:
        """The body as multipart parts, for the generated request functions (the facade sends
        multipart bodies itself): a file as it is, any other value as text."""
        return [
            (
                key,
                value.to_tuple()
                if isinstance(value, File)
                else (None, str(value), "text/plain"),
            )
            for key, value in self.to_dict().items()
        ]


def _read_timestamp_granularities(data: Any) -> Any:
    """The first type that reads ``data`` with enum values it knows (so models are told apart
    by their discriminating enum); else ``data`` as it came."""
    value: Any
    if not isinstance(data, dict | list):  # an enum: a scalar
        try:
            value = AudioTranslationRequestTimestampGranularitiesType0(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        else:
            if is_known(value):
                return value
    if isinstance(data, list):
        try:
            value = [
                None
                if x0 is None
                else AudioTranslationRequestTimestampGranularitiesType1Item(x0)
                for x0 in data
            ]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        else:
            if is_known(value):
                return value
    return data


def _build_model(value: Any) -> Any:
    return AudioTranslationRequestModel(value)


def _build_response_format(value: Any) -> Any:
    return AudioTranslationRequestResponseFormat(value)


def _build_timestamp_granularities(value: Any) -> Any:
    return _read_timestamp_granularities(value)


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "file": ("file", None, None),
    "model": ("model", _build_model, None),
    "language": ("language", None, None),
    "prompt": ("prompt", None, None),
    "response_format": ("response_format", _build_response_format, None),
    "temperature": ("temperature", None, None),
    "timestamp_granularities": (
        "timestamp_granularities",
        _build_timestamp_granularities,
        None,
    ),
}
AudioTranslationRequest._lazy = _LAZY
