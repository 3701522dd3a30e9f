"""The expense policy's arithmetic: exact pence, caps, the car mileage band within and
across claims, and which version is in force. Property-based where a rule is general."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from random import Random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.expenses import money
from app.domain.expenses.policy import (
    DEFAULT_POLICY,
    History,
    LineFacts,
    PolicyBook,
    PolicyVersion,
    judge,
    totals,
)
from app.domain.expenses.schemas import Category, DayPart, PolicyRules, Vehicle

DAY = date(2026, 5, 1)  # in tax year 2026-27
BOOK = PolicyBook([])
ORDINARY = [c for c in Category if c not in {Category.MILEAGE, Category.INVOLVEMENT_PAYMENT}]


def car(key: int, miles: int, day: date = DAY) -> LineFacts:
    return LineFacts(key, Category.MILEAGE, day, miles_tenths=miles * 10, vehicle=Vehicle.CAR)


def band_pence(total_miles: int, threshold: int = 10_000) -> int:
    """What a tax year's car miles are worth under the default rates, in one go."""
    return 45 * min(total_miles, threshold) + 25 * max(0, total_miles - threshold)


@given(
    prior=st.integers(0, 15_000),
    journeys=st.lists(st.integers(1, 4_000), min_size=1, max_size=8),
    order=st.randoms(use_true_random=False),
)
def test_car_mileage_pays_45p_to_the_band_and_25p_beyond_in_any_order(
    prior: int, journeys: list[int], order: Random
) -> None:
    lines = [car(i, miles) for i, miles in enumerate(journeys)]
    shuffled = list(lines)
    order.shuffle(shuffled)
    history = History(car_tenths={2026: prior * 10})
    judged = judge(shuffled, BOOK, history, DAY)
    total = sum(j.allowed_pence for j in judged)
    # Whole miles leave nothing to round: the claim is worth exactly its share of the band.
    assert total == band_pence(prior + sum(journeys)) - band_pence(prior)
    assert all(j.claimed_pence == j.allowed_pence for j in judged)


@given(tenths=st.lists(st.integers(1, 50_000), min_size=1, max_size=8))
def test_tenths_of_a_mile_round_once_per_line_half_up(tenths: list[int]) -> None:
    lines = [
        LineFacts(i, Category.MILEAGE, DAY, miles_tenths=t, vehicle=Vehicle.CAR)
        for i, t in enumerate(tenths)
    ]
    judged = judge(lines, BOOK, History(), DAY)
    exact_tenth_pence = 0
    used = 0
    for line, verdict in zip(lines, judged, strict=True):
        assert line.miles_tenths is not None
        first = max(0, min(line.miles_tenths, 100_000 - used))
        tenth_pence = first * 45 + (line.miles_tenths - first) * 25
        used += line.miles_tenths
        exact_tenth_pence += tenth_pence
        assert verdict.allowed_pence == (2 * tenth_pence + 10) // 20
        assert abs(verdict.allowed_pence * 10 - tenth_pence) <= 5
    assert abs(sum(j.allowed_pence for j in judged) * 10 - exact_tenth_pence) <= 5 * len(tenths)


def test_the_band_is_crossed_inside_one_line_and_restarts_each_tax_year() -> None:
    april_5, april_6 = date(2027, 4, 5), date(2027, 4, 6)
    lines = [car(0, 9_000, april_5), car(1, 2_000, april_5), car(2, 2_000, april_6)]
    judged = judge(lines, BOOK, History(), april_6)
    assert [j.allowed_pence for j in judged] == [405_000, 45_000 + 25_000, 90_000]
    assert "(to the end of the first 10,000 miles in tax year 2026-27)" in judged[1].explanation[0]
    assert judged[2].explanation == ("2,000 miles by car at 45p a mile = £900.00.",)


def test_miles_beyond_the_band_say_why_they_pay_less() -> None:
    (verdict,) = judge([car(0, 40)], BOOK, History(car_tenths={2026: 100_000}), DAY)
    assert verdict.allowed_pence == 1_000
    assert verdict.explanation == (
        "40 miles by car at 25p a mile, as the first 10,000 miles in tax year 2026-27 were "
        "already claimed = £10.00.",
    )


