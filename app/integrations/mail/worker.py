"""The mail loop: claims due messages, sends them, records what happened.

The claim is committed before the SMTP conversation and the result after it, so no
database connection is held while a mail server takes its time, and a message is sent
only once its row has committed. Nothing about a message but its ID goes to the log.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db.types import utcnow
from app.domain.auth import links
from app.domain.auth.links import LinkConfig
from app.domain.notifications import digest, queue
from app.domain.notifications.queue import MailJob
from app.integrations.mail import notify, smtp
from app.integrations.mail.notify import OFF as NOTIFY_OFF
from app.integrations.mail.notify import NotifyConfig, Unavailable
from app.integrations.mail.smtp import Refused, SmtpConfig
from app.settings import Settings

log = logging.getLogger("chorus.mail")

Send = Callable[[SmtpConfig, str, str, str], Awaitable[None]]


class Undeliverable(Exception):
    """No provider is set up for the message's channel: kept as undeliverable, unsent."""


@dataclass(frozen=True)
class MailConfig:
    smtp: SmtpConfig
    links: LinkConfig
    concurrency: int = 5
    poll_interval: float = 1.0
    notify: NotifyConfig = NOTIFY_OFF

    @property
    def lease(self) -> timedelta:
        return timedelta(seconds=2 * max(self.smtp.timeout, self.notify.timeout) + 30)

    @classmethod
    def from_settings(cls, settings: Settings) -> MailConfig:
        return cls(
            SmtpConfig.from_settings(settings),
            LinkConfig.from_settings(settings),
            notify=NotifyConfig.from_settings(settings),
        )


class MailDeliverer:
    def __init__(
        self,
        sessionmaker: async_sessionmaker[AsyncSession],
        config: MailConfig,
        *,
        clock: Callable[[], datetime] = utcnow,
        sender: Send = smtp.send,
    ) -> None:
        self.sessionmaker = sessionmaker
        self.config = config
        self.clock = clock
        self.sender = sender

    async def expand(self) -> int:
        """Queued password resets become links and messages (in one transaction)."""
        async with self.sessionmaker() as session:
            count = await links.expand_resets(session, self.config.links)
            await session.commit()
        return count

    async def claim(self, limit: int) -> list[MailJob]:
        async with self.sessionmaker() as session:
            jobs = await queue.claim(session, self.clock(), self.config.lease, limit)
            await session.commit()
        return jobs

    async def attempt(self, job: MailJob, *also: MailJob) -> bool:
        """Send one message, or a digest reader's messages as one: ``also`` share its fate."""
        error: str | None = None
        retry = True
        subject, body = job.subject, job.body
        if also:
            subject, body = digest.combine([job, *also])
        try:
            await self.deliver(job, subject, body)
        except (Undeliverable, Refused) as reason:
            error, retry = str(reason), False
        except Unavailable as unavailable:
            error = str(unavailable)
        except (OSError, TimeoutError) as failure:
            error = f"could not reach the mail server ({type(failure).__name__})"
        except Exception as failure:
            # The exception's text may quote the message or the address: type only.
            error = f"sending failed ({type(failure).__name__})"
        try:
            async with self.sessionmaker() as session:
                kept = False
                for each in (job, *also):
                    kept = await queue.finish(session, each, error, self.clock(), retry=retry)
                await session.commit()
        except Exception as failure:
            log.error(
                "could not record a mail attempt",
                extra={"message_id": str(job.message_id), "error": type(failure).__name__},
            )
            return False
        log.info(
            "mail attempt",
            extra={"message_id": str(job.message_id), "attempt": job.attempt, "sent": not error},
        )
        return kept

    async def deliver(self, job: MailJob, subject: str, body: str) -> None:
        """Hand one message to its channel's provider: GOV.UK Notify where it is set up
        for the channel, otherwise SMTP for email; a text message needs Notify."""
        reference = str(job.message_id)
        config = self.config
        if job.channel == "text":
            if not config.notify.sends_text:
                raise Undeliverable(queue.NO_TEXT_PROVIDER)
            await notify.send_text(config.notify, job.recipient, body, reference)
        elif config.notify.sends_email:
            await notify.send_email(config.notify, job.recipient, subject, body, reference)
        elif config.smtp.host is None:
            raise Undeliverable(queue.NO_SERVER)
        else:
            await self.sender(config.smtp, job.recipient, subject, body)

    async def run_once(self) -> int:
        """Expand queued resets, then send what is due; how many messages were tried."""
        await self.expand()
        jobs = await self.claim(self.config.concurrency)
        await asyncio.gather(*(self.attempt(*group) for group in digest.group(jobs)))
        return len(jobs)

    async def run(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            sent = 0
            try:
                sent = await self.run_once()
            except Exception:
                log.exception("mail turn failed; trying again shortly")
            if sent < self.config.concurrency:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), self.config.poll_interval)
