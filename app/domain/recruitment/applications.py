"""Applications and referrals: who applies, who referred them, what they declared.

An application holds personal data (the applicant's contact details and their answers,
which may touch on offences or health), so it is readable only by coordinators,
administrators and the applicant; to anyone else it does not exist (404).
"""

from __future__ import annotations

import uuid

from sqlalchemy import ColumnElement, false
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import Application, Opportunity, Person
from app.db.types import utcnow
from app.domain import audit, store
from app.domain.actors import Actor, Permission, require
from app.domain.errors import Conflict, FieldProblem, PermissionDenied, RuleViolation
from app.domain.pagination import Page, PageRequest, paginate
from app.domain.recruitment import rules
from app.domain.recruitment.history import flush_guarded, record_move
from app.domain.recruitment.opportunities import get_opportunity
from app.domain.recruitment.schemas import ApplicationCreate, OpportunityStatus, ReferralKind
from app.domain.recruitment.stages import Stage


def readable(actor: Actor) -> ColumnElement[bool]:
    org = store.in_org(Application, actor)
    if actor.can(Permission.RECRUITMENT_MANAGE):
        return org
    if not actor.is_person:
        return false()
    return org & (col(Application.person_id) == actor.id)


async def get_application(
    session: AsyncSession, actor: Actor, application_id: uuid.UUID, *, for_update: bool = False
) -> Application:
    return await store.one(
        session, Application, application_id, readable(actor), "application", for_update=for_update
    )


async def list_applications(
    session: AsyncSession,
    actor: Actor,
    opportunity_id: uuid.UUID,
    page: PageRequest,
    *,
    stage: Stage | None = None,
) -> Page[Application]:
    """Staff see every application; an applicant only their own."""
    opportunity = await get_opportunity(session, actor, opportunity_id)
    statement = select(Application).where(
        Application.opportunity_id == opportunity.id, readable(actor)
    )
    if stage is not None:
        statement = statement.where(Application.stage == stage.value)
    return await paginate(session, statement, col(Application.id), page)


def check_answers(opportunity: Opportunity, answers: rules.Answers) -> bool:
    """Refuse answers the rule does not ask for (nothing beyond what it needs is kept) and
    answers of the wrong kind; return whether the rest meets the rule."""
    if opportunity.eligibility is None:
        if answers:
            raise RuleViolation.field("/answers", "This opportunity asks no questions.")
        return True
    rule = rules.parse(opportunity.eligibility)
    asked = rule.questions()
    numeric = rules.expects_number(rule.root)
    problems = [
        FieldProblem(f"/answers/{key}", "The opportunity's rule does not ask this.")
        for key in sorted(set(answers) - asked)
    ]
    problems += [
        FieldProblem(f"/answers/{key}", "This answer must be a whole number.")
        for key in sorted(set(answers) & numeric)
        if isinstance(answers[key], bool) or not isinstance(answers[key], int)
    ]
    if problems:
        raise RuleViolation("Answer only the questions the rule asks, as it asks them.", problems)
    return rules.evaluate(rule.root, answers)


async def _applicant(
    session: AsyncSession, actor: Actor, data: ApplicationCreate
) -> uuid.UUID | None:
    """The applicant's person, if they are one. A self-applicant who is not staff applies
    as themself; naming another person is staff's to do."""
    manager = actor.can(Permission.RECRUITMENT_MANAGE)
    if data.referral == ReferralKind.SELF and not manager:
        if data.person_id not in (None, actor.id) or not actor.is_person:
            raise PermissionDenied("You may apply only for yourself.")
        return actor.id
    if data.referral == ReferralKind.OUTSIDE and not manager:
        raise PermissionDenied("Outside referrals are recorded by coordinators.")
    if data.person_id is None:
        if data.applicant_name is None:
            raise RuleViolation.field(
                "/applicantName", "Name the applicant, or give the personId of one."
            )
        return None
    person = await session.scalar(
        select(Person.id).where(Person.id == data.person_id, store.in_org(Person, actor))
    )
    if person is None:
        raise RuleViolation.field("/personId", "No person with that ID exists here.")
    return person


async def apply(
    session: AsyncSession, actor: Actor, opportunity_id: uuid.UUID, data: ApplicationCreate
) -> Application:
    """Apply, or refer someone: a member refers by their own name, a coordinator records a
    referral from outside (a probation officer, by name and organisation)."""
    require(actor, Permission.RECRUITMENT_APPLY)
    opportunity = await get_opportunity(session, actor, opportunity_id)
    if opportunity.status != OpportunityStatus.OPEN or (
        opportunity.closes_on is not None and opportunity.closes_on < utcnow().date()
    ):
        raise Conflict("This opportunity is closed to new applications.")
    person_id = await _applicant(session, actor, data)
    eligible = check_answers(opportunity, data.answers)
    if person_id is not None:
        taken = await session.scalar(
            select(Application.id).where(
                Application.opportunity_id == opportunity.id,
                Application.person_id == person_id,
                col(Application.stage).not_in([Stage.WITHDRAWN.value, Stage.UNSUCCESSFUL.value]),
            )
        )
        if taken is not None:
            raise Conflict("That person already has an application for this opportunity.")
    referred_by_member = data.referral == ReferralKind.MEMBER and actor.is_person
    application = Application(
        organisation_id=actor.organisation_id,
        opportunity_id=opportunity.id,
        person_id=person_id,
        applicant_name=data.applicant_name,
        applicant_email=str(data.applicant_email).lower() if data.applicant_email else None,
        applicant_phone=data.applicant_phone,
        answers=dict(data.answers),
        eligible=eligible,
        referral=data.referral.value,
        referrer_person_id=actor.id if referred_by_member else None,
        referrer_name=data.referrer_name,
        referrer_organisation=data.referrer_organisation,
        stage=Stage.APPLIED.value,
        created_by_type=actor.kind,
        created_by_id=actor.id,
    )
    session.add(application)
    record_move(session, actor, application, None, Stage.APPLIED, _reason(data.referral))
    await flush_guarded(session)
    audit.record(
        session,
        actor,
        "application.created",
        "application",
        application.id,
        application.organisation_id,
        data.model_fields_set,
    )
    audit.emit(
        session,
        application.organisation_id,
        "application.created",
        {
            "applicationId": str(application.id),
            "opportunityId": str(opportunity.id),
            "stage": application.stage,
            "referral": application.referral,
        },
    )
    return application


def _reason(referral: ReferralKind) -> str:
    return {
        ReferralKind.SELF: "Applied.",
        ReferralKind.MEMBER: "Referred by a member.",
        ReferralKind.OUTSIDE: "Referred from outside the organisation.",
    }[referral]
