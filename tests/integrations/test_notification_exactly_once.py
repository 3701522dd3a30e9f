"""Item 7 of issue 14: a notification is sent once per event and recipient however many
workers run, and a change of preference made after it was queued applies to it. Against
a real SMTP server, as the webhook deliveries' exactly-once proof is against a receiver."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import select

from app.db.engine import make_engine, make_sessionmaker
from app.db.models import NotificationPreference, OutgoingMessage, Person
from app.db.types import utcnow
from app.domain.notifications import outbox, queue
from app.integrations.mail import smtp
from app.integrations.mail.smtp import SmtpConfig
from app.integrations.mail.worker import MailConfig, MailDeliverer, Send
from tests import factories
from tests.integrations.smtp_server import mailer, smtp_server
from tests.integrations.test_mail_delivery import VALUES

PEOPLE = 30


async def _crowd(db: async_sessionmaker[AsyncSession], size: int) -> list[Person]:
    org = await factories.organisation(db)
    return [await factories.person(db, org, email=f"member{i}@example.org") for i in range(size)]


async def _papers_to(db: async_sessionmaker[AsyncSession], crowd: list[Person]) -> None:
    async with db() as session:
        await outbox.enqueue_many(
            session,
            [p.id for p in crowd],
            "papers_circulated",
            lambda person: {**VALUES, "name": person.display_name},
        )
        await session.commit()


async def test_several_workers_send_each_notification_once(
    db: async_sessionmaker[AsyncSession], database_url: str
) -> None:
    crowd = await _crowd(db, PEOPLE)
    await _papers_to(db, crowd)
    engines = [make_engine(database_url) for _ in range(3)]
    sent_by: list[int] = [0, 0, 0]

    def counting(index: int) -> Send:
        async def send(config: SmtpConfig, to: str, subject: str, body: str) -> None:
            sent_by[index] += 1
            await asyncio.sleep(0.1)  # long enough for the others to claim meanwhile
            await smtp.send(config, to, subject, body)

        return send

    with smtp_server() as (inbox, port):
        template = mailer(db, port)
        config = MailConfig(
            template.config.smtp, template.config.links, concurrency=4, poll_interval=0.05
        )
        workers = [
            MailDeliverer(make_sessionmaker(engine), config, sender=counting(index))
            for index, engine in enumerate(engines)
        ]
        stop = asyncio.Event()
        loops = [asyncio.create_task(w.run(stop)) for w in workers]
        for _ in range(300):
            if len(inbox.messages) >= PEOPLE:
                break
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.5)  # time for any duplicate to show itself
        stop.set()
        await asyncio.gather(*loops)
    for engine in engines:
        await engine.dispose()
    assert Counter(m["To"] for m in inbox.messages) == Counter({p.email: 1 for p in crowd})
    async with db() as session:
        rows = list(await session.scalars(select(OutgoingMessage)))
    assert len(rows) == PEOPLE
    assert all((r.status, r.attempts, r.body) == ("sent", 1, None) for r in rows)
    assert sum(sent_by) == PEOPLE
    assert sum(1 for n in sent_by if n) > 1, sent_by  # the work really was shared


async def test_a_preference_changed_after_queueing_applies_before_the_send(
    db: async_sessionmaker[AsyncSession],
) -> None:
    opts_out, keeps_email = await _crowd(db, 2)
    await _papers_to(db, [opts_out, keeps_email])
    # After the message was written, before any worker reached it.
    async with db() as session:
        session.add(
            NotificationPreference(
                organisation_id=opts_out.organisation_id, person_id=opts_out.id, channel="none"
            )
        )
        await session.commit()
    with smtp_server() as (inbox, port):
        assert await mailer(db, port).run_once() == 1
    assert [m["To"] for m in inbox.messages] == [keeps_email.email]
    async with db() as session:
        by_person = {m.person_id: m for m in await session.scalars(select(OutgoingMessage))}
    assert (by_person[opts_out.id].status, by_person[opts_out.id].body) == ("withheld", None)
    assert by_person[opts_out.id].text_body is None
    assert by_person[keeps_email.id].status == "sent"


async def test_a_reader_by_text_is_sent_the_short_wording_never_the_email(
    db: async_sessionmaker[AsyncSession],
) -> None:
    org = await factories.organisation(db)
    person = await factories.person(db, org, email="sam@example.org", phone="07700 900123")
    async with db() as session:
        outbox.enqueue(session, person, "claim_paid", {**VALUES, "amount": "£123.45"})
        session.add(
            NotificationPreference(organisation_id=org.id, person_id=person.id, channel="text")
        )
        await session.commit()
    async with db() as session:
        (job,) = await queue.claim(session, utcnow(), timedelta(minutes=1), 10)
        await session.commit()
    assert (job.channel, job.recipient) == ("text", "07700 900123")
    assert "£" not in job.body
    assert job.body.startswith("Chorus: your expense claim has been paid.")
