"""JSON in and out: orjson when it is installed (the ``fast`` extra), else the standard library.

orjson is several times faster, most on large bodies (embeddings). Both give the same values
for what the service sends, with one limit of orjson's: it reads an integer beyond 2**64 as a
float. The service's largest integers, seeds, stay below that (they exceed 2**63, which orjson
reads exactly); the standard library keeps any integer exact. Writing falls back to the standard
library for what orjson refuses (integers beyond 64 bits).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["dumps", "fast_dumps", "fast_loads", "loads", "std_dumps", "std_loads"]


def _plain(value: object) -> object:
    """What JSON cannot take as it is: any other Mapping becomes a dict."""
    if isinstance(value, Mapping):
        return dict(value)
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def std_dumps(value: Any) -> bytes:
    return json.dumps(
        value, ensure_ascii=False, separators=(",", ":"), allow_nan=False, default=_plain
    ).encode()


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
            encoded: bytes = orjson.dumps(value, default=_plain)
        except TypeError:  # what orjson refuses and the standard library takes (big integers)
            return std_dumps(value)
        return encoded

    fast_loads, fast_dumps = orjson.loads, _orjson_dumps

# Callers use ``_json.loads``/``_json.dumps`` through the module, so that these can be swapped
# (the benchmark measures the default install this way, with orjson installed).
loads: Callable[[bytes | str], Any] = fast_loads or std_loads
dumps: Callable[[Any], bytes] = fast_dumps or std_dumps
