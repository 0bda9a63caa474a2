"""``client.audio``: speech from text (``speech``), and text from speech (``transcriptions``,
``translations``).

Speech (POST /audio/speech) comes three ways, which differ in where the audio goes:

* ``speech.create(...)`` returns the whole audio as ``bytes``, read into memory (capped by the
  client's ``max_response_bytes``);
* ``speech.create_to_file(output=..., ...)`` writes it to a file as it arrives: memory stays
  bounded whatever its size, and the file appears only once it is complete;
* ``speech.create(..., stream=True)`` returns a ``SpeechStream``: the service sends the audio
  as the model makes it, as server-sent events carrying base64 chunks (``AudioSpeechStreamChunk``
  in the spec), and iterating the stream gives each chunk's audio, decoded, as ``bytes``.

(``speech.with_streaming_response.create(...)`` also gives the binary answer unread, to read
with ``iter_bytes()``.) Transcriptions and translations upload an audio file (a path, bytes or
a file opened in binary mode) as ``multipart/form-data``, or send a public http(s) URL of one,
and read the answer as the ``response_format`` asked for.
"""

from __future__ import annotations

import base64
import binascii
import os
from collections import deque
from collections.abc import AsyncGenerator, Callable, Generator, Mapping
from dataclasses import replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Required, TypeVar, Unpack, overload

import httpx
from together_api_client import operations as _ops
from together_api_client.operations import OPERATIONS, Operation, RequestLine
from together_api_client.params import (
    AudioSpeechParams,
    AudioTranscriptionsParams,
    AudioTranslationsParams,
)

from .. import _download, _json, _progress
from .._body import aiter_body, iter_body
from .._calls import Call, RequestOptions, model_call
from .._docs import documented
from .._exceptions import (
    APIResponseValidationError,
    IncompleteStreamError,
    InvalidRequestError,
    InvalidTypeError,
    request_id_of,
    stream_error,
)
from .._json import JSONCodec
from .._operations import operation_call
from .._progress import ProgressOption
from .._resource import AsyncAPIResource, SyncAPIResource
from .._sse import ServerSentEvent
from .._streaming import EventFeed, raise_error_event
from ..types import (
    AudioTranscriptionJsonResponse,
    AudioTranscriptionVerboseJsonResponse,
    AudioTranslationJsonResponse,
    AudioTranslationVerboseJsonResponse,
)

if TYPE_CHECKING:
    from .._resource import (
        AsyncRawResponses,
        AsyncStreamingResponses,
        RawResponses,
        StreamingResponses,
    )
    from .._response import wrap_araw, wrap_raw
    from .._streamed import wrap_astreamed, wrap_streamed

__all__ = [
    "AsyncAudio",
    "AsyncSpeech",
    "AsyncSpeechStream",
    "AsyncTranscriptions",
    "AsyncTranslations",
    "Audio",
    "Speech",
    "SpeechParams",
    "SpeechStream",
    "SpeechToFileParams",
    "TranscriptionParams",
    "TranscriptionResult",
    "Transcriptions",
    "TranslationParams",
    "TranslationResult",
    "Translations",
]


class SpeechParams(AudioSpeechParams, RequestOptions, total=False):
    """The fields of a speech request, as the spec has them (generated:
    ``together_api_client.params.AudioSpeechParams``), and the per-call options."""


class SpeechToFileParams(SpeechParams, total=False):
    """``speech.create_to_file``'s arguments: those of ``speech.create``, and where the audio
    goes."""

    output: Required[str | os.PathLike[str]]
    """The file to write the audio to (replaced if it exists; its folder is made if needed)."""
    progress: ProgressOption
    """True: a bar on stderr when it is a terminal; or a function, called as
    ``progress(bytes_written, total_bytes_or_None)`` as the audio arrives."""


_TO_FILE = {
    "output": "The file to write the audio to (replaced if it exists)",
    "progress": (
        "True for a bar on stderr when it is a terminal, or a function called as "
        "progress(bytes_written, total_bytes_or_None) as the audio arrives"
    ),
}


