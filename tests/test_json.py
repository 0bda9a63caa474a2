"""JSON in and out, with the standard library (the default install) and with orjson."""

from __future__ import annotations

from collections.abc import Callable
from types import MappingProxyType
from typing import Any

import pytest

import together_facade as tf
from together_facade import _json

LOADERS = [("std", _json.STDLIB.loads), ("orjson", _json.ORJSON and _json.ORJSON.loads)]
DUMPERS = [("std", _json.STDLIB.dumps), ("orjson", _json.ORJSON and _json.ORJSON.dumps)]


def _present(impl: Any) -> Any:
    if impl is None:
        pytest.fail("orjson is a dev dependency: the fast path must be tested")
    return impl


def test_the_standard_library_keeps_any_integer_exact() -> None:
    data = b'{"seed": 340282366920938463463374607431768211457, "x": [1.5, null, "\\u00e9"]}'
    assert _json.STDLIB.loads(data) == {"seed": 2**128 + 1, "x": [1.5, None, "é"]}


@pytest.mark.parametrize(("name", "loads"), LOADERS)
def test_loads_keeps_real_seeds_exact(name: str, loads: Callable[[bytes], Any] | None) -> None:
    data = b'{"seed": 13524445995620452000, "max": 18446744073709551615, "f": 0.1234567890123}'
    assert _present(loads)(data) == {
        "seed": 13524445995620452000,
        "max": 2**64 - 1,
        "f": 0.1234567890123,
    }


@pytest.mark.parametrize(("name", "loads"), LOADERS)
def test_loads_refuses_what_is_not_json(name: str, loads: Callable[[bytes], Any] | None) -> None:
    with pytest.raises(ValueError):
        _present(loads)(b"<html>")


@pytest.mark.parametrize(("name", "dumps"), DUMPERS)
def test_dumps_is_compact_utf8_and_takes_any_mapping(
    name: str, dumps: Callable[[Any], bytes] | None
) -> None:
    dump = _present(dumps)
    assert dump({"a": "é", "b": [1, 2], "c": (3,)}) == '{"a":"é","b":[1,2],"c":[3]}'.encode()
    assert dump(MappingProxyType({"k": 1})) == b'{"k":1}'
    assert dump({"big": 2**70}) == b'{"big":1180591620717411303424}'


def test_the_fast_path_is_the_default_when_installed() -> None:
    assert _json.DEFAULT is _json.ORJSON
    assert tf.Together(api_key="k")._config.json is _json.ORJSON


def test_json_backend_chooses_the_codec_per_client() -> None:
    client = tf.Together(api_key="k", json_backend="stdlib")
    assert client._config.json is _json.STDLIB
    assert client.with_options(json_backend="orjson")._config.json is _json.ORJSON
    assert client.with_options(max_retries=1)._config.json is _json.STDLIB
    assert tf.AsyncTogether(api_key="k", json_backend="stdlib")._config.json is _json.STDLIB


def test_an_unknown_json_backend_is_refused_naming_the_choices() -> None:
    with pytest.raises(tf.InvalidRequestError, match="json_backend must be 'orjson', 'stdlib'"):
        tf.Together(api_key="k", json_backend="ujson")  # type: ignore[arg-type]


def test_orjson_asked_for_but_missing_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(_json, "ORJSON", None)
    with pytest.raises(tf.InvalidRequestError, match=r"together-facade\[fast\]"):
        tf.Together(api_key="k", json_backend="orjson")
