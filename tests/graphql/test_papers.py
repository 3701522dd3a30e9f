"""Papers over GraphQL: nested under meetings with their versions and recipients,
circulating (late ones need a reason) and acknowledging, visibility and SQL counts."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy import func
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import select

from app.db.models import AuditEvent, Circulation, Paper, PaperRecipient
from tests import factories
from tests.api.papers_setup import API, Setup, events, meeting, paper, setup
from tests.factories import Caller
from tests.graphql.helpers import gql, nodes, ok, only_error
from tests.support import StatementCounter

PAPER_FIELDS = """id meetingId title classification status embargoUntil accessibleVersionUrl
  circulatedAt circulatedLate lateReason version
  currentVersion { number filename changeNote digest contentType size }
  recipients(first: 10) { edges { node { personId source status circulatedAt firstOpenedAt
    acknowledgedAt acknowledgedVersion person { displayName } } } }"""
CIRCULATE = """mutation($meeting: UUID!, $papers: [UUID!], $reason: String, $extra: [UUID!]) {
  circulatePapers(meetingId: $meeting, paperIds: $papers, lateReason: $reason,
                  extraRecipientIds: $extra) {
    id meetingId kind late lateReason recipientCount newRecipientCount noticeDeadline
    papers { paperId version paper { id status circulatedLate } } } }"""
ACKNOWLEDGE = """mutation($paper: UUID!, $version: Int) {
  acknowledgePaper(paperId: $paper, version: $version) {
    paperId personId status acknowledgedAt acknowledgedVersion } }"""
NESTED = f"""{{ boards(first: 5) {{ edges {{ node {{ name meetings(first: 10) {{ edges {{ node {{
  title papers(first: 10) {{ edges {{ node {{ {PAPER_FIELDS} }} }} }} }} }} }} }} }} }} }}"""


def _meetings(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each meeting by title, its papers and their recipients as plain lists."""
    return {
        m["title"]: {**m, "papers": [_flat(p) for p in nodes(m["papers"])]}
        for b in nodes(data["boards"])
        for m in nodes(b["meetings"])
    }


def _flat(paper: dict[str, Any]) -> dict[str, Any]:
    return {**paper, "recipients": nodes(paper["recipients"])}


async def _count(db: async_sessionmaker[AsyncSession], model: type[Any]) -> int:
    async with db() as session:
        return int(await session.scalar(select(func.count()).select_from(model)) or 0)


async def _circulate(
    client: httpx.AsyncClient, who: Caller, meeting_id: Any, **variables: Any
) -> dict[str, Any]:
    return await gql(client, who, CIRCULATE, {"meeting": str(meeting_id), **variables})


