"""When to try a failed delivery again: exponential backoff with jitter, for over a day."""

from __future__ import annotations

import random
from datetime import timedelta

FIRST_DELAY = timedelta(minutes=1)
MAX_DELAY = timedelta(hours=6)
# 14 attempts: delays of 1, 2, 4 ... 256 minutes, then four of 6 hours, about 32.5 hours in
# all, and at least 26 hours however the jitter falls (see ``JITTER``).
MAX_ATTEMPTS = 14
# Each delay is scaled by a random factor in this range, so receivers coming back after an
# outage are not hit by every sender's retries at the same instant.
JITTER = (0.8, 1.2)


def base_delay(attempts: int) -> timedelta:
    """The delay after the ``attempts``-th failed attempt, before jitter."""
    delay: timedelta = FIRST_DELAY * 2 ** (attempts - 1)
    return min(delay, MAX_DELAY)


def next_delay(attempts: int, rng: random.Random | None = None) -> timedelta | None:
    """How long to wait after ``attempts`` failures, or None once it is time to give up."""
    if attempts >= MAX_ATTEMPTS:
        return None
    # Not secret: the jitter only spreads load.
    factor = (rng or random).uniform(*JITTER)
    return base_delay(attempts) * factor


def shortest_schedule() -> timedelta:
    """The least time from the first attempt to giving up, with the jitter at its lowest."""
    return sum((base_delay(n) * JITTER[0] for n in range(1, MAX_ATTEMPTS)), timedelta())
