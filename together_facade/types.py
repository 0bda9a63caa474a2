"""The models results are made of: the generated ``together_api_client`` models, re-exported.

They are attrs classes whose attributes have the wire names (``r.object``, ``m.type``,
``f.bytes``). A field the answer did not carry is ``None``. Every field the service sends and the
spec does not know is kept in ``.additional_properties`` (also reachable as ``obj["field"]``); an
enum value the spec does not list is kept as its raw string. ``to_dict()`` gives the JSON a
result was read from (``model_dump()`` and ``model_dump_json()`` work as in the official SDKs),
and a result can be sent back wherever a request takes a dict (``messages.append(message)``).
List results (``files.list()``, ...) iterate, index and have a ``len()`` like their ``data``.

The list of result types is generated (``together_api_client.results``: every model and enum an
answer of the spec can hold), so a spec update that adds or removes one changes it here too.
Each type is imported on first use: the spec has hundreds, and an area loads only its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from together_api_client import results as _results

if TYPE_CHECKING:
    from together_api_client.models import ToolChoice, ToolChoiceFunction
    from together_api_client.results import *  # noqa: F403  (the generated list of result types)
    from together_api_client.types import ListModel as ListModel
    from together_api_client.types import Model as Model

    #: A tool call on an assistant message (the spec calls this schema ``ToolChoice``).
    ToolCall = ToolChoice
    ToolCallFunction = ToolChoiceFunction

__all__ = sorted([*_results.__all__, "ListModel", "Model", "ToolCall", "ToolCallFunction"])

_ALIASES = {"ToolCall": "ToolChoice", "ToolCallFunction": "ToolChoiceFunction"}

if not TYPE_CHECKING:  # type checkers see the imports above: a misspelt name stays an error

    def __getattr__(name: str) -> Any:
        if name in ("ListModel", "Model"):
            from together_api_client import types as generated_types

            value = getattr(generated_types, name)
        elif name in _ALIASES or name in _results.__all__:
            from together_api_client import models

            value = getattr(models, _ALIASES.get(name, name))
        else:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        globals()[name] = value  # found directly from now on
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
