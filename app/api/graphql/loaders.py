"""Per-request DataLoaders: one query per level of a nested list, however long the list.

Each batch reads through ``reading`` (see ``Context.reading``), the request's one session
taken for the batch's statements: sibling fields resolve concurrently, and one
``AsyncSession`` must never serve two at once.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Awaitable, Callable, Hashable, Iterable, Mapping
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from typing import Generic, TypeVar

from sqlalchemy.ext.asyncio import AsyncSession
from strawberry.dataloader import DataLoader

from app.db.models import (
    Board,
    IssueHistory,
    Meeting,
    Membership,
    Paper,
    PaperRecipient,
    Person,
    Recommendation,
    SeatAssignment,
)
from app.domain.actors import Actor
from app.domain.boards.memberships import membership_pages_by_board
from app.domain.boards.schemas import MembershipStatus
from app.domain.boards.service import boards_by_ids
from app.domain.elections.service import nominations_by_election
from app.domain.expenses.claims import items_by_claim
from app.domain.meetings import service as meetings
from app.domain.meetings.guests import guests_by_meeting
from app.domain.meetings.schemas import MeetingSort, MeetingStatus
from app.domain.pagination import Page, PageRequest
from app.domain.papers import reads as papers
from app.domain.papers.recipients import recipient_pages_by_paper
from app.domain.people.service import people_by_ids
from app.domain.recommendations import loaders as recommendations
from app.domain.recommendations import trail
from app.domain.recommendations.schemas import RecommendationStatus
from app.domain.seats import fairness, rota
from app.domain.seats.service import seats_by_board

Reading = Callable[[], AbstractAsyncContextManager[AsyncSession]]
K = TypeVar("K", bound=Hashable)
V = TypeVar("V")
F = TypeVar("F", bound=Hashable)
Fetch = Callable[[AsyncSession, Actor, list[K]], Awaitable[Mapping[K, V]]]
FetchPages = Callable[
    [AsyncSession, Actor, list[uuid.UUID], PageRequest, F],
    Awaitable[Mapping[uuid.UUID, Page[V]]],
]


@dataclass(frozen=True)
class PageKey(Generic[F]):
    """One parent's page of a nested connection. Siblings ask with the same page and
    filters, so a level of the query is one group and one query."""

    parent: uuid.UUID
    page: PageRequest
    filters: F


class Loaders:
    def __init__(self, actor: Actor, reading: Reading) -> None:
        self._actor = actor
        self._reading = reading
        self.memberships_by_board = self._pages(_memberships_by_board)
        self.people = DataLoader[uuid.UUID, Person | None](load_fn=self._people)
        self.boards = DataLoader[uuid.UUID, Board | None](load_fn=self._boards)
        # Meetings and seats (app/api/graphql/meetings.py and seats.py).
        self.meetings = self._rows(meetings.meetings_by_ids)
        self.meetings_by_board = self._pages(_meetings_by_board)
        self.agenda = self._lists(meetings.agenda_by_meeting)
        self.actions = self._lists(meetings.actions_by_meeting)
        self.attendance = self._lists(meetings.attendance_by_meeting)
        self.guests = self._lists(guests_by_meeting)
        self.seats_by_board = self._lists(seats_by_board)
        self.assignments_by_seat = self._pages(_assignments_by_seat)
        self.fairness = self._lists(fairness.fairness_by_seat)
        # Papers and recommendations (app/api/graphql/papers.py and recommendations.py).
        self.papers_by_meeting = self._pages(_papers_by_meeting)
        self.paper_versions = self._rows(papers.versions_by_number)
        self.recipients_by_paper = self._pages(_recipients_by_paper)
        self.recommendations_by_board = self._pages(_recommendations_by_board)
        self.recommendation_responses = self._lists(recommendations.responses_by_recommendation)
        self.recommendation_updates = self._lists(recommendations.updates_by_recommendation)
        # Expense claims (app/api/graphql/expenses.py).
        self.expense_items = self._lists(items_by_claim)
        # Elections (app/api/graphql/elections.py).
        self.nominations = self._lists(nominations_by_election)
        # The issue log (app/api/graphql/trail.py).
        self.issue_history = self._pages(_history_by_issue)

    async def _people(self, ids: list[uuid.UUID]) -> list[Person | None]:
        async with self._reading() as session:
            found = await people_by_ids(session, self._actor, ids)
        return [found.get(i) for i in ids]

    async def _boards(self, ids: list[uuid.UUID]) -> list[Board | None]:
        async with self._reading() as session:
            found = await boards_by_ids(session, self._actor, ids)
        return [found.get(i) for i in ids]

    def _rows(self, fetch: Fetch[K, V]) -> DataLoader[K, V | None]:
        """Objects by ID; None for one the caller may not see."""

        async def load(keys: list[K]) -> list[V | None]:
            async with self._reading() as session:
                found = await fetch(session, self._actor, keys)
            return [found.get(key) for key in keys]

        return DataLoader[K, V | None](load_fn=load)

    def _lists(self, fetch: Fetch[K, list[V]]) -> DataLoader[K, list[V]]:
        """The children of each parent, all of them."""

        async def load(keys: list[K]) -> list[list[V]]:
            async with self._reading() as session:
                found = await fetch(session, self._actor, keys)
            return [found.get(key, []) for key in keys]

        return DataLoader[K, list[V]](load_fn=load)

    def _pages(self, fetch: FetchPages[F, V]) -> DataLoader[PageKey[F], Page[V]]:
        """A page of each parent's children: one query per page and filters asked for."""

        async def load(keys: list[PageKey[F]]) -> list[Page[V]]:
            groups: dict[tuple[PageRequest, F], list[uuid.UUID]] = defaultdict(list)
            for key in keys:
                groups[(key.page, key.filters)].append(key.parent)
            found: dict[PageKey[F], Page[V]] = {}
            async with self._reading() as session:
                for (page, filters), parents in groups.items():
                    pages = await fetch(session, self._actor, parents, page, filters)
                    for parent in parents:
                        found[PageKey(parent, page, filters)] = pages.get(parent, Page([], None))
            return [found[key] for key in keys]

        return DataLoader[PageKey[F], Page[V]](load_fn=load)


