from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime

import httpx
from fastapi import FastAPI
from sqlalchemy import func
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col, select

from app.db.models import (
    ApiClient,
    Attendance,
    Board,
    ExpenseClaim,
    Interest,
    Issue,
    Meeting,
    Membership,
    Organisation,
    Paper,
    PaymentRun,
    Person,
    Recommendation,
    SeatAssignment,
    TrainingRecord,
    Unavailability,
)
from app.demo import LONDON, load_demo_if_empty
from app.demo.schedule import TEAM, monthly_starts
from app.domain.actors import OrgRole
from app.domain.passwords import verify_password
from app.integrations.storage import Storage
from tests.demo_support import _quick_passwords, load, storage

__all__ = ["_quick_passwords", "storage"]  # fixtures used here


_EVERY_AREA: tuple[type[object], ...] = (
    Organisation,
    Person,
    Meeting,
    SeatAssignment,
    Attendance,
    Paper,
    ExpenseClaim,
    PaymentRun,
    Issue,
    Recommendation,
    ApiClient,
)


async def _count(session: AsyncSession, model: type[object]) -> int:
    return int(await session.scalar(select(func.count()).select_from(model)) or 0)


async def test_the_team_has_seven_members_with_one_of_each_elected_role(
    db: async_sessionmaker[AsyncSession], storage: Storage
) -> None:
    demo = await load(db, storage)
    async with db() as session:
        team = await session.get(Board, demo.advisory_board_id)
        memberships = (
            await session.scalars(
                select(Membership).where(Membership.board_id == demo.advisory_board_id)
            )
        ).all()
    assert team is not None
    assert team.kind == "advisory"
    assert team.advises_board_id == demo.governance_board_id
    assert team.notice_period_days == 7
    assert team.terms_of_reference
    assert len(memberships) == 7
    assert all(m.status == "active" for m in memberships)
    assert Counter(m.role for m in memberships) == {
        "chair": 1,
        "vice_chair": 1,
        "secretary": 1,
        "member": 4,
    }


async def test_the_team_advises_the_programme_board(
    db: async_sessionmaker[AsyncSession], storage: Storage
) -> None:
    demo = await load(db, storage)
    async with db() as session:
        board = await session.get(Board, demo.governance_board_id)
    assert board is not None
    assert (board.name, board.kind) == ("Programme Board", "governance")


async def test_each_board_has_three_held_and_six_coming_monthly_meetings_at_ten(
    db: async_sessionmaker[AsyncSession], storage: Storage
) -> None:
    now = datetime.now(UTC)
    demo = await load(db, storage)
    async with db() as session:
        meetings = (
            await session.scalars(
                # The monthly sittings; the team's extra session is the papers' late example.
                select(Meeting)
                .where(col(Meeting.title).not_like("%extra session%"))
                .order_by(col(Meeting.starts_at))
            )
        ).all()
    by_board: dict[object, list[Meeting]] = {}
    for meeting in meetings:
        by_board.setdefault(meeting.board_id, []).append(meeting)
    assert set(by_board) == {demo.advisory_board_id, demo.governance_board_id}
    this_month = now.astimezone(LONDON).year * 12 + now.astimezone(LONDON).month
    for board_meetings in by_board.values():
        assert len(board_meetings) == 9
        local = [m.starts_at.astimezone(LONDON) for m in board_meetings]
        assert [t.year * 12 + t.month - this_month for t in local] == [-3, -2, -1, 1, 2, 3, 4, 5, 6]
        assert all((t.hour, t.minute) == (10, 0) for t in local)
        for meeting in board_meetings:
            assert meeting.ends_at > meeting.starts_at
            assert meeting.location or meeting.online_url
            assert (meeting.status == "held") == (meeting.starts_at < now)
            assert meeting.status in {"held", "scheduled"}


def test_meeting_times_follow_british_summer_time() -> None:
    # From mid-February 2027 the months run March (GMT) into April (BST, from 28 March).
    starts = monthly_starts(date(2027, 2, 15), [1, 2], weekday=TEAM.weekday, nth=TEAM.nth)
    assert starts == [
        datetime(2027, 3, 9, 10, tzinfo=UTC),  # second Tuesday, 10:00 GMT
        datetime(2027, 4, 13, 9, tzinfo=UTC),  # second Tuesday, 10:00 BST
    ]


async def test_people_hold_every_organisation_role_and_records_exist(
    db: async_sessionmaker[AsyncSession], storage: Storage
) -> None:
    await load(db, storage)
    async with db() as session:
        people = (await session.scalars(select(Person))).all()
        roles = {role for person in people for role in person.roles}
        assert roles == {role.value for role in OrgRole}
        assert any(person.access_needs for person in people)
        assert any("prison" in person.lived_experience_categories for person in people)
        assert await _count(session, TrainingRecord) >= 3
        assert await _count(session, Interest) >= 1
        assert await _count(session, Unavailability) == 1
        interests = (await session.scalars(select(Interest))).all()
    assert all(interest.topic_tags for interest in interests)


async def test_every_printed_account_signs_in_with_its_password(
    db: async_sessionmaker[AsyncSession],
    storage: Storage,
    app: FastAPI,
    client: httpx.AsyncClient,
) -> None:
    demo = await load(db, storage)
    assert {a.role for a in demo.accounts} == {"administrator", "coordinator", "finance", "member"}
    async with db() as session:
        # Everyone, not only one person per role, so the API can be seen as any member.
        assert len(demo.accounts) == await _count(session, Person)
        for account in demo.accounts:
            person = await session.scalar(select(Person).where(Person.email == account.email))
            assert person is not None
            assert account.role in person.roles
            assert person.password_hash is not None
            assert account.password not in person.password_hash
            assert verify_password(account.password, person.password_hash)
    member = demo.for_role("member")
    response = await client.post(
        "/api/v1/auth/token",
        data={"grant_type": "password", "username": member.email, "password": member.password},
    )
    assert response.status_code == 200, response.text
    assert response.json()["access_token"]


async def test_passwords_are_random_per_load_and_kept_out_of_repr(
    db: async_sessionmaker[AsyncSession], storage: Storage
) -> None:
    demo = await load(db, storage)
    passwords = {account.password for account in demo.accounts}
    assert len(passwords) == len(demo.accounts)
    assert not any(password in repr(demo) for password in passwords)
    assert demo.api_client.secret not in repr(demo)


async def test_loading_into_a_database_with_an_organisation_adds_nothing(
    db: async_sessionmaker[AsyncSession], storage: Storage
) -> None:
    async with db() as session:
        first = await load_demo_if_empty(session, storage)
        await session.commit()
    async with db() as session:
        counts = {m: await _count(session, m) for m in _EVERY_AREA}
        second = await load_demo_if_empty(session, storage)
        await session.commit()
    async with db() as session:
        after = {m: await _count(session, m) for m in _EVERY_AREA}
    assert first is not None
    assert second is None
    assert counts == after
    assert counts[Organisation] == 1
