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
from app.integrations.mail import smtp
from app.integrations.mail.smtp import Refused, SmtpConfig
from app.settings import Settings

log = logging.getLogger("chorus.mail")

Send = Callable[[SmtpConfig, str, str, str], Awaitable[None]]


@dataclass(frozen=True)
class MailConfig:
    smtp: SmtpConfig
    links: LinkConfig
    concurrency: int = 5
    poll_interval: float = 1.0

    @property
    def lease(self) -> timedelta:
        return timedelta(seconds=2 * self.smtp.timeout + 30)

    @classmethod
    def from_settings(cls, settings: Settings) -> MailConfig:
        return cls(SmtpConfig.from_settings(settings), LinkConfig.from_settings(settings))


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
        if job.channel == "text":
            # No text-message provider is integrated yet: say so rather than pretend.
            error, retry = queue.NO_TEXT_PROVIDER, False
        elif self.config.smtp.host is None:
            error, retry = queue.NO_SERVER, False
        else:
            try:
                await self.sender(self.config.smtp, job.recipient, subject, body)
            except Refused as refused:
                error, retry = str(refused), False
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
