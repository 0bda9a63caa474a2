from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model, is_known

_new = object.__new__


from ..models.audio_speech_request_bit_rate import AudioSpeechRequestBitRate
from ..models.audio_speech_request_language import AudioSpeechRequestLanguage
from ..models.audio_speech_request_model_type_0 import AudioSpeechRequestModelType0
from ..models.audio_speech_request_response_encoding import (
    AudioSpeechRequestResponseEncoding,
)
from ..models.audio_speech_request_response_format import (
    AudioSpeechRequestResponseFormat,
)


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class AudioSpeechRequest(Model):
    """
    Attributes:
        model (AudioSpeechRequestModelType0 | str): The name of the model to query.<br> <br> [See all of Together AI's
            chat models](https://docs.together.ai/docs/serverless-models#audio-models) The current supported tts models are:
            - cartesia/sonic - hexgrad/Kokoro-82M - canopylabs/orpheus-3b-0.1-ft
        input (str): Input text to generate the audio for
        voice (str): The voice to use for generating the audio. The voices supported are different for each model. For
            eg - for canopylabs/orpheus-3b-0.1-ft, one of the voices supported is tara, for hexgrad/Kokoro-82M, one of the
            voices supported is af_alloy and for cartesia/sonic, one of the voices supported is "friendly sidekick". <br>
            <br> You can view the voices supported for each model using the /v1/voices endpoint sending the model name as
            the query parameter. [View all supported voices here](https://docs.together.ai/docs/text-to-speech#supported-
            voices). <br> <br> `hexgrad/Kokoro-82M` additionally supports voice mixing, where two or more voices are
            combined into a single blended voice by joining their names with `+` (e.g. `af_bella+af_heart`). Optional per-
            voice weights can be provided in parentheses (e.g. `af_bella(2)+af_heart(1)`). Other models require a single
            voice name.
        response_format (AudioSpeechRequestResponseFormat | None): The format of audio output. Supported formats are
            mp3, wav, raw if streaming is false. If streaming is true, the only supported format is raw.
        language (AudioSpeechRequestLanguage | None): Language of input text.
        response_encoding (AudioSpeechRequestResponseEncoding | None): Audio encoding of response. Only applicable when
            response_format is raw or pcm. Cartesia models respect this parameter and support all values. Orpheus, Kokoro,
            and Minimax models always return pcm_s16le regardless of this setting.
        sample_rate (int | None): Sampling rate in Hz for the output audio. Cartesia and Minimax models respect this
            parameter. Orpheus and Kokoro models always output at 24000 Hz regardless of this setting.
        bit_rate (AudioSpeechRequestBitRate | None): Bitrate of the MP3 audio output in bits per second. Only applicable
            when response_format is mp3. Higher values produce better audio quality at larger file sizes. Default is 128000.
            Currently supported on Cartesia models.
        stream (bool | None): If true, output is streamed for several characters at a time instead of waiting for the
            full response. The stream terminates with `data: [DONE]`. If false, return the encoded audio as octet stream
    """

    model: AudioSpeechRequestModelType0 | str
    input: str
    voice: str
    response_format: AudioSpeechRequestResponseFormat | None = None
    language: AudioSpeechRequestLanguage | None = None
    response_encoding: AudioSpeechRequestResponseEncoding | None = None
    sample_rate: int | None = None
    bit_rate: AudioSpeechRequestBitRate | None = None
    stream: bool | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("model", "model"),
        ("input", "input"),
        ("voice", "voice"),
        ("response_format", "response_format"),
        ("language", "language"),
        ("response_encoding", "response_encoding"),
        ("sample_rate", "sample_rate"),
        ("bit_rate", "bit_rate"),
        ("stream", "stream"),
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
        src_dict["model"]
        src_dict["input"]
        src_dict["voice"]
        self = _new(cls)
        self._wire = src_dict
        return self


def _read_model(data: Any) -> Any:
    """The first type that reads ``data`` with enum values it knows (so models are told apart
    by their discriminating enum); else ``data`` as it came."""
    value: Any
    if not isinstance(data, dict | list):  # an enum: a scalar
        try:
            value = AudioSpeechRequestModelType0(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        else:
            if is_known(value):
                return value
    return data


def _build_model(value: Any) -> Any:
    return _read_model(value)


def _build_response_format(value: Any) -> Any:
    return AudioSpeechRequestResponseFormat(value)


def _build_language(value: Any) -> Any:
    return AudioSpeechRequestLanguage(value)


def _build_response_encoding(value: Any) -> Any:
    return AudioSpeechRequestResponseEncoding(value)


def _build_bit_rate(value: Any) -> Any:
    return AudioSpeechRequestBitRate(value)


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "model": ("model", _build_model, None),
    "input": ("input", None, None),
    "voice": ("voice", None, None),
    "response_format": ("response_format", _build_response_format, None),
    "language": ("language", _build_language, None),
    "response_encoding": ("response_encoding", _build_response_encoding, None),
    "sample_rate": ("sample_rate", None, None),
    "bit_rate": ("bit_rate", _build_bit_rate, None),
    "stream": ("stream", None, None),
}
AudioSpeechRequest._lazy = _LAZY