class TranscriptionParams(AudioTranscriptionsParams, RequestOptions, total=False):
    """The fields of a transcription request, as the spec has them (generated:
    ``together_api_client.params.AudioTranscriptionsParams``), and the per-call options.
    ``file`` is a path, bytes, a file opened in binary mode, or a public http(s) URL."""


class TranslationParams(AudioTranslationsParams, RequestOptions, total=False):
    """The fields of a translation request, as the spec has them (generated:
    ``together_api_client.params.AudioTranslationsParams``), and the per-call options.
    ``file`` is a path, bytes, a file opened in binary mode, or a public http(s) URL."""


T = TypeVar("T")

#: What ``transcriptions.create`` returns: the JSON response, or the verbose one when asked for
#: with ``response_format="verbose_json"`` (``isinstance`` tells which).
TranscriptionResult = AudioTranscriptionJsonResponse | AudioTranscriptionVerboseJsonResponse
#: What ``translations.create`` returns, likewise.
TranslationResult = AudioTranslationJsonResponse | AudioTranslationVerboseJsonResponse


# --- speech: the calls ------------------------------------------------------------------------


def _speech(params: Mapping[str, Any], stream: bool, name: str) -> Call[bytes]:
    """The speech call: its answer read as bytes, or, with ``stream``, left unread for a
    ``SpeechStream`` (the body gets ``"stream": true``, which the generated fields leave out)."""
    call: Call[bytes] = _call(OPERATIONS["audio_speech"], name, _ops.audio_speech(), params)
    if not stream:
        return call
    endpoint = replace(call.endpoint, json={**call.endpoint.json, "stream": True})
    return replace(call, endpoint=endpoint, stream=True, accept="text/event-stream")


def _to_file_args(
    params: Mapping[str, Any],
) -> tuple[dict[str, Any], str | os.PathLike[str], ProgressOption]:
    """``create_to_file``'s arguments: the speech call's, the output, the progress callback."""
    rest = dict(params)
    output = rest.pop("output", None)
    progress = rest.pop("progress", None)
    if output is None:
        raise InvalidRequestError(
            "audio.speech.create_to_file() needs 'output', the file to write the audio to."
        )
    return rest, output, progress


def _call(op: Operation, name: str, line: RequestLine, params: Mapping[str, Any]) -> Call[Any]:
    """``op``'s call, its errors naming the method the user called (``name``)."""
    return operation_call(op, line, params, name)


# --- speech: the stream -----------------------------------------------------------------------


