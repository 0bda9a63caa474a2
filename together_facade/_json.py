"""JSON in and out, chosen per client: orjson (the ``fast`` extra) or the standard library.

``Together(json_backend=...)`` picks the codec: ``"orjson"``, ``"stdlib"``, or ``None`` (the
default) for orjson when it is installed and the standard library otherwise.

orjson is several times faster, most on large bodies (embeddings). Both give the same values
for what the service sends, with one limit of orjson's: it reads an integer beyond 2**64 as a
float. The service's largest integers, seeds, stay below that (they exceed 2**63, which orjson
reads exactly); the standard library keeps any integer exact. Writing falls back to the standard
library for what orjson refuses (integers beyond 64 bits).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from ._exceptions import InvalidRequestError

__all__ = ["DEFAULT", "ORJSON", "STDLIB", "JSONBackend", "JSONCodec", "codec"]

#: The names ``json_backend`` takes (``None`` chooses orjson when it is installed).
JSONBackend = Literal["orjson", "stdlib"]


@dataclass(frozen=True, slots=True)
class JSONCodec:
    """One JSON library: ``loads`` takes bytes or str, ``dumps`` gives compact UTF-8 bytes."""

    name: str
    loads: Callable[[bytes | str], Any]
    dumps: Callable[[Any], bytes]


def _plain(value: object) -> object:
    """What JSON cannot take as it is: a result model (a returned message sent back in
    ``messages``) becomes its wire JSON, any other Mapping a dict."""
    if isinstance(value, Mapping):
        return dict(value)
    to_dict = getattr(value, "to_dict", None)  # the generated models (not imported here: cost)
    if callable(to_dict):
        return to_dict()
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _std_dumps(value: Any) -> bytes:
    return json.dumps(
        value, ensure_ascii=False, separators=(",", ":"), allow_nan=False, default=_plain
    ).encode()


STDLIB = JSONCodec("stdlib", json.loads, _std_dumps)
ORJSON: JSONCodec | None = None

try:
    import orjson
except ImportError:  # the default install
    pass
else:

    def _orjson_dumps(value: Any) -> bytes:
        try:
            encoded: bytes = orjson.dumps(value, default=_plain)
        except TypeError:  # what orjson refuses and the standard library takes (big integers)
            return _std_dumps(value)
        if b"null" in encoded and _non_finite_near_top(value):
            # orjson writes NaN and infinities as null, which would silently mean "not given":
            # refuse them as the standard library does.
            raise ValueError("Out of range float values are not JSON compliant")
        return encoded

    ORJSON = JSONCodec("orjson", orjson.loads, _orjson_dumps)


def _non_finite(value: object) -> bool:
    return isinstance(value, float) and not math.isfinite(value)


def _non_finite_near_top(body: object) -> bool:
    """NaN or an infinity where a request's numbers are: its fields, the values of its objects
    (``logit_bias``) and the items of its lists. (A full walk would cost tens of microseconds on
    a long chat; only a body orjson wrote a null into is looked at.)"""
    if not isinstance(body, Mapping):
        return False
    for field in body.values():
        if _non_finite(field):
            return True
        if isinstance(field, Mapping) and any(_non_finite(v) for v in field.values()):
            return True
        if isinstance(field, list | tuple) and any(_non_finite(v) for v in field):
            return True
    return False


DEFAULT: JSONCodec = ORJSON or STDLIB


def codec(backend: str | None) -> JSONCodec:
    """The codec named by a client's ``json_backend`` option."""
    if backend is None:
        return DEFAULT
    if backend == "stdlib":
        return STDLIB
    if backend == "orjson":
        if ORJSON is None:
            raise InvalidRequestError(
                "json_backend='orjson' needs orjson: pip install 'together-facade[fast]', or "
                "leave json_backend unset to use it only when it is installed."
            )
        return ORJSON
    raise InvalidRequestError(
        f"json_backend must be 'orjson', 'stdlib' or None (orjson when installed), got {backend!r}"
    )
