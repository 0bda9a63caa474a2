"""The committed snapshot of the public surface, ``tests/api-surface.txt``, is what
``scripts/surface.py`` renders now; the rendering does not depend on the run; and it cannot pass
by accident: a changed field type, a new model and a changed method each show up as their lines.
"""

from __future__ import annotations

import importlib.util
import inspect
import os
import subprocess
import sys
import typing
from pathlib import Path
from types import ModuleType

import attrs
import pytest

import together_facade
from together_facade import types

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "surface.py"


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("surface", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("surface", module)  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


surface = _load_script()


def _changes(before: str, after: str) -> tuple[list[str], list[str]]:
    """The lines only ``before`` has, and those only ``after`` has."""
    old, new = before.splitlines(), after.splitlines()
    return [line for line in old if line not in set(new)], [line for line in new if line not in old]


def test_the_committed_surface_is_current() -> None:
    rendered = surface.render()
    committed = surface.SNAPSHOT.read_text(encoding="utf-8") if surface.SNAPSHOT.exists() else ""
    if committed != rendered:
        pytest.fail(
            "tests/api-surface.txt does not match the public surface: run "
            "`python scripts/surface.py --write` (make surface) and review the diff\n\n"
            + surface.diff(committed, rendered),
            pytrace=False,
        )


def test_the_rendering_does_not_depend_on_the_run(tmp_path: Path) -> None:
    """Two fresh processes with different hash seeds (so different set orders), started from
    another directory, print the same text, and the same as this process renders."""
    outputs = []
    for seed in ("0", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, str(SCRIPT)],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1], surface.diff(outputs[0], outputs[1])
    assert outputs[0] == surface.render(), surface.diff(outputs[0], surface.render())
    assert "0x" not in outputs[0] and str(ROOT) not in outputs[0]


def _a_model_field() -> tuple[type, str]:
    """``FileResponse.created_at`` (the issue's example), or else the first field of the first
    model of ``together_facade.types``: the surface may have changed since this was written."""
    candidates = sorted(types.__all__, key=lambda name: name != "FileResponse")
    for name in candidates:
        cls = getattr(types, name, None)
        if not (isinstance(cls, type) and attrs.has(cls) and cls.__name__ == name):
            continue
        annotated = inspect.get_annotations(cls)
        fields = [f.name for f in attrs.fields(cls) if f.name in annotated]
        fields = [f for f in fields if not f.startswith("_")]
        if fields:
            return cls, "created_at" if "created_at" in fields else fields[0]
    pytest.fail("together_facade.types has no attrs model with an annotated field")


def test_a_changed_field_type_is_a_one_line_change(monkeypatch: pytest.MonkeyPatch) -> None:
    cls, field = _a_model_field()
    before = surface.render()
    prefix = f"{cls.__name__}.{field}: "
    (old_line,) = [line for line in before.splitlines() if line.startswith(prefix)]
    old_type = surface.TypeText().annotation(cls.__annotations__[field], cls.__module__)
    assert old_line.startswith(prefix + old_type)
    new_type = "bytes | None" if "datetime" in old_type else "datetime.datetime | None"
    monkeypatch.setattr(cls, "__annotations__", {**cls.__annotations__, field: new_type})

    removed, added = _changes(before, surface.render())

    # e.g. "-FileResponse.created_at: int | None = None" "+... datetime.datetime | None = None"
    assert removed == [old_line]
    assert added == [prefix + new_type + old_line.removeprefix(prefix + old_type)]


@attrs.define
class SurfaceProbe:
    """A model the surface does not have, added to ``together_facade.types`` by a test."""

    answer: int
    note: str | None = None
    _private: bytes | None = None


def test_a_new_model_shows_up_with_its_fields(monkeypatch: pytest.MonkeyPatch) -> None:
    before = surface.render()
    monkeypatch.setattr(types, "SurfaceProbe", SurfaceProbe, raising=False)
    monkeypatch.setattr(types, "__all__", [*types.__all__, "SurfaceProbe"])

    removed, added = _changes(before, surface.render())

    assert removed == []
    assert added == [
        "together_facade.types.SurfaceProbe: attrs class",
        "SurfaceProbe: attrs class, in together_facade.types",
        "SurfaceProbe.answer: int (required)",
        "SurfaceProbe.note: str | None = None",
    ]


def test_a_changed_method_shows_up_with_its_parameters(monkeypatch: pytest.MonkeyPatch) -> None:
    before = surface.render()
    assert "Together.close() -> None" in before.splitlines()

    def close(self: object, *, force: bool = False) -> None:
        """A ``close`` with one more parameter."""

    monkeypatch.setattr(together_facade.Together, "close", close)
    removed, added = _changes(before, surface.render())

    assert removed == ["Together.close() -> None"]
    assert added == ["Together.close(...) -> None", "Together.close(*, force: bool = False)"]


def test_types_are_written_the_same_however_they_are_spelt() -> None:
    tt = surface.TypeText()
    module = "together_facade.types"
    spellings: list[object] = [
        typing.Optional[list[int]],  # noqa: UP045
        typing.Union[list[int], None],  # noqa: UP007
        list[int] | None,
        "Optional[list[int]]",
        "typing.Union[List[int], None]",
        "list[int] | None",
    ]
    assert {tt.annotation(s, module) for s in spellings} == {"list[int] | None"}
    # Declared order is kept, not sorted.
    assert tt.annotation("None | str", module) == "None | str"
    assert tt.text(int | str | None) == "int | str | None"


def test_check_fails_with_a_diff_on_a_stale_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    snapshot = tmp_path / "api-surface.txt"
    monkeypatch.setattr(surface, "SNAPSHOT", snapshot)
    assert surface.main(["--write"]) == 0
    assert surface.main(["--check"]) == 0
    lines = snapshot.read_text(encoding="utf-8").splitlines(keepends=True)
    snapshot.write_text("".join(lines[:-1]), encoding="utf-8")  # drop the last line
    capsys.readouterr()

    assert surface.main(["--check"]) == 1
    out, err = capsys.readouterr()
    assert f"+{lines[-1]}" in out and out.startswith("---")
    assert "python scripts/surface.py --write" in err