class _SpeechEvents:
    """Turns the bytes of a streamed speech answer into audio. Pure: no I/O.

    The answer is server-sent events, each a JSON ``AudioSpeechStreamChunk`` whose ``b64`` is
    base64 audio, ended by ``data: [DONE]``. Read tolerantly: the audio may also be in
    ``audio`` (Together's docs show ``{"type": "delta", "audio": ...}`` events, ended by
    ``{"type": "done"}``), events of another ``type`` carrying no audio are skipped, and an
    answer that is audio itself (``audio/*`` or ``application/octet-stream``: a service that
    did not stream) is passed through as it arrives. An in-band error raises ``APIError``.
    """

    def __init__(self, response: httpx.Response, codec: JSONCodec) -> None:
        self.response = response
        self.loads = codec.loads
        kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
        self.binary = kind.startswith("audio/") or kind == "application/octet-stream"
        self.events = EventFeed(response, "speech stream")
        self.failure = self.events.failure
        self.done = False
        self.chunks = 0

    def feed(self, data: bytes) -> list[ServerSentEvent | bytes]:
        """What the next bytes complete: events (read one at a time by ``audio``, so that the
        audio before a bad event is given first), or the bytes themselves if the answer is
        audio; past the idle limit without an event (keep-alive comments do not count),
        ``APITimeoutError``."""
        if self.binary:
            return [data] if data else []
        return list(self.events.feed(data))

    def flush(self) -> list[ServerSentEvent | bytes]:
        """The event left when the bytes end."""
        return [] if self.binary else list(self.events.decoder.flush())

    def check_end(self) -> None:
        """At the end of the bytes: an event stream is complete only after its end marker."""
        if self.binary or self.done:
            return
        raise IncompleteStreamError(
            f"The speech stream ended after {self.chunks} audio chunk(s) without [DONE]: the "
            "audio is incomplete (what arrived was already given).",
            request=self.response.request,
        )

    def audio(self, item: ServerSentEvent | bytes) -> bytes | None:
        """The audio of an item ``feed`` gave, None if it has none; nothing after the end
        marker is read."""
        if isinstance(item, bytes):
            return item
        return None if self.done else self._read(item)

    def _read(self, event: ServerSentEvent) -> bytes | None:
        data = event.data
        if data.strip() == "[DONE]":
            self.done = True
            return None
        raise_error_event(event, self.loads, self.response)
        if not data.strip():
            return None
        try:
            raw = self.loads(data)
        except (ValueError, RecursionError) as exc:
            raise self._invalid(data, f"not JSON ({exc})") from exc
        if not isinstance(raw, dict):
            raise self._invalid(data, "not a JSON object")
        if raw.get("error"):
            raise stream_error(raw, self.response)
        encoded = raw["b64"] if "b64" in raw else raw.get("audio")
        if encoded is None:
            if raw.get("type") == "done":
                self.done = True
                return None
            if isinstance(raw.get("type"), str):
                return None  # an event of a kind that carries no audio
            raise self._invalid(data, "it has no base64 audio ('b64')")
        if not isinstance(encoded, str):
            raise self._invalid(data, f"its audio is a {type(encoded).__name__}, not base64 text")
        try:
            audio = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise self._invalid(data, f"its audio is not base64 ({exc})") from exc
        self.chunks += 1
        return audio

    def _invalid(self, data: str, why: str) -> APIResponseValidationError:
        shown = data if len(data) <= 300 else data[:300] + "..."
        return APIResponseValidationError(
            f"Cannot read a speech stream event: {why}. Event data: {shown!r}",
            request=self.response.request,
            body=data,
            request_id=request_id_of(self.response),
        )


class _SpeechStreamBase:
    """What both speech streams share: the answer, the reader of its events, and what the
    last bytes brought that is not read yet."""

    def __init__(self, response: httpx.Response, codec: JSONCodec = _json.DEFAULT) -> None:
        self.response = response
        self.request_id = request_id_of(response)
        self._events = _SpeechEvents(response, codec)
        self._pending: deque[ServerSentEvent | bytes] = deque()
        self._ended = False

    @property
    def chunks(self) -> int:
        """How many audio chunks (events with audio) have been read so far."""
        return self._events.chunks


