"""The outgoing-message queue, shared by workers through the database alone.

Claims work as for webhook deliveries (``app/domain/webhooks/queue.py``): a SELECT of
due rows ``FOR UPDATE SKIP LOCKED``, then an UPDATE that re-checks the same conditions
and moves ``next_attempt_at`` to the end of a lease, so a worker that dies leaves its
message due again. Only the holder of the current claim records a result. Once a message
is sent or given up on, its body (which may hold a single-use link) is cleared.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import and_, update
from sqlalchemy import select as select_columns
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from app.db.models import OutgoingMessage
from app.domain.notifications import routing
from app.domain.notifications.routing import Due

PENDING, SENDING, SENT, FAILED, UNDELIVERABLE, PRINTED = (
    "pending",
    "sending",
    "sent",
    "failed",
    "undeliverable",
    "printed",
)
_OPEN = (PENDING, SENDING)
FIRST_DELAY = timedelta(seconds=30)
MAX_DELAY = timedelta(hours=1)
# About 12 hours of trying: long enough to ride out a mail server's restart or an
# afternoon's outage, short enough that nobody gets a week-old reset link.
MAX_ATTEMPTS = 16
NO_SERVER = "undeliverable: no mail server configured"
NO_TEXT_PROVIDER = "undeliverable: no text-message provider configured"


@dataclass(frozen=True)
class MailJob:
    message_id: uuid.UUID
    claim_token: uuid.UUID
    attempt: int
    recipient: str = field(repr=False)
    subject: str
    # Out of repr: it may hold a single-use link.
    body: str = field(repr=False)
    channel: str = "email"
    person_id: uuid.UUID | None = None
    # Set for a person who reads a daily digest: the worker sends their jobs as one.
    digest: bool = False


def next_delay(attempts: int, rng: random.Random | None = None) -> timedelta | None:
    if attempts >= MAX_ATTEMPTS:
        return None
    delay: timedelta = min(FIRST_DELAY * 2 ** (attempts - 1), MAX_DELAY)
    # Not secret: the jitter only spreads retries after an outage.
    return delay * (rng or random).uniform(0.8, 1.2)


async def claim(
    session: AsyncSession, now: datetime, lease: timedelta, limit: int
) -> list[MailJob]:
    due = and_(
        col(OutgoingMessage.status).in_(_OPEN),
        col(OutgoingMessage.next_attempt_at) <= now,
        col(OutgoingMessage.body).is_not(None),
    )
    rows_due = (
        await session.execute(
            select_columns(
                col(OutgoingMessage.id),
                col(OutgoingMessage.organisation_id),
                col(OutgoingMessage.person_id),
                col(OutgoingMessage.template),
                col(OutgoingMessage.channel),
                col(OutgoingMessage.held_until),
            )
            .where(due)
            .order_by(col(OutgoingMessage.next_attempt_at), col(OutgoingMessage.id))
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
    ).all()
    if not rows_due:
        return []
    routed = await routing.route(session, [Due(*row) for row in rows_due], now)
    picked = routed.send
    if not picked:
        return []
    token = uuid.uuid4()
    rows = (
        await session.execute(
            update(OutgoingMessage)
            .where(col(OutgoingMessage.id).in_(picked), due)
            .values(
                status=SENDING,
                claim_token=token,
                attempts=col(OutgoingMessage.attempts) + 1,
                next_attempt_at=now + lease,
                last_attempt_at=now,
                held_until=None,
            )
            .returning(
                col(OutgoingMessage.id),
                col(OutgoingMessage.attempts),
                col(OutgoingMessage.recipient),
                col(OutgoingMessage.subject),
                col(OutgoingMessage.body),
                col(OutgoingMessage.channel),
                col(OutgoingMessage.person_id),
            )
            .execution_options(synchronize_session=False)
        )
    ).all()
    return [
        MailJob(
            row.id,
            token,
            row.attempts,
            row.recipient,
            row.subject,
            row.body or "",
            row.channel,
            row.person_id,
            row.id in routed.digest_of,
        )
        for row in rows
    ]


async def finish(
    session: AsyncSession,
    job: MailJob,
    error: str | None,
    now: datetime,
    *,
    retry: bool = True,
    rng: random.Random | None = None,
) -> bool:
    """Record one attempt's outcome; False if the claim had already run out."""
    delay = next_delay(job.attempt, rng) if error is not None and retry else None
    if error is None:
        values: dict[str, object] = {
            "status": SENT,
            "sent_at": now,
            "body": None,
            "text_body": None,
        }
    elif delay is not None:
        values = {"status": PENDING, "next_attempt_at": now + delay}
    else:
        values = {"status": FAILED if retry else UNDELIVERABLE, "body": None, "text_body": None}
    result = await session.execute(
        update(OutgoingMessage)
        .where(
            col(OutgoingMessage.id) == job.message_id,
            col(OutgoingMessage.claim_token) == job.claim_token,
            col(OutgoingMessage.status) == SENDING,
        )
        .values(**values, last_error=error, claim_token=None)
        .returning(col(OutgoingMessage.organisation_id), col(OutgoingMessage.person_id))
        .execution_options(synchronize_session=False)
    )
    kept = result.first()
    if kept is None:
        return False
    if values["status"] in (FAILED, UNDELIVERABLE):
        routing.failed(session, kept.organisation_id, job.message_id, kept.person_id)
    return True
