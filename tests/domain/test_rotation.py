"""Rotation of a seat: always someone eligible and best placed, fair over a run, explained.

Pure tests: no database. The properties are the promises made to members (rule 1: turns
stay within one, every choice is explained; rule 2: a decliner keeps their place).
"""

from __future__ import annotations

import math
import random
import re
import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from app.domain.seats.rotation import (
    CHOSEN,
    INTEREST_DETAIL,
    UNAVAILABLE_DETAIL,
    Choice,
    Consideration,
    Ineligible,
    MeetingFacts,
    MemberFacts,
    PassedOver,
    TrainingFact,
    choose,
    ineligibility,
    join_baseline,
    plan,
)

D0 = date(2024, 1, 1)
TRAINING_TYPES = ("induction", "governance", "presenting")
# Words that appear in no explanation sentence, so finding one in a detail is a leak.
TAGS = ("housing", "probation", "custody", "addiction")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def day(offset: int) -> date:
    return D0 + timedelta(days=offset)


ALL_TRAINING = tuple(TrainingFact(t, day(-400), None) for t in TRAINING_TYPES)

# --- strategies -------------------------------------------------------------------------

order_keys = st.text(alphabet="abcdef", min_size=1, max_size=4)
turn_counts = st.integers(0, 4)
# Last turns lie before the meetings generated below, as they would in a real board.
last_turns = st.none() | st.integers(-100, -1).map(day)
tags = st.sampled_from(TAGS).flatmap(lambda t: st.sampled_from([t, t.upper(), t.title()]))
required_trainings = st.frozensets(st.sampled_from(TRAINING_TYPES), max_size=2)


@st.composite
def training_facts(draw: st.DrawFn) -> TrainingFact:
    completed = draw(st.integers(-200, 100))
    lasts = draw(st.none() | st.integers(0, 300))
    return TrainingFact(
        draw(st.sampled_from(TRAINING_TYPES)),
        day(completed),
        None if lasts is None else day(completed + lasts),
    )


@st.composite
def random_members(draw: st.DrawFn) -> MemberFacts:
    """Anything a board may hold: any status, term, training, unavailability, interest."""
    start = draw(st.integers(-60, 90))
    length = draw(st.none() | st.integers(0, 200))
    spans = draw(st.lists(st.tuples(st.integers(-10, 140), st.integers(0, 30)), max_size=2))
    return MemberFacts(
        person_id=draw(st.uuids()),
        order_key=draw(order_keys),
        status=draw(st.sampled_from(["active", "active", "active", "paused", "left"])),
        term_start=day(start),
        term_end=None if length is None else day(start + length),
        training=tuple(draw(st.lists(training_facts(), max_size=4))),
        unavailable=tuple((day(s), day(s + n)) for s, n in spans),
        interest_tags=draw(st.frozensets(tags, max_size=2)),
        turns=draw(turn_counts),
        last_turn=draw(last_turns),
    )


@st.composite
def plain_members(draw: st.DrawFn, turns: st.SearchStrategy[int] = turn_counts) -> MemberFacts:
    """A member nothing rules out, so runs have members eligible for every meeting."""
    return MemberFacts(
        person_id=draw(st.uuids()),
        order_key=draw(order_keys),
        status="active",
        term_start=day(-400),
        term_end=None,
        training=ALL_TRAINING,
        turns=draw(turns),
        last_turn=draw(last_turns),
    )


def pools(
    member: st.SearchStrategy[MemberFacts], min_size: int = 0, max_size: int = 8
) -> st.SearchStrategy[list[MemberFacts]]:
    # Sizes drawn first and uniformly: left to itself Hypothesis favours pools of one.
    return st.integers(min_size, max_size).flatmap(
        lambda n: st.lists(
            member,
            min_size=n,
            max_size=n,
            unique_by=(lambda m: m.person_id, lambda m: m.order_key),
        )
    )


# Plain members twice as likely, so runs often have several members eligible throughout.
mixed_pools = pools(st.one_of(plain_members(), plain_members(), random_members()))


