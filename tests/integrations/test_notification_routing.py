"""The queue honours each person's preferences when a message comes due, against a real
SMTP server: quiet hours hold, a digest goes as one, an opt-out withholds, post waits
for the print queue, and a message given up on says so to partners (IDs only)."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col, select

from app.db.models import NotificationPreference, OutboxEvent, OutgoingMessage, Person
from app.db.types import utcnow
from app.domain.notifications import outbox
from app.domain.notifications.timing import LONDON
from tests import factories
from tests.integrations.smtp_server import Clock, free_port, mailer, smtp_server
from tests.integrations.test_mail_delivery import VALUES

ADDRESS = "sam@example.org"


async def _person(db: async_sessionmaker[AsyncSession], **preference: Any) -> Person:
    org = await factories.organisation(db)
    person = await factories.person(db, org, email=ADDRESS, phone=preference.pop("phone", None))
    async with db() as session:
        session.add(
            NotificationPreference(organisation_id=org.id, person_id=person.id, **preference)
        )
        await session.commit()
    return person


async def _queue(db: async_sessionmaker[AsyncSession], person: Person, *names: str) -> None:
    async with db() as session:
        for name in names:
            outbox.enqueue(session, person, name, VALUES)
        await session.commit()


async def _messages(db: async_sessionmaker[AsyncSession]) -> list[OutgoingMessage]:
    async with db() as session:
        rows = await session.scalars(select(OutgoingMessage).order_by(col(OutgoingMessage.id)))
        return list(rows)


def _london(delta: timedelta) -> datetime:
    return (utcnow() + delta).astimezone(LONDON)


def _clock_at(hours: int) -> time:
    return time(_london(timedelta(hours=hours)).hour)


async def test_quiet_hours_hold_a_message_until_they_end_but_not_a_sign_in_link(
    db: async_sessionmaker[AsyncSession],
) -> None:
    # Quiet from the last whole hour until two hours from now (wrapping past midnight
    # is the overnight case, which the rule handles the same way).
    person = await _person(db, quiet_from=_clock_at(0), quiet_until=_clock_at(2))
    await _queue(db, person, "term_ending", "invitation")
    clock = Clock()
    with smtp_server() as (inbox, port):
        worker = mailer(db, port, clock)
        assert await worker.run_once() == 1
        assert [m["Subject"] for m in inbox.to(ADDRESS)] == ["You are invited to Home on Chorus"]
        (held,) = [m for m in await _messages(db) if m.template == "term_ending"]
        assert held.status == "pending"
        assert held.held_until is not None
        assert held.held_until > utcnow() + timedelta(minutes=50)
        assert held.body is not None
        clock.advance(timedelta(minutes=30))
        assert await worker.run_once() == 0
        clock.advance(timedelta(hours=2))
        assert await worker.run_once() == 1
    assert len(inbox.to(ADDRESS)) == 2
    (sent,) = [m for m in await _messages(db) if m.template == "term_ending"]
    assert (sent.status, sent.held_until) == ("sent", None)


async def test_a_daily_digest_sends_the_days_messages_as_one(
    db: async_sessionmaker[AsyncSession],
) -> None:
    person = await _person(db, digest=True, digest_hour=_clock_at(2).hour)
    await _queue(db, person, "term_ending", "training_expiring")
    clock = Clock()
    with smtp_server() as (inbox, port):
        worker = mailer(db, port, clock)
        assert await worker.run_once() == 0
        assert all(m.held_until is not None for m in await _messages(db))
        clock.advance(timedelta(hours=2))
        assert await worker.run_once() == 2
    (digest,) = inbox.to(ADDRESS)
    assert digest["Subject"] == "Your Chorus digest: 2 messages"
    body = digest.get_body(("plain",))
    assert body is not None
    text = body.get_content()
    assert "Your term on Forum ends on 3 March 2027" in text
    assert "Your safeguarding training runs out" in text
    assert {m.status for m in await _messages(db)} == {"sent"}


async def test_choosing_none_or_post_takes_effect_for_messages_already_waiting(
    db: async_sessionmaker[AsyncSession],
) -> None:
    person = await _person(db, channel="none")
    await _queue(db, person, "term_ending", "password_reset")
    with smtp_server() as (inbox, port):
        assert await mailer(db, port).run_once() == 1
        assert [m["Subject"] for m in inbox.to(ADDRESS)] == ["Choose a new password for Chorus"]
    by_template = {m.template: m for m in await _messages(db)}
    withheld, reset = by_template["term_ending"], by_template["password_reset"]
    assert (withheld.status, withheld.body) == ("withheld", None)
    assert reset.status == "sent"  # sign-in links go whatever the preference

    async with db() as session:
        row = await session.scalar(select(NotificationPreference))
        assert row is not None
        row.channel, row.postal_address = "post", "1 Gate Road, Exampletown"
        await session.commit()
    await _queue(db, person, "term_ending")
    with smtp_server() as (inbox, port):
        assert await mailer(db, port).run_once() == 0
        assert inbox.to(ADDRESS) == []
    (posted,) = [m for m in await _messages(db) if m.status == "pending"]
    assert posted.channel == "post"
    assert posted.recipient == "1 Gate Road, Exampletown"
    assert (posted.status, posted.next_attempt_at) == ("pending", None)
    assert posted.body is not None  # kept for printing


async def test_a_message_given_up_on_emits_notification_failed_with_ids_only(
    db: async_sessionmaker[AsyncSession],
) -> None:
    person = await _person(db, channel="text", phone="07700 900123")
    await _queue(db, person, "term_ending")
    with smtp_server() as (inbox, port):
        assert await mailer(db, port, Clock()).run_once() == 1
        assert inbox.messages == []  # no text provider: never sent by email instead
    (message,) = await _messages(db)
    assert (message.channel, message.status) == ("text", "undeliverable")
    async with db() as session:
        events = list(
            await session.scalars(
                select(OutboxEvent).where(col(OutboxEvent.event_type) == "notification.failed")
            )
        )
    assert [e.payload for e in events] == [
        {"notificationId": str(message.id), "personId": str(person.id)}
    ]


async def test_retries_exhausted_emit_notification_failed(
    db: async_sessionmaker[AsyncSession],
) -> None:
    person = await _person(db)
    await _queue(db, person, "term_ending")
    async with db() as session:
        row = await session.scalar(select(OutgoingMessage))
        assert row is not None
        row.attempts = 15  # the next is the last
        await session.commit()
    assert await mailer(db, free_port(), Clock()).run_once() == 1  # nobody listens
    (message,) = await _messages(db)
    assert message.status == "failed"
    async with db() as session:
        types = list(await session.scalars(select(OutboxEvent.event_type)))
    assert types == ["notification.failed"]


async def test_a_digest_the_worker_reaches_late_is_sent_not_held_another_day(
    db: async_sessionmaker[AsyncSession],
) -> None:
    person = await _person(db, digest=True, digest_hour=_clock_at(2).hour)
    await _queue(db, person, "term_ending")
    clock = Clock()
    with smtp_server() as (inbox, port):
        worker = mailer(db, port, clock)
        assert await worker.run_once() == 0
        clock.advance(timedelta(hours=5))  # the digest hour has come and gone
        assert await worker.run_once() == 1
    assert len(inbox.to(ADDRESS)) == 1


async def test_an_email_change_confirmation_goes_by_email_to_the_new_address_whatever_the_channel(
    db: async_sessionmaker[AsyncSession],
) -> None:
    """Confirming an address means reaching it: post or text would prove nothing (and a
    person who takes letters still gets the link at the address they asked for)."""
    person = await _person(db, channel="post", postal_address="1 Gate Road, Exampletown")
    async with db() as session:
        outbox.enqueue(session, person, "email_change", VALUES, recipient="new@example.org")
        await session.commit()
    with smtp_server() as (inbox, port):
        assert await mailer(db, port).run_once() == 1
        assert inbox.to(ADDRESS) == []
        (sent,) = inbox.to("new@example.org")
    assert sent["Subject"] == "Confirm your new email address for Home on Chorus"
