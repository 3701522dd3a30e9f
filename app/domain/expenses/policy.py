"""The expense policy applied line by line: pure functions over facts, no database.

Each line gets the amount allowed, sentences a member can read saying how it was reached,
and the problems that stop the claim being submitted. Cumulative limits (the car mileage
band in a tax year, the daily subsistence cap) start from what the person has already
claimed elsewhere and run through this claim's lines in date order.
"""

from __future__ import annotations

import bisect
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from app.domain.expenses import mileage, money
from app.domain.expenses.money import pounds
from app.domain.expenses.schemas import Category, DayPart, PolicyRules, Vehicle

DEFAULT_ACTIVITY = "meeting"

LABELS = {
    Category.PUBLIC_TRANSPORT: "public transport",
    Category.MILEAGE: "mileage",
    Category.TAXI: "taxis",
    Category.PARKING: "parking",
    Category.SUBSISTENCE: "subsistence",
    Category.ACCOMMODATION: "accommodation",
    Category.CARE_COSTS: "care costs",
    Category.INVOLVEMENT_PAYMENT: "involvement payments",
    Category.OTHER: "other costs",
}


@dataclass(frozen=True)
class PolicyVersion:
    id: uuid.UUID | None  # None: the built-in defaults
    effective_from: date
    rules: PolicyRules


DEFAULT_POLICY = PolicyVersion(None, date.min, PolicyRules())


class PolicyBook:
    """Every version of an organisation's policy; which one is in force on a day."""

    def __init__(self, versions: Iterable[PolicyVersion]) -> None:
        self.versions = sorted(versions, key=lambda v: v.effective_from)
        self._starts = [v.effective_from for v in self.versions]

    def in_force(self, on: date) -> PolicyVersion:
        index = bisect.bisect_right(self._starts, on)
        return self.versions[index - 1] if index else DEFAULT_POLICY


@dataclass(frozen=True)
class LineFacts:
    key: int
    category: Category
    expense_date: date
    amount_pence: int = 0  # as entered; ignored for computed categories
    miles_tenths: int | None = None
    vehicle: Vehicle | None = None
    nights: int | None = None
    day_part: DayPart | None = None
    activity: str | None = None
    meeting_id: uuid.UUID | None = None
    lot_id: uuid.UUID | None = None  # an evaluation panel's work, in place of a meeting
    meeting_cancelled: bool = False
    # Whether the claimant is recorded present at the meeting, and its (UK) date: an
    # involvement payment is for time given, so both are needed, not assumed.
    attended: bool = False
    meeting_day: date | None = None
    receipts: int = 0


@dataclass(frozen=True)
class History:
    """What the person has already claimed in their other live claims."""

    car_tenths: Mapping[int, int] = field(default_factory=dict)  # by tax year
    subsistence_pence: Mapping[date, int] = field(default_factory=dict)  # allowed, by day
    involvement_claims: Mapping[uuid.UUID, uuid.UUID] = field(default_factory=dict)  # meeting
    declines_involvement: bool = False
    # A lower rate the person chose (often for benefit reasons): at most this a line.
    involvement_cap_pence: int | None = None


@dataclass(frozen=True)
class Judgement:
    key: int
    policy_id: uuid.UUID | None
    claimed_pence: int
    allowed_pence: int
    explanation: tuple[str, ...]
    problems: tuple[str, ...]


@dataclass(frozen=True)
class Totals:
    claimed_pence: int
    allowed_pence: int
    expenses_pence: int
    involvement_pence: int


@dataclass
class _Running:
    car_tenths: dict[int, int]
    subsistence: dict[date, int]
    meetings: dict[uuid.UUID, uuid.UUID | None]


def _subsistence(line: LineFacts, rules: PolicyRules, running: _Running) -> tuple[int, list[str]]:
    claimed = line.amount_pence
    cap = rules.subsistence_daily_cap_pence
    if cap is None:
        return claimed, [f"{pounds(claimed)} claimed; allowed in full (no daily cap)."]
    used = running.subsistence.get(line.expense_date, 0)
    allowed = min(claimed, max(0, cap - used))
    running.subsistence[line.expense_date] = used + allowed
    if allowed == claimed:
        return allowed, [
            f"{pounds(claimed)} claimed; within the {pounds(cap)} daily cap for subsistence."
        ]
    if used == 0:
        return allowed, [
            f"Capped at {pounds(cap)} subsistence for the day; {pounds(claimed)} claimed."
        ]
    return allowed, [
        f"Capped at {pounds(allowed)}: {pounds(used)} of the {pounds(cap)} daily subsistence cap "
        f"for {money.day(line.expense_date)} is already claimed; {pounds(claimed)} claimed."
    ]


def _accommodation(line: LineFacts, rules: PolicyRules) -> tuple[int, list[str]]:
    claimed = line.amount_pence
    cap = rules.accommodation_nightly_cap_pence
    nights = line.nights or 1
    night_text = "1 night" if nights == 1 else f"{nights} nights"
    if cap is None:
        return claimed, [f"{pounds(claimed)} claimed for {night_text}; allowed in full (no cap)."]
    limit = cap * nights
    if claimed <= limit:
        return claimed, [
            f"{pounds(claimed)} claimed for {night_text}; within the {pounds(cap)} nightly cap."
        ]
    total = f" ({pounds(limit)})" if nights > 1 else ""
    return limit, [
        f"Capped at {pounds(cap)} a night for {night_text}{total}; {pounds(claimed)} claimed."
    ]