@st.composite
def meetings_for(draw: st.DrawFn, people: Sequence[uuid.UUID]) -> MeetingFacts:
    def some_people() -> frozenset[uuid.UUID]:
        # Often nobody: a seat where everyone is seated elsewhere or declined says little.
        if not people or not draw(st.booleans()):
            return frozenset()
        return frozenset(draw(st.lists(st.sampled_from(people), min_size=1, max_size=2)))

    return MeetingFacts(
        meeting_id=draw(st.uuids()),
        on=day(draw(st.integers(0, 120))),
        topic_tags=draw(st.frozensets(tags, max_size=2)),
        seated=some_people(),
        declined=some_people(),
    )


def quiet_meetings(count: st.SearchStrategy[int]) -> st.SearchStrategy[list[MeetingFacts]]:
    """Meetings with no agenda conflicts, seated members or declines."""
    meeting = st.builds(MeetingFacts, meeting_id=st.uuids(), on=st.integers(0, 120).map(day))
    return count.flatmap(
        lambda n: st.lists(meeting, min_size=n, max_size=n, unique_by=lambda m: m.meeting_id)
    )


@dataclass(frozen=True)
class Board:
    members: list[MemberFacts]
    meetings: list[MeetingFacts]
    required: frozenset[str]


@st.composite
def boards(draw: st.DrawFn, max_meetings: int = 6) -> Board:
    members = draw(mixed_pools)
    people = [m.person_id for m in members]
    meetings = draw(
        st.lists(
            meetings_for(people),
            min_size=1,
            max_size=max_meetings,
            unique_by=lambda m: m.meeting_id,
        )
    )
    return Board(members, meetings, draw(required_trainings))


# --- oracles written independently of the implementation --------------------------------


def expected_reasons(
    member: MemberFacts, meeting: MeetingFacts, required: frozenset[str]
) -> list[Ineligible]:
    """Every reason that applies, in the documented order."""
    on = meeting.on
    reasons = []
    if member.status == "left":
        reasons.append(Ineligible.LEFT)
    if member.status == "paused":
        reasons.append(Ineligible.PAUSED)
    if on < member.term_start or (member.term_end is not None and on > member.term_end):
        reasons.append(Ineligible.OUTSIDE_TERM)
    for needed in required:
        if not any(
            t.training_type == needed
            and t.completed_on <= on
            and (t.expires_on is None or t.expires_on >= on)
            for t in member.training
        ):
            reasons.append(Ineligible.MISSING_TRAINING)
            break
    if any(start <= on <= end for start, end in member.unavailable):
        reasons.append(Ineligible.UNAVAILABLE)
    if {t.lower() for t in member.interest_tags} & {t.lower() for t in meeting.topic_tags}:
        reasons.append(Ineligible.INTEREST_DECLARED)
    if member.person_id in meeting.seated:
        reasons.append(Ineligible.ALREADY_SEATED)
    if member.person_id in meeting.declined:
        reasons.append(Ineligible.DECLINED)
    return reasons


def stated_order(member: MemberFacts, on: date) -> tuple[int, int, int, str]:
    """(turns, never-first then most days since last turn, order_key): smaller is better."""
    if member.last_turn is None:
        return (member.turns, 0, 0, member.order_key)
    return (member.turns, 1, -(on - member.last_turn).days, member.order_key)


# Indexed by position in ``stated_order``; never-first and days-since are one criterion.
PASSED_OVER_BY_CRITERION = (
    PassedOver.MORE_TURNS,
    PassedOver.MORE_RECENT_TURN,
    PassedOver.MORE_RECENT_TURN,
    PassedOver.LATER_IN_ORDER,
)


def eligible_members(
    members: Sequence[MemberFacts], meeting: MeetingFacts, required: frozenset[str]
) -> list[MemberFacts]:
    return [m for m in members if not expected_reasons(m, meeting, required)]


def final_turns(members: Sequence[MemberFacts], choices: Sequence[Choice]) -> dict[uuid.UUID, int]:
    taken = Counter(c.person_id for c in choices)
    return {m.person_id: m.turns + taken[m.person_id] for m in members}


def by_person(choice: Choice) -> dict[uuid.UUID, Consideration]:
    return {c.person_id: c for c in choice.considered}


# --- properties -------------------------------------------------------------------------


