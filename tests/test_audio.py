"""``client.audio``: speech as bytes, to a file (streamed to disk) and as a stream of decoded
audio chunks; transcriptions and translations as multipart uploads (a path, bytes, an open
binary file, or a URL sent as a form field); their typed results and failures. Each behaviour
is checked with ``Together`` and ``AsyncTogether``, against the stand-in API (``standin``) or,
for streams cut or held open, a scripted socket server."""

from __future__ import annotations

import asyncio
import base64
import inspect
import itertools
import json
import random
import threading
import time
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import together_facade as tf
from tests.helpers import API_KEY, ScriptedServer, checked_out
from together_facade import types
from together_facade._exceptions import InvalidTypeError
from together_facade.resources.audio import AsyncSpeechStream, SpeechStream
from together_facade.testing import StandIn

SPEECH = "POST /audio/speech"
TRANSCRIBE = "POST /audio/transcriptions"
TRANSLATE = "POST /audio/translations"
VOICE = {"model": "cartesia/sonic-2", "input": "Hello there", "voice": "laidback woman"}
SEGMENT = {"id": 0, "start": 0.0, "end": 1.5, "text": "hello world"}
VERBOSE = {
    "task": "transcribe",
    "language": "english",
    "duration": 1.5,
    "text": "hello world",
    "segments": [SEGMENT],
    "words": [{"word": "hello", "start": 0.0, "end": 0.5}],
}


def noise(size: int, seed: int = 7) -> bytes:
    """``size`` bytes that do not repeat (so that a misplaced piece shows)."""
    return random.Random(seed).randbytes(size)


class Run:
    """Runs ``fn(client)`` with a sync ``Together`` or an ``AsyncTogether`` (awaiting as
    needed); ``fn`` may also take the client's pool, to look at its connections."""

    def __init__(self, mode: str) -> None:
        self.mode = mode

    @property
    def is_async(self) -> bool:
        return self.mode == "async"

    def __call__(self, base_url: str, fn: Callable[[Any], Any], **options: Any) -> Any:
        options = {"api_key": API_KEY, "base_url": base_url, "max_retries": 0, **options}
        # Plain http on 127.0.0.1 only: a transport without certificate checks skips loading
        # the CA bundle, which costs more than most of these tests.
        if self.mode == "sync":
            with tf.Together(**options, transport=httpx.HTTPTransport(verify=False)) as client:
                return fn(client)

        async def main() -> Any:
            transport = httpx.AsyncHTTPTransport(verify=False)
            async with tf.AsyncTogether(**options, transport=transport) as client:
                result = fn(client)
                return await result if inspect.isawaitable(result) else result

        return asyncio.run(main())

    def each(self, base_url: str, *calls: Callable[[Any], Any]) -> list[Any]:
        """Make each call on one client (a client costs more than a local call): each one's
        result, or the ``TogetherError`` it raised."""

        async def outcome(result: Any) -> Any:
            try:
                return await result
            except tf.TogetherError as exc:
                return exc

        def all_calls(client: Any) -> Any:
            if self.is_async:

                async def main() -> list[Any]:
                    found = []
                    for call in calls:
                        try:
                            found.append(await outcome(call(client)))
                        except tf.TogetherError as exc:  # refused before anything is awaited
                            found.append(exc)
                    return found

                return main()
            found = []
            for call in calls:
                try:
                    found.append(call(client))
                except tf.TogetherError as exc:
                    found.append(exc)
            return found

        return list(self(base_url, all_calls))


def raised(outcome: Any, kind: type[Exception], match: str) -> None:
    """``outcome`` is an error of ``kind`` whose message has ``match``."""
    assert isinstance(outcome, kind), outcome
    assert match in str(outcome), str(outcome)


@pytest.fixture(params=["sync", "async"])
def run(request: pytest.FixtureRequest) -> Run:
    return Run(request.param)


@pytest.fixture(scope="module")
def shared() -> Iterator[StandIn]:
    with StandIn() as api:
        yield api


