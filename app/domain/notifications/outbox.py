"""Writing a message: a row in the caller's transaction, so it is sent only if the change
that caused it commits, and is not lost if the mail server is down."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from app.db.models import OutgoingMessage, Person
from app.db.types import utcnow
from app.domain.notifications import templates


def enqueue(
    session: AsyncSession,
    person: Person,
    template: str,
    values: dict[str, str],
    *,
    recipient: str | None = None,
) -> OutgoingMessage:
    """``recipient`` overrides the person's address: a confirmation goes to the new one."""
    rendered = templates.render(template, values)
    message = OutgoingMessage(
        organisation_id=person.organisation_id,
        person_id=person.id,
        channel="email",
        template=template,
        recipient=recipient or person.email,
        subject=rendered.subject,
        body=rendered.body,
        next_attempt_at=utcnow(),
    )
    session.add(message)
    return message
