"""Counting a poll's ballots: pure functions, property-tested.

Ranked polls are counted by instant runoff. Each round counts every ballot for its
highest-ranked option still in the count. An option with more than half of the ballots
still counting wins; otherwise the option with the fewest votes is eliminated. Ties for
fewest are broken, as stated before voting opens, by the fewest votes in the round
before (back to the first round), and then by eliminating the option listed last. When
one option is left it wins. Every round is returned, so the count can be published.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Round:
    tallies: dict[str, int]  # continuing option -> votes this round
    exhausted: int  # ballots with no continuing option left
    eliminated: str | None


@dataclass(frozen=True)
class RunoffResult:
    winner: str | None
    rounds: list[Round]


def plurality(options: Sequence[str], ballots: Sequence[Sequence[str]]) -> dict[str, int]:
    """Votes per option: every option a ballot names counts once (one for a choose-one
    poll, any number for approval)."""
    tallies = dict.fromkeys(options, 0)
    for ballot in ballots:
        for option in set(ballot):
            if option in tallies:
                tallies[option] += 1
    return tallies


def leaders(tallies: dict[str, int]) -> list[str]:
    """The options with the most votes, if any option has a vote."""
    top = max(tallies.values(), default=0)
    return [o for o, n in tallies.items() if n == top] if top > 0 else []


def instant_runoff(options: Sequence[str], ballots: Sequence[Sequence[str]]) -> RunoffResult:
    continuing = list(options)
    order = {o: i for i, o in enumerate(options)}
    rounds: list[Round] = []
    history: list[dict[str, int]] = []
    while continuing:
        alive = set(continuing)
        counts: Counter[str] = Counter()
        exhausted = 0
        for ballot in ballots:
            top = next((o for o in ballot if o in alive), None)
            if top is None:
                exhausted += 1
            else:
                counts[top] += 1
        tallies = {o: counts[o] for o in continuing}
        history.append(tallies)
        active = sum(tallies.values())
        if active == 0:
            rounds.append(Round(tallies, exhausted, None))
            return RunoffResult(None, rounds)
        best = max(continuing, key=lambda o: tallies[o])
        if len(continuing) == 1 or tallies[best] * 2 > active:
            rounds.append(Round(tallies, exhausted, None))
            return RunoffResult(best, rounds)
        loser = min(
            continuing,
            key=lambda o: (*(h[o] for h in reversed(history)), -order[o]),
        )
        rounds.append(Round(tallies, exhausted, loser))
        continuing.remove(loser)
    return RunoffResult(None, rounds)
