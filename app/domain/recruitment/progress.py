"""Moving an application through its stages; becoming active makes the applicant a
member of the opportunity's board, in the same transaction."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import select

from app.db.models import Application, Membership, Opportunity, Person
from app.db.types import utcnow
from app.domain import audit, store
from app.domain.actors import Actor, Permission
from app.domain.boards import memberships
from app.domain.boards.schemas import MembershipCreate, MembershipStatus
from app.domain.errors import Conflict, InvalidTransition, PermissionDenied, RuleViolation
from app.domain.people import service as people
from app.domain.people.schemas import PersonCreate
from app.domain.recruitment.applications import get_application
from app.domain.recruitment.history import flush_guarded, record_move
from app.domain.recruitment.schemas import StageChange
from app.domain.recruitment.stages import Stage, allowed, can_move
from app.domain.seats import service as seats
from app.domain.seats.schemas import SeatKind, SeatUpdate
from app.domain.versions import Expected


async def move(
    session: AsyncSession, actor: Actor, application_id: uuid.UUID, data: StageChange
) -> Application:
    """One step of the transition table, with its reason kept in the history. The
    applicant may withdraw; every other step is staff's. Repeating the step just taken
    answers with the application as it is."""
    application = await get_application(session, actor, application_id, for_update=True)
    current = Stage(application.stage)
    if data.stage == current:
        return application
    applicant = application.person_id
    own_withdrawal = (
        data.stage == Stage.WITHDRAWN and applicant is not None and actor.is_self(applicant)
    )
    if not own_withdrawal and not actor.can(Permission.RECRUITMENT_MANAGE):
        raise PermissionDenied("Only coordinators move an application; you may withdraw yours.")
    if not can_move(current, data.stage):
        raise InvalidTransition(
            "application", current.value, data.stage.value, [s.value for s in allowed(current)]
        )
    if data.stage == Stage.ELIGIBLE and not application.eligible:
        raise RuleViolation.field(
            "/stage", "What the applicant declared does not meet the opportunity's rule."
        )
    if data.stage == Stage.ACTIVE:
        await _activate(session, actor, application)
    application.stage = data.stage.value
    application.updated_at = utcnow()
    record_move(session, actor, application, current, data.stage, data.reason)
    # Written now, so the answer's history (read back in one query) includes this move.
    await flush_guarded(session)
    audit.record(
        session,
        actor,
        "application.stage_changed",
        "application",
        application.id,
        application.organisation_id,
        {"stage"} | ({"person_id", "membership_id"} if data.stage == Stage.ACTIVE else set()),
    )
    # The reason stays in the history: it may say why someone was turned down.
    audit.emit(
        session,
        application.organisation_id,
        "application.stage_changed",
        {
            "applicationId": str(application.id),
            "opportunityId": str(application.opportunity_id),
            "from": current.value,
            "to": data.stage.value,
            # Only once they are a member: before that, who applied is the applicant's own.
            "personId": str(application.person_id) if data.stage == Stage.ACTIVE else None,
        },
    )
    return application


async def _person_for(session: AsyncSession, actor: Actor, application: Application) -> uuid.UUID:
    """The applicant's person: the one named, an existing person with their email, or a
    new one made from what they gave."""
    if application.person_id is not None:
        return application.person_id
    email = application.applicant_email
    if email is None:
        raise RuleViolation.field(
            "/stage",
            "The applicant has no email address on record, which a new person needs; "
            "add them as a person first and apply with their personId.",
        )
    existing = await session.scalar(
        select(Person.id).where(store.in_org(Person, actor), Person.email == email)
    )
    if existing is not None:
        return existing
    create = PersonCreate.model_validate(
        {
            "email": email,
            "displayName": application.applicant_name,
            "phone": application.applicant_phone,
        }
    )
    person = await people.create_person(session, actor, create)
    return person.id


async def _activate(session: AsyncSession, actor: Actor, application: Application) -> None:
    opportunity = await store.one(
        session,
        Opportunity,
        application.opportunity_id,
        store.in_org(Opportunity, actor),
        "opportunity",
    )
    person_id = await _person_for(session, actor, application)
    current = await session.scalar(
        select(Membership).where(
            Membership.board_id == opportunity.board_id,
            Membership.person_id == person_id,
            Membership.status != MembershipStatus.LEFT.value,
        )
    )
    if current is not None:
        raise Conflict("The applicant already has a current membership of this board.")
    membership = await memberships.create_membership(
        session,
        actor,
        opportunity.board_id,
        MembershipCreate.model_validate(
            {"personId": person_id, "termStart": utcnow().date().isoformat()}
        ),
    )
    application.person_id = person_id
    application.membership_id = membership.id
    if opportunity.seat_id is not None:
        await _join_pool(session, actor, opportunity.seat_id, person_id)


async def _join_pool(
    session: AsyncSession, actor: Actor, seat_id: uuid.UUID, person_id: uuid.UUID
) -> None:
    """A vacancy in a seat's pool: the new member joins it. An empty pool already means
    every member of the board, so it is left as it is."""
    seat = await seats.get_seat(session, actor, seat_id)
    if seat.kind != SeatKind.ROTATING or not seat.pool_person_ids:
        return
    pool = [uuid.UUID(p) for p in seat.pool_person_ids]
    if person_id in pool:
        return
    update = SeatUpdate.model_validate({"poolPersonIds": [*map(str, pool), str(person_id)]})
    await seats.update_seat(session, actor, seat.id, update, Expected(any_version=True))