@given(
    cap=st.integers(0, 5_000),
    prior=st.integers(0, 6_000),
    meals=st.lists(st.integers(0, 4_000), min_size=1, max_size=6),
)
def test_subsistence_for_a_day_never_passes_the_daily_cap(
    cap: int, prior: int, meals: list[int]
) -> None:
    rules = PolicyRules.model_validate({"subsistenceDailyCapPence": cap})
    book = PolicyBook([PolicyVersion(uuid.uuid4(), date(2020, 1, 1), rules)])
    lines = [LineFacts(i, Category.SUBSISTENCE, DAY, amount_pence=m) for i, m in enumerate(meals)]
    judged = judge(lines, book, History(subsistence_pence={DAY: prior}), DAY)
    allowed = sum(j.allowed_pence for j in judged)
    assert allowed == min(sum(meals), max(0, cap - prior))
    for line, verdict in zip(lines, judged, strict=True):
        assert 0 <= verdict.allowed_pence <= line.amount_pence
        assert verdict.claimed_pence == line.amount_pence


def test_subsistence_capped_reads_as_the_issue_says() -> None:
    rules = PolicyRules.model_validate({"subsistenceDailyCapPence": 1_000})
    book = PolicyBook([PolicyVersion(None, date(2020, 1, 1), rules)])
    (verdict,) = judge(
        [LineFacts(0, Category.SUBSISTENCE, DAY, amount_pence=1_250)], book, History(), DAY
    )
    assert verdict.explanation == ("Capped at £10.00 subsistence for the day; £12.50 claimed.",)


@given(
    amount=st.integers(0, 1_000_000),
    nights=st.integers(1, 14),
    cap=st.integers(1, 50_000),
)
def test_accommodation_is_capped_per_night(amount: int, nights: int, cap: int) -> None:
    rules = PolicyRules.model_validate({"accommodationNightlyCapPence": cap})
    book = PolicyBook([PolicyVersion(None, date(2020, 1, 1), rules)])
    line = LineFacts(0, Category.ACCOMMODATION, DAY, amount_pence=amount, nights=nights, receipts=1)
    (verdict,) = judge([line], book, History(), DAY)
    assert verdict.allowed_pence == min(amount, cap * nights)


line_strategy = st.one_of(
    st.builds(
        lambda k, c, a, r: LineFacts(k, c, DAY, amount_pence=a, receipts=r),
        st.just(0),
        st.sampled_from(ORDINARY),
        st.integers(0, 100_000),
        st.integers(0, 2),
    ),
    st.builds(
        lambda k, t, v: LineFacts(k, Category.MILEAGE, DAY, miles_tenths=t, vehicle=v),
        st.just(0),
        st.integers(1, 20_000),
        st.sampled_from(list(Vehicle)),
    ),
    st.builds(
        lambda k, d, m: LineFacts(k, Category.INVOLVEMENT_PAYMENT, DAY, day_part=d, meeting_id=m),
        st.just(0),
        st.sampled_from(list(DayPart)),
        st.uuids(),
    ),
)


@given(
    raw=st.lists(line_strategy, max_size=12),
    declines=st.booleans(),
)
def test_totals_are_exact_sums_and_expenses_and_involvement_add_up(
    raw: list[LineFacts], declines: bool
) -> None:
    lines = [
        LineFacts(**{**line.__dict__, "key": i})  # keys must be unique within a claim
        for i, line in enumerate(raw)
    ]
    judged = judge(lines, BOOK, History(declines_involvement=declines), DAY)
    total = totals(lines, judged)
    assert total.claimed_pence == sum(j.claimed_pence for j in judged)
    assert total.allowed_pence == sum(j.allowed_pence for j in judged)
    assert total.expenses_pence + total.involvement_pence == total.allowed_pence
    involvement = [
        j
        for line, j in zip(lines, judged, strict=True)
        if line.category == Category.INVOLVEMENT_PAYMENT
    ]
    assert total.involvement_pence == sum(j.allowed_pence for j in involvement)
    for verdict in judged:
        assert isinstance(verdict.allowed_pence, int)
        assert 0 <= verdict.allowed_pence <= verdict.claimed_pence
        assert verdict.explanation or verdict.problems
    if declines:
        assert total.involvement_pence == 0
        assert all(j.problems for j in involvement)


