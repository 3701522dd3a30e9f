"""``chorus people link``: a set-password link for an operator to pass on by hand."""

from __future__ import annotations

import asyncio
import uuid
from typing import Annotated

import typer
from sqlmodel import col, select

from app.cli.common import database_errors, err, fail, load_settings, open_session, out
from app.db.models import Person
from app.domain import audit
from app.domain.auth import links
from app.settings import Settings

people = typer.Typer(help="People: links to set a password, for when email cannot reach them.")


async def _link(settings: Settings, person_id: uuid.UUID, reset: bool) -> str | None:
    config = links.LinkConfig.from_settings(settings)
    async with open_session(settings) as session:
        person = await session.scalar(
            select(Person).where(Person.id == person_id, col(Person.active).is_(True))
        )
        if person is None:
            return None
        purpose, ttl = (
            (links.RESET, config.reset_ttl) if reset else (links.INVITATION, config.invitation_ttl)
        )
        token, _ = await links.issue(session, person, purpose, ttl)
        audit.record(
            session,
            None,
            f"person.{purpose}_link_issued",
            "person",
            person.id,
            person.organisation_id,
        )
        await session.commit()
        return links.link_url(config, token)


@people.command("link")
def link(
    person_id: Annotated[uuid.UUID, typer.Argument(help="The person's ID.")],
    reset: Annotated[
        bool, typer.Option("--reset", help="A one-hour reset link instead of an invitation.")
    ] = False,
) -> None:
    """Print a new single-use link for the person to set their password, revoking their
    earlier one. For deployments with no mail server, or a message that could not be
    delivered: pass it on by a channel you trust. It is printed once and never stored."""
    settings = load_settings()
    with database_errors(settings):
        url = asyncio.run(_link(settings, person_id, reset))
    if url is None:
        fail("No active person has that ID.")
    out.print(url, soft_wrap=True)
    err.print("Pass this link on to the person only; it works once.", soft_wrap=True)
