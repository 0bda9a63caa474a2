"""The request types: each operation's fields and the shapes nested in them, as ``TypedDict``\\ s
with their wire names, generated from the spec (``together_api_client.params``).

Annotate what you build before a call with them, as with the official SDKs' param types::

    from together_facade.params import ChatCompletionMessageParam

    messages: list[ChatCompletionMessageParam] = [{"role": "user", "content": "Hi"}]
    resp = client.chat.completions.create(model=MODEL, messages=messages)
    messages.append(resp.choices[0].message)  # a message an answer returned goes back as it is

A misspelt key or role is then a type error, not a 400 from the service.
"""

from __future__ import annotations

from together_api_client import params as _params
from together_api_client.params import *  # noqa: F403  (the generated request types)

__all__ = sorted(name for name in _params.__all__ if name != "FIELD_DOCS")
