"""``client.api``: every HTTP operation of the spec as a typed method, and how one is sent.

The methods are generated (``together_api_client.areas``: one class per area of the spec, sync
and async, ``client.api.<area>.<operation>(...)``, with the operation's path and query
parameters, its body fields as a ``TypedDict`` and its result type). Each hands its operation,
its request line and its other arguments to ``operation_call``, which makes the ``Call`` the
client's core sends like any other: the key, retries, typed errors and raw responses
(``client.with_raw_response(client.api.batches.list_batches)``) are the same. A spec update that
adds an operation adds its method here with no edit.

The hand-written areas (``client.batches``, ``client.audio``, ...) build their calls with
``operation_call`` too, adding what a user expects on top (waiting, files, streams).
"""

from __future__ import annotations

import functools
import mimetypes
import os
from collections.abc import Callable, Mapping
from typing import Any

import attrs
import httpx
from together_api_client import models as _models
from together_api_client import params as _params
from together_api_client.operations import OPERATIONS, Operation, RequestLine

from ._calls import (
    Call,
    Endpoint,
    mapping_option,
    model_call,
    model_list,
    options_only,
    read_bytes,
    schema_fields,
    split_options,
)
from ._exceptions import InvalidRequestError, InvalidTypeError
from ._json import JSONCodec

__all__ = ["OPERATIONS", "Part", "operation_call", "upload_part"]

#: One part of a multipart body: (file name or None for a text part, its bytes, its type).
Part = tuple[str | None, bytes, str | None]


def operation_call(
    op: Operation, line: RequestLine, args: Mapping[str, object], name: str | None = None
) -> Call[Any]:
    """The call of ``op`` to ``line`` with ``args``: its body fields (checked against the
    operation's ``TypedDict``: unknown, misspelt and missing fields are refused) and per-call
    options. ``None`` means "not given", as for every argument. ``name`` is what messages call it
    (a hand-written area's ``batches.create``; the operation's name by default)."""
    name = name or op.name
    if op.params is None:
        body: dict[str, Any] = {}
        options = options_only(name, args)
    else:
        fields, required = schema_fields(getattr(_params, op.params))
        body, options = split_options(name, args, fields, required)
    endpoint = Endpoint(line.method, line.url, params=line.params)
    if op.body == "json" and (body or line.method not in ("GET", "HEAD", "DELETE")):
        # (a GET whose body holds only optional filters sends none when none is given)
        endpoint = Endpoint(line.method, line.url, params=line.params, json=body)
    elif op.body in ("form", "multipart"):
        extra = options.pop("extra_body", None)  # more fields of the form, not a JSON body
        if extra is not None:
            body.update(mapping_option(extra, name, "extra_body"))
        if op.body == "form":
            endpoint = Endpoint(line.method, line.url, params=line.params, data=body)
        else:
            parts = _multipart(name, body)
            endpoint = Endpoint(line.method, line.url, params=line.params, files=parts)
    if op.result == "None":
        return Call(name, endpoint, _no_result, options)
    if op.result == "bytes":  # a file's bytes: may be handed over from a storage host
        return Call(name, endpoint, read_bytes, options, accept="*/*", to_storage=True)
    return model_call(name, endpoint, reader(op.result), options)


def _no_result(response: httpx.Response, codec: JSONCodec) -> None:
    return None


def _multipart(name: str, body: Mapping[str, Any]) -> list[tuple[str, Part]]:
    """A multipart body, always sent as ``multipart/form-data`` (even with no file in it): files
    (bytes, an open binary file, a path) as file parts, read once so that a retry sends them
    again; every other value as a text part (a list as repeated parts)."""
    parts: list[tuple[str, Part]] = []
    for key, value in body.items():
        if isinstance(value, bytes | bytearray | os.PathLike) or hasattr(value, "read"):
            parts.append((key, upload_part(name, key, value)))
        elif isinstance(value, list | tuple):
            parts += [(key, (None, _text(v).encode(), None)) for v in value]
        else:
            parts.append((key, (None, _text(value).encode(), None)))
    return parts


def _text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def upload_part(name: str, field: str, value: object) -> Part:
    """One file of a multipart body as (file name, bytes, content type): a path's own name, an
    open file's name, or the field's name for bytes; the type guessed from the name."""
    if isinstance(value, bytes | bytearray):
        return (field, bytes(value), "application/octet-stream")
    if isinstance(value, os.PathLike):
        path = os.fspath(value)
        try:
            with open(path, "rb") as file:
                return _named(str(path), file.read())
        except OSError as exc:
            raise InvalidRequestError(f"{name}(): cannot read {field}={path!r}: {exc}") from exc
    read = getattr(value, "read", None)
    if callable(read):
        content = read()
        if not isinstance(content, bytes):
            raise InvalidTypeError(
                f"{name}(): {field} must be opened in binary mode ('rb'), got "
                f"{type(content).__name__} from read()"
            )
        return _named(str(getattr(value, "name", field)), content)
    raise InvalidTypeError(
        f"{name}(): {field} must be bytes, an open binary file or a path, "
        f"got {type(value).__name__}"
    )


def _named(path: str, content: bytes) -> Part:
    filename = os.path.basename(path)
    kind = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    return (filename, content, kind)


@functools.cache
def reader(result: str) -> Callable[[Any], Any]:
    """How a JSON answer is read as ``result``, a type the operation table names: a model,
    ``list[<model>]``, a union of models (the first that reads, those with more required fields
    tried first: a bare answer is not read as the fuller model), or ``Any``."""
    if result == "Any":
        return _identity
    if result.startswith("list[") and result.endswith("]"):
        inner = result[5:-1]
        return model_list(reader(inner), inner)
    members = [m.strip() for m in result.split("|") if m.strip() != "None"]
    if len(members) == 1:
        model = getattr(_models, members[0], None)
        if model is None:
            return _identity  # a plain type (str, int, dict): the JSON value as it is
        return model.from_dict  # type: ignore[no-any-return]
    models = sorted(
        (getattr(_models, m) for m in members),
        key=lambda m: -sum(a.default is attrs.NOTHING for a in m.__attrs_attrs__),
    )
    return functools.partial(_first_that_reads, tuple(models))


def _identity(data: Any) -> Any:
    return data


def _first_that_reads(models: tuple[Any, ...], data: Any) -> Any:
    failure: Exception | None = None
    for model in models:
        try:
            return model.from_dict(data)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            failure = exc
    assert failure is not None
    raise failure
