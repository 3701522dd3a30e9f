"""Subject access: everything held about a person, as JSON files in a ZIP.

One statement per kind of record, whatever the person's history. Rows are written as
stored (column names, ISO dates), with two things left out: the password hash, which is
not information about the person, and other people's private fields (a claim's
contributors are IDs only). The audit of who read the person's private fields is in
``private_reads.json``; the export itself is such a read and is audited.
"""

from __future__ import annotations

import io
import uuid
import zipfile
from collections.abc import Sequence
from typing import Any

import orjson
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import SQLModel, col, select

from app.db.models import (
    ActionItem,
    Application,
    Attendance,
    AuditEvent,
    BackSeat,
    Declaration,
    Erasure,
    ExpenseClaim,
    ExpenseItem,
    ExpertBankEntry,
    ExpertBankTag,
    Interest,
    MeetingGuest,
    Membership,
    Nomination,
    NotificationPreference,
    OutgoingMessage,
    Pairing,
    PanelMember,
    PaperRecipient,
    PaymentPreference,
    Person,
    PollBallot,
    PollVoter,
    PrivateRead,
    Score,
    ScoreChange,
    SeatAssignment,
    SeatPoolEntry,
    SupervisionRecord,
    SurveyRespondent,
    SurveyResponse,
    TrainingRecord,
    Unavailability,
    VoterRecord,
)
from app.domain import audit, store
from app.domain.actors import Actor, Permission, require_self_or
from app.domain.datarights import reads
from app.domain.equality import answers as equality_answers
from app.domain.people.service import readable

EXPORT = "export"

# (file, table, the column naming the person): what the export holds besides the person.
_BY_PERSON: tuple[tuple[str, type[Any], Any], ...] = (
    ("memberships.json", Membership, Membership.person_id),
    ("training_records.json", TrainingRecord, TrainingRecord.person_id),
    ("interests.json", Interest, Interest.person_id),
    ("unavailability.json", Unavailability, Unavailability.person_id),
    ("attendance.json", Attendance, Attendance.person_id),
    ("meeting_guests.json", MeetingGuest, MeetingGuest.person_id),
    ("seat_pool_entries.json", SeatPoolEntry, SeatPoolEntry.person_id),
    ("seat_assignments.json", SeatAssignment, SeatAssignment.person_id),
    ("paper_receipts.json", PaperRecipient, PaperRecipient.person_id),
    ("expense_claims.json", ExpenseClaim, ExpenseClaim.person_id),
    ("back_seat.json", BackSeat, BackSeat.person_id),
    ("supervision_records.json", SupervisionRecord, SupervisionRecord.member_id),
    ("payment_preferences.json", PaymentPreference, PaymentPreference.person_id),
    (
        "notification_preferences.json",
        NotificationPreference,
        NotificationPreference.person_id,
    ),
    ("messages.json", OutgoingMessage, OutgoingMessage.person_id),
    ("private_reads.json", PrivateRead, PrivateRead.subject_id),
    ("erasure.json", Erasure, Erasure.person_id),
    ("procurement_panel_seats.json", PanelMember, PanelMember.person_id),
    ("expert_bank.json", ExpertBankEntry, ExpertBankEntry.person_id),
    ("actions_owned.json", ActionItem, ActionItem.owner_person_id),
    ("applications.json", Application, Application.person_id),
    ("election_nominations.json", Nomination, Nomination.person_id),
    # That they voted, never what: ballots name nobody and cannot be joined back.
    ("elections_voted_in.json", VoterRecord, VoterRecord.person_id),
    ("polls_voted_in.json", PollVoter, PollVoter.person_id),
    # Named polls and surveys keep who chose what by the board's choice: theirs to see.
    ("poll_votes_named.json", PollBallot, PollBallot.person_id),
    ("surveys_answered.json", SurveyRespondent, SurveyRespondent.person_id),
    ("survey_answers_named.json", SurveyResponse, SurveyResponse.person_id),
)
_LEFT_OUT = {
    Person: {"password_hash"},
    OutgoingMessage: {"body", "text_body", "claim_token"},
    # Who referred them is someone else's personal data; the referrer's ID stays.
    Application: {"referrer_name"},
}


