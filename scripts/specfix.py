"""Apply the spec fixes (``openapi-fixes.yaml``) to the published spec.

The fixes file is a list of named fixes. Each has a ``kind`` (what it works around: the
``generator``, a ``spec`` bug, or the live ``service``), a one-line ``why`` and a ``patch``: an
RFC 6902 JSON Patch. Every change is guarded, so that a fix whose target has moved on is reported
by name instead of silently producing a different client:

* ``replace`` and ``remove`` must follow a ``test`` of the same path (or of a parent) in that fix;
* ``add`` refuses to overwrite an existing object member (stricter than RFC 6902, which would
  replace it): if upstream added the member itself, the fix is stale and must be reviewed.

Fixes are applied one at a time, all or nothing each; ``apply_fixes`` returns the patched document
and the list of fixes that did not apply. A fix that does not apply is still tried to its end on a
scratch copy, so that its failure lists every op that fails, not only the first.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, get_args

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

_MUTATING = {"add", "replace", "remove"}

FixKind = Literal["generator", "spec", "service"]
"""What a fix works around, so a maintainer knows which side has to change before it can go:

* ``generator``: the spec says it right, the code generator cannot read it (drop the fix when the
  generator can);
* ``spec``: the spec is wrong or incomplete about what the API takes or sends (drop it when
  upstream corrects the spec);
* ``service``: the live service behaves unlike any reasonable spec (drop it when the service
  stops).
