"""How a tie is broken, fixed before voting opens: the earlier stage, then lot.

"Earlier stage" is the Scottish rule (2007 Order, rules 48 and 51): among tied
candidates, the one with the most (or, for an exclusion, fewest) votes at the latest
earlier stage where they differed. If they were level at every stage, lot decides. The
lot is drawn from a seed recorded when voting opens and published with the count, so
anyone can run the draw again: each candidate's place is the SHA-256 of seed and ID.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence


def lot_order(seed: str, candidates: Sequence[str]) -> list[str]:
    """The candidates in the order the lot draws them (first drawn first)."""
    return sorted(candidates, key=lambda c: hashlib.sha256(f"{seed}:{c}".encode()).hexdigest())


def break_tie(
    tied: Sequence[str],
    history: Sequence[Mapping[str, int]],
    seed: str,
    *,
    highest: bool,
) -> tuple[str, str]:
    """The candidate picked from ``tied`` (most votes if ``highest``, else fewest) and
    how the tie was broken, in words for the published count. ``history`` holds the
    tallies of earlier stages, oldest first."""
    remaining = list(tied)
    for stage_number in range(len(history) - 1, -1, -1):
        tallies = history[stage_number]
        values = {c: tallies.get(c, 0) for c in remaining}
        best = max(values.values()) if highest else min(values.values())
        narrowed = [c for c in remaining if values[c] == best]
        if len(narrowed) < len(remaining):
            remaining = narrowed
            if len(remaining) == 1:
                return remaining[0], f"tie broken by the votes at stage {stage_number + 1}"
    drawn = lot_order(seed, remaining)[0]
    return drawn, "tie broken by lot"
