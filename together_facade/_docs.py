"""What ``help()`` and IDEs show for a method that takes its fields as ``**params``.

A method typed ``**params: Unpack[SomeParams]`` is precise for type checkers but shows only
``**params`` in ``help()``. ``documented`` gives it a real signature (each field a keyword, the
required ones without a default) and a "Parameters" section with one line per field, taken from
the spec's description of that field (the generated request model's docstring).
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable
from typing import Any, Required, TypeVar, get_args, get_origin, get_type_hints

from ._calls import OPTION_KEYS

__all__ = ["documented"]

F = TypeVar("F", bound=Callable[..., Any])

_ENTRY = re.compile(r"^    (\w+) \((.*?)\):\s*(.*)$")
_OPTIONS = {
    "extra_headers": "Headers to add to (or override in) this request.",
    "extra_query": "Query parameters to add to this request.",
    "extra_body": "JSON fields to add to the body (fields this SDK does not know yet).",
    "timeout": "This call's timeout, in seconds or as an httpx.Timeout.",
}


def field_descriptions(model: type) -> dict[str, str]:
    """The first line of each field's description in a generated model's docstring."""
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


def documented(
    params: type, model: type, *, stream: bool = False, like: Callable[..., Any] | None = None
) -> Callable[[F], F]:
    """Give the decorated method the signature and parameter list of ``params`` (a TypedDict),
    described from ``model`` (the generated request model of the same operation). An async
    method passes its sync twin as ``like`` and shares its description and example."""

    def decorate(method: F) -> F:
        hints = get_type_hints(params, include_extras=True)
        required = {k for k, hint in hints.items() if get_origin(hint) is Required}
        hints = {k: get_args(hint)[0] if k in required else hint for k, hint in hints.items()}
        described = field_descriptions(model)
        self_param = inspect.Parameter("self", inspect.Parameter.POSITIONAL_OR_KEYWORD)
        fields = [k for k in hints if k not in OPTION_KEYS]
        ordered = sorted(fields, key=lambda k: k not in required)  # required ones first
        parameters = [self_param]
        lines = []
        if stream:
            parameters.append(
                inspect.Parameter("stream", inspect.Parameter.KEYWORD_ONLY, default=False)
            )
            lines.append("    stream: True for a Stream of chunks instead of the whole answer.")
        for key in [*ordered, *OPTION_KEYS]:
            default = inspect.Parameter.empty if key in required else None
            parameters.append(
                inspect.Parameter(
                    key, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=hints[key]
                )
            )
            text = _OPTIONS.get(key) or _one_line(described.get(key, ""))
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