@pytest.fixture
def api(shared: StandIn) -> StandIn:
    shared.reset()
    return shared


@pytest.fixture(scope="module")
def scripted() -> Iterator[list[ScriptedServer]]:
    """The scripted servers of the module's tests, closed together at the end (closing one
    waits for its accept loop to notice, up to 0.2 s)."""
    servers: list[ScriptedServer] = []
    yield servers
    closing = [threading.Thread(target=server.close) for server in servers]
    for thread in closing:
        thread.start()
    for thread in closing:
        thread.join()


def serve(servers: list[ScriptedServer], *args: Any, **kwargs: Any) -> ScriptedServer:
    server = ScriptedServer(*args, **kwargs)
    servers.append(server)
    return server


def chunk(audio: bytes, model: str = "cartesia/sonic-2") -> dict[str, str]:
    """An ``AudioSpeechStreamChunk`` as the spec has it."""
    return {"object": "audio.tts.chunk", "model": model, "b64": base64.b64encode(audio).decode()}


def sse(*events: dict[str, Any] | str) -> bytes:
    lines = [e if isinstance(e, str) else json.dumps(e) for e in events]
    return "".join(f"data: {line}\n\n" for line in lines).encode()


def stream_audio(run: Run, base_url: str, first_only: bool = False, **fields: Any) -> Any:
    """Create a speech stream; give (the audio chunks, the error, the connections in use)."""
    out: dict[str, Any] = {"audio": [], "error": None}

    def sync(client: tf.Together) -> dict[str, Any]:
        stream = client.audio.speech.create(**{**VOICE, **fields}, stream=True)
        out["stream"] = stream
        try:
            for audio in stream:
                out["audio"].append(audio)
                if first_only:
                    break
        except tf.TogetherError as exc:
            out["error"] = exc
        out["checked_out"] = checked_out(client._http)
        return out

    async def asynchronous(client: tf.AsyncTogether) -> dict[str, Any]:
        stream = await client.audio.speech.create(**{**VOICE, **fields}, stream=True)
        out["stream"] = stream
        try:
            async with stream:
                async for audio in stream:
                    out["audio"].append(audio)
                    if first_only:
                        break
        except tf.TogetherError as exc:
            out["error"] = exc
        out["checked_out"] = checked_out(client._http)
        return out

    return run(base_url, asynchronous if run.is_async else sync)


# --- speech: bytes ------------------------------------------------------------------------------


def test_speech_returns_the_audio_the_service_sent(run: Run, api: StandIn) -> None:
    audio = noise(300_000)
    api.answer(SPEECH, body=audio, headers={"content-type": "audio/mpeg"})
    got = run(
        api.base_url,
        lambda c: c.audio.speech.create(**VOICE, response_format="mp3", language="en"),
    )
    assert isinstance(got, bytes) and got == audio
    (sent,) = api.calls(SPEECH)
    assert sent.json() == {**VOICE, "response_format": "mp3", "language": "en"}
    assert sent.headers["accept"] == "*/*"


def test_speech_default_answer_is_a_wav(run: Run, api: StandIn) -> None:
    got = run(api.base_url, lambda c: c.audio.speech.create(**VOICE))
    assert got[:4] == b"RIFF" and got[8:12] == b"WAVE"


def test_speech_raw_and_streamed_views(run: Run, api: StandIn) -> None:
    audio = noise(200_000)
    api.answer(SPEECH, body=audio, headers={"x-request-id": "tts-1"})
    raw = run(api.base_url, lambda c: c.audio.speech.with_raw_response.create(**VOICE))
    assert raw.request_id == "tts-1" and raw.parse() == audio

    def streamed(client: Any) -> Any:
        if run.is_async:

            async def main() -> list[bytes]:
                async with client.audio.speech.with_streaming_response.create(**VOICE) as r:
                    return [piece async for piece in r.iter_bytes(65536)]

            return main()
        with client.audio.speech.with_streaming_response.create(**VOICE) as r:
            return list(r.iter_bytes(65536))

    pieces = run(api.base_url, streamed)
    assert b"".join(pieces) == audio and len(pieces) == 4  # 200 000 bytes in 64 KiB pieces


