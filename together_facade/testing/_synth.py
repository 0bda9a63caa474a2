"""Made-up values valid against a schema: what the stand-in answers where no example and no
real capture says more (see ``Synth``)."""

from __future__ import annotations

import base64
import copy
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ._spec import ANNOTATIONS, Schemas

__all__ = ["DATE_TIME", "MISSING", "Synth"]

DATE_TIME = "2026-04-28T12:00:00Z"
MAX_DEPTH = 6  # below this, made-up objects only get their required properties
HARD_DEPTH = 2 * MAX_DEPTH  # and below this, nothing at all (a cycle of required properties)
_FORMATS = {
    "date-time": DATE_TIME,
    "date": DATE_TIME[:10],
    "time": DATE_TIME[11:],
    "uri": "https://example.com/stand-in",
    "url": "https://example.com/stand-in",
    "uri-reference": "https://example.com/stand-in",
    "uuid": "5f0c8a8e-3c1b-4b8e-9d7a-2f6e4c1d0b9a",
    "email": "user@example.com",
    "hostname": "example.com",
    "ipv4": "127.0.0.1",
    "binary": "stand-in bytes",
    "byte": base64.b64encode(b"stand-in bytes").decode(),
}
MISSING: Any = object()  # "no value" where None is a value


@dataclass(frozen=True)
class _At:
    """Where ``Synth`` is in the value it makes: the JSON path, the depth, the ``$ref``s it
    went through, and the name of the property (a made-up string is that name)."""

    path: str = "$"
    depth: int = 0
    refs: tuple[str, ...] = ()
    name: str | None = None

    def prop(self, name: str) -> _At:
        return _At(f"{self.path}.{name}", self.depth + 1, self.refs, name)

    def item(self) -> _At:
        return _At(f"{self.path}[0]", self.depth + 1, self.refs, self.name)

    def via(self, ref: str) -> _At:
        depth = max(self.depth, MAX_DEPTH) if ref in self.refs else self.depth
        return _At(self.path, depth, (*self.refs, ref), self.name)


class Synth:
    """Makes a value valid against a schema (a node of ``Schemas``).

    At each node, in order: ``const``; the node's ``example`` (then its ``examples``) if it
    validates against the node (those that do not are noted in ``invalid``); ``allOf`` merged;
    the first ``oneOf``/``anyOf`` branch that gives a valid value (null branches last); the first
    ``enum`` value; else a value of the node's type: objects with all their properties (only the
    required ones with ``minimal``, or below ``MAX_DEPTH`` and on a ``$ref`` cycle; an optional
    property whose made-up value does not validate is left out), arrays of one item (or
    ``minItems``), strings by ``format`` (else the property's name), numbers within bounds.
    """

    def __init__(
        self,
        schemas: Schemas,
        *,
        minimal: bool = False,
        where: str = "",
        invalid: list[str] | None = None,
    ) -> None:
        self.schemas = schemas
        self.minimal = minimal
        self.where = where
        self.invalid = invalid

    def value(self, node: Any) -> Any:
        return self._value(node, _At())

    def _value(self, node: Any, at: _At) -> Any:
        if not isinstance(node, dict):
            return None  # a boolean schema
        if at.depth > HARD_DEPTH:
            return _bottom(node)
        if "$ref" in node:
            return self._ref(node, at)
        if "const" in node:
            return copy.deepcopy(node["const"])
        found = self._example(node, at)
        if found is not MISSING:
            return found
        if "allOf" in node:
            return self._value(self._merge_all(node), at)
        for key in ("oneOf", "anyOf"):
            if key in node:
                return self._choice(node, key, at)
        if node.get("enum"):
            return next((v for v in node["enum"] if v is not None), None)
        return self._by_type(node, at)

    def _ref(self, node: dict[str, Any], at: _At) -> Any:
        ref = node["$ref"]
        if at.refs.count(ref) >= 2:
            return _bottom(self.schemas.deref(node))
        siblings = {k: v for k, v in node.items() if k != "$ref"}
        target = self.schemas.resolve(ref)
        return self._value({**target, **siblings} if siblings else target, at.via(ref))

    def _example(self, node: dict[str, Any], at: _At) -> Any:
        candidates = [node["example"]] if "example" in node else []
        if isinstance(node.get("examples"), list):
            candidates += node["examples"]
        for candidate in candidates:
            problem = self.schemas.problem(candidate, node)
            if problem is None:
                return copy.deepcopy(candidate)
            self._note(f"{at.path}: the example {_short(candidate)} is invalid {problem}")
        return MISSING

    def _merge_all(self, node: dict[str, Any]) -> dict[str, Any]:
        merged = {k: v for k, v in node.items() if k not in ("allOf", "example", "examples")}
        for branch in node["allOf"]:
            merged = _merge(merged, self.schemas.deref(branch))
        return merged

    def _choice(self, node: dict[str, Any], key: str, at: _At) -> Any:
        """The first branch whose value is valid against the whole node (its own keywords
        merged into each branch); the first branch's value when none is."""
        rest = {k: v for k, v in node.items() if k not in (key, "example", "examples")}
        constrained = any(k not in ANNOTATIONS for k in rest)
        first = MISSING
        for branch in sorted(node[key], key=_is_null):
            sub = _merge(rest, self.schemas.deref(branch)) if constrained else branch
            candidate = self._value(sub, at)
            if self.schemas.valid(candidate, node):
                return candidate
            if first is MISSING:
                first = candidate
        return first

    def _by_type(self, node: dict[str, Any], at: _At) -> Any:
        kind = _kind(node)
        if kind == "object":
            return self._object(node, at)
        if kind == "array":
            return self._array(node, at)
        if kind == "string":
            return _string(node, at.name)
        if kind in ("integer", "number"):
            return _number(node, kind == "integer", at.name or "")
        if kind == "boolean":
            return True
        if kind == "null":
            return None
        return at.name or "string"  # no type: anything goes

    def _object(self, node: dict[str, Any], at: _At) -> dict[str, Any]:
        required = node.get("required", [])
        shallow = self.minimal or at.depth >= MAX_DEPTH
        out: dict[str, Any] = {}
        for name, sub in node.get("properties", {}).items():
            if name not in required and shallow:
                continue
            value = self._value(sub, at.prop(name))
            if name in required or self.schemas.valid(value, sub):
                out[name] = value
        for name in required:
            out.setdefault(name, name)
        extra = node.get("additionalProperties")
        if not out and isinstance(extra, dict) and extra and not shallow:
            out["key"] = self._value(extra, at.prop("key"))
        return out

    def _array(self, node: dict[str, Any], at: _At) -> list[Any]:
        count = max(node.get("minItems", 0), 0 if at.depth >= MAX_DEPTH else 1)
        count = min(count, node.get("maxItems", count))
        if not count:
            return []
        items = node.get("items")
        item = self._value(items if isinstance(items, dict) else {}, at.item())
        return [copy.deepcopy(item) for _ in range(count)]

    def _note(self, message: str) -> None:
        if self.invalid is not None:
            self.invalid.append(f"{self.where} {message}".strip())


