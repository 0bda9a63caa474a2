"""JSON in and out: orjson when it is installed (the ``fast`` extra), else the standard library.

Both give the same values. orjson turns integers beyond 64 bits into floats, and the service
sends some (seeds): a body with a run of 20 or more digits is read by the standard library
instead, which keeps them exact. orjson is several times faster, most on large bodies.
"""

from __future__ import annotations

import json
import re
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
    _LONG_NUMBER = re.compile(rb"\d{20}")

    def _orjson_dumps(value: Any) -> bytes:
        try:
            encoded: bytes = orjson.dumps(value, default=_plain)
        except TypeError:  # what orjson refuses and the standard library takes (big integers)
            return std_dumps(value)
        return encoded

    def _orjson_loads(data: bytes | str) -> Any:
        raw = data.encode() if isinstance(data, str) else data
        if _LONG_NUMBER.search(raw):  # maybe an integer orjson would round: keep it exact
            return json.loads(raw)
        return orjson.loads(raw)

    fast_loads, fast_dumps = _orjson_loads, _orjson_dumps

# Callers use ``_json.loads``/``_json.dumps`` through the module, so that these can be swapped
# (the benchmark measures the default install this way, with orjson installed).
loads: Callable[[bytes | str], Any] = fast_loads or std_loads
dumps: Callable[[Any], bytes] = fast_dumps or std_dumps