async def _memberships_by_board(
    session: AsyncSession,
    actor: Actor,
    board_ids: Iterable[uuid.UUID],
    page: PageRequest,
    status: MembershipStatus | None,
) -> dict[uuid.UUID, Page[Membership]]:
    return await membership_pages_by_board(session, actor, board_ids, page, status=status)


async def _papers_by_meeting(
    session: AsyncSession,
    actor: Actor,
    meeting_ids: Iterable[uuid.UUID],
    page: PageRequest,
    _: None,
) -> dict[uuid.UUID, Page[Paper]]:
    return await papers.paper_pages_by_meeting(session, actor, meeting_ids, page)


async def _recipients_by_paper(
    session: AsyncSession,
    actor: Actor,
    paper_ids: Iterable[uuid.UUID],
    page: PageRequest,
    _: None,
) -> dict[uuid.UUID, Page[PaperRecipient]]:
    return await recipient_pages_by_paper(session, actor, paper_ids, page)


MeetingFilters = tuple[bool, MeetingStatus | None, MeetingSort]  # upcoming, status, sort


async def _meetings_by_board(
    session: AsyncSession,
    actor: Actor,
    board_ids: Iterable[uuid.UUID],
    page: PageRequest,
    filters: MeetingFilters,
) -> dict[uuid.UUID, Page[Meeting]]:
    upcoming, status, sort = filters
    return await meetings.meetings_by_board(
        session, actor, board_ids, page, upcoming=upcoming, status=status, sort=sort
    )


async def _assignments_by_seat(
    session: AsyncSession,
    actor: Actor,
    seat_ids: Iterable[uuid.UUID],
    page: PageRequest,
    current_only: bool,
) -> dict[uuid.UUID, Page[SeatAssignment]]:
    return await rota.assignments_by_seat(session, actor, seat_ids, page, current_only=current_only)


async def _history_by_issue(
    session: AsyncSession,
    actor: Actor,
    issue_ids: Iterable[uuid.UUID],
    page: PageRequest,
    _: None,
) -> dict[uuid.UUID, Page[IssueHistory]]:
    return await trail.history_pages_by_issue(session, actor, issue_ids, page)


RecommendationFilters = tuple[RecommendationStatus | None, bool | None]  # status, overdue


async def _recommendations_by_board(
    session: AsyncSession,
    actor: Actor,
    board_ids: Iterable[uuid.UUID],
    page: PageRequest,
    filters: RecommendationFilters,
) -> dict[uuid.UUID, Page[Recommendation]]:
    status, overdue = filters
    return await recommendations.recommendation_pages_by_board(
        session, actor, board_ids, page, status=status, overdue=overdue
    )
