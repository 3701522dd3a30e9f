"""First past the post and approval voting: a mark per candidate, most marks win.

First past the post takes one mark per ballot (at most ``places`` marks when several
places are filled, the block vote); approval takes any number. Both are counted the
same way, in one stage; a tie for the last place is broken by lot (there is no earlier
stage), recorded with the result.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.domain.elections.count import CountResult, Stage
from app.domain.elections.ties import lot_order

UNIT = 100_000  # votes are kept in hundred-thousandths, as the STV count keeps them


def count_marks(
    candidates: Sequence[str],
    ballots: Sequence[Sequence[str]],
    places: int,
    seed: str,
    *,
    extra_marks: Sequence[tuple[str, int]] = (),
) -> CountResult:
    """``ballots`` are each the set of candidates marked; ``extra_marks`` are paper
    tallies (candidate, marks) entered by the returning officer."""
    tallies = dict.fromkeys(candidates, 0)
    for ballot in ballots:
        for candidate in set(ballot):
            if candidate in tallies:
                tallies[candidate] += 1
    for candidate, marks in extra_marks:
        if candidate in tallies:
            tallies[candidate] += marks
    drawn = {c: i for i, c in enumerate(lot_order(seed, list(candidates)))}
    ranked = sorted(candidates, key=lambda c: (-tallies[c], drawn[c]))
    elected = ranked[: min(places, len(ranked))]
    note = None
    if (
        len(ranked) > len(elected)
        and elected
        and tallies[ranked[len(elected)]] == tallies[elected[-1]]
    ):
        note = "tie for the last place broken by lot"
    stage = Stage(
        number=1,
        action="count",
        subject=None,
        tallies={c: tallies[c] * UNIT for c in candidates},
        non_transferable=0,
        lost_to_rounding=0,
        elected=list(elected),
        excluded=[],
        note=note,
    )
    return CountResult(quota=None, elected=list(elected), stages=[stage])
