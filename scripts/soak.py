"""The soak of ``tests/test_soak.py``, longer: 10,000 calls through the fault proxy by default.

Run from the repo root::

    .venv/bin/python scripts/soak.py [--calls N] [--seed S]

It prints the counts on one line (and the first wrong, untyped or hung calls, if any), then
each check that failed; it exits 1 if one did: a wrong answer, an untyped error, a hung call,
the RSS grown by 20 MiB or more, or a socket or thread left open. Everything runs on 127.0.0.1
(see ``tests/test_soak.py`` for the server, the fault mix and the checks).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # for `tests`, as pytest has it

from tests.test_soak import run_soak


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--calls", type=int, default=10_000, help="how many calls (10,000)")
    parser.add_argument("--seed", type=int, default=0, help="the seed of the plan and faults")
    args = parser.parse_args()
    if args.calls < 10:
        parser.error("--calls must be at least 10")
    result = run_soak(calls=args.calls, seed=args.seed)
    print(result.summary())
    for sample in result.samples:
        print("  ", sample)
    failures = result.failures()
    for failure in failures:
        print(f"FAILED: {failure}")
    print("soak: FAILED" if failures else "soak: passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
