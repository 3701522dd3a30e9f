"""A daily digest: one reader's due messages sent as one, in the order they were queued."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from app.domain.notifications.queue import MailJob


def group(jobs: Sequence[MailJob]) -> list[list[MailJob]]:
    """Each digest reader's email jobs together; every other job alone."""
    groups: list[list[MailJob]] = []
    readers: dict[uuid.UUID, list[MailJob]] = {}
    for job in jobs:
        if job.digest and job.channel == "email" and job.person_id is not None:
            if job.person_id not in readers:
                readers[job.person_id] = []
                groups.append(readers[job.person_id])
            readers[job.person_id].append(job)
        else:
            groups.append([job])
    return groups


def combine(jobs: Sequence[MailJob]) -> tuple[str, str]:
    subject = f"Your Chorus digest: {len(jobs)} messages"
    parts = [f"{job.subject}\n{'-' * len(job.subject)}\n\n{job.body.strip()}" for job in jobs]
    return subject, "\n\n\n".join(parts) + "\n"
