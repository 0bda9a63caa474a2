"""A chart of one ``scripts/bench.py`` run: each SDK's CPU as a multiple of the floor's.

``draw(results_json, out_png)`` reads the ``results.json`` a run wrote and draws one group of
bars per scenario (non-stream chat, stream, embeddings, models, async, import) with one bar per
SDK (together_facade as installed by default, the official ``together`` SDK, the ``openai``
SDK): its CPU per call (per chunk for the stream, per fresh interpreter for the import) divided by
the floor's (raw httpx) measured in the same run, the median of the per-round ratios. Async is
measured as throughput, where higher is better; its bar is the cost, 1 / the throughput ratio, so
that lower is better everywhere. The axis is logarithmic (twice and half the floor are as far
from it), the bars start at the floor's line (1.0) and carry their value; a candidate that was
skipped or not measured has no bar, and a scenario without any bar has no group.

matplotlib is imported here only, with the Agg backend (no display needed, nothing global
changed): ``bench.py`` imports this module when it draws, and does without the chart (with a
note) when matplotlib is not installed. From the command line::

    python scripts/bench_chart.py .bench/results.json out.png
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import FixedLocator, FuncFormatter, NullFormatter

#: The candidates drawn, as ``bench.py`` names them in ``results.json``.
CANDIDATES = ("together_facade", "together (official SDK)", "openai SDK")
#: The scenarios drawn, in this order (``bench.py``'s names; their titles label the groups).
SCENARIOS = ("chat", "stream", "embeddings", "models", "async", "import")
#: Throughput scenarios: drawn as a cost, 1 / the throughput ratio.
AS_COST = ("async",)

_TICKS = (0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 1, 1.5, 2, 3, 5, 7, 10, 20, 50, 100, 200, 500)


@dataclass(frozen=True, slots=True)
class Bar:
    """One bar: a candidate's ratio to the floor in one scenario (lower is better)."""

    group: str
    candidate: str
    value: float


def bar_value(scenario: str, entry: dict[str, Any] | None) -> float | None:
    """The value drawn for one candidate's entry in ``results.json`` (None: no bar)."""
    if not entry or entry.get("skipped") or not entry.get("samples"):
        return None
    if scenario in AS_COST:
        throughput = entry.get("throughput_ratio_to_floor")
        return 1.0 / throughput if throughput else None
    ratio = entry.get("cpu_ratio_to_floor")
    return float(ratio) if ratio else None


def group_label(scenario: str, data: dict[str, Any]) -> str:
    """A group's label: the scenario's title, with how a throughput scenario is drawn."""
    title = str(data.get("title") or scenario)
    return f"{title}\n(cost = 1 / throughput)" if scenario in AS_COST else title


def bars(results: dict[str, Any]) -> list[Bar]:
    """The bars of ``results`` (a loaded ``results.json``), scenario by scenario."""
    out = []
    for scenario in SCENARIOS:
        data = results.get("scenarios", {}).get(scenario)
        if not data:
            continue
        candidates = data.get("candidates", {})
        for name in CANDIDATES:
            value = bar_value(scenario, candidates.get(name))
            if value is not None:
                out.append(Bar(group_label(scenario, data), name, value))
    return out


def title(results: dict[str, Any]) -> str:
    """What was measured, when and on what machine."""
    m = results.get("machine", {})
    where = f"{m.get('platform', '?')}, {m.get('cpu_count', '?')} CPUs, Python {m.get('python')}"
    return (
        "CPU per call (per chunk for the stream) as a multiple of raw httpx's (the floor), "
        "median of the per-round ratios\n"
        f"{results.get('date', 'undated')} · {where}"
    )


def _limits(values: list[float]) -> tuple[float, float]:
    """The axis range: every value and the floor, with room for the labels."""
    low, high = min([*values, 1.0]), max([*values, 1.0])
    return low / 1.5, high * 1.6


def _draw_bars(ax: Any, drawn: list[Bar]) -> list[str]:
    """One series of bars per candidate, each starting at the floor; returns the groups."""
    groups = list(dict.fromkeys(bar.group for bar in drawn))
    width = 0.8 / len(CANDIDATES)
    for i, name in enumerate(CANDIDATES):
        mine = [bar for bar in drawn if bar.candidate == name]
        if not mine:
            continue
        offset = (i - (len(CANDIDATES) - 1) / 2) * width
        xs = [groups.index(bar.group) + offset for bar in mine]
        heights = [bar.value - 1.0 for bar in mine]
        rects = ax.bar(xs, heights, width * 0.95, bottom=1.0, label=name, zorder=2)
        labels = [f"{bar.value:.2f}x" for bar in mine]
        ax.bar_label(rects, labels=labels, fontsize=8, padding=2)
    return groups


def _style_axis(ax: Any, drawn: list[Bar], groups: list[str]) -> None:
    ax.set_yscale("log")
    low, high = _limits([bar.value for bar in drawn])
    ax.set_ylim(low, high)
    ax.yaxis.set_major_locator(FixedLocator([t for t in _TICKS if low <= t <= high]))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:g}x"))
    ax.yaxis.set_minor_formatter(NullFormatter())
    ax.axhline(1.0, color="black", linestyle="--", linewidth=1, label="floor (raw httpx) = 1x")
    ax.set_xticks(range(len(groups)), groups)
    ax.set_xlim(-0.6, max(len(groups), 1) - 0.4)
    ax.set_ylabel(
        "CPU / the floor's CPU (log scale, lower is better)\n"
        "async: cost = 1 / throughput ratio (lower is better)"
    )
    ax.grid(axis="y", which="major", alpha=0.3, zorder=0)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8)  # beside: no overlap


def draw(results_json: Path | str, out_png: Path | str) -> Path:
    """Draw the chart of ``results_json`` (written by ``bench.py``) into ``out_png``."""
    results = json.loads(Path(results_json).read_text())
    drawn = bars(results)
    figure = Figure(figsize=(11, 6), dpi=110, layout="constrained")
    FigureCanvasAgg(figure)
    ax = figure.add_subplot()
    groups = _draw_bars(ax, drawn)
    _style_axis(ax, drawn, groups)
    if not drawn:
        note = "no scenario of this chart was measured in this run"
        ax.text(0.5, 0.5, note, ha="center", transform=ax.transAxes)
    ax.set_title(title(results), fontsize=10)
    out = Path(out_png)
    figure.savefig(out, format="png")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("results_json", type=Path, help="a results.json written by bench.py")
    parser.add_argument("out_png", type=Path, help="where the PNG goes")
    args = parser.parse_args(argv)
    print(draw(args.results_json, args.out_png))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
