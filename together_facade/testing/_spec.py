"""The spec the stand-in serves, and JSON Schema validation of values against it.

The default spec is the one the client is generated from: the published spec with
``openapi-fixes.yaml`` applied, which ``scripts/codegen/facade.py`` writes into the generated
package as ``together_api_client/openapi.json`` (``make check-drift`` keeps it true). A test may
serve another spec: a path to a JSON file, to a YAML file (read with ruamel.yaml, which only the
project's own tests need), or the spec as a dict.

jsonschema is imported on first use, not with this module: importing the kit (and its pytest
plugin, which pytest loads in every session) stays cheap, and a missing install is reported
with the command that fixes it.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib.resources
import json
import os
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Any

__all__ = ["JSON", "SSE", "Schemas", "SpecSource", "is_json", "json_schema", "load_spec"]

JSON = "application/json"
SSE = "text/event-stream"
_PACKAGED = ("together_api_client", "openapi.json")
_INSTALL = "pip install 'together-facade[testing]'"

#: What a stand-in can serve: None (the packaged spec), a path (JSON or YAML), or the spec itself.
SpecSource = str | os.PathLike[str] | Mapping[str, Any] | None

#: Schema keywords that only annotate: a node made of these alone accepts anything.
ANNOTATIONS = frozenset(
    {"description", "title", "example", "examples", "default", "deprecated", "readOnly"}
    | {"writeOnly", "externalDocs", "xml", "discriminator", "format"}
)


# --- reading the spec ---------------------------------------------------------------------------


def load_spec(source: SpecSource = None) -> dict[str, Any]:
    """The OpenAPI document ``source`` names, as JSON data (see the module docstring)."""
    if source is None:
        return _packaged()
    if isinstance(source, Mapping):
        spec: dict[str, Any] = _plain(source)
        return spec
    return _from_file(Path(source).resolve())


@functools.cache
def _packaged() -> dict[str, Any]:
    package, name = _PACKAGED
    try:
        text = importlib.resources.files(package).joinpath(name).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError) as exc:
        raise FileNotFoundError(
            f"The stand-in's spec {package}/{name} is missing: the generated package is older "
            "than the test kit. Reinstall together-facade (in a checkout: make generate)."
        ) from exc
    spec: dict[str, Any] = json.loads(text)
    return spec


@functools.cache
def _from_file(path: Path) -> dict[str, Any]:
    if not path.is_file():
        raise FileNotFoundError(f"No spec at {path}: pass the path of an OpenAPI JSON or YAML file")
    if path.suffix.lower() == ".json":
        spec: dict[str, Any] = json.loads(path.read_bytes())
        return spec
    try:
        from ruamel.yaml import YAML
    except ImportError as exc:
        raise ImportError(
            f"Reading the YAML spec {path.name} needs ruamel.yaml (pip install ruamel.yaml); "
            "or pass the spec as JSON."
        ) from exc
    loaded: dict[str, Any] = _plain(YAML(typ="safe").load(path.read_bytes()))
    return loaded


def _plain(node: Any) -> Any:
    """YAML data as JSON data: YAML timestamps (unquoted dates in examples) become ISO strings,
    keys strings, and a mapping given by the caller a copy the stand-in may keep."""
    if isinstance(node, Mapping):
        return {str(k): _plain(v) for k, v in node.items()}
    if isinstance(node, list | tuple):
        return [_plain(v) for v in node]
    if isinstance(node, dt.date):  # datetime too: it is a subclass
        return node.isoformat()
    return node


# --- OpenAPI schemas as JSON Schema -------------------------------------------------------------

_SUBSCHEMA = (
    *("items", "additionalProperties", "not", "if", "then", "else", "contains"),
    *("propertyNames", "unevaluatedProperties", "unevaluatedItems", "additionalItems"),
)
_SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SUBSCHEMA_MAPS = ("properties", "patternProperties", "$defs", "dependentSchemas")


def json_schema(node: Any) -> Any:
    """An OpenAPI schema as JSON Schema: ``nullable: true`` (OpenAPI 3.0, still met in 3.1
    specs) lets null through, at every level. Examples and other values are left alone."""
    if not isinstance(node, dict):
        return node
    out = dict(node)
    for key in _SUBSCHEMA:
        if isinstance(out.get(key), list):
            out[key] = [json_schema(s) for s in out[key]]
        elif key in out:
            out[key] = json_schema(out[key])
    for key in _SUBSCHEMA_LISTS:
        if key in out:
            out[key] = [json_schema(s) for s in out[key]]
    for key in _SUBSCHEMA_MAPS:
        if isinstance(out.get(key), dict):
            out[key] = {name: json_schema(s) for name, s in out[key].items()}
    return _nullable(out) if out.pop("nullable", None) is True else out


def _nullable(node: dict[str, Any]) -> dict[str, Any]:
    kind = node.get("type")
    if kind is None:  # a $ref, a oneOf...: wrap it
        outer = {k: v for k, v in node.items() if k in ANNOTATIONS}
        inner = {k: v for k, v in node.items() if k not in ANNOTATIONS}
        return {**outer, "anyOf": [inner, {"type": "null"}]}
    kinds = kind if isinstance(kind, list) else [kind]
    out = {**node, "type": [*kinds, "null"] if "null" not in kinds else kinds}
    if "enum" in out and None not in out["enum"]:
        out["enum"] = [*out["enum"], None]
    return out


def is_json(media: str | None) -> bool:
    """Whether a content type is JSON (``application/json`` or ``...+json``)."""
    return media is not None and (media == JSON or media.endswith("+json"))


def _jsonschema() -> Any:
    """The jsonschema module, imported on first use."""
    try:
        import jsonschema  # type: ignore[import-untyped, unused-ignore]
    except ImportError as exc:
        raise ImportError(
            f"together_facade.testing checks its answers against the spec with jsonschema, "
            f"which is not installed: {_INSTALL}"
        ) from exc
    return jsonschema


class Schemas:
    """The spec's component schemas as JSON Schema, and validators for any node of them."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        jsonschema = _jsonschema()
        raw = spec.get("components", {}).get("schemas", {})
        self._components = {"schemas": {name: json_schema(s) for name, s in raw.items()}}
        old = str(spec.get("openapi", "3.1")).startswith("3.0")
        self._cls: Any = jsonschema.Draft4Validator if old else jsonschema.Draft202012Validator
        # A value that fits several branches of a oneOf (the spec's object branches often
        # overlap: a verbose transcription is also a plain one) is refused by oneOf; the
        # lenient validator reads oneOf as anyOf, for answers a test gives.
        self._lenient_cls: Any = jsonschema.validators.extend(
            self._cls, {"oneOf": self._cls.VALIDATORS["anyOf"]}
        )
        self._best_match: Any = jsonschema.exceptions.best_match
        self._validators: dict[tuple[int, bool], tuple[Any, Any]] = {}
        self._lock = threading.Lock()

    def resolve(self, ref: str) -> Any:
        """The node a local ``$ref`` points to (``#/components/schemas/Name``)."""
        if not ref.startswith("#/components/"):
            raise ValueError(f"the stand-in only follows #/components/ references, not {ref!r}")
        node: Any = {"components": self._components}
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        return node

    def deref(self, node: Any) -> Any:
        """``node`` with its ``$ref`` (and the target's) followed, siblings kept."""
        for _ in range(64):
            if not (isinstance(node, dict) and "$ref" in node):
                return node
            siblings = {k: v for k, v in node.items() if k != "$ref"}
            target = self.resolve(node["$ref"])
            node = {**target, **siblings} if siblings else target
        raise ValueError("a $ref cycle")

    def properties(self, node: Any) -> dict[str, Any]:
        """The properties an object schema declares, its ``allOf`` branches' included."""
        node = self.deref(node)
        if not isinstance(node, dict):
            return {}
        found = dict(node.get("properties", {}))
        for branch in node.get("allOf", []):
            found = {**self.properties(branch), **found}
        return found

    def problem(self, value: Any, node: Any, *, lenient: bool = False) -> str | None:
        """Why ``value`` does not validate against ``node``, or None when it does
        (``lenient``: a value that fits several branches of a ``oneOf`` is valid)."""
        error = self._best_match(self._validator(node, lenient).iter_errors(value))
        if error is None:
            return None
        where = "".join(f"[{p!r}]" for p in error.absolute_path)
        return f"at ${where}: {str(error.message)[:200]}"

    def valid(self, value: Any, node: Any) -> bool:
        return bool(self._validator(node).is_valid(value))

    def _validator(self, node: Any, lenient: bool = False) -> Any:
        """A validator for ``node``, its ``$ref``s resolved against the components (kept, with
        the node, by the node's id: merged nodes are made on the fly)."""
        with self._lock:
            entry = self._validators.get((id(node), lenient))
            if entry is None or entry[0] is not node:
                if len(self._validators) > 20000:  # nodes merged on the fly pile up
                    self._validators.clear()
                root = {**node, "components": self._components} if isinstance(node, dict) else node
                entry = (node, (self._lenient_cls if lenient else self._cls)(root))
                self._validators[(id(node), lenient)] = entry
            return entry[1]