def _merge(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    """One schema for "both ``a`` and ``b``", close enough to make a value from: ``a`` wins
    on conflicts, properties and required lists are joined."""
    out = dict(a)
    for key, value in b.items():
        if key not in out:
            out[key] = value
        elif key == "properties":
            out[key] = {**value, **out[key]}
        elif key in ("required", "allOf"):
            out[key] = [*out[key], *(v for v in value if v not in out[key])]
    return out


def _is_null(node: Any) -> bool:
    return isinstance(node, dict) and node.get("type") == "null"


def _kind(node: Mapping[str, Any]) -> str | None:
    kind = node.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind:
        return str(kind)
    if {"properties", "additionalProperties", "required"} & node.keys():
        return "object"
    return "array" if "items" in node else None


def _bottom(node: Mapping[str, Any]) -> Any:
    """The smallest value of the node's type (where made-up values stop)."""
    bottoms: dict[str, Any] = {"object": {}, "array": [], "string": "", "integer": 0, "number": 0}
    return bottoms.get(_kind(node) or "")


def _string(node: Mapping[str, Any], name: str | None) -> str:
    text = str(_FORMATS.get(node.get("format", ""), name or "string"))
    short: int = max(0, node.get("minLength", 0) - len(text))
    text += "x" * short
    limit: int = node.get("maxLength", len(text))
    return text[:limit]


def _number(node: Mapping[str, Any], integer: bool, name: str) -> int | float:
    """A number within the node's bounds: 1 (0 for an index), 0.5 when it need not be whole."""
    value: float = (0 if name.endswith("index") else 1) if integer else 0.5
    step = 1 if integer else 0.5
    low, high = node.get("minimum"), node.get("maximum")
    xlow, xhigh = node.get("exclusiveMinimum"), node.get("exclusiveMaximum")
    if isinstance(low, int | float):
        value = max(value, low)
    if isinstance(xlow, int | float) and not isinstance(xlow, bool) and value <= xlow:
        value = xlow + step
    if isinstance(high, int | float):
        value = min(value, high)
    if isinstance(xhigh, int | float) and not isinstance(xhigh, bool) and value >= xhigh:
        value = xhigh - step
    return math.ceil(value) if integer else value


def _short(value: Any) -> str:
    text = json.dumps(value)
    return text if len(text) <= 60 else text[:57] + "..."
