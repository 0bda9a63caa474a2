"""The README's main job: the quickstart runs offline against the stand-in and shows results."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_quickstart_runs_offline() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TOGETHER_")}
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "quickstart.py")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    for section in ("== chat", "== streamed chat", "== embeddings", "== rerank", "== models"):
        assert section in out
    assert "Deep learning is a subset of machine learning" in out  # the streamed deltas, joined
    assert "3 vectors of 768 dimensions" in out
    assert "request id standin-0001" in out
