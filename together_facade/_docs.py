"""What ``help()`` and IDEs show for a method that takes its fields as ``**params``.

A method typed ``**params: Unpack[SomeParams]`` is precise for type checkers but shows only
``**params`` in ``help()``. ``documented`` gives it a real signature (each field a keyword, the
required ones without a default) and a "Parameters" section with one line per field, taken from
the spec's description of that field (the generated request model's docstring), or, for a
field the spec does not have or does not describe (a convenience argument such as
``fine_tuning.create``'s ``lora_r``), from the line the area passes in ``descriptions``: so that
no parameter shows up in ``help()`` without a word on what it does.

The per-call options (``extra_headers``, ...) come last, in the order ``RequestOptions`` declares
them (not a set's order, which changes from one process to the next), so that a signature and
its help read the same everywhere.
"""

from __future__ import annotations

import inspect
import re
import sys
from collections.abc import Callable, Mapping
from typing import Any, Required, TypeVar, get_args, get_origin, get_type_hints

from ._calls import OPTION_KEYS, RequestOptions

__all__ = ["documented"]

F = TypeVar("F", bound=Callable[..., Any])

#: The per-call options, in the order ``RequestOptions`` declares them.
_OPTION_ORDER = tuple(RequestOptions.__annotations__)
_ENTRY = re.compile(r"^    (\w+) \((.*?)\):\s*(.*)$")
_OPTIONS = {
    "extra_headers": "Headers to add to (or override in) this request.",
    "extra_query": "Query parameters to add to this request.",
    "extra_body": "JSON fields to add to the body (fields this SDK does not know yet).",
    "timeout": "This call's timeout, in seconds or as an httpx.Timeout.",
    "deadline": "The longest this call may take, retries included, in seconds.",
    "stream_idle_timeout": "For a stream: the longest it may go without an event, in seconds.",
}
assert set(_OPTION_ORDER) == OPTION_KEYS == set(_OPTIONS)


def field_descriptions(model: type) -> dict[str, str]:
    """Each field's description in the spec: from the generated ``FIELD_DOCS`` of a generated
    request TypedDict (``together_api_client.params``), or the docstring of a generated model."""
    written = getattr(sys.modules.get(model.__module__), "FIELD_DOCS", {}).get(model.__name__)
    if written is not None:
        return dict(written)
    described: dict[str, str] = {}
    current = None
    for line in (inspect.getdoc(model) or "").splitlines():
        match = _ENTRY.match(line)
        if match:
            current = match[1]
            described[current] = match[3].strip()
        elif current and line.startswith("        "):  # a wrapped description goes on
            described[current] += " " + line.strip()
        else:
            current = None
    return described


def _one_line(text: str) -> str:
    text = text.split(". ")[0].rstrip(".")
    return text + "." if text else "(no description in the spec)"


def _checked(
    descriptions: Mapping[str, str], fields: set[str], described: Mapping[str, str]
) -> dict[str, str]:
    """``descriptions`` as lines ending in a period, if each is for a field of ``params`` that
    the spec does not describe (a misspelt or outdated entry is a mistake, said at import)."""
    unknown = sorted(set(descriptions) - fields)
    if unknown:
        raise ValueError(f"documented(): descriptions for fields it does not take: {unknown}")
    twice = sorted(k for k in descriptions if described.get(k))
    if twice:
        raise ValueError(f"documented(): the spec describes {twice}; drop them from descriptions")
    return {k: text.strip().rstrip(".") + "." for k, text in descriptions.items()}


def documented(
    params: type,
    model: type,
    *,
    stream: bool = False,
    like: Callable[..., Any] | None = None,
    descriptions: Mapping[str, str] | None = None,
) -> Callable[[F], F]:
    """Give the decorated method the signature and parameter list of ``params`` (a TypedDict),
    described from ``model`` (the generated request TypedDict of the same operation), and from
    ``descriptions`` (a line per field, shown as written) for the fields the spec does not
    describe. An async method passes its sync twin as ``like`` and shares its description and
    example."""

    def decorate(method: F) -> F:
        hints = get_type_hints(params, include_extras=True)
        required = {k for k, hint in hints.items() if get_origin(hint) is Required}
        hints = {k: get_args(hint)[0] if k in required else hint for k, hint in hints.items()}
        described = field_descriptions(model)
        written = _checked(descriptions or {}, set(hints) - OPTION_KEYS, described)
        own = inspect.signature(method).parameters.values()
        # The method's own parameters before its **params (self, a path id) stay first.
        leading = [p for p in own if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD]
        fields = [k for k in hints if k not in OPTION_KEYS]
        ordered = sorted(fields, key=lambda k: k not in required)  # required ones first
        parameters = list(leading)
        lines = []
        if stream:
            parameters.append(
                inspect.Parameter("stream", inspect.Parameter.KEYWORD_ONLY, default=False)
            )
            lines.append("    stream: True for a Stream of chunks instead of the whole answer.")
        for key in [*ordered, *_OPTION_ORDER]:
            default = inspect.Parameter.empty if key in required else None
            parameters.append(
                inspect.Parameter(
                    key, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=hints[key]
                )
            )
            text = _OPTIONS.get(key) or written.get(key) or _one_line(described.get(key, ""))
            lines.append(f"    {key}{' (required)' if key in required else ''}: {text}")
        method.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
            parameters, return_annotation=inspect.signature(method).return_annotation
        )
        if like is not None:
            shared = (like.__doc__ or "").split("\n\nParameters:")[0]
            summary = "On ``AsyncTogether``: awaited, the same call.\n\n" + shared
        else:
            summary = inspect.cleandoc(method.__doc__ or "")
        method.__doc__ = summary + "\n\nParameters:\n" + "\n".join(lines)
        return method

    return decorate
