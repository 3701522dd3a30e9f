"""All tables, imported together so ``metadata`` is complete for Alembic."""

from app.db.models.access import PasswordLink, PasswordResetRequest
from app.db.models.audit import AuditEvent, OutboxEvent
from app.db.models.auth import ApiClient, RefreshToken, ThrottleCounter
from app.db.models.base import metadata
from app.db.models.boards import ELECTED_ROLES, Board, Membership
from app.db.models.datarights import Erasure, PrivateRead
from app.db.models.elections import Ballot, Election, Nomination, VoterRecord
from app.db.models.equality import (
    EqualityAnswer,
    EqualityRespondent,
    MonitoringQuestion,
    PopulationFigures,
)
from app.db.models.expenses import (
    ExpenseClaim,
    ExpenseItem,
    ExpensePolicy,
    ExpenseReceipt,
    PaymentPreference,
    PaymentRun,
)
from app.db.models.expert_bank import ExpertBankEntry, ExpertBankTag, PanelInvolvementLine
from app.db.models.idempotency import IdempotencyRecord
from app.db.models.meetings import (
    ActionItem,
    AgendaItem,
    Attendance,
    CalendarFeedToken,
    Meeting,
    MeetingGuest,
    Minutes,
)
from app.db.models.notifications import NotificationPreference, OutgoingMessage
from app.db.models.organisations import Organisation
from app.db.models.papers import (
    Circulation,
    CirculationPaper,
    Paper,
    PaperRecipient,
    PaperVersion,
)
from app.db.models.people import Interest, Person, TrainingRecord, Unavailability
from app.db.models.polls import (
    Poll,
    PollBallot,
    PollObjection,
    PollOption,
    PollVoter,
)
from app.db.models.procurement import (
    AgreedScore,
    Bidder,
    Declaration,
    Lot,
    PanelMember,
    Procurement,
    Question,
    Score,
    ScoreChange,
)
from app.db.models.publishing import BoardPublication, StandingAgendaItem
from app.db.models.recommendations import (
    Issue,
    ProgressUpdate,
    Recommendation,
    RecommendationResponse,
    RecommendationSettings,
    Theme,
)
from app.db.models.recruitment import (
    Application,
    ApplicationStageChange,
    Opportunity,
    Pairing,
)
from app.db.models.seats import BoardSeatSettings, Seat, SeatAssignment, SeatPoolEntry
from app.db.models.support import BackSeat, SupervisionRecord, Supervisor, SupportSettings
from app.db.models.surveys import Survey, SurveyQuestion, SurveyRespondent, SurveyResponse
from app.db.models.terms import BoardTermSettings, TermAlert, TermChange
from app.db.models.trail import BoardSponsor, EscalationLevel, IssueHistory
from app.db.models.webhooks import WebhookAttempt, WebhookDelivery, WebhookEndpoint

__all__ = [
    "ELECTED_ROLES",
    "ActionItem",
    "AgendaItem",
    "AgreedScore",
    "ApiClient",
    "Application",
    "ApplicationStageChange",
    "Attendance",
    "AuditEvent",
    "BackSeat",
    "Ballot",
    "Bidder",
    "Board",
    "BoardPublication",
    "BoardSeatSettings",
    "BoardSponsor",
    "BoardTermSettings",
    "CalendarFeedToken",
    "Circulation",
    "CirculationPaper",
    "Declaration",
    "Election",
    "EqualityAnswer",
    "EqualityRespondent",
    "Erasure",
    "EscalationLevel",
    "ExpenseClaim",
    "ExpenseItem",
    "ExpensePolicy",
    "ExpenseReceipt",
    "ExpertBankEntry",
    "ExpertBankTag",
    "IdempotencyRecord",
    "Interest",
    "Issue",
    "IssueHistory",
    "Lot",
    "Meeting",
    "MeetingGuest",
    "Membership",
    "Minutes",
    "MonitoringQuestion",
    "Nomination",
    "NotificationPreference",
    "Opportunity",
    "Organisation",
    "OutboxEvent",
    "OutgoingMessage",
    "Pairing",
    "PanelInvolvementLine",
    "PanelMember",
    "Paper",
    "PaperRecipient",
    "PaperVersion",
    "PasswordLink",
    "PasswordResetRequest",
    "PaymentPreference",
    "PaymentRun",
    "Person",
    "Poll",
    "PollBallot",
    "PollObjection",
    "PollOption",
    "PollVoter",
    "PopulationFigures",
    "PrivateRead",
    "Procurement",
    "ProgressUpdate",
    "Question",
    "Recommendation",
    "RecommendationResponse",
    "RecommendationSettings",
    "RefreshToken",
    "Score",
    "ScoreChange",
    "Seat",
    "SeatAssignment",
    "SeatPoolEntry",
    "StandingAgendaItem",
    "SupervisionRecord",
    "Supervisor",
    "SupportSettings",
    "Survey",
    "SurveyQuestion",
    "SurveyRespondent",
    "SurveyResponse",
    "TermAlert",
    "TermChange",
    "Theme",
    "ThrottleCounter",
    "TrainingRecord",
    "Unavailability",
    "VoterRecord",
    "WebhookAttempt",
    "WebhookDelivery",
    "WebhookEndpoint",
    "metadata",
]
