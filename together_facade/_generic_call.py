"""The call a generic request (``client.get/post/put/patch/delete``, see ``_requests``) sends:
its URL under ``base_url`` (``api_path``: never another origin, where the API key would go too)
and how it reads the answer as ``cast_to`` says (``reader``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, get_args, get_origin

import httpx

from ._calls import (
    Call,
    Endpoint,
    as_response,
    mapping_option,
    model_list,
    options_only,
    parse_model,
    read_bytes,
)
from ._config import ClientConfig, check_headers
from ._exceptions import InvalidRequestError, InvalidTypeError
from ._json import JSONCodec

__all__ = ["api_path", "generic_call", "reader"]


def generic_call(
    config: ClientConfig,
    method: str,
    path: object,
    cast_to: object,
    body: object,
    params: object,
    headers: object,
    options: Mapping[str, Any],
    stream: bool = False,
) -> Call[Any]:
    """The call ``client.<method>(path, ...)`` makes: to ``path`` under ``base_url``, with the
    client's key, retries and typed errors, its answer read as ``cast_to`` says."""
    name = f"client.{method.lower()}"
    checked = options_only(name, options)
    if headers is not None:
        given = check_headers(headers, f"{name}(): headers")
        extra = checked.get("extra_headers")
        extra = {} if extra is None else extra  # an empty list is refused, not ignored
        checked["extra_headers"] = {**given, **check_headers(extra, f"{name}(): extra_headers")}
    if params is not None:
        params = mapping_option(params, name, "params")
    extra_body = checked.get("extra_body")
    if extra_body is not None:  # checked here too: a stream reads it before the request is built
        extra_body = mapping_option(extra_body, name, "extra_body")
        if body is not None and not isinstance(body, Mapping):
            raise InvalidRequestError(
                f"{name}(): extra_body can only be added to a JSON object body"
            )
    url, _, query = api_path(config.base_url, path, name).partition("?")
    if query:  # one query: params replace the path's keys they name, the rest is kept (repeats too)
        try:
            params = httpx.QueryParams(query).merge(params)
        except (TypeError, ValueError) as exc:
            raise InvalidRequestError(
                f"{name}(): params cannot be sent as a query ({type(exc).__name__}: {exc})"
            ) from exc
    endpoint = Endpoint(method, url, params=params, json=body)
    if stream:
        sent = {**(body if isinstance(body, Mapping) else {}), **(extra_body or {})}
        _check_streamed(name, cast_to, sent)
        return Call(name, endpoint, as_response, checked, stream=True, accept="text/event-stream")
    parse, accept = reader(cast_to, f"{name}({path!r})")
    return Call(name, endpoint, parse, checked, accept=accept)


def api_path(base_url: str, path: object, name: str) -> str:
    """What follows ``base_url`` in the URL of ``path``.

    A path is relative to ``base_url``; the part of it that ``base_url`` already ends with is not
    repeated (``/v1/models`` and ``/models`` are the same under ``https://host/v1``). An absolute
    URL must be on ``base_url``'s origin (scheme, host and port): the API key goes nowhere else.
    """
    if not isinstance(path, str):
        raise InvalidTypeError(
            f"{name}(): path must be a string such as '/models', got {type(path).__name__}"
        )
    if not path.strip():
        raise InvalidRequestError(
            f"{name}(): path is empty; pass the endpoint's, such as '/models'"
        )
    try:
        target = httpx.URL(path)
    except (httpx.InvalidURL, TypeError, ValueError) as exc:
        raise InvalidRequestError(
            f"{name}(): path {path!r} cannot be read as a URL ({exc})"
        ) from exc
    base = httpx.URL(base_url)
    above = [segment for segment in base.raw_path.decode("ascii").split("/") if segment]
    if target.scheme or target.host:  # an absolute URL (or //host/...)
        if (target.scheme, target.host, target.port) != (base.scheme, base.host, base.port):
            origin = f"{base.scheme}://{base.netloc.decode('ascii')}"
            raise InvalidRequestError(
                f"{name}(): {path!r} is not on the API's origin ({origin}). Requests made with "
                "the client carry its API key, so they only go to the scheme, host and port of "
                "base_url; pass a path such as '/models', or call another host with httpx itself."
            )
        rest = target.raw_path.decode("ascii")
    else:
        rest = path if path.startswith("/") else "/" + path
    route, mark, query = rest.partition("?")
    segments = route.split("/")[1:]
    if target.scheme or target.host:
        shared = len(above) if segments[: len(above)] == above else 0
        if not shared:  # elsewhere on the origin: climb out of base_url's path
            segments = [".."] * len(above) + segments
    else:  # the longest end of base_url's path that the path starts with
        shared = next((n for n in range(len(above), 0, -1) if above[-n:] == segments[:n]), 0)
    joined = "/".join(segments[shared:])
    return ("/" + joined if joined else "") + mark + query


