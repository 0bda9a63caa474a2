"""How fast bulk calls may go: a pace that follows the account's rate limit, as pure state.

Together counts requests per second per model and says so on every answer:
``x-ratelimit-limit`` (requests allowed per window), ``x-ratelimit-remaining`` and
``x-ratelimit-reset`` (seconds until the window starts again); over the limit it answers 429
with ``Retry-After``. A bulk job that sends as fast as its concurrency allows gets a storm of
429s and, with per-request retries, overshoots again on every retry. ``Pace`` instead spaces the
requests out:

* **Known limit.** Once an answer carries ``x-ratelimit-limit``, requests go at
  ``limit * share * safety`` a second, evenly spaced (``share`` is this process's part of the
  account's limit when several processes share it, e.g. Ray workers; ``safety``, 0.95, keeps a
  fixed window from seeing one request too many).
* **Unknown limit.** Requests go unpaced (bounded by the caller's concurrency) until the first
  429; the pace is then set to 90 % of the rate that was succeeding (if anything was: else the
  429 only pauses), and grows by 5 % for every second without a 429.
* **Every 429** stops all sending until the wait the server asked for (``Retry-After``, else
  one second) has passed. Only a 429 for a request sent after the last cut cuts the pace (by
  20 %; under a known limit, the part of it used, which grows back by 5 % a second): the others
  were already in flight, and cutting for each would collapse the pace.
* ``remaining == 0`` with a ``reset`` pauses sending until the reset.
* ``cap`` (requests a second) is a ceiling the pace never passes, whatever the headers say.

Time is passed in (``now``), so the policy is tested without sleeping; ``_bulk`` applies it.
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass, field

__all__ = ["Pace"]

#: Fraction of a known limit the pace uses.
SAFETY = 0.95
#: On a 429 with no known limit: the pace starts at this fraction of the rate that succeeded.
FIRST_CUT = 0.9
#: On a later 429 that is news (sent after the last cut): the pace is multiplied by this.
CUT = 0.8
#: Growth per second without a 429, when the limit is not known.
GROWTH = 1.05
#: How long the server is given when it asks for no particular wait.
DEFAULT_PAUSE = 1.0
#: The window over which successes are counted to estimate the rate that worked.
WINDOW = 2.0
#: The slowest pace: one request every ten seconds.
MIN_RATE = 0.1


@dataclass
class Pace:
    """When the next request may go; one per bulk job, shared by its workers."""

    cap: float | None = None  # requests a second, never passed
    share: float = 1.0  # this process's part of the account's limit
    rate: float | None = None  # the current pace, requests a second; None: unpaced
    learned: bool = False  # rate comes from x-ratelimit-limit
    next_at: float = -math.inf  # the earliest time of the next request, by the pace
    paused_until: float = -math.inf  # no request before this (a 429, or nothing remaining)
    throttled: int = 0  # 429s seen
    factor: float = 1.0  # the part of a known limit in use: cut by 429s, grown back after
    _cut_at: float = -math.inf
    _grown_at: float = -math.inf
    _successes: deque[float] = field(default_factory=deque)

    def __post_init__(self) -> None:
        if self.cap is not None and not self.cap > 0:
            raise ValueError("max_requests_per_second must be a number above 0")
        if not 0 < self.share <= 1:
            raise ValueError("rate_share must be above 0 and at most 1")
        if self.cap is not None:
            self.rate = self.cap

    def reserve(self, now: float) -> float:
        """Book the next request's slot; return the time it may be sent (``now`` or later)."""
        at = max(now, self.paused_until, self.next_at)
        if self.rate is not None:
            self.next_at = at + 1.0 / self.rate
        return at

    def ready(self, at: float) -> bool:
        """Whether a slot booked for ``at`` still stands (a 429 since may have paused all)."""
        return self.paused_until <= at

    def succeeded(
        self, now: float, limit: float | None, remaining: float | None, reset: float | None
    ) -> None:
        """An answer came back (any status but 429), with its rate-limit headers, if any."""
        self._successes.append(now)
        while self._successes and self._successes[0] < now - WINDOW:
            self._successes.popleft()
        if now - self._grown_at >= 1.0 and now - self._cut_at >= 1.0:
            self._grown_at = now  # a second without a 429: let the pace grow back
            self.factor = min(1.0, self.factor * GROWTH)
            if self.rate is not None and not self.learned:
                self._set(self.rate * GROWTH)
        if limit is not None and limit > 0:
            self.learned = True
            self._set(limit * self.share * SAFETY * self.factor)
        if remaining is not None and remaining <= 0 and reset is not None and reset > 0:
            self.paused_until = max(self.paused_until, now + min(reset, 60.0))

    def rate_limited(self, now: float, sent_at: float, retry_after: float | None) -> None:
        """A 429 came back for a request sent at ``sent_at``."""
        self.throttled += 1
        wait = retry_after if retry_after is not None and retry_after >= 0 else DEFAULT_PAUSE
        self.paused_until = max(self.paused_until, now + min(wait, 60.0))
        if sent_at < self._cut_at:
            return  # sent before the last cut: that cut already answered for it
        self._cut_at = now
        if self.learned:  # over a known limit (others share it): use less of it for a while
            self.factor = max(self.factor * CUT, 0.05)
            self._set((self.rate or MIN_RATE) * CUT)
        elif self.rate is None:
            # Pace at what was succeeding; with too few successes to tell, only pause.
            recent = sum(1 for t in self._successes if t >= now - WINDOW)
            if recent >= 2:
                self._set(recent / WINDOW * FIRST_CUT)
        else:
            self._set(self.rate * CUT)

    def _set(self, rate: float) -> None:
        rate = max(rate, MIN_RATE)
        self.rate = min(rate, self.cap) if self.cap is not None else rate