@given(boards(max_meetings=1))
def test_the_chosen_member_is_eligible_and_nobody_eligible_is_better(board: Board) -> None:
    meeting = board.meetings[0]
    choice = choose(board.members, meeting, board.required)
    eligible = eligible_members(board.members, meeting, board.required)

    assert choice.meeting_id == meeting.meeting_id
    assert (choice.person_id is None) == (not eligible)
    others = [m.person_id for m in board.members if m.person_id != choice.person_id]
    assert sorted(c.person_id for c in choice.considered) == sorted(others)
    if choice.person_id is None:
        return

    chosen = next(m for m in board.members if m.person_id == choice.person_id)
    assert ineligibility(chosen, meeting, board.required) is None
    best = stated_order(chosen, meeting.on)
    considered = by_person(choice)
    for member in eligible:
        if member is chosen:
            continue
        assert stated_order(member, meeting.on) > best
        # The reason given is the first criterion on which they lost to the chosen member.
        first_lost = next(
            i
            for i, (a, b) in enumerate(zip(stated_order(member, meeting.on), best, strict=True))
            if a != b
        )
        assert considered[member.person_id].eligible
        assert considered[member.person_id].reason == PASSED_OVER_BY_CRITERION[first_lost]


@given(mixed_pools, st.data(), required_trainings)
def test_nobody_chosen_when_nobody_is_eligible(
    members: list[MemberFacts], data: st.DataObject, required: frozenset[str]
) -> None:
    meeting = data.draw(meetings_for([m.person_id for m in members]))
    # Everyone has declined, so each is ineligible for that or an earlier reason.
    meeting = replace(meeting, declined=frozenset(m.person_id for m in members))

    choice = choose(members, meeting, required)

    assert choice.person_id is None
    assert len(choice.considered) == len(members)
    considered = by_person(choice)
    for member in members:
        consideration = considered[member.person_id]
        assert not consideration.eligible
        assert consideration.reason == expected_reasons(member, meeting, required)[0]
        assert consideration.detail
    assert choice.all_considerations() == choice.considered


@given(boards())
def test_members_always_eligible_and_within_one_stay_within_one(board: Board) -> None:
    choices = plan(board.members, board.meetings, board.required)
    always = [
        m
        for m in board.members
        if all(not expected_reasons(m, mt, board.required) for mt in board.meetings)
    ]
    turns = final_turns(board.members, choices)
    for a in always:
        for b in always:
            if abs(a.turns - b.turns) <= 1:
                assert abs(turns[a.person_id] - turns[b.person_id]) <= 1


@given(
    st.integers(0, 5).flatmap(lambda t: pools(plain_members(st.just(t)), min_size=1)),
    quiet_meetings(st.integers(1, 20)),
)
def test_a_level_pool_always_eligible_ends_within_one(
    members: list[MemberFacts], meetings: list[MeetingFacts]
) -> None:
    choices = plan(members, meetings, frozenset(TRAINING_TYPES))

    assert all(c.person_id is not None for c in choices)
    turns = final_turns(members, choices).values()
    assert max(turns) - min(turns) <= 1


@given(boards(max_meetings=1), st.data())
def test_a_decliner_gets_no_turn_and_keeps_their_place(board: Board, data: st.DataObject) -> None:
    first = board.meetings[0]
    best = choose(board.members, first, board.required).person_id
    assume(best is not None)
    assert best is not None
    declined = replace(first, declined=first.declined | {best})
    later = data.draw(meetings_for([m.person_id for m in board.members]))
    later = replace(later, on=first.on + timedelta(days=data.draw(st.integers(1, 60))))

    at_first, at_later = plan(board.members, [later, declined], board.required)

    assert at_first.meeting_id == first.meeting_id
    assert at_first.person_id != best
    assert by_person(at_first)[best].reason == Ineligible.DECLINED
    members = {m.person_id: m for m in board.members}
    if ineligibility(members[best], later, board.required) is None:
        # Only someone who could not sit at the declined meeting may now go ahead of them.
        assert at_later.person_id is not None
        if at_later.person_id != best:
            assert ineligibility(members[at_later.person_id], declined, board.required)


@given(boards(), st.randoms(use_true_random=False))
def test_the_plan_does_not_depend_on_input_order(board: Board, rnd: random.Random) -> None:
    members, meetings = list(board.members), list(board.meetings)
    rnd.shuffle(members)
    rnd.shuffle(meetings)

    assert plan(members, meetings, board.required) == plan(
        board.members, board.meetings, board.required
    )