"""
KINDS: tuple[str, ...] = get_args(FixKind)

_KEYS = ("fix", "kind", "why", "patch")
_MAX_REPR = 160  # values in messages are cut to this many characters


@dataclass(frozen=True)
class Fix:
    name: str
    kind: FixKind
    why: str
    patch: list[dict[str, Any]]


@dataclass(frozen=True)
class OpProblem:
    """One op of a fix that does not apply: its index in the patch, its kind, path and reason."""

    index: int
    op: str
    path: str
    reason: str

    def __str__(self) -> str:
        return f"op {self.index} {self.op} {self.path}: {self.reason}"


@dataclass(frozen=True)
class FixFailure:
    """A fix that no longer applies, with every op of it that fails (``total_ops`` in all)."""

    name: str
    kind: FixKind
    ops: tuple[OpProblem, ...]
    total_ops: int

    @property
    def problem(self) -> str:
        """The failing ops on one line, joined by ``; ``."""
        return "; ".join(str(p) for p in self.ops)

    def __str__(self) -> str:
        head = (
            f"fix '{self.name}' ({self.kind}) no longer applies: "
            f"{len(self.ops)} of {self.total_ops} ops fail"
        )
        return "\n".join([head, *(f"    {p}" for p in self.ops)])


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
        if not isinstance(item, dict) or set(item) != set(_KEYS):
            raise FixFileError(
                f"{path}: entry {i}{_entry_name(item)} must have exactly the keys "
                f"{', '.join(_KEYS)}{_key_difference(item)}"
            )
        name, kind, why, patch = item["fix"], item["kind"], item["why"], item["patch"]
        if name in seen:
            raise FixFileError(f"{path}: fix name '{name}' is used twice")
        seen.add(name)
        if kind not in KINDS:
            raise FixFileError(
                f"{path}: fix '{name}' has kind {kind!r}; expected one of {', '.join(KINDS)}"
            )
        if not isinstance(why, str) or not why.strip() or "\n" in why.strip():
            raise FixFileError(f"{path}: fix '{name}' needs a one-line 'why'")
        _check_guarded(path, name, patch)
        fixes.append(Fix(name=name, kind=kind, why=why.strip(), patch=patch))
    return fixes


def _entry_name(item: Any) -> str:
    if isinstance(item, dict) and isinstance(item.get("fix"), str):
        return f" ('{item['fix']}')"
    return ""


def _key_difference(item: Any) -> str:
    if not isinstance(item, dict):
        return f" (it is a {type(item).__name__}, not a mapping)"
    missing = [k for k in _KEYS if k not in item]
    unknown = sorted(str(k) for k in item if k not in _KEYS)
    parts = []
    if missing:
        parts.append("missing: " + ", ".join(missing))
    if unknown:
        parts.append("unknown: " + ", ".join(unknown))
    return f" ({'; '.join(parts)})"


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
    """An op does not apply; the message says why."""


class _Missing(_Stale):
    """A path an op needs does not exist: ``at`` is the first missing step of it."""

    def __init__(self, at: str, note: str = "") -> None:
        super().__init__(f"{at} does not exist{note}")
        self.at, self.note = at, note


def _short(value: Any) -> str:
    """``repr(value)``, cut to ``_MAX_REPR`` characters (saying so) when it is longer."""
    text = repr(value)
    if len(text) <= _MAX_REPR:
        return text
    return f"{text[:_MAX_REPR]}... [truncated, {len(text)} chars]"


def _names(keys: list[Any]) -> str:
    return _short(keys)[1:-1] if len(repr(keys)) <= _MAX_REPR else _short(keys)


def _difference(expected: Any, found: Any) -> str:
    """Where two values differ, briefly: for values too long to show whole in a message."""
    if isinstance(expected, dict) and isinstance(found, dict):
        gone = [k for k in expected if k not in found]
        new = [k for k in found if k not in expected]
        changed = [k for k in expected if k in found and expected[k] != found[k]]
        parts = [
            f"{label} {_names(keys)}"
            for label, keys in (("keys gone:", gone), ("keys new:", new), ("changed:", changed))
            if keys
        ]
        return "; ".join(parts)
    if isinstance(expected, list) and isinstance(found, list):
        gone = [x for x in expected if x not in found]
        new = [x for x in found if x not in expected]
        if not gone and not new:
            return "same items, in another order or number"
        return "; ".join(
            f"{label} {_short(items)}"
            for label, items in (("items gone:", gone), ("items new:", new))
            if items
        )
    if type(expected) is not type(found):
        return f"expected a {type(expected).__name__}, found a {type(found).__name__}"
    return ""


def _mismatch(expected: Any, found: Any) -> str:
    message = f"value differs: expected {_short(expected)}, found {_short(found)}"
    if len(repr(expected)) > _MAX_REPR or len(repr(found)) > _MAX_REPR:
        hint = _difference(expected, found)
        if hint:
            message += f" ({hint})"
    return message


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
            raise _Missing(walked)
        return node[token]
    if isinstance(node, list):
        if not token.isdigit() or int(token) >= len(node):
            raise _Missing(walked)
        return node[int(token)]
    raise _Missing(walked, " (parent is not an object or array)")


def _apply_op(doc: Any, op: dict[str, Any]) -> None:
    """Apply one op to ``doc`` in place, or raise ``_Stale`` and leave ``doc`` as it was."""
    kind, pointer = op["op"], op["path"]
    parent, key = _resolve_parent(doc, pointer)
    if kind == "test":
        actual = _child(parent, key, pointer)
        if actual != op["value"]:
            raise _Stale(_mismatch(op["value"], actual))
    elif kind == "add":
        if isinstance(parent, dict):
            if key in parent:
                raise _Stale("already exists (upstream may have made this change)")
            parent[key] = copy.deepcopy(op["value"])
        elif isinstance(parent, list):
            if key != "-" and not (key.isdigit() and int(key) <= len(parent)):
                raise _Stale(f"cannot add at index {key!r} of an array of {len(parent)} items")
            index = len(parent) if key == "-" else int(key)
            parent.insert(index, copy.deepcopy(op["value"]))
        else:
            raise _Stale("cannot add: the parent is not an object or array")
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


def _try_fix(doc: Any, fix: Fix) -> tuple[Any, list[OpProblem]]:
    """Apply every op of ``fix`` to a copy of ``doc``, going on past the ones that fail.

    An op that fails changes nothing; the later ops still run, so that each of them that fails on
    its own account is reported too (a ``replace`` whose guarding ``test`` failed is still tried,
    and reports a missing path). The copy is only worth keeping when no op failed.
    """
    attempt = copy.deepcopy(doc)
    problems: list[OpProblem] = []
    for index, op in enumerate(fix.patch):
        try:
            _apply_op(attempt, op)
        except _Missing as exc:
            # The op's line shows its path: name the missing step only when it is a parent.
            reason = f"does not exist{exc.note}" if exc.at == op["path"] else str(exc)
            problems.append(OpProblem(index, op["op"], op["path"], reason))
        except _Stale as exc:
            problems.append(OpProblem(index, op["op"], op["path"], str(exc)))
    return attempt, problems


def apply_fixes(spec: Any, fixes: list[Fix]) -> tuple[Any, list[FixFailure]]:
    """Apply each fix atomically to a copy of ``spec``; collect the ones that do not apply."""
    doc = copy.deepcopy(spec)
    failures: list[FixFailure] = []
    for fix in fixes:
        attempt, problems = _try_fix(doc, fix)
        if problems:
            failures.append(FixFailure(fix.name, fix.kind, tuple(problems), len(fix.patch)))
        else:
            doc = attempt
    return doc, failures