# --- speech: to a file --------------------------------------------------------------------------


def test_speech_to_a_file_streams_to_disk(run: Run, api: StandIn, tmp_path: Path) -> None:
    audio = noise(20 * 1024 * 1024)
    api.answer(SPEECH, body=audio, headers={"content-type": "audio/wav"})
    seen: list[tuple[int, int | None]] = []
    output = tmp_path / "out" / "speech.wav"

    def call(client: Any) -> Any:
        return client.audio.speech.create_to_file(
            output=output, progress=lambda done, total: seen.append((done, total)), **VOICE
        )

    tracemalloc.start()
    try:
        path = run(api.base_url, call)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert path == output and output.read_bytes() == audio
    assert api.calls(SPEECH)[0].json() == VOICE  # output and progress are not sent
    # Written as it arrived: many pieces, none over 64 KiB, and memory far below the body's size.
    steps = [b[0] - a[0] for a, b in itertools.pairwise(seen)]
    assert seen[0] == (0, len(audio)) and seen[-1] == (len(audio), len(audio))
    assert len(steps) > 100 and max(steps) <= 64 * 1024
    assert peak < 4 * 1024 * 1024, f"peak {peak} bytes for a 20 MiB body"
    assert sorted(p.name for p in output.parent.iterdir()) == ["speech.wav"]  # no .part left


def test_speech_to_a_file_error_leaves_no_file(run: Run, api: StandIn, tmp_path: Path) -> None:
    api.answer(SPEECH, status=400)
    output = tmp_path / "speech.wav"
    with pytest.raises(tf.BadRequestError) as caught:
        run(api.base_url, lambda c: c.audio.speech.create_to_file(output=output, **VOICE))
    assert caught.value.status_code == 400
    assert list(tmp_path.iterdir()) == []


def test_speech_to_a_file_needs_a_writable_output(run: Run, api: StandIn, tmp_path: Path) -> None:
    folder, nowhere = run.each(
        api.base_url,
        lambda c: c.audio.speech.create_to_file(output=tmp_path, **VOICE),
        lambda c: c.audio.speech.create_to_file(**VOICE),
    )
    raised(folder, tf.InvalidRequestError, "is a folder")
    raised(nowhere, tf.InvalidRequestError, "needs 'output'")
    assert api.requests == []


# --- speech: streamed -------------------------------------------------------------------------


def test_speech_stream_gives_the_decoded_audio_in_order(run: Run, api: StandIn) -> None:
    pieces = [noise(1000 + i, seed=i) for i in range(5)]
    api.answer(SPEECH, sse=[chunk(p) for p in pieces])
    out = stream_audio(run, api.base_url, response_format="raw", response_encoding="pcm_s16le")
    assert out["error"] is None and out["audio"] == pieces
    assert isinstance(out["stream"], AsyncSpeechStream if run.is_async else SpeechStream)
    assert out["stream"].chunks == 5 and out["checked_out"] == []
    (sent,) = api.calls(SPEECH)
    assert sent.json() == {
        **VOICE,
        "response_format": "raw",
        "response_encoding": "pcm_s16le",
        "stream": True,
    }
    assert sent.headers["accept"] == "text/event-stream"


def test_speech_stream_of_the_default_answer(run: Run, api: StandIn) -> None:
    out = stream_audio(run, api.base_url)
    assert out["error"] is None and len(out["audio"]) == 3
    assert all(isinstance(a, bytes) and a for a in out["audio"])


