"""The mail queue against a real SMTP server: nothing lost while it is down."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import select

from app.db.models import OutgoingMessage, PasswordLink
from app.domain.auth import links
from app.domain.notifications import outbox, queue, templates
from app.domain.notifications.timing import ACCOUNT_TEMPLATES
from tests import factories
from tests.integrations.smtp_server import Clock, free_port, mailer, smtp_server

VALUES = {
    "name": "Sam",
    "organisation": "Home",
    "link": "http://chorus.test/set-password#token=abc",
    "expires": "soon",
    "board": "Forum",
    "term_end": "3 March 2027",
    # The trail's notices (issue 16): references, never what an issue says.
    "what": "issue",
    "article": "An",
    "from_board": "Lived Experience Team",
    "level": "Governor",
    "due": "It moves up a level if unresolved by 2027-01-01.",
    "kind": "issue",
    "reference": "0190",
    "date": "2027-01-01",
    "training": "safeguarding",
    # What the notification triggers name (issue 14): boards, meetings and papers by name.
    "meeting": "Monthly forum",
    "papers": "- Budget 2027",
    "reason": "The figures came late.",
    "seat": "Programme board",
    "place": "Visits hall",
    "action": "Write to the governor",
    "amount": "£12.40",
    "paid_on": "Friday 4 December 2026",
    "to_board": "Programme Board",
    "title": "Longer visits",
    "outcome": "Accepted.",
}
# Templates that carry a link (sign-in links); reminders and the trail's notices name a
# reference instead.
# The templates that carry a link or a secret address: the sign-in ones, which ignore
# preferences (domain/notifications/timing.py ACCOUNT_TEMPLATES).
LINKED = {"invitation", "password_reset", "email_change", "calendar_feed_reissued"}


async def _queue_one(db: async_sessionmaker[AsyncSession]) -> OutgoingMessage:
    org = await factories.organisation(db)
    person = await factories.person(db, org, email="sam@example.org")
    async with db() as session:
        message = outbox.enqueue(session, person, "invitation", VALUES)
        await session.commit()
    return message


async def _message(db: async_sessionmaker[AsyncSession]) -> OutgoingMessage:
    async with db() as session:
        row = await session.scalar(select(OutgoingMessage))
    assert row is not None
    return row


async def test_a_message_queued_while_the_server_is_down_is_sent_once_it_is_up(
    db: async_sessionmaker[AsyncSession],
) -> None:
    await _queue_one(db)
    port = free_port()
    clock = Clock()
    worker = mailer(db, port, clock)
    assert await worker.run_once() == 1  # refused: nobody listens on the port yet
    down = await _message(db)
    assert down.status == "pending"
    assert down.attempts == 1
    assert down.body is not None
    assert down.last_error is not None
    assert "could not reach" in down.last_error
    assert await worker.run_once() == 0  # not due again yet
    with smtp_server(port) as (inbox, _):
        clock.advance(timedelta(minutes=2))
        assert await worker.run_once() == 1
        assert await worker.run_once() == 0
    assert len(inbox.to("sam@example.org")) == 1
    sent = await _message(db)
    assert sent.status == "sent"
    assert sent.attempts == 2
    assert sent.body is None
    assert sent.last_error is None


async def test_without_a_mail_server_the_message_is_kept_as_undeliverable_without_its_link(
    db: async_sessionmaker[AsyncSession],
) -> None:
    await _queue_one(db)
    assert await mailer(db, None).run_once() == 1
    row = await _message(db)
    assert row.status == "undeliverable"
    assert row.last_error == queue.NO_SERVER
    assert row.body is None
    assert await mailer(db, None).run_once() == 0


async def test_a_claim_whose_lease_ran_out_cannot_record_over_the_next(
    db: async_sessionmaker[AsyncSession],
) -> None:
    await _queue_one(db)
    clock = Clock()
    async with db() as session:
        [first] = await queue.claim(session, clock(), timedelta(seconds=1), 10)
        await session.commit()
    clock.advance(timedelta(seconds=5))
    async with db() as session:
        [second] = await queue.claim(session, clock(), timedelta(minutes=1), 10)
        await session.commit()
    assert second.attempt == 2
    async with db() as session:
        assert not await queue.finish(session, first, None, clock())
        assert await queue.finish(session, second, None, clock())
        await session.commit()
    assert (await _message(db)).status == "sent"


def test_every_template_renders_in_plain_language_with_a_subject() -> None:
    for name in templates.names():
        rendered = templates.render(name, VALUES)
        assert rendered.subject
        assert (VALUES["link"] in rendered.body) == (name in LINKED)
        assert "$" not in rendered.body
    assert set(templates.names()) >= LINKED
    assert LINKED == ACCOUNT_TEMPLATES  # every message with a link goes by email, now


async def test_the_delivery_log_carries_no_link(
    db: async_sessionmaker[AsyncSession], caplog: object
) -> None:
    import logging

    await _queue_one(db)
    with smtp_server() as (_, port):
        logging.getLogger("chorus.mail").setLevel(logging.INFO)
        await mailer(db, port).run_once()
    records = caplog.records  # type: ignore[attr-defined]
    assert records
    text = " ".join(f"{r.getMessage()} {r.__dict__}" for r in records)
    assert "token=abc" not in text
    assert "sam@example.org" not in text


async def test_a_queued_reset_is_expanded_once_by_racing_workers(
    db: async_sessionmaker[AsyncSession],
) -> None:
    org = await factories.organisation(db)
    await factories.person(db, org, email="sam@example.org")
    async with db() as session:
        links.request_reset(session, "Sam@Example.org ")
        await session.commit()
    first, second = mailer(db, None), mailer(db, None)
    expanded = await asyncio.gather(first.expand(), second.expand())
    assert sorted(expanded) == [0, 1]
    async with db() as session:
        messages = list(await session.scalars(select(OutgoingMessage)))
        issued = list(await session.scalars(select(PasswordLink)))
    assert [m.template for m in messages] == ["password_reset"]
    assert len(issued) == 1


async def test_the_running_loop_sends_what_is_queued_and_stops_when_told(
    db: async_sessionmaker[AsyncSession],
) -> None:
    with smtp_server() as (inbox, port):
        worker = mailer(db, port)
        stop = asyncio.Event()
        running = asyncio.create_task(worker.run(stop))
        await _queue_one(db)
        for _ in range(100):
            if inbox.messages:
                break
            await asyncio.sleep(0.05)
        stop.set()
        await asyncio.wait_for(running, 5)
    assert len(inbox.to("sam@example.org")) == 1
    assert (await _message(db)).status == "sent"