@st.composite
def pools_with_newcomer(
    draw: st.DrawFn, level: bool
) -> tuple[list[MemberFacts], MemberFacts, list[MeetingFacts]]:
    base = draw(turn_counts)
    spread = st.integers(0, 1) if level else st.integers(0, 6)
    pool = draw(pools(plain_members(spread.map(lambda n: base + n)), min_size=2, max_size=7))
    existing, joining = pool[:-1], pool[-1]
    newcomer = replace(joining, turns=join_baseline(m.turns for m in existing), last_turn=None)
    size = len(existing) + 1
    meetings = draw(quiet_meetings(st.integers(size, 3 * size)))
    return existing, newcomer, meetings


@given(pools_with_newcomer(level=True))
def test_a_newcomer_at_the_baseline_takes_no_more_than_a_fair_share(
    scenario: tuple[list[MemberFacts], MemberFacts, list[MeetingFacts]],
) -> None:
    existing, newcomer, meetings = scenario
    size = len(existing) + 1

    choices = plan([*existing, newcomer], meetings, frozenset())

    taken = sum(c.person_id == newcomer.person_id for c in choices)
    assert taken <= math.ceil(len(meetings) / size) + 1
    assert taken < len(meetings)


@given(pools_with_newcomer(level=False))
def test_a_newcomer_never_takes_every_seat_even_from_an_uneven_pool(
    scenario: tuple[list[MemberFacts], MemberFacts, list[MeetingFacts]],
) -> None:
    existing, newcomer, meetings = scenario

    choices = plan([*existing, newcomer], meetings, frozenset())

    assert sum(c.person_id == newcomer.person_id for c in choices) < len(meetings)


@given(boards())
def test_ineligible_members_carry_the_first_reason_and_details_leak_nothing(
    board: Board,
) -> None:
    members = {m.person_id: m for m in board.members}
    last_turn = {m.person_id: m.last_turn for m in board.members}
    private = {t.casefold() for m in board.members for t in m.interest_tags}
    private |= {t.casefold() for mt in board.meetings for t in mt.topic_tags}
    meetings = {mt.meeting_id: mt for mt in board.meetings}
    for choice in plan(board.members, board.meetings, board.required):
        meeting = meetings[choice.meeting_id]
        chosen_dates = set() if choice.person_id is None else {last_turn[choice.person_id]}
        # The only dates an explanation may carry are last turns, never unavailability.
        assert set(ISO_DATE.findall(choice.why)) <= _iso(chosen_dates)
        for consideration in choice.considered:
            reasons = expected_reasons(members[consideration.person_id], meeting, board.required)
            assert consideration.eligible == (not reasons)
            if reasons:
                assert consideration.reason == reasons[0]
            if consideration.reason == Ineligible.UNAVAILABLE:
                assert consideration.detail == UNAVAILABLE_DETAIL
            if consideration.reason == Ineligible.INTEREST_DECLARED:
                assert consideration.detail == INTEREST_DETAIL
            own = chosen_dates | {last_turn[consideration.person_id]}
            assert set(ISO_DATE.findall(consideration.detail)) <= _iso(own)
        for text in (choice.why, *(c.detail for c in choice.considered)):
            assert not any(tag in text.casefold() for tag in private)
        if choice.person_id is not None:
            last_turn[choice.person_id] = meeting.on


def _iso(dates: set[date | None]) -> set[str]:
    return {d.isoformat() for d in dates if d is not None}


# --- examples ---------------------------------------------------------------------------

MEETING_DAY = day(30)


def member(key: str, **changes: Any) -> MemberFacts:
    facts = MemberFacts(
        person_id=uuid.uuid5(uuid.NAMESPACE_URL, key),
        order_key=key,
        status="active",
        term_start=day(-365),
        term_end=None,
        training=(TrainingFact("induction", day(-300), None),),
    )
    return replace(facts, **changes)


def meeting(**changes: Any) -> MeetingFacts:
    facts = MeetingFacts(meeting_id=uuid.uuid5(uuid.NAMESPACE_URL, "m"), on=MEETING_DAY)
    return replace(facts, **changes)


REQUIRED = frozenset({"induction"})
ALICE = member("alice")


