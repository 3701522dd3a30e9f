"""All tables, imported together so ``metadata`` is complete for Alembic."""

from app.db.models.audit import AuditEvent, OutboxEvent
from app.db.models.auth import ApiClient, RefreshToken
from app.db.models.base import metadata
from app.db.models.boards import ELECTED_ROLES, Board, Membership
from app.db.models.idempotency import IdempotencyRecord
from app.db.models.meetings import Meeting
from app.db.models.organisations import Organisation
from app.db.models.people import Interest, Person, TrainingRecord, Unavailability

__all__ = [
    "ELECTED_ROLES",
    "ApiClient",
    "AuditEvent",
    "Board",
    "IdempotencyRecord",
    "Interest",
    "Meeting",
    "Membership",
    "Organisation",
    "OutboxEvent",
    "Person",
    "RefreshToken",
    "TrainingRecord",
    "Unavailability",
    "metadata",
]
