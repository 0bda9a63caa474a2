"""An account's request rate limit, as the stand-in enforces it (``StandIn.limit_rate``).

Together counts requests per second and tells on every answer: ``x-ratelimit-limit``,
``x-ratelimit-remaining`` and ``x-ratelimit-reset`` (seconds until the count starts again);
over the limit it answers 429 with ``Retry-After``. ``RateLimit`` does the same with fixed
one-second windows of the wall clock, so that a test can check a client's throughput against
the limit and that it backs off instead of hammering.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field

__all__ = ["RateLimit"]


@dataclass
class RateLimit:
    """At most ``per_second`` requests in each second (of operation ``key``, or of all)."""

    per_second: int
    key: str | None = None
    clock: Callable[[], float] = time.time
    _window: int = -1
    _count: int = 0
    refused: int = field(default=0)

    def applies(self, key: str | None) -> bool:
        return self.key is None or key == self.key

    def admit(self) -> tuple[bool, dict[str, str]]:
        """Count one request: whether it is within the limit, and the headers to answer with."""
        now = self.clock()
        window = math.floor(now)
        if window != self._window:
            self._window, self._count = window, 0
        self._count += 1
        reset = max(window + 1 - now, 0.001)
        headers = {
            "x-ratelimit-limit": str(self.per_second),
            "x-ratelimit-remaining": str(max(self.per_second - self._count, 0)),
            "x-ratelimit-reset": f"{reset:.3f}",
        }
        if self._count <= self.per_second:
            return True, headers
        self.refused += 1
        headers["retry-after"] = str(math.ceil(reset))
        headers["retry-after-ms"] = f"{reset * 1000:.0f}"
        return False, headers