def _involvement(
    line: LineFacts, rules: PolicyRules, running: _Running, history: History, claimed_on: date
) -> tuple[int, int, list[str], list[str]]:
    """(claimed, allowed, explanation, problems): the amount is the policy's rate."""
    activity = line.activity or DEFAULT_ACTIVITY
    rate = rules.involvement_rates.get(activity)
    if rate is None:
        known = ", ".join(sorted(rules.involvement_rates)) or "none"
        return (
            0,
            0,
            [],
            [
                f"The policy in force on {money.day(line.expense_date)} has no involvement payment "
                f"for the activity '{activity}' (it has: {known})."
            ],
        )
    full = line.day_part == DayPart.FULL_DAY
    amount = rate.full_day_pence if full else rate.half_day_pence
    part = "Full-day" if full else "Half-day"
    notes = [f"{part} involvement payment for the activity '{activity}': {pounds(amount)}."]
    cap = history.involvement_cap_pence
    if cap is not None and cap < amount:
        amount = cap
        notes.append(
            f"The claimant takes a lower rate, at most {pounds(cap)} a payment (their payment "
            "preferences)."
        )
    problems: list[str] = []
    if history.declines_involvement:
        problems.append(
            "This person has declined involvement payments, so this line cannot be claimed; "
            "remove it, or change their payment preferences first."
        )
    if line.meeting_id is None and line.lot_id is None:
        problems.append("An involvement payment must be tied to a meeting.")
    elif line.meeting_cancelled:
        problems.append("The meeting was cancelled: there is no involvement payment for it.")
    elif line.meeting_id is not None and line.meeting_day and line.meeting_day > claimed_on:
        problems.append(
            f"The meeting is on {money.day(line.meeting_day)}, after the claim was made: an "
            "involvement payment is claimed once the meeting has taken place."
        )
    elif line.meeting_id is not None and not line.attended:
        problems.append(
            "The claimant is not recorded as present at this meeting: an involvement payment "
            "needs attendance. Once the meeting's attendance records them present, submit again."
        )
    elif line.meeting_id in running.meetings:
        other = running.meetings[line.meeting_id]
        where = f"claim {other}" if other else "another line of this claim"
        problems.append(f"An involvement payment for this meeting is already claimed in {where}.")
    if line.meeting_id is not None:
        running.meetings.setdefault(line.meeting_id, None)
    return amount, 0 if problems else amount, notes, problems


def _receipt_and_deadline(
    line: LineFacts, claimed: int, rules: PolicyRules, claimed_on: date
) -> list[str]:
    problems = []
    threshold = rules.receipt_thresholds_pence.get(line.category)
    if threshold is not None and claimed > threshold and line.receipts == 0:
        problems.append(
            f"A receipt is needed for {LABELS[line.category]} above {pounds(threshold)}; "
            "attach one."
        )
    age = (claimed_on - line.expense_date).days
    if age < 0:
        problems.append("The expense date is in the future; claim it once it has been spent.")
    elif age > rules.claim_deadline_days:
        problems.append(
            f"Claimed {age} days after the expense; the policy allows "
            f"{rules.claim_deadline_days} days."
        )
    return problems


def judge(
    lines: Sequence[LineFacts], book: PolicyBook, history: History, claimed_on: date
) -> list[Judgement]:
    """Judge every line of a claim, in the order given. ``claimed_on`` is the day the
    claim was (first) submitted, or today for a draft: the deadline counts to it."""
    running = _Running(
        dict(history.car_tenths),
        dict(history.subsistence_pence),
        dict(history.involvement_claims),
    )
    results: dict[int, Judgement] = {}
    for line in sorted(lines, key=lambda x: (x.expense_date, x.key)):
        policy = book.in_force(line.expense_date)
        rules = policy.rules
        problems: list[str] = []
        if line.category == Category.MILEAGE:
            claimed, notes = mileage.pence(
                rules.mileage,
                line.vehicle or Vehicle.CAR,
                line.miles_tenths or 0,
                line.expense_date,
                running.car_tenths,
            )
            allowed = claimed
        elif line.category == Category.INVOLVEMENT_PAYMENT:
            claimed, allowed, notes, problems = _involvement(
                line, rules, running, history, claimed_on
            )
        elif line.category == Category.SUBSISTENCE:
            claimed = line.amount_pence
            allowed, notes = _subsistence(line, rules, running)
        elif line.category == Category.ACCOMMODATION:
            claimed = line.amount_pence
            allowed, notes = _accommodation(line, rules)
        else:
            claimed = allowed = line.amount_pence
            notes = [f"{pounds(claimed)} claimed; allowed in full."]
        problems += _receipt_and_deadline(line, claimed, rules, claimed_on)
        results[line.key] = Judgement(
            line.key, policy.id, claimed, allowed, tuple(notes), tuple(problems)
        )
    return [results[line.key] for line in lines]


def totals(lines: Sequence[LineFacts], judgements: Sequence[Judgement]) -> Totals:
    claimed = sum(j.claimed_pence for j in judgements)
    allowed = sum(j.allowed_pence for j in judgements)
    involvement = sum(
        j.allowed_pence
        for line, j in zip(lines, judgements, strict=True)
        if line.category == Category.INVOLVEMENT_PAYMENT
    )
    return Totals(claimed, allowed, allowed - involvement, involvement)