class SpeechStream(_SpeechStreamBase):
    """The audio of a streamed speech answer, chunk by chunk as the model makes it: iterating
    gives each chunk's audio as ``bytes`` (raw PCM: ``response_format="raw"``, in the
    ``response_encoding`` and ``sample_rate`` asked for; no WAV header).

    The connection is released at the end, on an error, when a loop is left early, on
    ``close()`` and when a ``with`` block ends. A stream cut before ``[DONE]`` raises
    ``IncompleteStreamError`` after the audio that arrived.

    Example::

        with client.audio.speech.create(model="cartesia/sonic-2", input="Hello",
                                        voice="laidback woman", response_format="raw",
                                        response_encoding="pcm_s16le", stream=True) as stream:
            for audio in stream:
                player.write(audio)
    """

    def __init__(self, response: httpx.Response, codec: JSONCodec = _json.DEFAULT) -> None:
        super().__init__(response, codec)
        self._bytes: Generator[bytes, None, None] | None = None

    def __iter__(self) -> Generator[bytes, None, None]:
        try:
            while not self._ended:
                if self._pending:
                    if audio := self._events.audio(self._pending.popleft()):
                        yield audio
                    continue
                if self._events.done:
                    return
                if self._bytes is None:
                    self._bytes = iter_body(self.response)
                try:
                    data = next(self._bytes, None)
                except httpx.RequestError as exc:
                    raise self._events.failure(exc) from exc
                if data is None:
                    for item in self._events.flush():
                        if audio := self._events.audio(item):
                            yield audio
                    self._events.check_end()
                    return
                self._pending.extend(self._events.feed(data))
        finally:
            self.close()

    def __enter__(self) -> SpeechStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Release the connection. Safe to call more than once."""
        self._ended = True
        self.response.close()


class AsyncSpeechStream(_SpeechStreamBase):
    """``SpeechStream`` on ``AsyncTogether``: ``async for audio in stream`` (use
    ``async with`` to release the connection at once when leaving a loop early).

    Example::

        async with await client.audio.speech.create(..., stream=True) as stream:
            async for audio in stream:
                player.write(audio)
    """

    def __init__(self, response: httpx.Response, codec: JSONCodec = _json.DEFAULT) -> None:
        super().__init__(response, codec)
        self._bytes: AsyncGenerator[bytes, None] | None = None

    async def _audio(self) -> AsyncGenerator[bytes, None]:
        try:
            while not self._ended:
                if self._pending:
                    if audio := self._events.audio(self._pending.popleft()):
                        yield audio
                    continue
                if self._events.done:
                    return
                if self._bytes is None:
                    self._bytes = aiter_body(self.response)
                try:
                    data = await anext(self._bytes, None)
                except httpx.RequestError as exc:
                    raise self._events.failure(exc) from exc
                if data is None:
                    for item in self._events.flush():
                        if audio := self._events.audio(item):
                            yield audio
                    self._events.check_end()
                    return
                self._pending.extend(self._events.feed(data))
        finally:
            await self.close()

    def __aiter__(self) -> AsyncGenerator[bytes, None]:
        return self._audio()

    async def __aenter__(self) -> AsyncSpeechStream:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def close(self) -> None:
        """Release the connection. Safe to call more than once."""
        self._ended = True
        await self.response.aclose()


# --- speech: the areas ------------------------------------------------------------------------


class Speech(SyncAPIResource):
    """``client.audio.speech``: text to speech."""

    if TYPE_CHECKING:  # its methods, in its views (see the end of this module)
        with_raw_response: _SpeechRaw
        with_streaming_response: _SpeechStreaming

    @overload
    def create(
        self, *, stream: Literal[False] = False, **params: Unpack[SpeechParams]
    ) -> bytes: ...
    @overload
    def create(self, *, stream: Literal[True], **params: Unpack[SpeechParams]) -> SpeechStream: ...
    @overload
    def create(self, *, stream: bool, **params: Unpack[SpeechParams]) -> bytes | SpeechStream: ...
    @documented(SpeechParams, AudioSpeechParams, stream=True)
    def create(
        self, *, stream: bool = False, **params: Unpack[SpeechParams]
    ) -> bytes | SpeechStream:
        """Speak ``input`` in ``voice``: the whole audio, as bytes, in memory.

        Example::

            audio = client.audio.speech.create(model="cartesia/sonic-2", voice="laidback woman",
                                               input="Hello!", response_format="mp3")
            Path("hello.mp3").write_bytes(audio)

        For long audio, ``create_to_file(output=..., ...)`` writes it to disk as it arrives
        instead (memory stays bounded). With ``stream=True`` it returns a ``SpeechStream``: the
        audio as the model makes it, each chunk's audio as ``bytes`` (raw PCM: the service
        streams ``response_format="raw"`` only).
        """
        call = _speech(params, stream, "audio.speech.create")
        if stream:
            return SpeechStream(self._core.send(call), self._core.config.json)
        return self._core.request(call)

    @documented(SpeechToFileParams, AudioSpeechParams, descriptions=_TO_FILE)
    def create_to_file(self, **params: Unpack[SpeechToFileParams]) -> Path:
        """Speak ``input`` in ``voice`` into the file ``output`` (returned), written as the
        audio arrives: memory stays bounded however long the audio. The file appears only once
        complete (the bytes go to a temporary file beside it first); a cut connection sends the
        request again (up to 5 times) and starts the file over.

        Example::

            path = client.audio.speech.create_to_file(
                output="speech.wav", model="cartesia/sonic-2", voice="laidback woman",
                input="The quick brown fox jumps over the lazy dog.",
            )
        """
        rest, output, progress = _to_file_args(params)
        with _progress.transfer(progress, _progress.name_of(output)) as report:
            call = _speech(rest, False, "audio.speech.create_to_file")
            return self._core.run(_download.download(call, output, report))


class AsyncSpeech(AsyncAPIResource):
    """``client.audio.speech`` on ``AsyncTogether``."""

    if TYPE_CHECKING:  # its methods, in its views (see the end of this module)
        with_raw_response: _AsyncSpeechRaw
        with_streaming_response: _AsyncSpeechStreaming

    @overload
    async def create(
        self, *, stream: Literal[False] = False, **params: Unpack[SpeechParams]
    ) -> bytes: ...
    @overload
    async def create(
        self, *, stream: Literal[True], **params: Unpack[SpeechParams]
    ) -> AsyncSpeechStream: ...
    @overload
    async def create(
        self, *, stream: bool, **params: Unpack[SpeechParams]
    ) -> bytes | AsyncSpeechStream: ...
    @documented(SpeechParams, AudioSpeechParams, stream=True, like=Speech.create)
    async def create(
        self, *, stream: bool = False, **params: Unpack[SpeechParams]
    ) -> bytes | AsyncSpeechStream:
        """Speak ``input`` in ``voice`` (see ``Together.audio.speech.create``)."""
        call = _speech(params, stream, "audio.speech.create")
        if stream:
            return AsyncSpeechStream(await self._core.send(call), self._core.config.json)
        return await self._core.request(call)

    @documented(
        SpeechToFileParams, AudioSpeechParams, descriptions=_TO_FILE, like=Speech.create_to_file
    )
    async def create_to_file(self, **params: Unpack[SpeechToFileParams]) -> Path:
        """Speak into a file (see ``Together.audio.speech.create_to_file``); the file is written
        on the event loop's thread, a chunk at a time."""
        rest, output, progress = _to_file_args(params)
        with _progress.transfer(progress, _progress.name_of(output)) as report:
            call = _speech(rest, False, "audio.speech.create_to_file")
            return await self._core.run(_download.download(call, output, report))