def _check_streamed(name: str, cast_to: object, body: Mapping[str, Any]) -> None:
    from .types import ChatCompletionChunk, CompletionChunk

    if cast_to not in (ChatCompletionChunk, CompletionChunk):
        raise InvalidRequestError(
            f"{name}(stream=True) streams chat or completion chunks: pass "
            "cast_to=ChatCompletionChunk or cast_to=CompletionChunk (from together_facade.types)"
        )
    if body.get("stream") is not True:
        raise InvalidRequestError(
            f'{name}(stream=True): the body must ask for a stream too: add "stream": True to it'
        )


# --- how the answer is read: cast_to ---------------------------------------------------------


def _text(response: httpx.Response, codec: JSONCodec) -> str:
    return response.text


_RAW_CASTS: dict[object, Callable[[httpx.Response, JSONCodec], Any]] = {
    httpx.Response: as_response,
    bytes: read_bytes,
    str: _text,
}


def reader(cast_to: object, what: str) -> tuple[Callable[[httpx.Response, JSONCodec], Any], str]:
    """How a generic request reads its answer as ``cast_to``, and the ``Accept`` it sends.

    The result is what ``cast_to`` says, or ``APIResponseValidationError``: a model reads a JSON
    object (a list answer is refused, pointing to ``list[Model]``); ``list[Model]`` reads a JSON
    list of them, or the ``data`` list of an object that carries one (``{"object": "list",
    "data": [...]}``, as list endpoints answer), as ``models.list()`` does; ``dict`` and ``list``
    (``list[dict]`` too) give the JSON as it is, once its shape is checked.
    """
    raw = _RAW_CASTS.get(cast_to) if isinstance(cast_to, type) else None
    if raw is not None:
        return raw, "*/*"
    origin, args = get_origin(cast_to) or cast_to, get_args(cast_to)
    model = args[0] if origin is list and len(args) == 1 else cast_to
    from_dict = getattr(model, "from_dict", None) if isinstance(model, type) else None
    read: Callable[[Any], Any]
    if cast_to is object:

        def parse(response: httpx.Response, codec: JSONCodec) -> Any:
            return parse_model(response, what, _any, codec) if response.content else None

        return parse, "application/json"
    if callable(from_dict) and isinstance(model, type):
        reads = model_list if origin is list else _model
        read = reads(from_dict, model.__name__)
    elif origin in (dict, list):
        read = _shaped(origin)
    else:
        raise InvalidTypeError(
            f"{what}: cast_to must be object, dict, list, bytes, str, httpx.Response, a model "
            f"of together_facade.types or a list of one (list[ModelInfo]); got {cast_to!r}"
        )

    def parse_json(response: httpx.Response, codec: JSONCodec) -> Any:
        return parse_model(response, what, read, codec)

    return parse_json, "application/json"


def _any(data: Any) -> Any:
    return data


_KINDS: dict[type, str] = {dict: "a JSON object", list: "a JSON list"}


def _kind(data: object) -> str:
    """What a piece of JSON is, for messages: ``a JSON object``, ``a JSON list``, ``str``..."""
    return _KINDS.get(type(data), type(data).__name__)


def _shaped(kind: type) -> Callable[[Any], Any]:
    def read(data: Any) -> Any:
        if not isinstance(data, kind):
            hint = (
                " (an object with a 'data' list: cast_to=list[Model] reads its items)"
                if kind is list and isinstance(data, dict) and isinstance(data.get("data"), list)
                else ""
            )
            raise TypeError(f"expected {_KINDS[kind]}, got {_kind(data)}{hint}")
        return data

    return read


def _model(from_dict: Callable[[Any], Any], name: str) -> Callable[[Any], Any]:
    def read(data: Any) -> Any:
        if not isinstance(data, dict):
            hint = f" (cast_to=list[{name}] reads a list)" if isinstance(data, list) else ""
            raise TypeError(f"expected a JSON object, got {_kind(data)}{hint}")
        return from_dict(data)

    return read
