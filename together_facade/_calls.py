"""What a call is: the request an operation describes, its options, and how to read the answer.

A ``Call`` is a plain value, built before anything is sent: the API areas (``resources/``) make
one from the user's arguments (checked here: unknown, missing and misspelt arguments are refused
with a hint), and the core (``_core``) sends it. A flow of several requests (``_flow``) yields
calls and gets back what each call's ``parse`` makes of its answer.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, Required, TypeVar, get_origin, get_type_hints

import httpx
from together_api_client.options import RequestOptions

from ._exceptions import (
    UNREADABLE,
    APIResponseValidationError,
    InvalidRequestError,
    InvalidTypeError,
    request_id_of,
)
from ._json import JSONCodec

__all__ = [
    "OPTION_KEYS",
    "model_list",
    "Call",
    "Endpoint",
    "RequestOptions",
    "as_response",
    "body_call",
    "mapping_option",
    "model_call",
    "options_only",
    "parse_model",
    "path_id",
    "read_bytes",
]

T = TypeVar("T")


#: ``RequestOptions``: the per-call options every operation accepts beside its own fields. They
#: are generated (``together_api_client.options``, from ``scripts/codegen/facade.yaml``), so that
#: the generated typed methods of every operation (``client.api``) take them too.

OPTION_KEYS = frozenset(RequestOptions.__annotations__)

#: How a call reads its 2xx answer: the HTTP response and the client's JSON codec in, a result out.
Parse = Callable[[httpx.Response, JSONCodec], T]


@dataclass(frozen=True, slots=True)
class Endpoint:
    """An HTTP request as a generated operation describes it (see ``_gen``).

    ``url`` is relative to the client's ``base_url``, except for calls that leave the API
    (``Call.to_api`` False), whose ``url`` is absolute. ``content`` is a body streamed as it is
    sent (a file), with its ``headers``.
    """

    method: str
    url: str
    params: Mapping[str, Any] | None = None
    json: Any = None
    data: Mapping[str, Any] | None = None  # a form body (or a multipart body's text fields)
    files: Sequence[tuple[str, tuple[str | None, bytes, str | None]]] | None = (
        None  # multipart parts
    )
    content: httpx.SyncByteStream | httpx.AsyncByteStream | None = None
    headers: Mapping[str, str] | None = None


@dataclass(frozen=True, slots=True)
class Call(Generic[T]):
    """One API call: the request the generated operation describes, and how to read the answer."""

    name: str
    endpoint: Endpoint
    parse: Parse[T]
    options: RequestOptions = field(default_factory=lambda: RequestOptions())
    stream: bool = False  # True: the body is not read before returning (events, downloads)
    follow_redirects: bool = True  # False: a 3xx answer is returned as it is, not raised
    accept: str = "application/json"
    to_api: bool = True  # False: an absolute URL elsewhere, sent without the key or our headers
    transfer: bool = False  # a file to or from disk: no deadline unless given, no byte cap
    to_storage: bool = False  # a file's bytes: may redirect to a storage host (presigned URL)


# --- reading answers -------------------------------------------------------------------------


def as_response(response: httpx.Response, codec: JSONCodec) -> httpx.Response:
    """The answer itself, as it is (unread when the call streams: downloads; the first step of
    an upload)."""
    return response


def read_bytes(response: httpx.Response, codec: JSONCodec) -> bytes:
    """The body as bytes (file contents)."""
    return response.content


def parse_model(
    response: httpx.Response, what: str, reader: Callable[[Any], T], codec: JSONCodec
) -> T:
    """Read a 2xx JSON answer with ``reader`` (a generated model's ``from_dict``); a body that is
    not JSON, or a shape the model cannot read, becomes ``APIResponseValidationError``."""
    content = response.content
    try:
        data = codec.loads(content)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        snippet = content[:200].decode("utf-8", "replace")
        raise APIResponseValidationError(
            f"{what}: the answer is not JSON ({exc}); it starts with {snippet!r}",
            request=response.request,
            body=content,
            request_id=request_id_of(response),
        ) from exc
    try:
        return reader(data)
    except UNREADABLE as exc:
        why = (
            f"the answer has no {exc.args[0]!r} field, which it always carries"
            if isinstance(exc, KeyError) and exc.args
            else f"cannot read the answer ({type(exc).__name__}: {exc})"
        )
        raise APIResponseValidationError(
            f"{what}: {why}",
            request=response.request,
            body=data,
            request_id=request_id_of(response, data),
        ) from exc


def read_through(value: Any) -> None:
    """Read every field of ``value``, in every model it holds (in lists too). Results are read
    lazily, each field when first asked for; this reads them all now, so that a shape the model
    cannot read fails here (``APIResponseValidationError``) rather than later."""
    stack = [value]  # (a walk, not a recursion: a value may be nested deep)
    while stack:
        item = stack.pop()
        kind = type(item)
        fields = getattr(kind, "_fields", None)  # a generated model (not imported here)
        if fields is not None and hasattr(kind, "_lazy"):
            stack.extend(getattr(item, attribute) for attribute, _ in fields)
        elif kind is list:
            stack.extend(item)


# --- building calls from arguments -----------------------------------------------------------


def model_list(from_dict: Callable[[Any], T], name: str) -> Callable[[Any], list[T]]:
    """A reader of a list answer: a JSON list of ``name`` objects, or the ``data`` list of an
    object that carries one (``{"object": "list", "data": [...]}``); ``models.list()`` and
    ``client.get(..., cast_to=list[Model])`` read lists with it."""

    def read(data: Any) -> list[T]:
        items = data.get("data") if isinstance(data, dict) else data
        if not isinstance(items, list):
            what = (
                "an object with no 'data' list" if isinstance(data, dict) else type(data).__name__
            )
            raise TypeError(
                f"expected a JSON list of {name}, or an object with a 'data' list; got {what}"
            )
        return [from_dict(item) for item in items]

    return read


def path_id(value: object, what: str) -> str:
    """A resource id as one path segment; refuse ids that would address something else."""
    if not isinstance(value, str) or not value.strip():
        raise InvalidRequestError(f"{what} must be a non-empty string, got {value!r}")
    if value in (".", ".."):
        raise InvalidRequestError(f"{what} {value!r} is not a valid id")
    return value


def split_options(
    name: str, params: Mapping[str, Any], allowed: frozenset[str], required: frozenset[str]
) -> tuple[dict[str, Any], RequestOptions]:
    """Separate body fields from request options; refuse unknown or missing arguments.

    ``None`` is treated as "not given": the field is left out of the request body.
    """
    body: dict[str, Any] = {}
    options: dict[str, Any] = {}
    for key, value in params.items():
        if key in OPTION_KEYS:
            options[key] = value
        elif key in allowed:
            if value is not None:  # None means "not given", as when the argument is left out
                body[key] = value
        else:
            import difflib  # only for this message: importing it costs more than a request

            close = difflib.get_close_matches(key, sorted(allowed), n=1)
            hint = f" Did you mean {close[0]!r}?" if close else ""
            raise InvalidRequestError(
                f"{name}() got an unknown argument {key!r}.{hint} Fields this SDK does not know "
                f"yet can be sent with extra_body={{{key!r}: ...}}."
            )
    missing = sorted(k for k in required if body.get(k) is None)
    if missing:
        raise InvalidRequestError(f"{name}() needs {', '.join(map(repr, missing))}.")
    return body, RequestOptions(**options)  # type: ignore[typeddict-item]


@functools.cache
def schema_fields(schema: type) -> tuple[frozenset[str], frozenset[str]]:
    """The body fields of an operation's parameters TypedDict, and the ``Required`` ones.

    (``__required_keys__`` cannot tell under ``from __future__ import annotations``: the
    annotations are strings, so they are resolved here.)
    """
    hints = get_type_hints(schema, include_extras=True)
    required = frozenset(k for k, hint in hints.items() if get_origin(hint) is Required)
    return frozenset(hints) - OPTION_KEYS, required


def model_call(
    name: str,
    endpoint: Endpoint,
    read: Callable[[Any], T],
    options: RequestOptions,
    **settings: Any,
) -> Call[T]:
    """A call whose 2xx answer is JSON read by ``read`` (a generated model's ``from_dict``)."""

    def parse(response: httpx.Response, codec: JSONCodec) -> T:
        return parse_model(response, name, read, codec)

    return Call(name, endpoint, parse, options, **settings)


def body_call(
    name: str,
    params: Mapping[str, Any],
    schema: type,
    endpoint: Callable[[dict[str, Any]], Endpoint],
    read: Callable[[Any], T],
    stream: bool = False,
) -> Call[T]:
    """A call with a JSON body made of ``params`` (checked against ``schema``), read by ``read``;
    with ``stream``, the answer is an event stream."""
    fields, required = schema_fields(schema)
    body, options = split_options(name, params, fields, required)
    if stream:
        body["stream"] = True
    accept = "text/event-stream" if stream else "application/json"
    return model_call(name, endpoint(body), read, options, stream=stream, accept=accept)


def mapping_option(value: object, call: str, option: str) -> Mapping[str, Any]:
    """``value`` of the request option ``option`` (``extra_query``, ``extra_body``) if it is a
    mapping, else ``InvalidTypeError`` naming the call and the option."""
    if not isinstance(value, Mapping):
        raise InvalidTypeError(f"{call}(): {option} must be a mapping, got {type(value).__name__}")
    return value


def options_only(name: str, options: Mapping[str, Any]) -> RequestOptions:
    """The request options of a call that takes no body fields."""
    return split_options(name, options, frozenset(), frozenset())[1]
