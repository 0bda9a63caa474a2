"""No ``Unset``/``UNSET`` anywhere a user of the facade looks: the public names, every public
method's signature and annotations (areas and their raw views included), and the result types.
(The values and reprs of results built from every real capture: tests/generated/.)"""

from __future__ import annotations

import inspect
import typing

import together_facade
import together_facade.types as types
from together_facade import AsyncTogether, Together


def _methods(obj: object, prefix: str, seen: set[int]) -> dict[str, object]:
    found: dict[str, object] = {}
    if id(obj) in seen:
        return found
    seen.add(id(obj))
    for name in dir(type(obj)):
        if name.startswith("_"):
            continue
        value = getattr(obj, name)
        if inspect.ismethod(value) or inspect.isfunction(value):
            found[prefix + name] = value
        elif type(value).__module__.startswith("together_facade"):
            found.update(_methods(value, f"{prefix}{name}.", seen))
    return found


def test_no_sentinel_in_public_names() -> None:
    for module in (together_facade, types):
        for name in module.__all__:
            assert "unset" not in name.lower(), f"{module.__name__}.{name}"


def test_no_sentinel_in_any_public_signature() -> None:
    for client in (Together(api_key="k"), AsyncTogether(api_key="k")):
        methods = _methods(client, "", set())
        assert "chat.completions.create" in methods and "fine_tuning.jobs.create" in methods
        views = {}
        for path, method in methods.items():
            owner = getattr(method, "__self__", None)
            # An API area's method: its raw and streamed forms too (``client.bulk`` runs many
            # calls as one job: it has no such forms).
            if "." in path and owner is not None and hasattr(owner, "with_raw_response"):
                name = path.rsplit(".", 1)[1]
                for view in ("with_raw_response", "with_streaming_response"):
                    views[f"{path} ({view})"] = getattr(getattr(owner, view), name)
        methods.update(views)
        assert len(methods) > 70  # every area method, in three forms, and the client verbs
        for name, method in methods.items():
            assert "Unset" not in str(inspect.signature(method)), name  # type: ignore[arg-type]
            assert "UNSET" not in str(inspect.signature(method)), name  # type: ignore[arg-type]


def test_no_sentinel_in_any_result_annotation() -> None:
    for name in types.__all__:
        cls = getattr(types, name)
        if isinstance(cls, type) and issubclass(cls, types.Model):
            for field, hint in typing.get_type_hints(cls).items():
                assert "Unset" not in str(hint), f"{name}.{field}"
