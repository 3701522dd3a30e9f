"""Single transferable vote, by the Scottish rule: the count of the Scottish Local
Government Elections Order 2007 (Schedule 1, rules 45-52), the weighted inclusive
Gregory method.

- The quota is the Droop quota: valid ballots divided by places plus one, truncated,
  plus one (a ballot is valid if it ranks at least one standing candidate).
- A candidate who reaches the quota is elected. Surpluses are transferred one at a
  time, the largest first: every ballot the elected candidate holds moves on to its
  next continuing preference at its value multiplied by surplus / the candidate's
  total, truncated to five decimal places (we keep votes in hundred-thousandths, so
  truncation is integer division). What truncation drops is published per stage.
- With no surplus left, the continuing candidate with fewest votes is excluded and all
  their ballots move on at the value they carry.
- When the continuing candidates are as many as the places left, they are all elected.
- Ties are broken by ``ties.break_tie``: the earlier stage, then lot.

This is written here, not taken from a library: a count must follow one named rule's
arithmetic exactly and publish every stage, and we could not check that a packaged
counter (pyrankvote was considered) does both, so this one is small enough to read
against the rule and is property-tested. The rule numbers above were not re-checked
against the Order's text when this was written; check them before citing them.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.domain.elections.count import CountResult, Stage
from app.domain.elections.plurality import UNIT
from app.domain.elections.ties import break_tie


class _Count:
    def __init__(
        self, candidates: Sequence[str], ballots: Sequence[Sequence[str]], places: int, seed: str
    ) -> None:
        self.seed = seed
        self.candidates = list(dict.fromkeys(candidates))
        known = set(self.candidates)
        self.papers = [
            p for p in (list(dict.fromkeys(c for c in b if c in known)) for b in ballots) if p
        ]
        self.places = places
        self.quota = len(self.papers) // (places + 1) + 1
        self.values = [UNIT] * len(self.papers)
        self.positions = [0] * len(self.papers)
        self.piles: dict[str, list[int]] = {c: [] for c in self.candidates}
        for index, paper in enumerate(self.papers):
            self.piles[paper[0]].append(index)
        self.continuing = list(self.candidates)
        self.elected: list[str] = []
        self.excluded: list[str] = []
        self.kept: dict[str, int] = {}  # an elected candidate's votes once their surplus moved
        self.pending: list[str] = []  # elected, surplus not yet transferred
        self.non_transferable = 0
        self.lost = 0
        self.stages: list[Stage] = []

    def tally(self, candidate: str) -> int:
        if candidate in self.kept:
            return self.kept[candidate]
        return sum(self.values[i] for i in self.piles[candidate])

    def history(self) -> list[dict[str, int]]:
        return [stage.tallies for stage in self.stages]

    def record(
        self, action: str, subject: str | None, excluded: list[str], note: str | None
    ) -> None:
        newly = self.elect_reaching_quota()
        self.stages.append(
            Stage(
                number=len(self.stages) + 1,
                action=action,
                subject=subject,
                tallies={c: self.tally(c) for c in self.candidates},
                non_transferable=self.non_transferable,
                lost_to_rounding=self.lost,
                elected=newly,
                excluded=excluded,
                note=note,
            )
        )

    def order(self, group: list[str], *, highest: bool) -> tuple[list[str], list[str]]:
        """``group`` from most to fewest votes (or fewest to most), ties broken."""
        ordered: list[str] = []
        notes: list[str] = []
        left = list(group)
        while left:
            tallies = {c: self.tally(c) for c in left}
            best = max(tallies.values()) if highest else min(tallies.values())
            tied = [c for c in left if tallies[c] == best]
            pick = tied[0]
            if len(tied) > 1:
                pick, how = break_tie(tied, self.history(), self.seed, highest=highest)
                notes.append(how)
            ordered.append(pick)
            left.remove(pick)
        return ordered, notes

    def elect_reaching_quota(self) -> list[str]:
        reaching = [c for c in self.continuing if self.tally(c) >= self.quota * UNIT]
        ordered, _ = self.order(reaching, highest=True)
        newly = ordered[: self.places - len(self.elected)]
        for candidate in newly:
            self.continuing.remove(candidate)
            self.elected.append(candidate)
            self.pending.append(candidate)
        return newly

    def move(self, candidate: str, numerator: int, denominator: int) -> None:
        """Each ballot of ``candidate`` to its next continuing preference, its value
        scaled by numerator / denominator and truncated."""
        continuing = set(self.continuing)
        for index in self.piles[candidate]:
            value = self.values[index] * numerator // denominator
            paper = self.papers[index]
            position = self.positions[index] + 1
            while position < len(paper) and paper[position] not in continuing:
                position += 1
            if position < len(paper):
                self.positions[index] = position
                self.values[index] = value
                self.piles[paper[position]].append(index)
            else:
                self.non_transferable += value
        self.piles[candidate] = []

    def run(self) -> CountResult:
        self.record("first_preferences", None, [], None)
        while len(self.elected) < self.places:
            left = self.places - len(self.elected)
            if len(self.continuing) <= left:
                self.finish()
                break
            self.pending = [c for c in self.pending if self.tally(c) > self.quota * UNIT]
            if self.pending:
                self.transfer_surplus()
            else:
                self.exclude_lowest()
        return CountResult(quota=self.quota, elected=self.elected, stages=self.stages)

    def transfer_surplus(self) -> None:
        ordered, notes = self.order(self.pending, highest=True)
        candidate = ordered[0]
        self.pending.remove(candidate)
        total = self.tally(candidate)
        surplus = total - self.quota * UNIT
        before = self.non_transferable
        moved_to_others = sum(self.tally(c) for c in self.continuing)
        self.move(candidate, surplus, total)
        self.kept[candidate] = self.quota * UNIT
        arrived = sum(self.tally(c) for c in self.continuing) - moved_to_others
        self.lost += surplus - arrived - (self.non_transferable - before)
        self.record("surplus", candidate, [], "; ".join(notes) or None)

    def exclude_lowest(self) -> None:
        ordered, notes = self.order(self.continuing, highest=False)
        candidate = ordered[0]
        self.continuing.remove(candidate)
        self.excluded.append(candidate)
        self.move(candidate, 1, 1)
        self.record("exclusion", candidate, [candidate], notes[0] if notes else None)

    def finish(self) -> None:
        ordered, notes = self.order(self.continuing, highest=True)
        self.continuing = []
        self.elected.extend(ordered)
        self.stages.append(
            Stage(
                number=len(self.stages) + 1,
                action="remaining_elected",
                subject=None,
                tallies={c: self.tally(c) for c in self.candidates},
                non_transferable=self.non_transferable,
                lost_to_rounding=self.lost,
                elected=ordered,
                excluded=[],
                note="; ".join(notes) or None,
            )
        )


def count_stv(
    candidates: Sequence[str], ballots: Sequence[Sequence[str]], places: int, seed: str
) -> CountResult:
    """``ballots`` are each a ranking, first preference first; unknown candidates and
    repeats are ignored, and a ballot ranking no standing candidate is invalid."""
    return _Count(candidates, ballots, places, seed).run()
