"""Email and text messages through GOV.UK Notify's official client, against a local
stand-in that checks its JWT and bodies: sent once with the message ID as reference, a
refusal kept as undeliverable, an outage retried, and SMTP left alone."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col, select

from app.db.models import NotificationPreference, OutgoingMessage, Person
from app.domain.notifications import outbox
from app.integrations.mail.worker import MailDeliverer
from tests import factories
from tests.integrations.notify_server import (
    EMAIL_TEMPLATE,
    TEXT_TEMPLATE,
    notify_server,
)
from tests.integrations.smtp_server import Clock, mailer, smtp_server
from tests.integrations.test_mail_delivery import VALUES

PHONE = "07700 900123"


async def _person(db: async_sessionmaker[AsyncSession], channel: str = "email") -> Person:
    org = await factories.organisation(db)
    person = await factories.person(db, org, email="sam@example.org", phone=PHONE)
    async with db() as session:
        session.add(
            NotificationPreference(organisation_id=org.id, person_id=person.id, channel=channel)
        )
        outbox.enqueue(session, person, "term_ending", VALUES)
        await session.commit()
    return person


async def _message(db: async_sessionmaker[AsyncSession]) -> OutgoingMessage:
    async with db() as session:
        (message,) = await session.scalars(select(OutgoingMessage))
        return message


def _through_notify(
    db: async_sessionmaker[AsyncSession],
    smtp_port: int,
    notify_port: int,
    stand_in: object,
    clock: Clock,
    **which: bool,
) -> MailDeliverer:
    deliverer = mailer(db, smtp_port, clock)
    config = stand_in.config(notify_port, **which)  # type: ignore[attr-defined]
    deliverer.config = dataclasses.replace(deliverer.config, notify=config)
    return deliverer


async def test_email_goes_through_notify_with_the_message_id_as_reference(
    db: async_sessionmaker[AsyncSession],
) -> None:
    await _person(db)
    with smtp_server() as (inbox, smtp_port), notify_server() as (notify, port):
        deliverer = _through_notify(db, smtp_port, port, notify, Clock())
        assert await deliverer.run_once() == 1
    message = await _message(db)
    assert message.status == "sent"
    assert notify.refused == []
    ((path, body),) = notify.received
    assert path == "/v2/notifications/email"
    assert body["email_address"] == "sam@example.org"
    assert body["template_id"] == EMAIL_TEMPLATE
    assert body["reference"] == str(message.id)
    assert "Your current term on Forum ends on 3 March 2027" in body["personalisation"]["body"]
    assert body["personalisation"]["subject"] == message.subject
    assert inbox.messages == []  # Notify took the channel: nothing also went by SMTP


async def test_a_text_message_goes_to_the_phone_number_and_email_stays_on_smtp(
    db: async_sessionmaker[AsyncSession],
) -> None:
    await _person(db, channel="text")
    with smtp_server() as (inbox, smtp_port), notify_server() as (notify, port):
        deliverer = _through_notify(db, smtp_port, port, notify, Clock(), email=False)
        assert await deliverer.run_once() == 1
    message = await _message(db)
    assert (message.channel, message.status) == ("text", "sent")
    ((path, body),) = notify.received
    assert path == "/v2/notifications/sms"
    assert body["phone_number"] == PHONE
    assert body["template_id"] == TEXT_TEMPLATE
    assert set(body["personalisation"]) == {"body"}
    assert inbox.messages == []


async def test_an_invalid_number_is_undeliverable_and_an_outage_is_retried(
    db: async_sessionmaker[AsyncSession],
) -> None:
    await _person(db, channel="text")
    clock = Clock()
    with smtp_server() as (_, smtp_port), notify_server() as (notify, port):
        deliverer = _through_notify(db, smtp_port, port, notify, clock)
        notify.fail_next = [500]
        assert await deliverer.run_once() == 1
        waiting = await _message(db)
        assert (waiting.status, waiting.attempts) == ("pending", 1)
        assert waiting.last_error == "GOV.UK Notify did not take the message (500)"
        assert notify.received == []
        clock.advance(timedelta(minutes=5))
        assert await deliverer.run_once() == 1
    sent = await _message(db)
    assert (sent.status, sent.attempts) == ("sent", 2)
    assert len(notify.received) == 1  # once, however many tries it took


async def test_notify_refusing_a_number_gives_up_at_once_without_quoting_it(
    db: async_sessionmaker[AsyncSession],
) -> None:
    await _person(db, channel="text")
    with smtp_server() as (_, smtp_port), notify_server() as (notify, port):
        notify.invalid.add(PHONE)
        deliverer = _through_notify(db, smtp_port, port, notify, Clock())
        assert await deliverer.run_once() == 1
        assert await deliverer.run_once() == 0  # not retried
    message = await _message(db)
    assert message.status == "undeliverable"
    assert message.last_error == "GOV.UK Notify refused the message (400)"
    assert message.body is None


async def test_a_wrong_key_is_refused_by_notify_and_the_message_waits(
    db: async_sessionmaker[AsyncSession],
) -> None:
    await _person(db)
    with smtp_server() as (_, smtp_port), notify_server() as (notify, port):
        deliverer = _through_notify(db, smtp_port, port, notify, Clock())
        wrong = "chorus_test-" + "0" * 8 + "-0000-0000-0000-" + "0" * 12 + "-" + "9" * 36
        deliverer.config = dataclasses.replace(
            deliverer.config, notify=dataclasses.replace(deliverer.config.notify, api_key=wrong)
        )
        assert await deliverer.run_once() == 1
    assert notify.refused  # the stand-in checked the token and said no
    message = await _message(db)
    assert (message.status, message.last_error) == (
        "pending",
        "GOV.UK Notify did not take the message (403)",
    )
    async with db() as session:
        statuses = await session.scalars(select(col(OutgoingMessage.status)))
        assert list(statuses) == ["pending"]