def test_stopping_a_speech_stream_early_releases_the_connection(
    run: Run, scripted: list[ScriptedServer]
) -> None:
    server = serve(scripted, [sse(chunk(b"one"), chunk(b"two"))], end="hold", hold=5.0)
    started = time.monotonic()
    out = stream_audio(run, server.base_url, first_only=True)
    assert out["audio"] == [b"one"] and out["error"] is None
    assert out["checked_out"] == [] and out["stream"].response.is_closed
    assert time.monotonic() - started < 1.5


def test_speech_stream_ends_at_done_without_waiting_for_the_socket(
    run: Run, scripted: list[ScriptedServer]
) -> None:
    # Together's docs show {"type": "delta", "audio": ...} events ended by {"type": "done"}.
    events = sse(
        {"type": "delta", "audio": base64.b64encode(b"abc").decode()},
        {"type": "metadata", "note": "no audio here"},
        {"type": "done"},
        chunk(b"after the end"),
    )
    server = serve(scripted, [events], end="hold", hold=5.0)
    started = time.monotonic()
    out = stream_audio(run, server.base_url)
    assert out["error"] is None and out["audio"] == [b"abc"]
    assert time.monotonic() - started < 1.5 and out["checked_out"] == []


def test_a_speech_stream_cut_short_is_an_incomplete_stream(
    run: Run, scripted: list[ScriptedServer]
) -> None:
    server = serve(scripted, [sse(chunk(b"part"))], end="close")
    out = stream_audio(run, server.base_url)
    assert out["audio"] == [b"part"]
    assert isinstance(out["error"], tf.IncompleteStreamError | tf.APIConnectionError)
    assert out["checked_out"] == []


def test_a_speech_stream_without_done_is_incomplete(
    run: Run, scripted: list[ScriptedServer]
) -> None:
    server = serve(scripted, [sse(chunk(b"a"), chunk(b"b"))])  # the body ends, no [DONE]
    out = stream_audio(run, server.base_url)
    assert out["audio"] == [b"a", b"b"]
    assert isinstance(out["error"], tf.IncompleteStreamError)
    assert "after 2 audio chunk(s) without [DONE]" in str(out["error"])


@pytest.mark.parametrize("keepalive", [True, False], ids=["comments", "silence"])
def test_a_speech_stream_without_events_times_out(
    run: Run, scripted: list[ScriptedServer], keepalive: bool
) -> None:
    pings: list[bytes | float] = [0.1, b": ping\n\n"] * 8 if keepalive else []
    server = serve(scripted, [sse(chunk(b"first")), *pings], end="hold", hold=3.0)
    started = time.monotonic()
    out = stream_audio(run, server.base_url, stream_idle_timeout=0.3)
    assert out["audio"] == [b"first"]
    assert isinstance(out["error"], tf.APITimeoutError)
    assert "sent no event for 0.3 s" in str(out["error"])
    assert time.monotonic() - started < 1.5 and out["checked_out"] == []


def test_speech_stream_in_band_error(run: Run, api: StandIn) -> None:
    api.answer(SPEECH, sse=[chunk(b"ok"), {"error": {"message": "voice not found"}}], check=False)
    out = stream_audio(run, api.base_url)
    assert out["audio"] == [b"ok"]
    assert isinstance(out["error"], tf.APIError) and "voice not found" in str(out["error"])
    assert out["checked_out"] == []


@pytest.mark.parametrize(
    ("event", "why"),
    [
        ({"object": "audio.tts.chunk", "model": "m", "b64": "not base64!"}, "not base64"),
        ({"object": "audio.tts.chunk", "model": "m", "b64": 12}, "is a int"),
        ({"object": "audio.tts.chunk", "model": "m"}, "no base64 audio"),
        ("[1, 2]", "not a JSON object"),
        ("{oops", "not JSON"),
    ],
)
def test_speech_stream_unreadable_event(run: Run, api: StandIn, event: Any, why: str) -> None:
    api.answer(SPEECH, sse=[chunk(b"ok"), event], check=False)  # not a chunk: on purpose
    out = stream_audio(run, api.base_url)
    assert out["audio"] == [b"ok"]
    assert isinstance(out["error"], tf.APIResponseValidationError)
    assert why in str(out["error"]) and out["checked_out"] == []


