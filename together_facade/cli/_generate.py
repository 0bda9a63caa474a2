"""``complete``, ``embed``, ``images`` and ``rerank``: one request each, its answer printed (or,
for images, saved)."""

from __future__ import annotations

import base64
import sys
from pathlib import Path
from typing import Annotated, Any, Literal

import httpx
import typer

from ._common import (
    CLIError,
    ExitCode,
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
    print_table,
    read_stdin,
    settings_of,
    wants_json,
)

__all__ = ["register"]


def register(app: typer.Typer) -> None:
    app.command("complete")(complete)
    app.command("embed")(embed)
    app.command("images")(images)
    app.command("rerank")(rerank)


# --- complete -----------------------------------------------------------------------------------


def complete(
    ctx: typer.Context,
    model: Model,
    prompt: Annotated[
        str | None,
        typer.Argument(
            help="The text to continue; '-' (or nothing, with stdin piped) reads it from stdin.",
            show_default=False,
        ),
    ] = None,
    max_tokens: MaxTokens = None,
    temperature: Temperature = None,
    top_p: TopP = None,
    stop: Stop = None,
    no_stream: NoStream = False,
    params: Params = None,
    json_output: JsonFlag = False,
) -> None:
    """Continue a text (a completion, without chat roles), printed as it is written.

    Example: together-facade complete -m meta-llama/Llama-3.3-70B-Instruct-Turbo "Paris is"
    """
    client = settings_of(ctx).client()
    text = read_stdin("prompt") if prompt in (None, "-") else prompt
    assert text is not None  # read_stdin returns text or raises
    request = fields(
        {"max_tokens": max_tokens, "temperature": temperature, "top_p": top_p, "stop": stop},
        params,
    )
    if wants_json(ctx, json_output):
        emit_json(client.completions.create(model=model, prompt=text, **request))
        return
    if no_stream:
        answer = client.completions.create(model=model, prompt=text, **request)
        emit(answer.choices[0].text or "" if answer.choices else "")
        return
    try:
        with client.completions.create(model=model, prompt=text, stream=True, **request) as stream:
            for piece in stream.text_deltas():
                sys.stdout.write(piece)
                sys.stdout.flush()
    finally:
        sys.stdout.write("\n")
        sys.stdout.flush()


# --- embed --------------------------------------------------------------------------------------


def embed(
    ctx: typer.Context,
    model: Model,
    texts: Annotated[
        list[str] | None,
        typer.Argument(help="The texts to embed; none: one per line of stdin.", show_default=False),
    ] = None,
    params: Params = None,
    json_output: JsonFlag = False,
) -> None:
    """Embed texts; prints the answer as JSON (a vector per text, in order), always.

    Example: together-facade embed -m BAAI/bge-base-en-v1.5 "first text" "second text"
    """
    del json_output  # the output is JSON either way; the flag is taken as everywhere
    client = settings_of(ctx).client()
    inputs = list(texts or ()) or [t for t in read_stdin("text").splitlines() if t.strip()]
    emit_json(client.embeddings.create(model=model, input=inputs, **fields({}, params)))


# --- images -------------------------------------------------------------------------------------

_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF8", "gif"),
)


