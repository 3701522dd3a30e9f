"""All tables, imported together so ``metadata`` is complete for Alembic."""

from app.db.models.access import PasswordLink, PasswordResetRequest
from app.db.models.audit import AuditEvent, OutboxEvent
from app.db.models.auth import ApiClient, RefreshToken, ThrottleCounter
from app.db.models.base import metadata
from app.db.models.boards import ELECTED_ROLES, Board, Membership
from app.db.models.datarights import Erasure, PrivateRead
from app.db.models.expenses import (
    ExpenseClaim,
    ExpenseItem,
    ExpensePolicy,
    ExpenseReceipt,
    PaymentPreference,
    PaymentRun,
)
from app.db.models.idempotency import IdempotencyRecord
from app.db.models.meetings import (
    ActionItem,
    AgendaItem,
    Attendance,
    CalendarFeedToken,
    Meeting,
    Minutes,
)
from app.db.models.notifications import OutgoingMessage
from app.db.models.organisations import Organisation
from app.db.models.papers import (
    Circulation,
    CirculationPaper,
    Paper,
    PaperRecipient,
    PaperVersion,
)
from app.db.models.people import Interest, Person, TrainingRecord, Unavailability
from app.db.models.recommendations import (
    Issue,
    ProgressUpdate,
    Recommendation,
    RecommendationResponse,
    RecommendationSettings,
    Theme,
)
from app.db.models.seats import Seat, SeatAssignment, SeatPoolEntry
from app.db.models.support import BackSeat, SupervisionRecord, Supervisor, SupportSettings
from app.db.models.webhooks import WebhookAttempt, WebhookDelivery, WebhookEndpoint

__all__ = [
    "ELECTED_ROLES",
    "ActionItem",
    "AgendaItem",
    "ApiClient",
    "Attendance",
    "AuditEvent",
    "BackSeat",
    "Board",
    "CalendarFeedToken",
    "Circulation",
    "CirculationPaper",
    "Erasure",
    "ExpenseClaim",
    "ExpenseItem",
    "ExpensePolicy",
    "ExpenseReceipt",
    "IdempotencyRecord",
    "Interest",
    "Issue",
    "Meeting",
    "Membership",
    "Minutes",
    "Organisation",
    "OutboxEvent",
    "OutgoingMessage",
    "Paper",
    "PaperRecipient",
    "PaperVersion",
    "PasswordLink",
    "PasswordResetRequest",
    "PaymentPreference",
    "PaymentRun",
    "Person",
    "PrivateRead",
    "ProgressUpdate",
    "Recommendation",
    "RecommendationResponse",
    "RecommendationSettings",
    "RefreshToken",
    "Seat",
    "SeatAssignment",
    "SeatPoolEntry",
    "SupervisionRecord",
    "Supervisor",
    "SupportSettings",
    "Theme",
    "ThrottleCounter",
    "TrainingRecord",
    "Unavailability",
    "WebhookAttempt",
    "WebhookDelivery",
    "WebhookEndpoint",
    "metadata",
]
