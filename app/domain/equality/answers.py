"""A person's own monitoring answers: given, changed, read back and withdrawn by them.

Every function here acts on the caller's own answers and takes no person ID, so no
route, role or client can ask for anyone else's. The answers are stored against a random
respondent key (``EqualityRespondent``), not the person, and carry no time; the audit
row says that someone changed their answers, never which questions or what they chose.
No event is written: a partner has no use for it, and its time would date the answers.
"""

from __future__ import annotations

import uuid

from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import EqualityAnswer, EqualityRespondent
from app.domain import audit
from app.domain.actors import Actor, Permission, require
from app.domain.equality.questions import questions_of
from app.domain.equality.schemas import EqualityAnswersSet
from app.domain.errors import Conflict, FieldProblem, PermissionDenied, RuleViolation


def _require_person(actor: Actor) -> None:
    require(actor, Permission.EQUALITY_ANSWER)
    if not actor.is_person:  # pragma: no cover - no scope grants the permission
        raise PermissionDenied("Only a person gives monitoring answers, for themself.")


async def _respondent(session: AsyncSession, actor: Actor) -> EqualityRespondent | None:
    return await session.scalar(
        select(EqualityRespondent).where(
            col(EqualityRespondent.person_id) == actor.id,
            col(EqualityRespondent.organisation_id) == actor.organisation_id,
        )
    )


async def my_answers(session: AsyncSession, actor: Actor) -> list[EqualityAnswer]:
    _require_person(actor)
    rows = await session.scalars(
        select(EqualityAnswer)
        .join(EqualityRespondent, col(EqualityRespondent.id) == col(EqualityAnswer.respondent_id))
        .where(
            col(EqualityRespondent.person_id) == actor.id,
            col(EqualityRespondent.organisation_id) == actor.organisation_id,
        )
        .order_by(col(EqualityAnswer.question_id))
    )
    return list(rows)


async def set_my_answers(
    session: AsyncSession, actor: Actor, data: EqualityAnswersSet
) -> list[EqualityAnswer]:
    """Replace the caller's answers with these; a question left out becomes unanswered."""
    _require_person(actor)
    questions = {q.id: q for q in await questions_of(session, actor.organisation_id)}
    problems: list[FieldProblem] = []
    seen: set[object] = set()
    for index, answer in enumerate(data.answers):
        question = questions.get(answer.question_id)
        if question is None:
            problems.append(FieldProblem(f"/answers/{index}/questionId", "No such question."))
        elif answer.question_id in seen:
            problems.append(
                FieldProblem(f"/answers/{index}/questionId", "Each question may be answered once.")
            )
        elif answer.option not in question.option_keys():
            problems.append(
                FieldProblem(f"/answers/{index}/option", "Not one of the question's options.")
            )
        seen.add(answer.question_id)
    if problems:
        raise RuleViolation("Some answers are not to this organisation's questions.", problems)
    respondent = await _respondent(session, actor)
    if respondent is None:
        respondent = EqualityRespondent(organisation_id=actor.organisation_id, person_id=actor.id)
        try:
            async with session.begin_nested():
                session.add(respondent)
        except IntegrityError:
            # Their first answers, sent twice at once: one of the two is kept.
            raise Conflict("Your answers were being saved already; send them again.") from None
    else:
        await session.execute(
            delete(EqualityAnswer).where(col(EqualityAnswer.respondent_id) == respondent.id)
        )
    rows = [
        EqualityAnswer(respondent_id=respondent.id, question_id=a.question_id, option=a.option)
        for a in data.answers
    ]
    session.add_all(rows)
    await session.flush()
    audit.record(
        session, actor, "equality_answers.set", "equality_answers", actor.id, actor.organisation_id
    )
    return sorted(rows, key=lambda r: r.question_id)


async def forget(session: AsyncSession, person_id: uuid.UUID) -> bool:
    """Delete a person's answers and their respondent key; whether there were any. Also
    what erasure does (domain/datarights/erasure.py): the answers are theirs alone."""
    key = select(EqualityRespondent.id).where(col(EqualityRespondent.person_id) == person_id)
    found = await session.scalar(key)
    if found is None:
        return False
    await session.execute(delete(EqualityAnswer).where(col(EqualityAnswer.respondent_id) == found))
    await session.execute(delete(EqualityRespondent).where(col(EqualityRespondent.id) == found))
    await session.flush()
    return True


async def withdraw_my_answers(session: AsyncSession, actor: Actor) -> None:
    """Every answer and the respondent key go: nothing is left to count or to link."""
    _require_person(actor)
    if not await forget(session, actor.id):
        return
    audit.record(
        session,
        actor,
        "equality_answers.withdrawn",
        "equality_answers",
        actor.id,
        actor.organisation_id,
    )