def images(
    ctx: typer.Context,
    model: Model,
    prompt: Annotated[str, typer.Argument(help="What the image shows.", show_default=False)],
    out: Annotated[
        Path,
        typer.Option("--out", "-o", help="The folder to save the images in (made if needed)."),
    ] = Path("."),
    name: Annotated[
        str, typer.Option("--name", help="The files' name: <name>-1.png, <name>-2.png, ...")
    ] = "image",
    n: Annotated[int | None, typer.Option("--n", "-n", min=1, help="How many images.")] = None,
    width: Annotated[int | None, typer.Option("--width", min=1, help="Width in pixels.")] = None,
    height: Annotated[int | None, typer.Option("--height", min=1, help="Height in pixels.")] = None,
    steps: Annotated[int | None, typer.Option("--steps", min=1, help="Generation steps.")] = None,
    seed: Annotated[int | None, typer.Option("--seed", help="Seed, to reproduce an image.")] = None,
    response_format: Annotated[
        Literal["base64", "url"] | None,
        typer.Option(
            "--response-format",
            help="How the API sends the images: in the answer (base64) or as links (url).",
        ),
    ] = None,
    output_format: Annotated[
        Literal["jpeg", "png"] | None,
        typer.Option("--output-format", help="The image format (the service's default: jpeg)."),
    ] = None,
    params: Params = None,
    json_output: JsonFlag = False,
) -> None:
    """Generate images and save them in a folder; prints the paths.

    Example: together-facade images -m black-forest-labs/FLUX.1-schnell "a cat" -o pictures
    """
    settings = settings_of(ctx)
    client = settings.client()
    given = {
        "n": n,
        "width": width,
        "height": height,
        "steps": steps,
        "seed": seed,
        "response_format": response_format,
        "output_format": output_format,
    }
    answer = client.images.generate(model=model, prompt=prompt, **fields(given, params))
    out.mkdir(parents=True, exist_ok=True)
    saved = []
    for item in answer.data:
        data = _image_bytes(item.b64_json, item.url, settings.timeout)
        path = _free_path(out, name, _kind(data, output_format))
        path.write_bytes(data)
        saved.append({"index": item.index, "path": str(path), "url": item.url})
    if wants_json(ctx, json_output):
        emit_json({"model": answer.model, "images": saved})
    else:
        for entry in saved:
            emit(str(entry["path"]))


def _image_bytes(b64: str | None, url: str | None, timeout: float | None) -> bytes:
    """An image of the answer: decoded from base64, or fetched from its link. The link is a
    storage URL (often on another host), fetched as a plain GET with none of the client's
    headers: the API key goes to the API only."""
    if b64:
        try:
            return base64.b64decode(b64, validate=True)
        except ValueError as exc:
            raise CLIError(
                "the API sent an image that is not valid base64.", ExitCode.FAILURE
            ) from exc
    if not url:
        raise CLIError("the API sent an image with neither data nor a link.", ExitCode.FAILURE)
    try:
        response = httpx.get(url, follow_redirects=True, timeout=timeout or 60.0)
        response.raise_for_status()
    except httpx.HTTPError as exc:
        raise CLIError(
            f"the image at {url} could not be fetched ({exc}); it is still there to open, "
            "or ask again with --response-format base64.",
            ExitCode.CONNECTION,
        ) from exc
    return response.content


def _kind(data: bytes, asked: str | None) -> str:
    """The image's file extension, from its first bytes (else the format asked for)."""
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            return kind
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    return asked or "jpeg"


def _free_path(folder: Path, name: str, extension: str) -> Path:
    """``<folder>/<name>-<i>.<extension>`` for the first ``i`` not taken: nothing saved
    before is overwritten."""
    index = 1
    while (path := folder / f"{name}-{index}.{extension}").exists():
        index += 1
    return path


# --- rerank -------------------------------------------------------------------------------------


def rerank(
    ctx: typer.Context,
    model: Model,
    query: Annotated[str, typer.Argument(help="The query to rank by.", show_default=False)],
    documents: Annotated[
        list[str] | None,
        typer.Argument(
            help="The documents to rank; none: one per line of stdin.", show_default=False
        ),
    ] = None,
    top_n: Annotated[int | None, typer.Option("--top-n", min=1, help="Only the best N.")] = None,
    params: Params = None,
    json_output: JsonFlag = False,
) -> None:
    """Rank documents by relevance to a query; prints the best first.

    Example: together-facade rerank -m Salesforce/Llama-Rank-V1 "capital of France" Paris Rome
    """
    client = settings_of(ctx).client()
    docs = list(documents or ()) or [t for t in read_stdin("document").splitlines() if t.strip()]
    answer = client.rerank.create(
        model=model, query=query, documents=docs, **fields({"top_n": top_n}, params)
    )
    if wants_json(ctx, json_output):
        emit_json(answer)
        return
    rows: list[list[Any]] = []
    for rank, result in enumerate(answer.results, start=1):
        document = docs[result.index] if 0 <= result.index < len(docs) else None
        rows.append([rank, f"{result.relevance_score:.4f}", result.index, document])
    print_table(f"Reranked by {answer.model}", ["Rank", "Score", "Index", "Document"], rows)
