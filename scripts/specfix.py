"""Apply the spec fixes (``openapi-fixes.yaml``) to the published spec.

The fixes file is a list of named fixes. Each has a one-line ``why`` and a ``patch``: an RFC 6902
JSON Patch. Every change is guarded, so that a fix whose target has moved on is reported by name
instead of silently producing a different client:

* ``replace`` and ``remove`` must follow a ``test`` of the same path (or of a parent) in that fix;
* ``add`` refuses to overwrite an existing object member (stricter than RFC 6902, which would
  replace it): if upstream added the member itself, the fix is stale and must be reviewed.

Fixes are applied one at a time, all or nothing each; ``apply_fixes`` returns the patched document
and the list of fixes that did not apply, each with the reason.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML, YAMLError

_MUTATING = {"add", "replace", "remove"}


@dataclass(frozen=True)
class Fix:
    name: str
    why: str
    patch: list[dict[str, Any]]


@dataclass(frozen=True)
class FixFailure:
    name: str
    problem: str

    def __str__(self) -> str:
        return f"fix '{self.name}' no longer applies: {self.problem}"


class FixFileError(Exception):
    """The fixes file itself is malformed (not a stale fix: a mistake in the file)."""


def load_yaml(path: Path) -> Any:
    return YAML(typ="safe", pure=True).load(path.read_bytes())


def load_fixes(path: Path) -> list[Fix]:
    try:
        raw = load_yaml(path)
    except YAMLError as exc:
        raise FixFileError(f"{path} is not valid YAML: {exc}") from exc
    if not isinstance(raw, list):
        raise FixFileError(f"{path}: expected a list of fixes")
    fixes: list[Fix] = []
    seen: set[str] = set()
    for i, item in enumerate(raw):
        if not isinstance(item, dict) or set(item) != {"fix", "why", "patch"}:
            raise FixFileError(f"{path}: entry {i} must have exactly the keys fix, why, patch")
        name, why, patch = item["fix"], item["why"], item["patch"]
        if name in seen:
            raise FixFileError(f"{path}: fix name '{name}' is used twice")
        seen.add(name)
        if not isinstance(why, str) or not why.strip() or "\n" in why.strip():
            raise FixFileError(f"{path}: fix '{name}' needs a one-line 'why'")
        _check_guarded(path, name, patch)
        fixes.append(Fix(name=name, why=why.strip(), patch=patch))
    return fixes


def _check_guarded(path: Path, name: str, patch: Any) -> None:
    if not isinstance(patch, list) or not patch:
        raise FixFileError(f"{path}: fix '{name}' has an empty patch")
    tested: list[str] = []
    for op in patch:
        kind = op.get("op") if isinstance(op, dict) else None
        if kind not in _MUTATING | {"test"}:
            raise FixFileError(f"{path}: fix '{name}': unsupported op {op!r}")
        target = op.get("path")
        if not isinstance(target, str) or not target.startswith("/"):
            raise FixFileError(f"{path}: fix '{name}': bad path in {op!r}")
        if kind == "test":
            tested.append(target)
        elif kind in ("replace", "remove") and not any(
            target == t or target.startswith(t + "/") for t in tested
        ):
            raise FixFileError(
                f"{path}: fix '{name}': '{kind} {target}' is not guarded by a test of that path"
            )


def _tokens(pointer: str) -> list[str]:
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer.split("/")[1:]]


class _Stale(Exception):
    pass


def _resolve_parent(doc: Any, pointer: str) -> tuple[Any, str]:
    tokens = _tokens(pointer)
    node = doc
    walked = ""
    for token in tokens[:-1]:
        walked += "/" + token
        node = _child(node, token, walked)
    return node, tokens[-1]


def _child(node: Any, token: str, walked: str) -> Any:
    if isinstance(node, dict):
        if token not in node:
            raise _Stale(f"{walked} does not exist")
        return node[token]
    if isinstance(node, list):
        if not token.isdigit() or int(token) >= len(node):
            raise _Stale(f"{walked} does not exist")
        return node[int(token)]
    raise _Stale(f"{walked} does not exist (parent is not an object or array)")


def _apply_op(doc: Any, op: dict[str, Any]) -> None:
    kind, pointer = op["op"], op["path"]
    parent, key = _resolve_parent(doc, pointer)
    if kind == "test":
        actual = _child(parent, key, pointer)
        if actual != op["value"]:
            raise _Stale(f"test failed at {pointer}: expected {op['value']!r}, found {actual!r}")
    elif kind == "add":
        if isinstance(parent, dict):
            if key in parent:
                raise _Stale(f"{pointer} already exists (upstream may have made this change)")
            parent[key] = copy.deepcopy(op["value"])
        elif isinstance(parent, list):
            index = len(parent) if key == "-" else int(key)
            parent.insert(index, copy.deepcopy(op["value"]))
        else:
            raise _Stale(f"cannot add {pointer}: parent is not an object or array")
    elif kind == "replace":
        _child(parent, key, pointer)
        if isinstance(parent, list):
            parent[int(key)] = copy.deepcopy(op["value"])
        else:
            parent[key] = copy.deepcopy(op["value"])
    elif kind == "remove":
        _child(parent, key, pointer)
        if isinstance(parent, list):
            del parent[int(key)]
        else:
            del parent[key]


def apply_fixes(spec: Any, fixes: list[Fix]) -> tuple[Any, list[FixFailure]]:
    """Apply each fix atomically to a copy of ``spec``; collect the ones that do not apply."""
    doc = copy.deepcopy(spec)
    failures: list[FixFailure] = []
    for fix in fixes:
        attempt = copy.deepcopy(doc)
        try:
            for op in fix.patch:
                _apply_op(attempt, op)
        except _Stale as exc:
            failures.append(FixFailure(fix.name, str(exc)))
            continue
        doc = attempt
    return doc, failures
