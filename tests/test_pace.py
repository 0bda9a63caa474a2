"""The bulk pace (together_facade._pace): pure state, driven with a made-up clock."""

from __future__ import annotations

import itertools
import math

import pytest

from together_facade._pace import CUT, FIRST_CUT, GROWTH, SAFETY, Pace


def test_unpaced_until_anything_is_known() -> None:
    pace = Pace()
    assert [pace.reserve(10.0) for _ in range(5)] == [10.0] * 5
    assert pace.rate is None


def test_a_known_limit_spaces_requests_evenly_below_it() -> None:
    pace = Pace()
    pace.succeeded(0.0, limit=100, remaining=99, reset=1.0)
    assert pace.rate == pytest.approx(100 * SAFETY)
    slots = [pace.reserve(1.0) for _ in range(4)]
    gaps = {round(b - a, 9) for a, b in itertools.pairwise(slots)}
    assert slots[0] == 1.0 and gaps == {round(1 / (100 * SAFETY), 9)}


def test_the_share_divides_a_known_limit_between_processes() -> None:
    pace = Pace(share=0.25)
    pace.succeeded(0.0, limit=100, remaining=50, reset=1.0)
    assert pace.rate == pytest.approx(25 * SAFETY)


def test_the_cap_is_never_passed_whatever_the_headers_say() -> None:
    pace = Pace(cap=10)
    assert pace.rate == 10
    pace.succeeded(0.0, limit=1000, remaining=999, reset=1.0)
    assert pace.rate == 10


def test_nothing_remaining_pauses_until_the_reset() -> None:
    pace = Pace()
    pace.succeeded(5.0, limit=10, remaining=0, reset=0.4)
    assert pace.reserve(5.0) == pytest.approx(5.4)


def test_a_429_pauses_everyone_for_the_wait_asked_and_sets_a_pace_from_what_worked() -> None:
    pace = Pace()
    for k in range(40):  # 20 successes a second over the last two seconds
        pace.succeeded(8.0 + k * 0.05, None, None, None)
    pace.rate_limited(10.0, sent_at=9.9, retry_after=2.0)
    assert pace.rate == pytest.approx(20 * FIRST_CUT, rel=0.05)
    assert pace.reserve(10.0) == 12.0
    assert not pace.ready(11.0) and pace.ready(12.0)


def test_429s_already_in_flight_do_not_cut_the_pace_again() -> None:
    pace = Pace(cap=50)
    pace.rate_limited(1.0, sent_at=0.9, retry_after=0.0)
    once = pace.rate
    assert once == pytest.approx(50 * CUT)
    for sent in (0.95, 0.97, 0.99):  # sent before the cut: the cut answered for them
        pace.rate_limited(1.01, sent_at=sent, retry_after=0.0)
    assert pace.rate == once and pace.throttled == 4
    pace.rate_limited(2.0, sent_at=1.5, retry_after=0.0)  # sent after it: news
    assert pace.rate == pytest.approx(once * CUT)


def test_the_pace_grows_back_after_quiet_seconds_but_not_past_the_cap() -> None:
    pace = Pace(cap=100)
    pace.rate_limited(0.0, sent_at=0.0, retry_after=0.0)
    cut = pace.rate
    assert cut is not None
    for second in range(1, 4):
        pace.succeeded(float(second), None, None, None)
    assert pace.rate == pytest.approx(cut * GROWTH**3)
    for second in range(4, 200):
        pace.succeeded(float(second), None, None, None)
    assert pace.rate == 100


def test_under_a_known_limit_a_429_uses_less_of_it_for_a_while() -> None:
    pace = Pace()
    pace.succeeded(0.0, limit=100, remaining=10, reset=1.0)
    pace.rate_limited(0.5, sent_at=0.4, retry_after=None)
    pace.succeeded(1.2, limit=100, remaining=50, reset=1.0)  # within a second of the 429
    assert pace.rate == pytest.approx(100 * SAFETY * CUT)
    assert pace.paused_until == pytest.approx(1.5)  # no Retry-After: one second


@pytest.mark.parametrize(("cap", "share"), [(0, 1.0), (-1, 1.0), (None, 0.0), (None, 1.5)])
def test_bad_settings_are_refused(cap: float | None, share: float) -> None:
    with pytest.raises(ValueError):
        Pace(cap=cap, share=share)


def test_a_huge_or_negative_retry_after_is_bounded() -> None:
    pace = Pace()
    pace.rate_limited(0.0, sent_at=0.0, retry_after=1e9)
    assert pace.paused_until == 60.0
    pace = Pace()
    pace.rate_limited(0.0, sent_at=0.0, retry_after=-5)
    assert pace.paused_until == 1.0
    assert not math.isinf(pace.reserve(0.0))


def test_a_429_before_any_success_pauses_but_sets_no_crawling_pace() -> None:
    pace = Pace()
    pace.rate_limited(0.0, sent_at=0.0, retry_after=0.5)
    assert pace.rate is None and pace.reserve(0.0) == 0.5
