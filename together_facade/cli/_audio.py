"""``together-facade audio``: speak (text to a speech file) and transcribe (speech to text)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal

import typer

from ._common import (
    JsonFlag,
    Params,
    fields,
    read_stdin,
    reply,
    settings_of,
    wants_json,
)

if TYPE_CHECKING:
    from ..resources.audio import TranscriptionResult, TranslationResult

__all__ = ["app"]

app = typer.Typer(help="Speech from text, and text from speech.", no_args_is_help=True)


@app.command("speak")
def speak(
    ctx: typer.Context,
    model: Annotated[str, typer.Option("--model", "-m", help="The speech model.")],
    voice: Annotated[str, typer.Option("--voice", help="The voice (depends on the model).")],
    output: Annotated[Path, typer.Option("--output", "-o", help="The audio file to write.")],
    text: Annotated[
        str | None,
        typer.Argument(
            help="What to say; '-' (or nothing, with stdin piped) reads it from stdin.",
            show_default=False,
        ),
    ] = None,
    response_format: Annotated[
        Literal["mp3", "wav", "raw"] | None,
        typer.Option("--format", help="The audio format (the service's default: wav)."),
    ] = None,
    language: Annotated[
        str | None, typer.Option("--language", help="The text's language (en, fr, ...).")
    ] = None,
    params: Params = None,
    json_output: JsonFlag = False,
) -> None:
    """Speak a text into an audio file, written as it arrives.

    Example: together-facade audio speak -m cartesia/sonic-2 --voice "laidback woman"
    -o hello.mp3 --format mp3 "Hello!"
    """
    said = read_stdin("text") if text in (None, "-") else text
    assert said is not None  # read_stdin returns text or raises
    given = fields({"response_format": response_format, "language": language}, params)
    path = (
        settings_of(ctx)
        .client()
        .audio.speech.create_to_file(
            output=output, model=model, voice=voice, input=said, progress=True, **given
        )
    )
    reply(
        wants_json(ctx, json_output), {"path": str(path), "bytes": path.stat().st_size}, str(path)
    )


@app.command("transcribe")
def transcribe(
    ctx: typer.Context,
    file: Annotated[
        str,
        typer.Argument(help="An audio file, or a public http(s) URL of one.", show_default=False),
    ],
    model: Annotated[
        str | None,
        typer.Option("--model", "-m", help="The model (the service's default: whisper)."),
    ] = None,
    language: Annotated[
        str | None,
        typer.Option("--language", help="The language spoken (ISO 639-1), or auto."),
    ] = None,
    translate: Annotated[
        bool, typer.Option("--translate", help="Translate to English instead.")
    ] = False,
    params: Params = None,
    json_output: JsonFlag = False,
) -> None:
    """Transcribe speech to text (or translate it to English).

    Example: together-facade audio transcribe meeting.mp3 -m openai/whisper-large-v3
    """
    audio = settings_of(ctx).client().audio
    given = fields({"model": model, "language": language}, params)
    result: TranscriptionResult | TranslationResult
    if translate:
        result = audio.translations.create(file=file, **given)
    else:
        result = audio.transcriptions.create(file=file, **given)
    reply(wants_json(ctx, json_output), result, result.text)
