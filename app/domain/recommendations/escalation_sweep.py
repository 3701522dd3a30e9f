"""The trail's scheduled work: escalations (follow-up reminders and sponsors' notices are
in ``trail_notices.py``; this sweep runs the reminders too).

Like the overdue sweep (``overdue.py``) it runs in every process, so each move is claimed
with a conditional UPDATE that names the state it moves from (the level, a due time that
has passed, a live status), and its history, audit row, event and message are written in
the same transaction only for the rows that UPDATE returned: an item moves once per
level, and a reminder goes once per follow-up date, however many sweeps run.
Messages and events name the board, the level and the item's ID, never what an issue says.
"""

from __future__ import annotations

import logging
import uuid
from collections import defaultdict
from datetime import datetime
from functools import partial
from typing import Any

from sqlalchemy import or_, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col, select

from app.db.models import EscalationLevel, Issue, Person, Recommendation
from app.db.types import utcnow
from app.domain import audit, sweeps
from app.domain.notifications import outbox
from app.domain.recommendations import escalation, history
from app.domain.recommendations.issue_lifecycle import LIVE
from app.domain.recommendations.schemas import IssueStatus, RecommendationStatus
from app.domain.recommendations.trail_notices import (
    active_people,
    board_names,
    remind_follow_ups,
)

log = logging.getLogger("chorus.recommendations")

BATCH = 200
_LIVE = sorted(s.value for s in LIVE)


def notify_owner(
    session: AsyncSession,
    owner: Person | None,
    level: EscalationLevel,
    kind: str,
    item_id: uuid.UUID,
    board: str,
    due: datetime | None,
) -> None:
    if owner is None:
        return
    what = "issue" if kind == "issue" else "recommendation awaiting a response"
    outbox.enqueue(
        session,
        owner,
        "escalated",
        {
            "name": owner.display_name,
            "what": what,
            "article": "An" if kind == "issue" else "A",
            "board": board,
            "level": level.name,
            "due": (
                f"It moves up a level if it is still unanswered on {due.date().isoformat()}."
                if due
                else "This is the board's highest level."
            ),
            "kind": kind,
            "reference": str(item_id),
        },
    )


def escalated_event(
    kind: str, item_id: uuid.UUID, board_id: uuid.UUID, level: EscalationLevel, **more: Any
) -> dict[str, Any]:
    return {
        f"{kind}Id": str(item_id),
        "boardId": str(board_id),
        "level": level.position,
        "levelId": str(level.id),
        **more,
    }


async def escalate_issues(session: AsyncSession, now: datetime, limit: int = BATCH) -> int:
    """Move every live issue whose level's time has run out one level up."""
    due = await session.execute(
        select(Issue.id, Issue.board_id, Issue.escalation_level, Issue.status)
        .where(col(Issue.escalation_due_at) <= now, col(Issue.status).in_(_LIVE))
        .order_by(col(Issue.escalation_due_at))
        .limit(limit)
    )
    # Grouped by where they move from, so each group is one claim and its history knows
    # the status each issue left.
    groups: dict[tuple[uuid.UUID, int | None, str], list[uuid.UUID]] = defaultdict(list)
    for issue_id, board_id, level, status in due:
        groups[(board_id, level, status)].append(issue_id)
    boards = {board for board, _, _ in groups}
    ladders = await escalation.levels_of(session, boards)
    owners = await active_people(session, (lv.owner_id for ls in ladders.values() for lv in ls))
    names = await board_names(session, boards)
    moved = 0
    for (board_id, current, status), ids in groups.items():
        target, next_due = escalation.step(ladders.get(board_id, []), current, now)
        claim = update(Issue).where(
            col(Issue.id).in_(ids),
            # Checked again on the row: another sweep, or a step someone took, came first.
            col(Issue.escalation_level).is_(None)
            if current is None
            else col(Issue.escalation_level) == current,
            col(Issue.escalation_due_at) <= now,
            col(Issue.status) == status,
        )
        if target is None:
            # Nowhere left to go (levels were removed): stop the clock.
            await session.execute(
                claim.values(escalation_due_at=None).execution_options(synchronize_session=False)
            )
            continue
        claimed = await session.execute(
            claim.values(
                escalation_level=target.position,
                escalation_due_at=next_due,
                status=IssueStatus.ESCALATED.value,
                updated_at=now,
                version=col(Issue.version) + 1,
            )
            .returning(col(Issue.id), col(Issue.organisation_id))
            .execution_options(synchronize_session=False)
        )
        for row in list(claimed):
            moved += 1
            history.add_row(
                session,
                row.organisation_id,
                row.id,
                None,
                (status, IssueStatus.ESCALATED.value),
                (current, target.position),
                "Not resolved within the level's response time.",
            )
            audit.record(
                session,
                None,
                "issue.escalated",
                "issue",
                row.id,
                row.organisation_id,
                {"escalation_level", "escalation_due_at", "status"},
            )
            audit.emit(
                session,
                row.organisation_id,
                "issue.escalated",
                escalated_event(
                    "issue", row.id, board_id, target, automatic=True, fromLevel=current
                ),
            )
            notify_owner(
                session,
                owners.get(target.owner_id),
                target,
                "issue",
                row.id,
                names.get(board_id, "your board"),
                next_due,
            )
    await session.flush()
    return moved