async def test_papers_and_their_recipients_nest_under_meetings(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    s = await setup(db, app, size=3)
    extra = await factories.person(db, s.org, name="Guest")
    sent = await paper(client, s.coordinator, s.meeting.id, title="Finance report")
    public = await paper(
        client, s.coordinator, s.meeting.id, title="Public summary", classification="public"
    )
    draft = await paper(client, s.coordinator, s.meeting.id, title="Draft", status="draft")

    result = ok(await _circulate(client, s.coordinator, s.meeting.id, extra=[str(extra.id)]))
    c = result["circulatePapers"]
    assert (c["late"], c["lateReason"], c["kind"]) == (False, None, "initial")
    assert (c["recipientCount"], c["newRecipientCount"]) == (4, 8)
    assert sorted(p["paperId"] for p in c["papers"]) == sorted([sent["id"], public["id"]])
    assert {p["paper"]["status"] for p in c["papers"]} == {"CIRCULATED"}
    assert {p["version"] for p in c["papers"]} == {1}

    mine = _meetings(ok(await gql(client, s.coordinator, NESTED)))["Next month"]["papers"]
    by_title = {p["title"]: p for p in mine}
    assert set(by_title) == {"Finance report", "Public summary", "Draft"}
    finance = by_title["Finance report"]
    rest = (await client.get(f"{API}/papers/{sent['id']}", headers=s.coordinator.headers)).json()
    assert finance["currentVersion"] == {
        "number": 1,
        "filename": rest["currentVersion"]["filename"],
        "changeNote": None,
        "digest": rest["currentVersion"]["sha256"],
        "contentType": "application/pdf",
        "size": rest["currentVersion"]["sizeBytes"],
    }
    assert (finance["status"], finance["classification"]) == ("CIRCULATED", "OFFICIAL")
    names = {r["person"]["displayName"] for r in finance["recipients"]}
    assert names == {"Member 0", "Member 1", "Member 2", "Guest"}
    assert {r["status"] for r in finance["recipients"]} == {"NEW"}
    assert by_title["Draft"]["recipients"] == []
    assert by_title["Draft"]["id"] == draft["id"]

    # A member sees the circulated papers, and of their recipients only themselves.
    member = s.member_callers[0]
    theirs = _meetings(ok(await gql(client, member, NESTED)))["Next month"]["papers"]
    assert {p["title"] for p in theirs} == {"Finance report", "Public summary"}
    for p in theirs:
        assert [r["personId"] for r in p["recipients"]] == [str(s.members[0].id)]
    one = _flat(
        ok(
            await gql(
                client,
                member,
                f"query($id: UUID!) {{ paper(id: $id) {{ {PAPER_FIELDS} }} }}",
                {"id": sent["id"]},
            )
        )["paper"]
    )
    assert one["title"] == "Finance report"
    # The draft does not exist for them.
    hidden = await gql(
        client, member, "query($id: UUID!) { paper(id: $id) { id } }", {"id": draft["id"]}
    )
    assert only_error(hidden, "NOT_FOUND")["path"] == ["paper"]


async def test_a_late_circulation_needs_a_reason_and_a_refusal_keeps_nothing(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    s = await setup(db, app)
    sent = await paper(client, s.coordinator, s.soon.id)
    audit_before = await _count(db, AuditEvent)

    refused = await _circulate(client, s.coordinator, s.soon.id)
    error = only_error(refused, "RULE_VIOLATION")
    assert error["extensions"]["errors"][0]["pointer"] == "/lateReason"
    assert refused["data"] is None
    assert await _count(db, Circulation) == 0
    assert await _count(db, PaperRecipient) == 0
    assert await _count(db, AuditEvent) == audit_before
    assert await events(db, "paper.circulated") == []
    async with db() as session:
        row = await session.get_one(Paper, uuid.UUID(sent["id"]))
        assert (row.status, row.circulated_at) == ("ready", None)

    empty = await _circulate(client, s.coordinator, s.soon.id, reason="")
    assert only_error(empty, "VALIDATION")["extensions"]["errors"][0]["pointer"] == "/lateReason"

    reason = "The finance figures came in on Friday."
    done = ok(await _circulate(client, s.coordinator, s.soon.id, reason=reason))
    c = done["circulatePapers"]
    assert (c["late"], c["lateReason"]) == (True, reason)
    assert c["papers"][0]["paper"]["circulatedLate"] is True
    assert (await events(db, "paper.circulated"))[0]["late"] is True

    # Members may not circulate.
    await paper(client, s.coordinator, s.meeting.id)
    only_error(await _circulate(client, s.member_callers[0], s.meeting.id), "FORBIDDEN")
    assert await _count(db, Circulation) == 1


async def test_acknowledging_records_it_once(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    s = await setup(db, app, size=2)
    sent = await paper(client, s.coordinator, s.meeting.id)
    ok(await _circulate(client, s.coordinator, s.meeting.id))
    member = s.member_callers[0]

    stale = await gql(client, member, ACKNOWLEDGE, {"paper": sent["id"], "version": 2})
    only_error(stale, "CONFLICT")
    # Only recipients acknowledge; a refusal writes nothing.
    only_error(await gql(client, s.coordinator, ACKNOWLEDGE, {"paper": sent["id"]}), "FORBIDDEN")
    assert await events(db, "paper.acknowledged") == []

    first = ok(await gql(client, member, ACKNOWLEDGE, {"paper": sent["id"]}))["acknowledgePaper"]
    assert first["personId"] == str(s.members[0].id)
    assert (first["status"], first["acknowledgedVersion"]) == ("ACKNOWLEDGED", 1)
    assert first["acknowledgedAt"].endswith("Z")
    again = ok(await gql(client, member, ACKNOWLEDGE, {"paper": sent["id"], "version": 1}))
    assert again["acknowledgePaper"] == first
    async with db() as session:
        rows = {
            r.person_id: r
            for r in await session.scalars(
                select(PaperRecipient).where(PaperRecipient.paper_id == uuid.UUID(sent["id"]))
            )
        }
    assert rows[s.members[0].id].acknowledged_version == 1
    assert rows[s.members[1].id].acknowledged_at is None
    assert len(await events(db, "paper.acknowledged")) == 1

    # The coordinator sees who acknowledged.
    query = """query($id: UUID!) { paper(id: $id) {
      recipients { edges { node { personId status } } } } }"""
    seen = nodes(
        ok(await gql(client, s.coordinator, query, {"id": sent["id"]}))["paper"]["recipients"]
    )
    assert {r["personId"]: r["status"] for r in seen} == {
        str(s.members[0].id): "ACKNOWLEDGED",
        str(s.members[1].id): "NEW",
    }


async def test_a_client_without_papers_read_loses_only_the_papers(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    s = await setup(db, app)
    await paper(client, s.coordinator, s.meeting.id, classification="public")
    ok(await _circulate(client, s.coordinator, s.meeting.id))
    query = """query($id: UUID!) { meeting(id: $id) { title papers { edges { node { title
      recipients { edges { node { personId } } } } } } } }"""
    partner = factories.token_for(app, await factories.api_client(db, s.org, ["meetings:read"]))
    body = await gql(client, partner, query, {"id": str(s.meeting.id)})
    assert only_error(body, "FORBIDDEN")["path"] == ["meeting", "papers"]
    assert body["data"] == {"meeting": {"title": "Next month", "papers": None}}
    reader = factories.token_for(
        app, await factories.api_client(db, s.org, ["meetings:read", "papers:read"])
    )
    seen = ok(await gql(client, reader, query, {"id": str(s.meeting.id)}))["meeting"]["papers"]
    # A partner system reads public papers but not who has them.
    assert [_flat(p) for p in nodes(seen)] == [
        {"title": "Programme board papers", "recipients": []}
    ]


async def _meetings_with_papers(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    s: Setup,
    first: int,
    count: int,
) -> None:
    for i in range(first, first + count):
        at = await meeting(db, s.board, timedelta(days=20 + i), f"Meeting {i}")
        await paper(client, s.coordinator, at.id, title="One")
        await paper(client, s.coordinator, at.id, title="Two")
        ok(await _circulate(client, s.coordinator, at.id))


async def test_nested_papers_cost_the_same_statements_for_2_or_6_meetings(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    statements: StatementCounter,
) -> None:
    s = await setup(db, app, size=2)
    await _meetings_with_papers(client, db, s, 0, 2)
    statements.reset()
    few = ok(await gql(client, s.coordinator, NESTED))
    few_count = statements.count
    await _meetings_with_papers(client, db, s, 2, 4)
    statements.reset()
    many = ok(await gql(client, s.coordinator, NESTED))
    assert len(_meetings(many)) == len(_meetings(few)) + 4
    for title, m in _meetings(many).items():
        if title.startswith("Meeting"):
            assert len(m["papers"]) == 2
            assert all(len(p["recipients"]) == 2 for p in m["papers"])
            assert all(p["currentVersion"]["number"] == 1 for p in m["papers"])
    assert statements.count == few_count, statements.statements
    # The actor, boards, meetings, papers, versions, recipients, people, and the one
    # INSERT of the private-read audit (a coordinator reads the recipients privately).
    assert few_count <= 8, statements.statements


async def test_papers_and_recipients_come_in_pages(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    s = await setup(db, app, size=3)
    first_paper = await paper(client, s.coordinator, s.meeting.id, title="One")
    await paper(client, s.coordinator, s.meeting.id, title="Two")
    ok(await _circulate(client, s.coordinator, s.meeting.id))
    query = """query($id: UUID!, $after: String) { meeting(id: $id) {
      papers(first: 1, after: $after) { edges { node { title
        recipients(first: 2) { edges { cursor node { personId } } pageInfo { hasNextPage } } } }
        pageInfo { hasNextPage endCursor } } } }"""
    page = ok(await gql(client, s.coordinator, query, {"id": str(s.meeting.id)}))
    papers = page["meeting"]["papers"]
    assert [p["title"] for p in nodes(papers)] == ["One"]
    assert papers["pageInfo"]["hasNextPage"] is True
    recipients = nodes(papers)[0]["recipients"]
    assert len(nodes(recipients)) == 2
    assert recipients["pageInfo"]["hasNextPage"] is True
    after = {"id": str(s.meeting.id), "after": papers["pageInfo"]["endCursor"]}
    rest = ok(await gql(client, s.coordinator, query, after))["meeting"]["papers"]
    assert [p["title"] for p in nodes(rest)] == ["Two"]
    assert rest["pageInfo"]["hasNextPage"] is False
    # The rest of the first paper's recipients, after the second.
    more = """query($id: UUID!, $after: String) { paper(id: $id) {
      recipients(first: 100, after: $after) { edges { node { personId } } } } }"""
    cursor = recipients["edges"][-1]["cursor"]
    rest_of = ok(await gql(client, s.coordinator, more, {"id": first_paper["id"], "after": cursor}))
    seen = [r["personId"] for r in nodes(recipients) + nodes(rest_of["paper"]["recipients"])]
    assert sorted(seen) == sorted(str(m.id) for m in s.members)
