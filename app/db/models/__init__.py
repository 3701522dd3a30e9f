"""All tables, imported together so ``metadata`` is complete for Alembic."""

from app.db.models.audit import AuditEvent, OutboxEvent
from app.db.models.auth import ApiClient, RefreshToken
from app.db.models.base import metadata
from app.db.models.boards import ELECTED_ROLES, Board, Membership
from app.db.models.idempotency import IdempotencyRecord
from app.db.models.meetings import (
    ActionItem,
    AgendaItem,
    Attendance,
    CalendarFeedToken,
    Meeting,
    Minutes,
)
from app.db.models.organisations import Organisation
from app.db.models.people import Interest, Person, TrainingRecord, Unavailability
from app.db.models.seats import Seat, SeatAssignment, SeatPoolEntry

__all__ = [
    "ELECTED_ROLES",
    "ActionItem",
    "AgendaItem",
    "ApiClient",
    "Attendance",
    "AuditEvent",
    "Board",
    "CalendarFeedToken",
    "IdempotencyRecord",
    "Interest",
    "Meeting",
    "Membership",
    "Minutes",
    "Organisation",
    "OutboxEvent",
    "Person",
    "RefreshToken",
    "Seat",
    "SeatAssignment",
    "SeatPoolEntry",
    "TrainingRecord",
    "Unavailability",
    "metadata",
]
