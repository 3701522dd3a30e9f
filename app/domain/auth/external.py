"""Sign-in through the external identity provider: from its token to one of our people.

A provider's token names an email that its holder may be able to change, so the email
is trusted only once, and only when the provider says it verified it: the first match
binds the person to the provider's (issuer, sub), and from then on the subject alone
reaches them. A token with the right email and another subject is refused, so an
account at the provider that takes over someone's address takes over nothing here.
"""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import Person
from app.domain import audit
from app.domain.auth.tokens import VerifiedToken
from app.domain.errors import Unauthenticated

_NO_MATCH = "No active person here matches that sign-in."
_UNVERIFIED = (
    "The identity provider has not verified that email address; verify it there, or "
    "sign in with a password."
)
_BOUND_ELSEWHERE = (
    "That email address belongs to a person who signs in with another account at the "
    "identity provider."
)
_SHARED = (
    "That sign-in matches people in more than one organisation; sign in with a password instead."
)


async def resolve(session: AsyncSession, token: VerifiedToken) -> Person:
    if not token.email or not token.issuer:
        raise Unauthenticated(_NO_MATCH)
    bound = (
        await session.scalars(
            select(Person)
            .where(Person.idp_issuer == token.issuer, Person.idp_subject == token.subject)
            .limit(2)
        )
    ).all()
    if len(bound) > 1:
        raise Unauthenticated(_SHARED)
    if bound:
        # Bound people resolve by subject alone, whatever email the provider now says.
        if not bound[0].active:
            raise Unauthenticated(_NO_MATCH)
        return bound[0]
    if not token.email_verified:
        raise Unauthenticated(_UNVERIFIED)
    people = (
        await session.scalars(
            select(Person).where(Person.email == token.email, col(Person.active).is_(True)).limit(2)
        )
    ).all()
    if not people:
        raise Unauthenticated(_NO_MATCH)
    if len(people) > 1:
        # The identity provider names no organisation, and guessing one would sign the
        # caller in to the wrong tenant.
        raise Unauthenticated(_SHARED)
    person = people[0]
    if person.idp_subject is not None:
        raise Unauthenticated(_BOUND_ELSEWHERE)
    # Conditional, so of two first sign-ins racing with different subjects one binds and
    # the other is refused. A Core UPDATE: binding is not an edit of the person's record,
    # so their ETag stays.
    claimed = await session.execute(
        update(Person)
        .where(col(Person.id) == person.id, col(Person.idp_subject).is_(None))
        .values(idp_issuer=token.issuer, idp_subject=token.subject)
        .returning(col(Person.id))
        .execution_options(synchronize_session=False)
    )
    if claimed.scalar_one_or_none() is None:
        raise Unauthenticated(_BOUND_ELSEWHERE)
    audit.record(
        session,
        None,
        "person.identity_bound",
        "person",
        person.id,
        person.organisation_id,
        {"idp_issuer", "idp_subject"},
    )
    # Committed at once, the one exception to one transaction per request: the actor
    # lookup is the request's first statement, so nothing else rides along, and a binding
    # undone by a later error in the request (a 404, a failed GraphQL field) would leave
    # the email open to another subject.
    await session.commit()
    return person