@pytest.mark.parametrize(
    ("facts", "at", "reason"),
    [
        (replace(ALICE, status="left"), meeting(), Ineligible.LEFT),
        (replace(ALICE, status="paused"), meeting(), Ineligible.PAUSED),
        (replace(ALICE, term_start=day(31)), meeting(), Ineligible.OUTSIDE_TERM),
        (replace(ALICE, term_end=day(29)), meeting(), Ineligible.OUTSIDE_TERM),
        (replace(ALICE, training=()), meeting(), Ineligible.MISSING_TRAINING),
        (
            replace(ALICE, training=(TrainingFact("induction", day(-300), day(29)),)),
            meeting(),
            Ineligible.MISSING_TRAINING,
        ),
        (
            replace(ALICE, training=(TrainingFact("induction", day(31), None),)),
            meeting(),
            Ineligible.MISSING_TRAINING,
        ),
        (replace(ALICE, unavailable=((day(30), day(30)),)), meeting(), Ineligible.UNAVAILABLE),
        (replace(ALICE, unavailable=((day(20), day(30)),)), meeting(), Ineligible.UNAVAILABLE),
        (
            replace(ALICE, interest_tags=frozenset({"Housing"})),
            meeting(topic_tags=frozenset({"HOUSING", "health"})),
            Ineligible.INTEREST_DECLARED,
        ),
        (ALICE, meeting(seated=frozenset({ALICE.person_id})), Ineligible.ALREADY_SEATED),
        (ALICE, meeting(declined=frozenset({ALICE.person_id})), Ineligible.DECLINED),
        # The first reason wins when several apply.
        (
            replace(ALICE, status="paused", unavailable=((day(0), day(60)),)),
            meeting(declined=frozenset({ALICE.person_id})),
            Ineligible.PAUSED,
        ),
        (
            replace(ALICE, interest_tags=frozenset({"housing"})),
            meeting(topic_tags=frozenset({"housing"}), seated=frozenset({ALICE.person_id})),
            Ineligible.INTEREST_DECLARED,
        ),
    ],
)
def test_each_reason_for_ineligibility(
    facts: MemberFacts, at: MeetingFacts, reason: Ineligible
) -> None:
    assert ineligibility(facts, at, REQUIRED) is reason
    choice = choose([facts, member("zed")], at, REQUIRED)
    assert by_person(choice)[facts.person_id].reason == reason


@pytest.mark.parametrize(
    "facts",
    [
        replace(ALICE, term_start=MEETING_DAY, term_end=MEETING_DAY),
        replace(ALICE, training=(TrainingFact("induction", MEETING_DAY, MEETING_DAY),)),
        replace(ALICE, unavailable=((day(0), day(29)), (day(31), day(40)))),
        replace(ALICE, interest_tags=frozenset({"housing"})),
        replace(ALICE, training=(*ALICE.training, TrainingFact("induction", day(-900), day(-1)))),
    ],
)
def test_boundaries_that_leave_a_member_eligible(facts: MemberFacts) -> None:
    assert ineligibility(facts, meeting(topic_tags=frozenset({"health"})), REQUIRED) is None


def test_private_reasons_get_generic_sentences() -> None:
    unavailable = replace(ALICE, unavailable=((day(28), day(32)),))
    conflicted = replace(member("bob"), interest_tags=frozenset({"Probation"}))
    choice = choose(
        [unavailable, conflicted, member("carol")],
        meeting(topic_tags=frozenset({"probation"})),
        REQUIRED,
    )
    details = by_person(choice)
    assert details[unavailable.person_id].detail == ("Marked as unavailable on the meeting date.")
    assert details[conflicted.person_id].detail == (
        "Declared an interest that matches a topic on this meeting's agenda."
    )


def test_missing_training_is_named() -> None:
    choice = choose([replace(ALICE, training=())], meeting(), frozenset({"induction", "gov"}))
    assert choice.considered[0].detail == (
        "Lacks required training valid on the meeting date: gov, induction."
    )


def test_why_fewest_turns() -> None:
    members = [member("a", turns=2), member("b", turns=1), member("c", turns=3)]
    choice = choose(members, meeting(), REQUIRED)
    assert choice.person_id == members[1].person_id
    assert choice.why == "Fewest turns (1) among the 3 eligible members."
    details = by_person(choice)
    assert details[members[0].person_id] == Consideration(
        members[0].person_id, True, PassedOver.MORE_TURNS, "Had 2 turns; the chosen member had 1."
    )
    # The queue is listed in the order it will be served.
    assert [c.person_id for c in choice.considered] == [members[0].person_id, members[2].person_id]


