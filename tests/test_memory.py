"""Peak memory under hostile answers (issue 11), each measured in a fresh child process by
``tests/memprobe.py``: a cap holds memory to about itself, whatever the server sends or however
it compresses it. Bounds: the default caps plus 64 MiB, and 48 MiB with 8 MiB caps."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# case -> the error that ends the call
CASES = {
    "big": "ResponseTooLargeError",  # 300 MiB of JSON
    "error": "InternalServerError",  # 300 MiB on a 500: the status error, with the first MiB
    "gzip": "ResponseTooLargeError",  # 510 KiB inflating to 512 MiB
    "br": "APIResponseValidationError",  # 809 bytes inflating to 512 MiB: never decoded
    "zstd": "APIResponseValidationError",  # 16 KiB inflating to 512 MiB: never decoded
    "line": "SSEDecodeError",  # an event stream with a 256 MiB line
    "line-gzip": "SSEDecodeError",  # the same line, gzipped to 255 KiB
}


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.memprobe", "serve"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    port = proc.stdout.readline().strip()
    yield f"http://127.0.0.1:{port}/v1"
    proc.kill()
    proc.wait()


@pytest.mark.parametrize("cap_mib", [None, 8])
@pytest.mark.parametrize("case", list(CASES))
def test_peak_memory_stays_near_the_cap(server: str, case: str, cap_mib: int | None) -> None:
    args = [sys.executable, "-m", "tests.memprobe", "measure", server, case]
    out = subprocess.run(
        args + ([str(cap_mib)] if cap_mib else []),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    result = json.loads(out.stdout)
    print(result)
    assert result["error"] == CASES[case]
    bound = 48 if cap_mib else 256 + 64
    assert result["growth_mib"] < bound
