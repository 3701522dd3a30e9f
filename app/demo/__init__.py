"""Demo data: one organisation set up the way a UK lived-experience programme runs.

For trying the API (``chorus serve --demo``), never for a real deployment. After the
people and boards (people.py), everything is made through the domain's own use cases,
acting as the demo's coordinator, chair, finance officer and administrator, so the data
keeps every rule a request would have to: seats and a generated rota with a decline
(seats.py), held meetings with attendance, minutes and actions (proceedings.py), papers
on time and late (papers.py), claims in every state and payment runs (claims.py), the
issue log and recommendations in every state (recommendations.py), and a partner's API
client whose secret, like every password, is returned once for the caller to show.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import func
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import select

from app.db.models import Organisation
from app.demo import claims, papers, proceedings, recommendations, schedule, seats
from app.demo.inputs import build
from app.demo.people import DemoAccount, add_organisation, add_records
from app.demo.schedule import LONDON
from app.domain.actors import Scope
from app.domain.auth.clients import ApiClientCreate, create_client
from app.integrations.storage.base import Storage

__all__ = ["LONDON", "DemoAccount", "DemoAccounts", "DemoClient", "load_demo", "load_demo_if_empty"]

# What docs/partners.md's examples need, so each works against the demo as written:
# reading, describing a board, registering a webhook and answering recommendations. No
# scope writes people, seats, papers or payments.
PARTNER_SCOPES = (
    Scope.PEOPLE_READ,
    Scope.BOARDS_READ,
    Scope.BOARDS_WRITE,
    Scope.MEETINGS_READ,
    Scope.SEATS_READ,
    Scope.PAPERS_READ,
    Scope.EXPENSES_READ,
    Scope.RECOMMENDATIONS_READ,
    Scope.RECOMMENDATIONS_RESPOND,
    Scope.POLLS_READ,
    Scope.RECRUITMENT_READ,
    Scope.WEBHOOKS_MANAGE,
)


@dataclass(frozen=True)
class DemoClient:
    """A partner system's API client, to try the client-credentials grant."""

    name: str
    client_id: str
    secret: str = field(repr=False)
    scopes: tuple[str, ...]


@dataclass(frozen=True)
class DemoAccounts:
    organisation_id: uuid.UUID
    organisation_name: str
    advisory_board_id: uuid.UUID
    governance_board_id: uuid.UUID
    accounts: tuple[DemoAccount, ...]
    api_client: DemoClient

    def for_role(self, role: str) -> DemoAccount:
        return next(account for account in self.accounts if account.role == role)


async def load_demo_if_empty(session: AsyncSession, storage: Storage) -> DemoAccounts | None:
    """Load the demo only into a database with no organisations, so a restart adds nothing."""
    if await session.scalar(select(func.count()).select_from(Organisation)):
        return None
    return await load_demo(session, storage)


async def load_demo(session: AsyncSession, storage: Storage) -> DemoAccounts:
    """Add the demo organisation to ``session``; the caller commits. Papers' files go to
    ``storage``, the one the app serves them from. The use cases read the clock, so the
    demo is built around today: the meetings before this month are held, the rest to come."""
    today = datetime.now(UTC).astimezone(LONDON).date()
    cast = await add_organisation(session, today)
    past = range(-schedule.PAST_MEETINGS_PER_BOARD, 0)
    to_come = range(1, schedule.MEETINGS_PER_BOARD + 1)
    team_past = schedule.monthly_meetings(cast.team, today, past, schedule.TEAM)
    team_next = schedule.monthly_meetings(cast.team, today, to_come, schedule.TEAM)
    board_past = schedule.monthly_meetings(cast.programme_board, today, past, schedule.BOARD)
    board_next = schedule.monthly_meetings(cast.programme_board, today, to_come, schedule.BOARD)
    session.add_all([*team_past, *team_next, *board_past, *board_next])
    org_id = cast.organisation.id
    add_records(session, org_id, cast.people, today, team_next[0].starts_at.date())
    await session.flush()

    await seats.add_seats(session, cast)
    await proceedings.hold_past_meetings(session, cast, team_past, board_past)
    await papers.add_papers(session, cast, storage, team_next[0], today)
    await claims.add_claims(session, cast, team_past[-1], team_past[-2], today)
    theme_ids = await recommendations.add_issue_log(session, cast, today)
    await recommendations.add_recommendations(session, cast, theme_ids, team_past[-1], today)
    client, secret = await create_client(
        session,
        cast.actor("helen.ward"),
        build(
            ApiClientCreate,
            name="Northshire Probation case system (demo)",
            scopes=list(PARTNER_SCOPES),
        ),
    )
    await session.flush()
    return DemoAccounts(
        organisation_id=org_id,
        organisation_name=cast.organisation.name,
        advisory_board_id=cast.team.id,
        governance_board_id=cast.programme_board.id,
        accounts=tuple(cast.accounts),
        api_client=DemoClient(client.name, client.client_id, secret, tuple(client.scopes)),
    )