def test_why_a_tie_on_turns_broken_by_last_turn() -> None:
    members = [
        member("a", turns=2, last_turn=day(-10)),
        member("b", turns=2, last_turn=day(-40)),
        member("c", turns=4),
    ]
    choice = choose(members, meeting(), REQUIRED)
    assert choice.person_id == members[1].person_id
    assert choice.why == (
        "Tied on fewest turns (2) with 1 other eligible member; "
        "the longest since a last turn (last turn on 2023-11-22)."
    )
    assert by_person(choice)[members[0].person_id].detail == (
        "Tied on turns (2) but had a turn more recently (last turn on 2023-12-22; "
        "the chosen member: last turn on 2023-11-22)."
    )
    assert by_person(choice)[members[0].person_id].reason == PassedOver.MORE_RECENT_TURN


def test_never_having_had_a_turn_is_the_longest_wait() -> None:
    members = [member("a", turns=1, last_turn=day(-300)), member("b", turns=1)]
    choice = choose(members, meeting(), REQUIRED)
    assert choice.person_id == members[1].person_id
    assert choice.why.endswith("the longest since a last turn (never had a turn).")


def test_why_a_full_tie_is_broken_by_the_fixed_order() -> None:
    members = [member("c"), member("a"), member("b")]
    choice = choose(members, meeting(), REQUIRED)
    assert choice.person_id == members[1].person_id
    assert choice.why == (
        "Tied on fewest turns (0) and on last turn (never had a turn) with 2 other "
        "eligible members; first in the board's fixed order."
    )
    assert by_person(choice)[members[2].person_id] == Consideration(
        members[2].person_id,
        True,
        PassedOver.LATER_IN_ORDER,
        "Tied on turns (0) and on last turn (never had a turn); later in the board's fixed order.",
    )


def test_why_the_only_eligible_member_and_nobody_eligible() -> None:
    only = choose([ALICE, member("bob", status="paused")], meeting(), REQUIRED)
    assert only.why == "The only eligible member of the 2 in the pool (0 turns so far)."
    none = choose([replace(ALICE, status="left")], meeting(), REQUIRED)
    assert none.person_id is None
    assert none.why == "Nobody of the 1 member in the pool is eligible."
    assert choose([], meeting(), REQUIRED).why == "The pool has no members."


def test_all_considerations_lead_with_the_chosen_member() -> None:
    choice = choose([ALICE, member("bob", turns=1)], meeting(), REQUIRED)
    everyone = choice.all_considerations()
    assert everyone[0] == Consideration(ALICE.person_id, True, CHOSEN, choice.why)
    assert everyone[1:] == choice.considered


def test_a_decline_passes_the_seat_on_and_the_decliner_goes_next() -> None:
    alice, bob, carol = member("alice"), member("bob"), member("carol")
    first = meeting(meeting_id=uuid.uuid4(), on=day(10), declined=frozenset({alice.person_id}))
    second = meeting(meeting_id=uuid.uuid4(), on=day(40))
    third = meeting(meeting_id=uuid.uuid4(), on=day(70))

    choices = plan([carol, bob, alice], [third, second, first], REQUIRED)

    assert [c.person_id for c in choices] == [bob.person_id, alice.person_id, carol.person_id]


def test_join_baseline_is_the_fewest_turns_in_the_pool() -> None:
    assert join_baseline([3, 1, 2]) == 1
    assert join_baseline(iter([])) == 0


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"status": "on leave"}, "status"),
        ({"turns": -1}, "turns"),
        ({"unavailable": ((day(2), day(1)),)}, "ends before it starts"),
    ],
)
def test_facts_that_cannot_be_explained_are_refused(changes: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        member("x", **changes)


def test_duplicates_in_the_pool_are_refused() -> None:
    with pytest.raises(ValueError, match="twice"):
        choose([ALICE, ALICE], meeting(), REQUIRED)
    with pytest.raises(ValueError, match="order_key"):
        choose([ALICE, replace(member("bob"), order_key="alice")], meeting(), REQUIRED)
    with pytest.raises(ValueError, match="meeting"):
        plan([ALICE], [meeting(), meeting()], REQUIRED)
