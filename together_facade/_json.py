"""JSON in and out: orjson when it is installed (the ``fast`` extra), else the standard library.

Both give the same values (orjson falls back to the standard library for what it refuses, such
as integers beyond 64 bits); orjson is several times faster, most on large bodies.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

__all__ = ["dumps", "fast_dumps", "fast_loads", "loads", "std_dumps", "std_loads"]


def std_dumps(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()


std_loads: Callable[[bytes | str], Any] = json.loads
fast_loads: Callable[[bytes | str], Any] | None = None
fast_dumps: Callable[[Any], bytes] | None = None

try:
    import orjson
except ImportError:  # the default install
    pass
else:

    def _orjson_dumps(value: Any) -> bytes:
        try:
            return orjson.dumps(value)
        except TypeError:  # a type orjson does not serialize (a Mapping that is not a dict, ...)
            return std_dumps(value)

    def _orjson_loads(data: bytes | str) -> Any:
        try:
            return orjson.loads(data)
        except orjson.JSONDecodeError:  # also integers beyond 64 bits, which the service sends
            return json.loads(data)

    fast_loads, fast_dumps = _orjson_loads, _orjson_dumps

# Callers use ``_json.loads``/``_json.dumps`` through the module, so that these can be swapped
# (the benchmark measures the default install this way, with orjson installed).
loads: Callable[[bytes | str], Any] = fast_loads or std_loads
dumps: Callable[[Any], bytes] = fast_dumps or std_dumps