def test_speech_stream_of_a_binary_answer_passes_the_audio_through(run: Run, api: StandIn) -> None:
    audio = noise(150_000)
    api.answer(SPEECH, body=audio, headers={"content-type": "audio/wav"})
    out = stream_audio(run, api.base_url)
    assert out["error"] is None and b"".join(out["audio"]) == audio and len(out["audio"]) > 1


def test_speech_error_answer_is_typed(run: Run, api: StandIn) -> None:
    api.answer(SPEECH, status=429, times=1)
    api.answer(SPEECH, status=400, times=1)
    limited, bad = run.each(
        api.base_url,
        lambda c: c.audio.speech.create(**VOICE),
        lambda c: c.audio.speech.create(**VOICE, stream=True),
    )
    assert isinstance(limited, tf.RateLimitError) and limited.status_code == 429
    assert isinstance(bad, tf.BadRequestError) and bad.status_code == 400


def test_speech_arguments_are_checked(run: Run, api: StandIn) -> None:
    missing, misspelt = run.each(
        api.base_url,
        lambda c: c.audio.speech.create(model="m", input="hi"),
        lambda c: c.audio.speech.create(model="m", input="hi", voise="x"),
    )
    raised(missing, tf.InvalidRequestError, "audio.speech.create() needs 'voice'")
    raised(misspelt, tf.InvalidRequestError, "Did you mean 'voice'")
    assert api.requests == []


# --- transcriptions and translations ----------------------------------------------------------


def transcribe(run: Run, api: StandIn, **fields: Any) -> Any:
    return run(api.base_url, lambda c: c.audio.transcriptions.create(**fields))


def test_transcription_uploads_the_file_and_its_fields(
    run: Run, api: StandIn, tmp_path: Path
) -> None:
    audio = noise(50_000)
    clip = tmp_path / "clip.wav"
    clip.write_bytes(audio)
    api.answer(TRANSCRIBE, json={"text": "hello world"})
    result = transcribe(
        run,
        api,
        file=str(clip),
        model="openai/whisper-large-v3",
        language="en",
        prompt="greetings",
        temperature=0.2,
        diarize=True,
    )
    assert isinstance(result, types.AudioTranscriptionJsonResponse)
    assert result.text == "hello world"
    (sent,) = api.calls(TRANSCRIBE)
    assert sent.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert api_form(sent) == {
        "file": ("clip.wav", audio),
        "model": (None, b"openai/whisper-large-v3"),
        "language": (None, b"en"),
        "prompt": (None, b"greetings"),
        "temperature": (None, b"0.2"),
        "diarize": (None, b"true"),
    }


def api_form(recorded: Any) -> dict[str, tuple[str | None, bytes]]:
    from together_facade.testing._record import multipart

    return multipart(recorded.headers["content-type"], recorded.body)


@pytest.mark.parametrize("kind", ["path", "bytes", "open file"])
def test_transcription_file_kinds(run: Run, api: StandIn, tmp_path: Path, kind: str) -> None:
    audio = noise(4096)
    clip = tmp_path / "take.mp3"
    clip.write_bytes(audio)
    with clip.open("rb") as opened:
        file: Any = {"path": clip, "bytes": audio, "open file": opened}[kind]
        transcribe(run, api, file=file)
    name, content = api_form(api.calls(TRANSCRIBE)[0])["file"]
    assert content == audio
    assert name == ("file" if kind == "bytes" else "take.mp3")


def test_transcription_of_a_url_sends_it_as_a_form_field(run: Run, api: StandIn) -> None:
    url = "https://example.com/audio/clip.wav"
    api.answer(TRANSCRIBE, json={"text": "from a url"})
    result = transcribe(run, api, file=url, language="auto")
    assert result.text == "from a url"
    (sent,) = api.calls(TRANSCRIBE)
    assert sent.headers["content-type"].startswith("multipart/form-data")  # not url-encoded
    assert api_form(sent) == {"file": (None, url.encode()), "language": (None, b"auto")}