async def escalate_recommendations(session: AsyncSession, now: datetime, limit: int = BATCH) -> int:
    """Recommendations still unanswered past their due date climb the addressee's levels:
    to the first level once overdue, then up as each level's time runs out."""
    today = now.date()
    has_levels = select(EscalationLevel.board_id)
    due = await session.execute(
        select(
            Recommendation.id,
            Recommendation.addressed_to_board_id,
            Recommendation.escalation_level,
        )
        .where(
            Recommendation.status == RecommendationStatus.SUBMITTED.value,
            col(Recommendation.response_due_on) < today,
            col(Recommendation.addressed_to_board_id).in_(has_levels),
            or_(
                col(Recommendation.escalation_level).is_(None),
                col(Recommendation.escalation_due_at) <= now,
            ),
        )
        .order_by(col(Recommendation.response_due_on))
        .limit(limit)
    )
    groups: dict[tuple[uuid.UUID, int | None], list[uuid.UUID]] = defaultdict(list)
    for rec_id, board_id, level in due:
        if board_id is not None:
            groups[(board_id, level)].append(rec_id)
    ladders = await escalation.levels_of(session, {board for board, _ in groups})
    owners = await active_people(session, (lv.owner_id for ls in ladders.values() for lv in ls))
    names = await board_names(session, {board for board, _ in groups})
    moved = 0
    for (board_id, current), ids in groups.items():
        target, next_due = escalation.step(ladders.get(board_id, []), current, now)
        claim = update(Recommendation).where(
            col(Recommendation.id).in_(ids),
            col(Recommendation.status) == RecommendationStatus.SUBMITTED.value,
            col(Recommendation.escalation_level).is_(None)
            if current is None
            else (col(Recommendation.escalation_level) == current)
            & (col(Recommendation.escalation_due_at) <= now),
        )
        if target is None:
            # Nowhere left to go (levels were removed): stop the clock.
            await session.execute(
                claim.values(escalation_due_at=None).execution_options(synchronize_session=False)
            )
            continue
        claimed = await session.execute(
            claim.values(
                escalation_level=target.position,
                escalation_due_at=next_due,
                updated_at=now,
                version=col(Recommendation.version) + 1,
            )
            .returning(
                col(Recommendation.id),
                col(Recommendation.organisation_id),
                col(Recommendation.board_id),
            )
            .execution_options(synchronize_session=False)
        )
        for row in list(claimed):
            moved += 1
            audit.record(
                session,
                None,
                "recommendation.escalated",
                "recommendation",
                row.id,
                row.organisation_id,
                {"escalation_level", "escalation_due_at"},
            )
            audit.emit(
                session,
                row.organisation_id,
                "recommendation.escalated",
                escalated_event(
                    "recommendation",
                    row.id,
                    row.board_id,
                    target,
                    addressedToBoardId=str(board_id),
                    fromLevel=current,
                ),
            )
            notify_owner(
                session,
                owners.get(target.owner_id),
                target,
                "recommendation",
                row.id,
                names.get(board_id, "your board"),
                next_due,
            )
    await session.flush()
    return moved


async def sweep_trail(
    sessionmaker: async_sessionmaker[AsyncSession], now: datetime | None = None
) -> int:
    """Every escalation and reminder now due; one transaction per batch of each kind.
    Returns how many items this sweep moved or reminded."""
    now = now or utcnow()
    total = 0
    for job in (escalate_issues, escalate_recommendations, remind_follow_ups):
        claim = partial(job, now=now, limit=BATCH)
        total += await sweeps.in_batches(sessionmaker, claim, BATCH, log)
    if total:
        log.info("escalated or reminded", extra={"count": total})
    return total
