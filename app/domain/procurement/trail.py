"""The full trail of a lot as CSV, for a challenge: who sat on the panel and who was
removed and why, every individual score and every change to one, the agreed scores with
their reasons, and the weighted totals and ranks. Coordinators only, once scores are
unsealed. A PDF report is not made (yet)."""

from __future__ import annotations

import csv
import io
import uuid

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import PanelMember, Person
from app.domain.actors import Actor
from app.domain.procurement import ranking
from app.domain.procurement.access import lot_access
from app.domain.procurement.moderation import agreed_of, weighted
from app.domain.procurement.schemas import LotPhase
from app.domain.procurement.scoring import scores_of
from app.domain.procurement.setup import bidders_of, questions_of
from app.domain.recommendations.export import safe_cell

COLUMNS = [
    "record",
    "bidder",
    "question",
    "weight",
    "member",
    "role",
    "score",
    "rationale",
    "reason",
    "previousScore",
    "previousRationale",
    "at",
]


async def trail_csv(session: AsyncSession, actor: Actor, lot_id: uuid.UUID) -> str:
    access = await lot_access(session, actor, lot_id)
    access.require_manager()
    access.require_all_scores()  # a coordinator: moderation must be open
    assert access.lot.phase != LotPhase.SCORING.value
    bidders = {b.id: b for b in await bidders_of(session, lot_id)}
    questions = {q.id: q for q in await questions_of(session, lot_id)}
    members = list(
        await session.execute(
            select(PanelMember, Person.display_name)
            .join(Person, col(Person.id) == PanelMember.person_id)
            .where(PanelMember.lot_id == lot_id)
            .order_by(col(PanelMember.id))
        )
    )
    names = {m.id: name for m, name in members}
    roles = {m.id: m.role for m, _ in members}
    scores, changes = await scores_of(session, list(names))
    agreed = await agreed_of(session, lot_id)

    def question(qid: uuid.UUID) -> tuple[object, object]:
        q = questions[qid]
        return f"Q{q.position}: {q.text}", q.weight

    rows: list[list[object]] = []
    for m, name in members:
        rows.append(
            [
                "panel_member",
                None,
                None,
                None,
                name,
                m.role,
                None,
                None,
                None,
                None,
                None,
                m.created_at,
            ]
        )
        if m.removed_at is not None:
            rows.append(
                [
                    "removal",
                    None,
                    None,
                    None,
                    name,
                    m.role,
                    None,
                    None,
                    m.removed_reason,
                    None,
                    None,
                    m.removed_at,
                ]
            )
    for s in scores:
        text, weight = question(s.question_id)
        who, role, bidder = names[s.member_id], roles[s.member_id], bidders[s.bidder_id].name
        for c in changes.get(s.id, []):
            rows.append(
                [
                    "change",
                    bidder,
                    text,
                    weight,
                    who,
                    role,
                    c.to_score,
                    c.to_rationale,
                    c.reason,
                    c.from_score,
                    c.from_rationale,
                    c.created_at,
                ]
            )
        rows.append(
            [
                "individual",
                bidder,
                text,
                weight,
                who,
                role,
                s.score,
                s.rationale,
                None,
                None,
                None,
                s.updated_at or s.created_at,
            ]
        )
    for a in agreed:
        text, weight = question(a.question_id)
        rows.append(
            [
                "agreed",
                bidders[a.bidder_id].name,
                text,
                weight,
                None,
                None,
                a.score,
                a.rationale,
                a.difference_reason,
                None,
                None,
                a.updated_at or a.created_at,
            ]
        )
    table = ranking.standings(
        list(bidders),
        weighted(list(questions.values())),
        {(a.bidder_id, a.question_id): a.score for a in agreed},
    )
    for st in table:
        tie = " (tied)" if st.tied else ""
        rows.append(
            [
                "total",
                bidders[st.bidder_id].name,
                None,
                None,
                None,
                None,
                st.total,
                None,
                f"rank {st.rank}{tie} of {len(table)}; out of {st.max_total}",
                None,
                None,
                None,
            ]
        )
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([safe_cell(v) for v in row])
    return buffer.getvalue()