def test_involvement_rates_come_from_the_policy_by_activity() -> None:
    rules = PolicyRules.model_validate(
        {"involvementRates": {"evaluation": {"fullDayPence": 20_000, "halfDayPence": 9_000}}}
    )
    book = PolicyBook([PolicyVersion(None, date(2020, 1, 1), rules)])
    meeting = uuid.uuid4()
    lines = [
        LineFacts(
            0,
            Category.INVOLVEMENT_PAYMENT,
            DAY,
            day_part=DayPart.HALF_DAY,
            activity="evaluation",
            meeting_id=meeting,
            attended=True,
            meeting_day=DAY,
        ),
        LineFacts(
            1,
            Category.INVOLVEMENT_PAYMENT,
            DAY,
            day_part=DayPart.FULL_DAY,
            activity="meeting",
            meeting_id=uuid.uuid4(),
            attended=True,
            meeting_day=DAY,
        ),
        LineFacts(
            2,
            Category.INVOLVEMENT_PAYMENT,
            DAY,
            day_part=DayPart.FULL_DAY,
            activity="evaluation",
            meeting_id=meeting,
            attended=True,
            meeting_day=DAY,
        ),
    ]
    first, unknown, twice = judge(lines, book, History(), DAY)
    assert first.allowed_pence == 9_000
    assert unknown.allowed_pence == 0
    assert "no involvement payment for the activity 'meeting'" in unknown.problems[0]
    assert twice.allowed_pence == 0
    assert twice.problems == (
        "An involvement payment for this meeting is already claimed in another line of this claim.",
    )


def test_receipts_and_the_deadline_are_problems_not_silent_cuts() -> None:
    lines = [
        LineFacts(0, Category.TAXI, DAY, amount_pence=1),
        LineFacts(1, Category.PUBLIC_TRANSPORT, DAY, amount_pence=2_000),
        LineFacts(2, Category.PUBLIC_TRANSPORT, DAY, amount_pence=2_001),
        LineFacts(3, Category.PARKING, DAY - timedelta(days=91), amount_pence=100),
    ]
    taxi, at_threshold, above, late = judge(lines, BOOK, History(), DAY)
    assert taxi.problems == ("A receipt is needed for taxis above £0.00; attach one.",)
    assert at_threshold.problems == ()
    assert above.problems == ("A receipt is needed for public transport above £20.00; attach one.",)
    assert late.problems == ("Claimed 91 days after the expense; the policy allows 90 days.",)
    assert taxi.allowed_pence == 1


@given(
    starts=st.lists(st.dates(date(2020, 1, 1), date(2030, 1, 1)), unique=True, max_size=6),
    day=st.dates(date(2019, 1, 1), date(2031, 1, 1)),
)
def test_the_version_in_force_is_the_latest_to_start_on_or_before_the_day(
    starts: list[date], day: date
) -> None:
    versions = [PolicyVersion(uuid.uuid4(), s, PolicyRules()) for s in starts]
    found = PolicyBook(reversed(versions)).in_force(day)
    started = [v for v in versions if v.effective_from <= day]
    expected = max(started, key=lambda v: v.effective_from) if started else DEFAULT_POLICY
    assert found is expected


@pytest.mark.parametrize(
    ("day", "year"),
    [(date(2026, 4, 5), 2025), (date(2026, 4, 6), 2026), (date(2027, 1, 1), 2026)],
)
def test_uk_tax_years_start_on_6_april(day: date, year: int) -> None:
    assert money.tax_year(day) == year


@given(st.integers(0, 10**9))
def test_pounds_are_written_exactly(pence: int) -> None:
    text = money.pounds(pence)
    assert text.startswith("£")
    assert int(text[1:].replace(",", "").replace(".", "")) == pence
    assert text[-3] == "."
