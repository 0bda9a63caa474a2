from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audio_speech_request_bit_rate import AudioSpeechRequestBitRate
from ..models.audio_speech_request_language import AudioSpeechRequestLanguage
from ..models.audio_speech_request_model_type_0 import AudioSpeechRequestModelType0
from ..models.audio_speech_request_response_encoding import (
    AudioSpeechRequestResponseEncoding,
)
from ..models.audio_speech_request_response_format import (
    AudioSpeechRequestResponseFormat,
)
from ..types import Model, is_known


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
        _get = src_dict.get
        v_model = src_dict["model"]
        if v_model is not None:
            v_model = _read_model(v_model)
        v_input_ = src_dict["input"]
        v_voice = src_dict["voice"]
        v_response_format = _get("response_format")
        if v_response_format is not None:
            v_response_format = AudioSpeechRequestResponseFormat(v_response_format)
        v_language = _get("language")
        if v_language is not None:
            v_language = AudioSpeechRequestLanguage(v_language)
        v_response_encoding = _get("response_encoding")
        if v_response_encoding is not None:
            v_response_encoding = AudioSpeechRequestResponseEncoding(
                v_response_encoding
            )
        v_sample_rate = _get("sample_rate")
        v_bit_rate = _get("bit_rate")
        if v_bit_rate is not None:
            v_bit_rate = AudioSpeechRequestBitRate(v_bit_rate)
        v_stream = _get("stream")
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_model,
            v_input_,
            v_voice,
            v_response_format,
            v_language,
            v_response_encoding,
            v_sample_rate,
            v_bit_rate,
            v_stream,
            src_dict,
        )


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
