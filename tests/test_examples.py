"""The README's main job: the quickstart runs offline against the test kit's stand-in
(``together_facade.testing``) and shows the real recorded answers it serves."""

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
    # The chat capture, then the stream capture (its deltas joined), each with its finish reason.
    assert "Deep learning is a subfield of machine learning" in out
    assert "(finish: stop, tokens: 695)" in out
    assert "Deep learning is a subset of machine learning" in out
    # Each request has its own id, counted by the stand-in: the stream is the second request.
    assert "(finish: length, request id: standin-0002)" in out
    assert "3 vectors of 768 dimensions" in out  # one captured vector per input
    assert "#0 score 0.648\n#1 score 0.632" in out  # the captured scores, top_n=2 of 3 documents
    assert "chat  meta-llama/Meta-Llama-3-8B-Instruct-Turbo" in out  # the models of the captures
    assert "(6 models, request id standin-0005)" in out


def test_the_sample_of_a_users_own_tests_passes() -> None:
    """examples/testing_your_app: an app's tests written with the kit's pytest fixtures, run as
    a user runs them (a pytest of their own, the plugin loaded from the installed package)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TOGETHER_")}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--rootdir", "."],
        cwd=ROOT / "examples" / "testing_your_app",
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "4 passed" in result.stdout