def test_transcription_verbose_json_is_the_verbose_type(run: Run, api: StandIn) -> None:
    api.answer(TRANSCRIBE, json={**VERBOSE, "speaker_segments": []})
    result = transcribe(
        run,
        api,
        file=b"RIFF....WAVE",
        response_format="verbose_json",
        timestamp_granularities=["word", "segment"],
    )
    assert isinstance(result, types.AudioTranscriptionVerboseJsonResponse)
    assert (result.language, result.duration, result.segments[0].text) == (
        "english",
        1.5,
        "hello world",
    )
    assert result.words is not None and result.words[0].word == "hello"
    form = api_form(api.calls(TRANSCRIBE)[0])
    assert form["response_format"] == (None, b"verbose_json")
    # A list is sent as the field repeated; the stand-in's parser keeps the last one.
    assert form["timestamp_granularities"] == (None, b"segment")
    assert api.calls(TRANSCRIBE)[0].body.count(b'name="timestamp_granularities"') == 2


def test_transcription_json_result_keeps_the_other_fields(run: Run, api: StandIn) -> None:
    api.answer(TRANSCRIBE, json=VERBOSE)  # more than asked for: still the JSON response type
    result = transcribe(run, api, file=b"RIFF")
    assert isinstance(result, types.AudioTranscriptionJsonResponse)
    assert result.text == "hello world" and result["language"] == "english"


def test_verbose_json_answer_missing_fields_is_read_as_json(run: Run, api: StandIn) -> None:
    api.answer(TRANSCRIBE, json={"text": "just text"})
    result = transcribe(run, api, file=b"RIFF", response_format="verbose_json")
    assert isinstance(result, types.AudioTranscriptionJsonResponse)
    assert result.text == "just text"


def test_transcription_extra_body_fields_join_the_form(run: Run, api: StandIn) -> None:
    transcribe(run, api, file=b"RIFF", language="en", extra_body={"beta": True, "language": "fr"})
    form = api_form(api.calls(TRANSCRIBE)[0])
    assert form == {"file": ("file", b"RIFF"), "language": (None, b"fr"), "beta": (None, b"true")}


def test_translation(run: Run, api: StandIn, tmp_path: Path) -> None:
    clip = tmp_path / "interview-fr.wav"
    clip.write_bytes(b"RIFF-fr")
    api.answer(TRANSLATE, json={"text": "good morning"}, times=1)
    api.answer(TRANSLATE, json={**VERBOSE, "task": "translate"}, times=1)
    plain, verbose = run.each(
        api.base_url,
        lambda c: c.audio.translations.create(file=clip, model="openai/whisper-large-v3"),
        lambda c: c.audio.translations.create(file=b"RIFF", response_format="verbose_json"),
    )
    assert isinstance(plain, types.AudioTranslationJsonResponse)
    assert plain.text == "good morning"
    form = api_form(api.calls(TRANSLATE)[0])
    assert form["file"] == ("interview-fr.wav", b"RIFF-fr")
    assert form["model"] == (None, b"openai/whisper-large-v3")
    assert isinstance(verbose, types.AudioTranslationVerboseJsonResponse)
    assert (verbose.task, verbose.segments[0].end) == ("translate", 1.5)


# --- failures ---------------------------------------------------------------------------------


def test_a_missing_local_path_is_refused_not_sent_as_text(
    run: Run, api: StandIn, tmp_path: Path
) -> None:
    missing = tmp_path / "nope.wav"
    as_text, as_path, folder, blank = run.each(
        api.base_url,
        lambda c: c.audio.transcriptions.create(file=str(missing)),
        lambda c: c.audio.translations.create(file=missing),
        lambda c: c.audio.transcriptions.create(file=str(tmp_path)),
        lambda c: c.audio.transcriptions.create(file="  "),
    )
    raised(as_text, tf.InvalidRequestError, f"file {str(missing)!r} does not exist; pass the path")
    raised(as_path, tf.InvalidRequestError, "audio.translations.create(): file")
    raised(folder, tf.InvalidRequestError, "is a folder")
    raised(blank, tf.InvalidRequestError, "file is an empty string")
    assert api.requests == []