# --- transcriptions and translations ----------------------------------------------------------

_URL_SCHEMES = ("http://", "https://")
_WHAT_TO_PASS = (
    "pass the path of an audio file, its bytes, a file opened with open(path, 'rb'), or a "
    "public http(s) URL of one"
)


def _audio_file(name: str, value: object) -> object:
    """``file`` as the runtime sends it: an http(s) URL stays text (the service fetches it); any
    other string is a local path, which must be a file (never sent as text); bytes and open
    binary files are uploaded as they are (a text-mode file is refused when read)."""
    if isinstance(value, str):
        if value.strip().lower().startswith(_URL_SCHEMES):
            return value.strip()
        if not value.strip():
            raise InvalidRequestError(f"{name}(): file is an empty string; {_WHAT_TO_PASS}.")
        value = Path(value)
    if isinstance(value, os.PathLike):
        path = Path(os.fsdecode(value))
        if not path.is_file():
            why = "is a folder" if path.is_dir() else "does not exist"
            raise InvalidRequestError(f"{name}(): file {str(path)!r} {why}; {_WHAT_TO_PASS}.")
        if path.stat().st_size == 0:
            raise InvalidRequestError(f"{name}(): file {str(path)!r} is empty (0 bytes).")
        return path
    if isinstance(value, bytes | bytearray):
        if not value:
            raise InvalidRequestError(f"{name}(): file is empty bytes (b''); {_WHAT_TO_PASS}.")
        return value
    if callable(getattr(value, "read", None)):
        return value
    raise InvalidTypeError(f"{name}(): file cannot be a {type(value).__name__}; {_WHAT_TO_PASS}.")


