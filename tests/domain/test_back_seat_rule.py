"""The back-seat rule of seat eligibility, over any dates."""

from __future__ import annotations

import uuid
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.seats.eligibility import Ineligible, MeetingFacts, MemberFacts, ineligibility

_DAYS = st.dates(min_value=date(2025, 1, 1), max_value=date(2030, 12, 31))


@settings(max_examples=60, deadline=None)
@given(on=_DAYS, until=st.one_of(st.none(), _DAYS))
def test_paused_exactly_before_the_expected_return(on: date, until: date | None) -> None:
    member = MemberFacts(
        person_id=uuid.uuid4(),
        order_key="a",
        status="active",
        term_start=date(2024, 1, 1),
        term_end=None,
        back_seat_until=until,
    )
    reason = ineligibility(member, MeetingFacts(uuid.uuid4(), on), frozenset())
    assert (reason is Ineligible.PAUSED) == (until is not None and on < until)
    assert reason in {None, Ineligible.PAUSED}