def test_unusable_files_are_refused(run: Run, api: StandIn, tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("not audio in binary mode")
    empty = tmp_path / "empty.wav"
    empty.touch()
    with text.open("r") as opened:
        outcomes = run.each(
            api.base_url,
            lambda c: c.audio.transcriptions.create(file=opened),
            lambda c: c.audio.transcriptions.create(file=empty),
            lambda c: c.audio.translations.create(file=b""),
            *[lambda c, w=wrong: c.audio.transcriptions.create(file=w) for wrong in WRONG],
            lambda c: c.audio.transcriptions.create(model="openai/whisper-large-v3"),
            lambda c: c.audio.transcriptions.create(file=b"RIFF", extra_body=["x"]),
        )
    text_mode, empty_file, empty_bytes, *wrong_types, no_file, bad_extra = outcomes
    raised(text_mode, InvalidTypeError, "must be opened in binary mode ('rb')")
    raised(empty_file, tf.InvalidRequestError, "is empty (0 bytes)")
    raised(empty_bytes, tf.InvalidRequestError, "file is empty bytes (b'')")
    for outcome, wrong in zip(wrong_types, WRONG, strict=True):
        raised(outcome, InvalidTypeError, f"file cannot be a {type(wrong).__name__}")
    raised(no_file, tf.InvalidRequestError, "audio.transcriptions.create() needs 'file'")
    raised(bad_extra, InvalidTypeError, "extra_body must be a mapping")
    assert api.requests == []


#: Not a file, nor a path, nor a URL (a tuple would otherwise be sent as two text fields).
WRONG = (42, ("a.wav", b"RIFF"), ["a.wav"])


def test_transcription_error_answer_is_typed(run: Run, api: StandIn) -> None:
    api.answer(TRANSCRIBE, status=400, json={"error": {"message": "unsupported audio format"}})
    api.answer(TRANSLATE, status=401)
    bad, unauthorized = run.each(
        api.base_url,
        lambda c: c.audio.transcriptions.create(file=b"RIFF"),
        lambda c: c.audio.translations.create(file=b"RIFF"),
    )
    raised(bad, tf.BadRequestError, "unsupported audio format")
    assert bad.status_code == 400
    assert isinstance(unauthorized, tf.AuthenticationError)


def test_an_answer_without_text_is_a_validation_error(run: Run, api: StandIn) -> None:
    api.answer(TRANSCRIBE, json={"words": []}, check=False)  # no text: on purpose
    with pytest.raises(tf.APIResponseValidationError, match=r"audio\.transcriptions\.create"):
        transcribe(run, api, file=b"RIFF")


# --- help ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("client_cls", [tf.Together, tf.AsyncTogether])
def test_help_shows_the_fields(client_cls: type[tf.Together] | type[tf.AsyncTogether]) -> None:
    audio = client_cls(api_key="k").audio
    assert audio.speech is audio.speech
    to_file = inspect.signature(audio.speech.create_to_file).parameters
    assert to_file["output"].default is inspect.Parameter.empty and "voice" in to_file
    assert "output (required): The file to write the audio to" in (
        audio.speech.create_to_file.__doc__ or ""
    )
    create = inspect.signature(audio.speech.create).parameters
    assert create["stream"].default is False and "output" not in create
    for area in (audio.transcriptions, audio.translations):
        shown = inspect.signature(area.create).parameters
        assert shown["file"].default is inspect.Parameter.empty
        assert {"model", "language", "response_format", "extra_body"} <= set(shown)
        assert "Example::" in (area.create.__doc__ or "")
