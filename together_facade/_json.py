"""JSON in and out: orjson when it is installed (the ``fast`` extra), else the standard library.

Both give the same values (orjson falls back to the standard library for what it refuses, such
as integers beyond 64 bits); orjson is several times faster, most on large bodies.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

__all__ = ["dumps_json", "loads_json"]


def _std_dumps(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()


loads_json: Callable[[bytes | str], Any] = json.loads
dumps_json: Callable[[Any], bytes] = _std_dumps

try:
    import orjson
except ImportError:  # the default install
    pass
else:

    def _orjson_dumps(value: Any) -> bytes:
        try:
            return orjson.dumps(value)
        except TypeError:  # a type orjson does not serialize (a Mapping that is not a dict, ...)
            return _std_dumps(value)

    def _orjson_loads(data: bytes | str) -> Any:
        try:
            return orjson.loads(data)
        except orjson.JSONDecodeError:  # also integers beyond 64 bits, which the service sends
            return json.loads(data)

    loads_json = _orjson_loads
    dumps_json = _orjson_dumps