def _to_text(
    key: str, name: str, line: RequestLine, params: Mapping[str, Any], plain: Callable[[Any], T]
) -> Call[Any]:
    """The upload call of operation ``key``. Its answer is read by ``plain`` (the JSON response
    model's ``from_dict``: other fields the answer carries are kept) when ``response_format``
    is json, the default; else as whichever of the operation's result types it fits, the
    verbose one first (an answer lacking a field the verbose model requires is read as the
    JSON response, rather than refused)."""
    fields = dict(params)
    if fields.get("file") is not None:
        fields["file"] = _audio_file(name, fields["file"])
    call = _call(OPERATIONS[key], name, line, fields)
    if (fields.get("response_format") or "json") == "json":
        return model_call(name, call.endpoint, plain, call.options)
    return call


def _transcription(params: Mapping[str, Any]) -> Call[TranscriptionResult]:
    return _to_text(
        "audio_transcriptions",
        "audio.transcriptions.create",
        _ops.audio_transcriptions(),
        params,
        AudioTranscriptionJsonResponse.from_dict,
    )


def _translation(params: Mapping[str, Any]) -> Call[TranslationResult]:
    return _to_text(
        "audio_translations",
        "audio.translations.create",
        _ops.audio_translations(),
        params,
        AudioTranslationJsonResponse.from_dict,
    )


class Transcriptions(SyncAPIResource):
    """``client.audio.transcriptions``: speech to text, in the language spoken."""

    if TYPE_CHECKING:  # its methods, in its views (see the end of this module)
        with_raw_response: _TranscriptionsRaw
        with_streaming_response: _TranscriptionsStreaming

    @documented(TranscriptionParams, AudioTranscriptionsParams)
    def create(self, **params: Unpack[TranscriptionParams]) -> TranscriptionResult:
        """Transcribe an audio file: ``file`` is a path, bytes, a file opened in binary mode
        (``open(path, "rb")``) or a public http(s) URL (sent as text: the service fetches it).
        A string that is not a URL is a local path, and must exist.

        The result is an ``AudioTranscriptionJsonResponse`` (``.text``), or with
        ``response_format="verbose_json"`` an ``AudioTranscriptionVerboseJsonResponse``
        (``.segments``, ``.words``, ``.language``, ``.duration``); ``isinstance`` tells type
        checkers which.

        Example::

            result = client.audio.transcriptions.create(
                file="meeting.mp3", model="openai/whisper-large-v3", language="en"
            )
            print(result.text)
        """
        return self._core.request(_transcription(params))


class AsyncTranscriptions(AsyncAPIResource):
    """``client.audio.transcriptions`` on ``AsyncTogether``."""

    if TYPE_CHECKING:  # its methods, in its views (see the end of this module)
        with_raw_response: _AsyncTranscriptionsRaw
        with_streaming_response: _AsyncTranscriptionsStreaming

    @documented(TranscriptionParams, AudioTranscriptionsParams, like=Transcriptions.create)
    async def create(self, **params: Unpack[TranscriptionParams]) -> TranscriptionResult:
        """Transcribe an audio file (see ``Together.audio.transcriptions.create``); a file is
        read on the event loop's thread."""
        return await self._core.request(_transcription(params))


class Translations(SyncAPIResource):
    """``client.audio.translations``: speech to text, translated (to English by default)."""

    if TYPE_CHECKING:  # its methods, in its views (see the end of this module)
        with_raw_response: _TranslationsRaw
        with_streaming_response: _TranslationsStreaming

    @documented(TranslationParams, AudioTranslationsParams)
    def create(self, **params: Unpack[TranslationParams]) -> TranslationResult:
        """Translate the speech of an audio file into text in ``language`` (English when left
        out). ``file`` is as for ``transcriptions.create``: a path, bytes, a file opened in
        binary mode, or a public http(s) URL. The result is an
        ``AudioTranslationJsonResponse``, or with ``response_format="verbose_json"`` an
        ``AudioTranslationVerboseJsonResponse``.

        Example::

            result = client.audio.translations.create(
                file=open("interview-fr.wav", "rb"), model="openai/whisper-large-v3"
            )
            print(result.text)
        """
        return self._core.request(_translation(params))


