"""``together-facade chat``: one answer, streamed to the terminal as it is written; or, with no
prompt at a terminal, a conversation.

The conversation is a loop over ``input()`` (``readline``, where Python has it, gives line
editing and the history of what was typed), with the messages kept in memory and sent whole
each turn, as the API is stateless. ``/exit`` or end of input (Ctrl-D) ends it; Ctrl-C stops the
answer being written, not the conversation (at the prompt it clears the line, as Python's own
prompt does). A turn that fails is shown as an error line and left out of the conversation.
"""

from __future__ import annotations

import contextlib
import sys
from typing import TYPE_CHECKING, Annotated, Any

import typer

from .._exceptions import TogetherError
from ._common import (
    JsonFlag,
    MaxTokens,
    Model,
    NoStream,
    Params,
    Stop,
    Temperature,
    TopP,
    emit,
    emit_json,
    fields,
    note,
    read_stdin,
    report,
    settings_of,
    wants_json,
)

if TYPE_CHECKING:
    from .._client import Together
    from ..params import ChatCompletionMessageParam

    Messages = list[ChatCompletionMessageParam]

__all__ = ["register"]

_HELP_LINE = "/exit or Ctrl-D ends, /reset starts over, Ctrl-C stops an answer."


def register(app: typer.Typer) -> None:
    app.command("chat")(chat)


def chat(
    ctx: typer.Context,
    model: Model,
    prompt: Annotated[
        str | None,
        typer.Argument(
            help=(
                "What to say. '-' (or nothing, with stdin piped) reads it from stdin; nothing "
                "at a terminal starts a conversation."
            ),
            show_default=False,
        ),
    ] = None,
    system: Annotated[
        str | None, typer.Option("--system", "-s", help="A system message to start with.")
    ] = None,
    max_tokens: MaxTokens = None,
    temperature: Temperature = None,
    top_p: TopP = None,
    stop: Stop = None,
    no_stream: NoStream = False,
    params: Params = None,
    json_output: JsonFlag = False,
) -> None:
    """Chat with a model: the answer is printed as it is written.

    Examples: together-facade chat -m meta-llama/Llama-3.3-70B-Instruct-Turbo "Hello";
    echo "Hello" | together-facade chat -m ...; together-facade chat -m ... (a conversation).
    """
    settings = settings_of(ctx)
    client = settings.client()
    request = fields(
        {"max_tokens": max_tokens, "temperature": temperature, "top_p": top_p, "stop": stop},
        params,
    )
    start: Messages = [{"role": "system", "content": system}] if system else []
    if prompt is None and sys.stdin is not None and sys.stdin.isatty():
        _converse(client, model, start, request, settings.debug)
        return
    text = read_stdin("prompt") if prompt in (None, "-") else prompt
    messages: Messages = [*start, {"role": "user", "content": text}]
    if wants_json(ctx, json_output):
        emit_json(client.chat.completions.create(model=model, messages=messages, **request))
    elif no_stream:
        answer = client.chat.completions.create(model=model, messages=messages, **request)
        emit(answer.choices[0].message.content or "")
    else:
        _stream(client, model, messages, request, [])


def _stream(
    client: Together,
    model: str,
    messages: Messages,
    request: dict[str, Any],
    pieces: list[str],
) -> None:
    """Print the answer as it comes, adding each piece to ``pieces`` (what was shown, should
    the stream fail or be stopped). The line is ended however the stream ends, so that an
    error line starts on a line of its own."""
    try:
        stream = client.chat.completions.create(
            model=model, messages=messages, stream=True, **request
        )
        with stream:
            for piece in stream.text_deltas():
                pieces.append(piece)
                sys.stdout.write(piece)
                sys.stdout.flush()
    finally:
        sys.stdout.write("\n")
        sys.stdout.flush()


def _converse(
    client: Together,
    model: str,
    start: Messages,
    request: dict[str, Any],
    debug: bool,
) -> None:
    """The conversation: prompt, answer, prompt... until /exit or end of input."""
    _line_editing()
    messages: Messages = list(start)
    note(f"Chatting with {model}. {_HELP_LINE}")
    while True:
        try:
            line = input("> ")
        except EOFError:
            sys.stdout.write("\n")
            return
        except KeyboardInterrupt:  # at the prompt: a fresh line, as Python's prompt does
            sys.stdout.write("\n")
            continue
        said = line.strip()
        if said in ("/exit", "/quit"):
            return
        if said == "/reset":
            messages = list(start)
            note("The conversation starts over.")
            continue
        if said:
            _turn(client, model, messages, said, request, debug)


def _turn(
    client: Together,
    model: str,
    messages: Messages,
    said: str,
    request: dict[str, Any],
    debug: bool,
) -> None:
    """One exchange, added to ``messages``. An answer stopped with Ctrl-C is kept as far as it
    was shown (the conversation goes on from what the user saw); a turn that failed, or was
    stopped before any text came, is reported and left out."""
    messages.append({"role": "user", "content": said})
    pieces: list[str] = []
    try:
        _stream(client, model, messages, request, pieces)
    except KeyboardInterrupt:
        note("(stopped)")
    except TogetherError as exc:
        report(exc, debug)
        pieces.clear()  # a failed answer, even a partial one, is not part of the conversation
    if pieces:
        messages.append({"role": "assistant", "content": "".join(pieces)})
    else:
        messages.pop()


def _line_editing() -> None:
    """Line editing and a history of what was typed, for ``input()`` (where Python has
    ``readline``: not on Windows, where the console gives both)."""
    with contextlib.suppress(ImportError):
        import readline  # noqa: F401  # importing it is what turns it on