def _dump(row: SQLModel) -> dict[str, Any]:
    return row.model_dump(mode="json", exclude=_LEFT_OUT.get(type(row), set()))


def _json(rows: Sequence[SQLModel] | SQLModel) -> bytes:
    value = _dump(rows) if isinstance(rows, SQLModel) else [_dump(r) for r in rows]
    return orjson.dumps(value, option=orjson.OPT_INDENT_2)


async def export_person(session: AsyncSession, actor: Actor, person_id: uuid.UUID) -> bytes:
    """The ZIP's bytes. The person themself or an administrator."""
    require_self_or(actor, person_id, Permission.DATA_RIGHTS_MANAGE)
    person = await store.one(session, Person, person_id, readable(actor), "person")
    reads.note(actor, person_id, EXPORT)
    files: dict[str, bytes] = {"person.json": _json(person)}
    claim_ids: list[uuid.UUID] = []
    for name, model, column in _BY_PERSON:
        rows = list(
            await session.scalars(
                select(model)
                .where(column == person_id, col(model.organisation_id) == actor.organisation_id)
                .order_by(col(model.id))
            )
        )
        if model is ExpenseClaim:
            claim_ids = [r.id for r in rows]
        files[name] = _json(rows)
    items = await store.children(
        session,
        ExpenseItem,
        ExpenseItem.claim_id,
        claim_ids,
        col(ExpenseItem.organisation_id) == actor.organisation_id,
        order_by=col(ExpenseItem.id),
    )
    files["expense_items.json"] = _json([i for group in items.values() for i in group])
    # Their declarations of connection to bidders; bidders' names stay out (not theirs).
    seats = select(PanelMember.id).where(
        col(PanelMember.person_id) == person_id,
        col(PanelMember.organisation_id) == actor.organisation_id,
    )
    declared = await session.scalars(
        select(Declaration)
        .where(col(Declaration.member_id).in_(seats))
        .order_by(col(Declaration.id))
    )
    files["procurement_declarations.json"] = _json(list(declared))
    # Their scores and rationales as an evaluator, with every late change.
    scores = select(Score).where(col(Score.member_id).in_(seats)).order_by(col(Score.id))
    files["procurement_scores.json"] = _json(list(await session.scalars(scores)))
    score_ids = select(Score.id).where(col(Score.member_id).in_(seats))
    changes = await session.scalars(
        select(ScoreChange)
        .where(col(ScoreChange.score_id).in_(score_ids))
        .order_by(col(ScoreChange.id))
    )
    files["procurement_score_changes.json"] = _json(list(changes))
    pairings = await session.scalars(
        select(Pairing)
        .where(
            col(Pairing.organisation_id) == actor.organisation_id,
            (col(Pairing.person_id) == person_id) | (col(Pairing.partner_person_id) == person_id),
        )
        .order_by(col(Pairing.id))
    )
    files["pairings.json"] = _json(list(pairings))
    # Monitoring answers are readable by nobody one at a time: only the person's own
    # export holds them, never one an administrator runs for them.
    if actor.is_self(person_id) and actor.can(Permission.EQUALITY_ANSWER):
        files["equality_answers.json"] = _json(await equality_answers.my_answers(session, actor))
    # Their skills and consented experience in the expert bank.
    entry = select(ExpertBankEntry.id).where(
        col(ExpertBankEntry.person_id) == person_id,
        col(ExpertBankEntry.organisation_id) == actor.organisation_id,
    )
    tags = await session.scalars(
        select(ExpertBankTag)
        .where(col(ExpertBankTag.entry_id).in_(entry))
        .order_by(col(ExpertBankTag.id))
    )
    files["expert_bank_tags.json"] = _json(list(tags))
    # What was done to the person's own record, and what they did (field names only).
    done = await session.scalars(
        select(AuditEvent)
        .where(
            col(AuditEvent.organisation_id) == actor.organisation_id,
            (col(AuditEvent.entity_id) == person_id) | (col(AuditEvent.actor_id) == person_id),
        )
        .order_by(col(AuditEvent.id))
    )
    files["audit_events.json"] = _json(list(done))
    audit.record(session, actor, "person.exported", "person", person_id, actor.organisation_id)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()