class AsyncTranslations(AsyncAPIResource):
    """``client.audio.translations`` on ``AsyncTogether``."""

    if TYPE_CHECKING:  # its methods, in its views (see the end of this module)
        with_raw_response: _AsyncTranslationsRaw
        with_streaming_response: _AsyncTranslationsStreaming

    @documented(TranslationParams, AudioTranslationsParams, like=Translations.create)
    async def create(self, **params: Unpack[TranslationParams]) -> TranslationResult:
        """Translate the speech of an audio file (see ``Together.audio.translations.create``)."""
        return await self._core.request(_translation(params))


# --- client.audio -----------------------------------------------------------------------------


class Audio(SyncAPIResource):
    """``client.audio``: ``speech``, ``transcriptions`` and ``translations``."""

    @cached_property
    def speech(self) -> Speech:
        return Speech(self._core)

    @cached_property
    def transcriptions(self) -> Transcriptions:
        return Transcriptions(self._core)

    @cached_property
    def translations(self) -> Translations:
        return Translations(self._core)


class AsyncAudio(AsyncAPIResource):
    """``client.audio`` on ``AsyncTogether``."""

    @cached_property
    def speech(self) -> AsyncSpeech:
        return AsyncSpeech(self._core)

    @cached_property
    def transcriptions(self) -> AsyncTranscriptions:
        return AsyncTranscriptions(self._core)

    @cached_property
    def translations(self) -> AsyncTranslations:
        return AsyncTranslations(self._core)


# --- the views' types (see _resource): each area's methods, listed once per view ------------

if TYPE_CHECKING:

    class _SpeechRaw(RawResponses):
        def __init__(self, r: Speech) -> None:
            self.create = wrap_raw(r.create)
            self.create_to_file = wrap_raw(r.create_to_file)

    class _SpeechStreaming(StreamingResponses):
        def __init__(self, r: Speech) -> None:
            self.create = wrap_streamed(r.create)
            self.create_to_file = wrap_streamed(r.create_to_file)

    class _AsyncSpeechRaw(AsyncRawResponses):
        def __init__(self, r: AsyncSpeech) -> None:
            self.create = wrap_araw(r.create)
            self.create_to_file = wrap_araw(r.create_to_file)

    class _AsyncSpeechStreaming(AsyncStreamingResponses):
        def __init__(self, r: AsyncSpeech) -> None:
            self.create = wrap_astreamed(r.create)
            self.create_to_file = wrap_astreamed(r.create_to_file)

    class _TranscriptionsRaw(RawResponses):
        def __init__(self, r: Transcriptions) -> None:
            self.create = wrap_raw(r.create)

    class _TranscriptionsStreaming(StreamingResponses):
        def __init__(self, r: Transcriptions) -> None:
            self.create = wrap_streamed(r.create)

    class _AsyncTranscriptionsRaw(AsyncRawResponses):
        def __init__(self, r: AsyncTranscriptions) -> None:
            self.create = wrap_araw(r.create)

    class _AsyncTranscriptionsStreaming(AsyncStreamingResponses):
        def __init__(self, r: AsyncTranscriptions) -> None:
            self.create = wrap_astreamed(r.create)

    class _TranslationsRaw(RawResponses):
        def __init__(self, r: Translations) -> None:
            self.create = wrap_raw(r.create)

    class _TranslationsStreaming(StreamingResponses):
        def __init__(self, r: Translations) -> None:
            self.create = wrap_streamed(r.create)

    class _AsyncTranslationsRaw(AsyncRawResponses):
        def __init__(self, r: AsyncTranslations) -> None:
            self.create = wrap_araw(r.create)

    class _AsyncTranslationsStreaming(AsyncStreamingResponses):
        def __init__(self, r: AsyncTranslations) -> None:
            self.create = wrap_astreamed(r.create)
