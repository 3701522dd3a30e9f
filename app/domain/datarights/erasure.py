"""Erasure: the person becomes "former member" and the board's record stays verifiable.

The person row is kept, blanked, because memberships, attendance, seat turns, papers'
receipts, claims and minutes point at it and their counts must not change. What
identifies the person or says something about them (contact details, lived experience,
access needs, training, unavailability, interests' wording, payment and notification
preferences, queued messages, an application's contact details and answers, a
candidate's statement, the name on a named survey's answers) is blanked or removed;
sign-in ends at once (no password, inactive, the token version raised, refresh tokens
and links revoked). A fixed number of
statements whatever the person's history.
"""

from __future__ import annotations

import uuid

from sqlalchemy import delete, func, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import (
    Application,
    BackSeat,
    CalendarFeedToken,
    Declaration,
    Erasure,
    ExpertBankEntry,
    ExpertBankTag,
    Interest,
    Nomination,
    NotificationPreference,
    OutgoingMessage,
    PanelMember,
    PasswordLink,
    PaymentPreference,
    Person,
    SupervisionRecord,
    Supervisor,
    SurveyResponse,
    TrainingRecord,
    Unavailability,
)
from app.db.types import utcnow
from app.domain import audit, store
from app.domain.actors import Actor, Permission, require
from app.domain.auth.refresh import revoke_all_for_person
from app.domain.equality import answers as equality_answers
from app.domain.errors import Conflict, NotFound
from app.domain.people.service import readable

FORMER_MEMBER = "Former member"
ERASED_INTEREST = "(erased)"

# What the person row keeps of them: nothing but the ID, the organisation and times.
_BLANKED = (
    "email",
    "display_name",
    "pronouns",
    "phone",
    "roles",
    "lived_experience_categories",
    "access_needs",
    "password_hash",
    "active",
    "token_version",
    "pending_email",
    "idp_issuer",
    "idp_subject",
)


def tombstone_email(person_id: uuid.UUID) -> str:
    """Unique per person (the sign-in email is unique per organisation) and deliverable
    nowhere: ``.invalid`` is reserved (RFC 2606)."""
    return f"erased-{person_id}@erased.invalid"


async def is_erased(session: AsyncSession, person_id: uuid.UUID) -> bool:
    found = await session.scalar(select(Erasure.id).where(col(Erasure.person_id) == person_id))
    return found is not None


async def erasure_of(session: AsyncSession, actor: Actor, person_id: uuid.UUID) -> Erasure:
    """The record that this person was erased: who did it and when (nothing identifying)."""
    require(actor, Permission.DATA_RIGHTS_MANAGE)
    await store.one(session, Person, person_id, readable(actor), "person")
    found = await session.scalar(select(Erasure).where(col(Erasure.person_id) == person_id))
    if found is None:
        raise NotFound("erasure")
    return found


async def erase_person(session: AsyncSession, actor: Actor, person_id: uuid.UUID) -> Erasure:
    require(actor, Permission.DATA_RIGHTS_MANAGE)
    person = await store.one(session, Person, person_id, readable(actor), "person")
    if actor.is_self(person_id):
        raise Conflict("Another administrator must erase an administrator's own record.")
    if await is_erased(session, person_id):
        raise Conflict("This person has already been erased.")
    now = utcnow()
    person.email = tombstone_email(person.id)
    person.display_name = FORMER_MEMBER
    person.pronouns = None
    person.phone = None
    person.roles = []
    person.lived_experience_categories = []
    person.access_needs = None
    person.password_hash = None
    person.active = False
    person.token_version += 1
    # The provider's subject identifies them too, and would let it sign in as no one.
    person.pending_email = person.idp_issuer = person.idp_subject = None
    person.updated_at = now
    erased = Erasure(
        organisation_id=person.organisation_id,
        person_id=person.id,
        erased_by=actor.id,
        erased_at=now,
    )
    session.add(erased)
    await session.flush()
    await revoke_all_for_person(session, person.id)
    # The bank's skills and consented experience go with the entry.
    await session.execute(
        delete(ExpertBankTag).where(
            col(ExpertBankTag.entry_id).in_(
                select(ExpertBankEntry.id).where(col(ExpertBankEntry.person_id) == person.id)
            )
        )
    )
    for model in (
        BackSeat,
        TrainingRecord,
        Unavailability,
        PaymentPreference,
        NotificationPreference,
        ExpertBankEntry,
        CalendarFeedToken,
        PasswordLink,
    ):
        await session.execute(delete(model).where(col(model.person_id) == person.id))
    # Monitoring answers are theirs alone, and counted nowhere once they are erased.
    await equality_answers.forget(session, person.id)
    # Support given to them is theirs, not the board's record.
    await session.execute(
        delete(SupervisionRecord).where(col(SupervisionRecord.member_id) == person.id)
    )
    await session.execute(delete(Supervisor).where(col(Supervisor.member_id) == person.id))
    # Declarations of interest explained past eligibility: kept as withdrawn, unworded.
    await session.execute(
        update(Interest)
        .where(col(Interest.person_id) == person.id)
        .values(
            description=ERASED_INTEREST,
            topic_tags=[],
            organisations=[],
            withdrawn_at=func.coalesce(col(Interest.withdrawn_at), now),
        )
    )
    # Declared connections to bidders keep their answer (a procurement's trail needs it)
    # but not the wording, which may name their family or friends.
    seats = select(PanelMember.id).where(col(PanelMember.person_id) == person.id)
    await session.execute(
        update(Declaration)
        .where(col(Declaration.member_id).in_(seats), col(Declaration.detail).is_not(None))
        .values(detail=ERASED_INTEREST)
    )
    # An application's contact details and answers (which may be about their offending
    # or health) go; the application and its stages stay, so recruitment's counts hold.
    await session.execute(
        update(Application)
        .where(col(Application.person_id) == person.id)
        .values(applicant_name=None, applicant_email=None, applicant_phone=None, answers={})
    )
    # A candidate's statement is their own words; the nomination and the count stay.
    await session.execute(
        update(Nomination).where(col(Nomination.person_id) == person.id).values(statement=None)
    )
    # A named survey's answers still count in its results, but no longer name them.
    await session.execute(
        update(SurveyResponse)
        .where(col(SurveyResponse.person_id) == person.id)
        .values(person_id=None)
    )
    # A queued message holds the address and a rendered body; sent ones keep no body.
    await session.execute(
        update(OutgoingMessage)
        .where(col(OutgoingMessage.person_id) == person.id)
        .values(recipient=person.email, subject="", body=None, text_body=None)
    )
    await session.execute(
        update(OutgoingMessage)
        .where(
            col(OutgoingMessage.person_id) == person.id, col(OutgoingMessage.status) == "pending"
        )
        .values(status="failed", last_error="erased")
    )
    audit.record(
        session, actor, "person.erased", "person", person.id, person.organisation_id, _BLANKED
    )
    audit.emit(session, person.organisation_id, "person.erased", {"personId": str(person.id)})
    return erased
