"""A sign-in from the identity provider names an email, not an organisation."""

from __future__ import annotations

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db.models import Organisation
from app.domain.auth.identity import resolve_actor
from app.domain.auth.tokens import VerifiedToken
from app.domain.errors import Unauthenticated
from tests import factories

EMAIL = "shared.person@example.org"


def _external(email: str, subject: str = "idp-subject") -> VerifiedToken:
    return VerifiedToken(
        subject,
        "external",
        None,
        frozenset(),
        email,
        None,
        issuer="https://idp.example",
        email_verified=True,
    )


async def test_an_email_in_two_organisations_is_refused_rather_than_guessed(
    db: async_sessionmaker[AsyncSession], org: Organisation, other_org: Organisation
) -> None:
    person = await factories.person(db, org, email=EMAIL)
    async with db() as session:
        actor = await resolve_actor(session, _external(EMAIL))
    assert (actor.id, actor.organisation_id) == (person.id, org.id)

    await factories.person(db, other_org, email=EMAIL)
    async with db() as session:
        with pytest.raises(Unauthenticated, match="more than one organisation"):
            await resolve_actor(session, _external(EMAIL, "another-subject"))
        # The first sign-in bound its subject, which names one person wherever the email is.
        actor = await resolve_actor(session, _external(EMAIL))
    assert (actor.id, actor.organisation_id) == (person.id, org.id)
