"""Meeting papers as GraphQL types: their current version, who has them, circulating them
and acknowledging them.

Uploading a paper or a new version stays REST-only: it is a streamed multipart body
(``POST /api/v1/meetings/{id}/papers``, ``POST /api/v1/papers/{id}/versions``).

``meetings { papers { currentVersion recipients { person } } }`` (connections, one page
per parent at each level) is one DataLoader batch per level: every meeting's papers, then
every paper's current version and recipients, then the people those name. Recipients
follow the REST rule (``recipient_pages_by_paper``): coordinators and clients with
papers:write see everyone a paper reached; anyone else sees only their own row.

``meetings.py`` imports this module (for ``Meeting.papers``), so it must not import
``meetings.py`` or ``boards.py`` itself.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING, Annotated

import strawberry
from strawberry import UNSET
from strawberry.types.unset import UnsetType

from app.api.graphql import fields
from app.api.graphql.connections import Connection, connection, page_request
from app.api.graphql.context import Info
from app.api.graphql.derive import Node, node, object_type
from app.api.graphql.loaders import PageKey
from app.api.graphql.people import Person, person_node
from app.api.views import papers as views
from app.db import models as db
from app.domain.pagination import DEFAULT_LIMIT
from app.domain.papers import circulation, recipients
from app.domain.papers.access import get_paper
from app.domain.papers.recipients import reading_status
from app.domain.papers.schemas import AcknowledgementCreate, CirculationCreate

if TYPE_CHECKING:
    from app.api.graphql.meetings import Meeting


UPLOAD_NOTE = (
    "Uploading a paper or a new version is REST-only (a multipart body): "
    "POST /api/v1/meetings/{meetingId}/papers and POST /api/v1/papers/{paperId}/versions."
)


# -- types ---------------------------------------------------------------------------


@object_type(views.VersionOut, name="PaperVersion")
class PaperVersion:
    pass


@object_type(views.RecipientOut, name="PaperRecipient")
class PaperRecipient(Node):
    if TYPE_CHECKING:
        person_id: uuid.UUID

    @fields.field(
        description="Null, with a FORBIDDEN error, for an API client without people:read."
    )
    async def person(self, info: Info) -> Person | None:
        row = await info.context.loaders.people.load(self.person_id)
        return person_node(info.context.actor, row) if row is not None else None


@object_type(views.PaperOut, name="Paper", description=f"A document for a meeting. {UPLOAD_NOTE}")
class Paper(Node):
    current_version_number: strawberry.Private[int]

    @fields.field(description="The file as it stands now.")
    async def current_version(self, info: Info) -> PaperVersion | None:
        row = await info.context.loaders.paper_versions.load((self.id, self.current_version_number))
        return node(PaperVersion, row) if row is not None else None

    @fields.field(
        description="Coordinators see everyone the paper reached; anyone else only "
        "themselves (no edges if it did not reach them). Oldest first."
    )
    async def recipients(
        self, info: Info, first: int = DEFAULT_LIMIT, after: str | None = None
    ) -> Connection[PaperRecipient]:
        request = page_request(first, after)
        page = await info.context.loaders.recipients_by_paper.load(PageKey(self.id, request, None))
        found = [recipient_node(row, self.current_version_number) for row in page.items]
        return connection(found, page.next_cursor, after)


@object_type(views.CirculatedPaper, name="CirculatedPaper")
class CirculatedPaper:
    paper: Paper


# Its papers come last, after the counts: the order GraphQL published before the views.
@object_type(views.CirculationCreated, name="Circulation", exclude=("papers",))
class Circulation:
    papers: list[CirculatedPaper]


# -- mapping rows to nodes -----------------------------------------------------------


def recipient_node(row: db.PaperRecipient, current_version: int) -> PaperRecipient:
    return node(PaperRecipient, row, status=reading_status(row, current_version))


def paper_node(row: db.Paper) -> Paper:
    return node(Paper, row, current_version_number=row.current_version)


def paper_nodes(rows: Sequence[db.Paper]) -> list[Paper]:
    return [paper_node(row) for row in rows]


async def meeting_papers(
    root: Meeting, info: Info, first: int = DEFAULT_LIMIT, after: str | None = None
) -> Connection[Paper] | None:
    """``Meeting.papers``: every meeting's page in one query."""
    request = page_request(first, after)
    page = await info.context.loaders.papers_by_meeting.load(PageKey(root.id, request, None))
    return connection(paper_nodes(page.items), page.next_cursor, after)


# -- operations (merged into Query and Mutation) -------------------------------------


@strawberry.type
class PaperQueries:
    @fields.field(description=f"One paper you may see. {UPLOAD_NOTE}")
    async def paper(self, info: Info, id: uuid.UUID) -> Paper | None:
        async with info.context.reading() as session:
            row = await get_paper(session, info.context.actor, id)
        return paper_node(row)


def _sent(value: object) -> bool:
    return not isinstance(value, UnsetType)


@strawberry.type
class PaperMutations:
    @fields.mutation(
        description="Send the meeting's READY papers (or those in `paperIds`) to the board's "
        "active members, the seat holders at the meeting and any `extraRecipientIds`. Later "
        "than the board's notice period, `lateReason` is required (RULE_VIOLATION at "
        "/lateReason otherwise) and the circulation is marked late. One that would send "
        "nothing new (a repeat, or the loser of a race) is CONFLICT. Coordinators only. "
        f"{UPLOAD_NOTE}"
    )
    async def circulate_papers(
        self,
        info: Info,
        meeting_id: uuid.UUID,
        paper_ids: Annotated[
            list[uuid.UUID] | None,
            strawberry.argument(description="Omitted: every READY paper not yet circulated."),
        ] = UNSET,
        late_reason: str | None = UNSET,
        extra_recipient_ids: list[uuid.UUID] | None = UNSET,
    ) -> Circulation:
        sent = {
            key: value
            for key, value in {
                "paperIds": paper_ids,
                "lateReason": late_reason,
                "extraRecipientIds": extra_recipient_ids,
            }.items()
            if _sent(value)
        }
        data = CirculationCreate.model_validate(sent)
        async with info.context.writing() as session:
            result = await circulation.circulate(session, info.context.actor, meeting_id, data)
        c = result.circulation
        return node(
            Circulation,
            c,
            circulated_at=c.created_at,
            new_recipient_count=result.new_recipients,
            papers=[
                node(
                    CirculatedPaper,
                    {"paper_id": p.id, "version": p.current_version},
                    paper=paper_node(p),
                )
                for p in result.papers
            ],
        )

    @fields.mutation(
        description="A recipient confirms they have read the current version (or `version`, "
        "which must still be current: CONFLICT otherwise). Repeating it changes nothing."
    )
    async def acknowledge_paper(
        self, info: Info, paper_id: uuid.UUID, version: int | None = UNSET
    ) -> PaperRecipient:
        data = AcknowledgementCreate.model_validate({"version": version} if _sent(version) else {})
        async with info.context.writing() as session:
            paper, row, _ = await recipients.acknowledge(
                session, info.context.actor, paper_id, data
            )
        return recipient_node(row, paper.current_version)
