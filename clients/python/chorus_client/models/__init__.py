"""Contains all the data models used in inputs/outputs"""

from .accepted_view import AcceptedView
from .acknowledgement_create import AcknowledgementCreate
from .action_create import ActionCreate
from .action_out import ActionOut
from .action_status import ActionStatus
from .action_update import ActionUpdate
from .add_paper_version_version_create import AddPaperVersionVersionCreate
from .advised_board_papers import AdvisedBoardPapers
from .agenda_item_input import AgendaItemInput
from .agenda_item_out import AgendaItemOut
from .agreed_score_input import AgreedScoreInput
from .agreed_score_out import AgreedScoreOut
from .answer_input import AnswerInput
from .api_client_create import ApiClientCreate
from .api_client_out import ApiClientOut
from .api_client_summary import ApiClientSummary
from .api_client_update import ApiClientUpdate
from .api_client_with_secret import ApiClientWithSecret
from .application_create import ApplicationCreate
from .application_create_answers import ApplicationCreateAnswers
from .application_out import ApplicationOut
from .application_out_answers import ApplicationOutAnswers
from .assignment_out import AssignmentOut
from .attempt_out import AttemptOut
from .attendance_input import AttendanceInput
from .attendance_out import AttendanceOut
from .attendance_status import AttendanceStatus
from .audit_event_out import AuditEventOut
from .back_seat_out import BackSeatOut
from .back_seat_set import BackSeatSet
from .ballot_cast import BallotCast
from .ballot_receipt_out import BallotReceiptOut
from .bank_training_out import BankTrainingOut
from .bidder_create import BidderCreate
from .bidder_out import BidderOut
from .board_create import BoardCreate
from .board_kind import BoardKind
from .board_out import BoardOut
from .board_participation_out import BoardParticipationOut
from .board_report_out import BoardReportOut
from .board_update import BoardUpdate
from .board_with_memberships import BoardWithMemberships
from .body_issue_token import BodyIssueToken
from .body_revoke_token import BodyRevokeToken
from .calendar_feed_out import CalendarFeedOut
from .category import Category
from .circulated_paper import CirculatedPaper
from .circulation_create import CirculationCreate
from .circulation_created import CirculationCreated
from .circulation_out import CirculationOut
from .claim_out import ClaimOut
from .claim_status import ClaimStatus
from .claim_summary_out import ClaimSummaryOut
from .classification import Classification
from .cleared_by import ClearedBy
from .confirm_email import ConfirmEmail
from .consent_choice import ConsentChoice
from .considered import Considered
from .content_link_out import ContentLinkOut
from .day_part import DayPart
from .decide_request import DecideRequest
from .decision import Decision
from .declaration_input import DeclarationInput
from .declaration_out import DeclarationOut
from .declarations_input import DeclarationsInput
from .decline_out import DeclineOut
from .decline_request import DeclineRequest
from .delivery_out import DeliveryOut
from .delivery_status import DeliveryStatus
from .descriptor_out import DescriptorOut
from .elected_role import ElectedRole
from .election_create import ElectionCreate
from .election_method import ElectionMethod
from .election_out import ElectionOut
from .election_phase import ElectionPhase
from .election_tally_out import ElectionTallyOut
from .eligibility_out import EligibilityOut
from .eligibility_rules import EligibilityRules
from .equality_answer_input import EqualityAnswerInput
from .equality_answer_out import EqualityAnswerOut
from .equality_answers_set import EqualityAnswersSet
from .equality_question_report_out import EqualityQuestionReportOut
from .equality_report_cell_out import EqualityReportCellOut
from .equality_report_out import EqualityReportOut
from .erasure_out import ErasureOut
from .escalation_level_create import EscalationLevelCreate
from .escalation_level_out import EscalationLevelOut
from .escalation_level_update import EscalationLevelUpdate
from .expense_claim_create import ExpenseClaimCreate
from .expense_claim_update import ExpenseClaimUpdate
from .expense_item_input import ExpenseItemInput
from .expense_item_update import ExpenseItemUpdate
from .expense_policy_create import ExpensePolicyCreate
from .expense_policy_create_involvementrates import ExpensePolicyCreateInvolvementrates
from .expense_policy_create_receiptthresholdspence import ExpensePolicyCreateReceiptthresholdspence
from .expert_bank_entry_out import ExpertBankEntryOut
from .expert_bank_input import ExpertBankInput
from .expert_bank_on_behalf import ExpertBankOnBehalf
from .explanation import Explanation
from .fairness_out import FairnessOut
from .fed_recommendation_out import FedRecommendationOut
from .field_error import FieldError
from .figure_kind import FigureKind
from .freshness_out import FreshnessOut
from .group_by import GroupBy
from .guest_invite import GuestInvite
from .guest_out import GuestOut
from .healthz_response_healthz import HealthzResponseHealthz
from .held_back_out import HeldBackOut
from .interest_create import InterestCreate
from .interest_out import InterestOut
from .invitation_view import InvitationView
from .involvement_rate import InvolvementRate
from .involvement_rate_out import InvolvementRateOut
from .issue_create import IssueCreate
from .issue_history_out import IssueHistoryOut
from .issue_out import IssueOut
from .issue_status import IssueStatus
from .issue_transition import IssueTransition
from .issue_update import IssueUpdate
from .item_out import ItemOut
from .late_paper_out import LatePaperOut
from .letter_out import LetterOut
from .lot_create import LotCreate
from .lot_out import LotOut
from .lot_phase import LotPhase
from .mark_paid import MarkPaid
from .me_out import MeOut
from .meeting_create import MeetingCreate
from .meeting_out import MeetingOut
from .meeting_report_out import MeetingReportOut
from .meeting_sort import MeetingSort
from .meeting_status import MeetingStatus
from .meeting_summary import MeetingSummary
from .meeting_update import MeetingUpdate
from .membership_create import MembershipCreate
from .membership_out import MembershipOut
from .membership_role import MembershipRole
from .membership_status import MembershipStatus
from .membership_update import MembershipUpdate
from .membership_with_person import MembershipWithPerson
from .mileage_rates import MileageRates
from .mileage_rates_out import MileageRatesOut
from .minutes_input import MinutesInput
from .minutes_out import MinutesOut
from .minutes_public_text_input import MinutesPublicTextInput
from .mix_out import MixOut
from .monitoring_option_input import MonitoringOptionInput
from .monitoring_option_out import MonitoringOptionOut
from .monitoring_question_create import MonitoringQuestionCreate
from .monitoring_question_out import MonitoringQuestionOut
from .my_board_participation_out import MyBoardParticipationOut
from .my_equality_answers_out import MyEqualityAnswersOut
from .my_membership import MyMembership
from .my_paper_out import MyPaperOut
from .my_participation_out import MyParticipationOut
from .nomination_create import NominationCreate
from .nomination_out import NominationOut
from .nomination_status import NominationStatus
from .notification_channel import NotificationChannel
from .notification_out import NotificationOut
from .notification_out_channel import NotificationOutChannel
from .notification_out_status import NotificationOutStatus
from .notification_preferences_input import NotificationPreferencesInput
from .notification_preferences_out import NotificationPreferencesOut
from .notification_preferences_out_channel import NotificationPreferencesOutChannel
from .objection_out import ObjectionOut
from .objection_settle import ObjectionSettle
from .objection_status import ObjectionStatus
from .opportunity_create import OpportunityCreate
from .opportunity_create_eligibility_type_0 import OpportunityCreateEligibilityType0
from .opportunity_out import OpportunityOut
from .opportunity_out_eligibility_type_0 import OpportunityOutEligibilityType0
from .opportunity_status import OpportunityStatus
from .org_role import OrgRole
from .organisation_out import OrganisationOut
from .organisation_update import OrganisationUpdate
from .page_out_action_out import PageOutActionOut
from .page_out_api_client_out import PageOutApiClientOut
from .page_out_application_out import PageOutApplicationOut
from .page_out_assignment_out import PageOutAssignmentOut
from .page_out_audit_event_out import PageOutAuditEventOut
from .page_out_board_out import PageOutBoardOut
from .page_out_board_with_memberships import PageOutBoardWithMemberships
from .page_out_circulation_out import PageOutCirculationOut
from .page_out_claim_summary_out import PageOutClaimSummaryOut
from .page_out_delivery_out import PageOutDeliveryOut
from .page_out_election_out import PageOutElectionOut
from .page_out_expert_bank_entry_out import PageOutExpertBankEntryOut
from .page_out_interest_out import PageOutInterestOut
from .page_out_issue_history_out import PageOutIssueHistoryOut
from .page_out_issue_out import PageOutIssueOut
from .page_out_letter_out import PageOutLetterOut
from .page_out_meeting_out import PageOutMeetingOut
from .page_out_membership_out import PageOutMembershipOut
from .page_out_my_paper_out import PageOutMyPaperOut
from .page_out_notification_out import PageOutNotificationOut
from .page_out_opportunity_out import PageOutOpportunityOut
from .page_out_pairing_out import PageOutPairingOut
from .page_out_paper_out import PageOutPaperOut
from .page_out_payment_run_out import PageOutPaymentRunOut
from .page_out_poll_out import PageOutPollOut
from .page_out_private_read_out import PageOutPrivateReadOut
from .page_out_procurement_out import PageOutProcurementOut
from .page_out_progress_update_out import PageOutProgressUpdateOut
from .page_out_recipient_out import PageOutRecipientOut
from .page_out_seat_out import PageOutSeatOut
from .page_out_supervision_record_out import PageOutSupervisionRecordOut
from .page_out_survey_out import PageOutSurveyOut
from .page_out_training_record_out import PageOutTrainingRecordOut
from .page_out_unavailability_out import PageOutUnavailabilityOut
from .page_out_union_person_private_person_public import PageOutUnionPersonPrivatePersonPublic
from .page_out_union_recommendation_internal_recommendation_public import (
    PageOutUnionRecommendationInternalRecommendationPublic,
)
from .page_out_version_out import PageOutVersionOut
from .page_out_webhook_endpoint_out import PageOutWebhookEndpointOut
from .pairing_create import PairingCreate
from .pairing_kind import PairingKind
from .pairing_out import PairingOut
from .panel_member_create import PanelMemberCreate
from .panel_member_out import PanelMemberOut
from .panel_role import PanelRole
from .paper_out import PaperOut
from .paper_status import PaperStatus
from .paper_tallies import PaperTallies
from .paper_tallies_tallies import PaperTalliesTallies
from .paper_update import PaperUpdate
from .participation_figures_out import ParticipationFiguresOut
from .participation_group_out import ParticipationGroupOut
from .password_change import PasswordChange
from .password_reset_request import PasswordResetRequest
from .payment_preferences_input import PaymentPreferencesInput
from .payment_preferences_out import PaymentPreferencesOut
from .payment_run_create import PaymentRunCreate
from .payment_run_detail_out import PaymentRunDetailOut
from .payment_run_out import PaymentRunOut
from .person_create import PersonCreate
from .person_private import PersonPrivate
from .person_public import PersonPublic
from .person_update import PersonUpdate
from .planned_out import PlannedOut
from .policy_out import PolicyOut
from .policy_out_involvementrates import PolicyOutInvolvementrates
from .policy_out_receiptthresholdspence import PolicyOutReceiptthresholdspence
from .poll_create import PollCreate
from .poll_kind import PollKind
from .poll_option_out import PollOptionOut
from .poll_out import PollOut
from .poll_outcome import PollOutcome
from .poll_results_out import PollResultsOut
from .poll_round_out import PollRoundOut
from .poll_status import PollStatus
from .poll_tally_out import PollTallyOut
from .poll_update import PollUpdate
from .population_figures_create import PopulationFiguresCreate
from .population_figures_create_values import PopulationFiguresCreateValues
from .population_figures_out import PopulationFiguresOut
from .population_figures_out_values import PopulationFiguresOutValues
from .priority import Priority
from .private_read_out import PrivateReadOut
from .problem import Problem
from .problem_type_out import ProblemTypeOut
from .procurement_create import ProcurementCreate
from .procurement_out import ProcurementOut
from .procurement_status import ProcurementStatus
from .procurement_transition import ProcurementTransition
from .progress_status import ProgressStatus
from .progress_update_create import ProgressUpdateCreate
from .progress_update_out import ProgressUpdateOut
from .public_board_out import PublicBoardOut
from .public_minutes_out import PublicMinutesOut
from .public_paper_out import PublicPaperOut
from .public_progress_out import PublicProgressOut
from .public_recommendation_out import PublicRecommendationOut
from .public_theme_out import PublicThemeOut
from .public_timeliness_out import PublicTimelinessOut
from .publication_input import PublicationInput
from .publication_out import PublicationOut
from .question_create import QuestionCreate
from .question_input import QuestionInput
from .question_kind import QuestionKind
from .question_out import QuestionOut
from .reading_status import ReadingStatus
from .readyz_response_readyz import ReadyzResponseReadyz
from .reason_input import ReasonInput
from .receipt_check import ReceiptCheck
from .receipt_out import ReceiptOut
from .receipt_status_out import ReceiptStatusOut
from .recipient_out import RecipientOut
from .recipient_source import RecipientSource
from .recommendation_create import RecommendationCreate
from .recommendation_internal import RecommendationInternal
from .recommendation_public import RecommendationPublic
from .recommendation_settings_input import RecommendationSettingsInput
from .recommendation_status import RecommendationStatus
from .recommendation_trail_out import RecommendationTrailOut
from .recommendation_update import RecommendationUpdate
from .recommendations_report_format_type_0 import RecommendationsReportFormatType0
from .referral_kind import ReferralKind
from .removal import Removal
from .renewal_input import RenewalInput
from .reopen_request import ReopenRequest
from .report_item_out import ReportItemOut
from .report_note_out import ReportNoteOut
from .report_out import ReportOut
from .report_out_bydecision import ReportOutBydecision
from .report_out_bystatus import ReportOutBystatus
from .report_theme_out import ReportThemeOut
from .reschedule_input import RescheduleInput
from .response_create import ResponseCreate
from .response_out import ResponseOut
from .result_out import ResultOut
from .results_out import ResultsOut
from .rota_out import RotaOut
from .rota_request import RotaRequest
from .run_status import RunStatus
from .safeguarding_lead_set import SafeguardingLeadSet
from .schedule_action_out import ScheduleActionOut
from .schedule_claim_out import ScheduleClaimOut
from .schedule_meeting_out import ScheduleMeetingOut
from .schedule_out import ScheduleOut
from .schedule_paper_out import SchedulePaperOut
from .schedule_seat_out import ScheduleSeatOut
from .scope import Scope
from .score_change_out import ScoreChangeOut
from .score_input import ScoreInput
from .score_out import ScoreOut
from .seat_create import SeatCreate
from .seat_kind import SeatKind
from .seat_out import SeatOut
from .seat_settings_input import SeatSettingsInput
from .seat_settings_out import SeatSettingsOut
from .seat_update import SeatUpdate
from .secret_rotation import SecretRotation
from .set_password import SetPassword
from .settings_out import SettingsOut
from .shortlist_exclusion_out import ShortlistExclusionOut
from .shortlist_out import ShortlistOut
from .sponsor_input import SponsorInput
from .sponsor_out import SponsorOut
from .stage import Stage
from .stage_change import StageChange
from .stage_change_out import StageChangeOut
from .stage_out import StageOut
from .stand_down_input import StandDownInput
from .standing_item_create import StandingItemCreate
from .standing_item_out import StandingItemOut
from .standing_item_update import StandingItemUpdate
from .standing_out import StandingOut
from .submit_request import SubmitRequest
from .supervision_kind import SupervisionKind
from .supervision_record_create import SupervisionRecordCreate
from .supervision_record_out import SupervisionRecordOut
from .supervisor_out import SupervisorOut
from .supervisor_set import SupervisorSet
from .support_settings_out import SupportSettingsOut
from .survey_create import SurveyCreate
from .survey_out import SurveyOut
from .survey_question_out import SurveyQuestionOut
from .survey_question_result_out import SurveyQuestionResultOut
from .survey_response_create import SurveyResponseCreate
from .survey_results_out import SurveyResultsOut
from .survey_status import SurveyStatus
from .swap_request import SwapRequest
from .term_change_out import TermChangeOut
from .term_settings_input import TermSettingsInput
from .term_settings_out import TermSettingsOut
from .theme_count_out import ThemeCountOut
from .theme_create import ThemeCreate
from .theme_out import ThemeOut
from .theme_summary_out import ThemeSummaryOut
from .theme_update import ThemeUpdate
from .theme_with_count import ThemeWithCount
from .token_response import TokenResponse
from .total_out import TotalOut
from .training_record_create import TrainingRecordCreate
from .training_record_out import TrainingRecordOut
from .unavailability_create import UnavailabilityCreate
from .unavailability_out import UnavailabilityOut
from .upload_paper_paper_create import UploadPaperPaperCreate
from .upload_paper_paper_create_classification import UploadPaperPaperCreateClassification
from .upload_paper_paper_create_paper_status import UploadPaperPaperCreatePaperStatus
from .upload_receipt_receipt_fields import UploadReceiptReceiptFields
from .vehicle import Vehicle
from .version_out import VersionOut
from .vote_create import VoteCreate
from .webhook_endpoint_create import WebhookEndpointCreate
from .webhook_endpoint_out import WebhookEndpointOut
from .webhook_endpoint_update import WebhookEndpointUpdate
from .webhook_endpoint_with_secret import WebhookEndpointWithSecret
from .webhook_event_type import WebhookEventType
from .withdraw_input import WithdrawInput

__all__ = (
    "AcceptedView",
    "AcknowledgementCreate",
    "ActionCreate",
    "ActionOut",
    "ActionStatus",
    "ActionUpdate",
    "AddPaperVersionVersionCreate",
    "AdvisedBoardPapers",
    "AgendaItemInput",
    "AgendaItemOut",
    "AgreedScoreInput",
    "AgreedScoreOut",
    "AnswerInput",
    "ApiClientCreate",
    "ApiClientOut",
    "ApiClientSummary",
    "ApiClientUpdate",
    "ApiClientWithSecret",
    "ApplicationCreate",
    "ApplicationCreateAnswers",
    "ApplicationOut",
    "ApplicationOutAnswers",
    "AssignmentOut",
    "AttemptOut",
    "AttendanceInput",
    "AttendanceOut",
    "AttendanceStatus",
    "AuditEventOut",
    "BackSeatOut",
    "BackSeatSet",
    "BallotCast",
    "BallotReceiptOut",
    "BankTrainingOut",
    "BidderCreate",
    "BidderOut",
    "BoardCreate",
    "BoardKind",
    "BoardOut",
    "BoardParticipationOut",
    "BoardReportOut",
    "BoardUpdate",
    "BoardWithMemberships",
    "BodyIssueToken",
    "BodyRevokeToken",
    "CalendarFeedOut",
    "Category",
    "CirculatedPaper",
    "CirculationCreate",
    "CirculationCreated",
    "CirculationOut",
    "ClaimOut",
    "ClaimStatus",
    "ClaimSummaryOut",
    "Classification",
    "ClearedBy",
    "ConfirmEmail",
    "ConsentChoice",
    "Considered",
    "ContentLinkOut",
    "DayPart",
    "DecideRequest",
    "Decision",
    "DeclarationInput",
    "DeclarationOut",
    "DeclarationsInput",
    "DeclineOut",
    "DeclineRequest",
    "DeliveryOut",
    "DeliveryStatus",
    "DescriptorOut",
    "ElectedRole",
    "ElectionCreate",
    "ElectionMethod",
    "ElectionOut",
    "ElectionPhase",
    "ElectionTallyOut",
    "EligibilityOut",
    "EligibilityRules",
    "EqualityAnswerInput",
    "EqualityAnswerOut",
    "EqualityAnswersSet",
    "EqualityQuestionReportOut",
    "EqualityReportCellOut",
    "EqualityReportOut",
    "ErasureOut",
    "EscalationLevelCreate",
    "EscalationLevelOut",
    "EscalationLevelUpdate",
    "ExpenseClaimCreate",
    "ExpenseClaimUpdate",
    "ExpenseItemInput",
    "ExpenseItemUpdate",
    "ExpensePolicyCreate",
    "ExpensePolicyCreateInvolvementrates",
    "ExpensePolicyCreateReceiptthresholdspence",
    "ExpertBankEntryOut",
    "ExpertBankInput",
    "ExpertBankOnBehalf",
    "Explanation",
    "FairnessOut",
    "FedRecommendationOut",
    "FieldError",
    "FigureKind",
    "FreshnessOut",
    "GroupBy",
    "GuestInvite",
    "GuestOut",
    "HealthzResponseHealthz",
    "HeldBackOut",
    "InterestCreate",
    "InterestOut",
    "InvitationView",
    "InvolvementRate",
    "InvolvementRateOut",
    "IssueCreate",
    "IssueHistoryOut",
    "IssueOut",
    "IssueStatus",
    "IssueTransition",
    "IssueUpdate",
    "ItemOut",
    "LatePaperOut",
    "LetterOut",
    "LotCreate",
    "LotOut",
    "LotPhase",
    "MarkPaid",
    "MeetingCreate",
    "MeetingOut",
    "MeetingReportOut",
    "MeetingSort",
    "MeetingStatus",
    "MeetingSummary",
    "MeetingUpdate",
    "MembershipCreate",
    "MembershipOut",
    "MembershipRole",
    "MembershipStatus",
    "MembershipUpdate",
    "MembershipWithPerson",
    "MeOut",
    "MileageRates",
    "MileageRatesOut",
    "MinutesInput",
    "MinutesOut",
    "MinutesPublicTextInput",
    "MixOut",
    "MonitoringOptionInput",
    "MonitoringOptionOut",
    "MonitoringQuestionCreate",
    "MonitoringQuestionOut",
    "MyBoardParticipationOut",
    "MyEqualityAnswersOut",
    "MyMembership",
    "MyPaperOut",
    "MyParticipationOut",
    "NominationCreate",
    "NominationOut",
    "NominationStatus",
    "NotificationChannel",
    "NotificationOut",
    "NotificationOutChannel",
    "NotificationOutStatus",
    "NotificationPreferencesInput",
    "NotificationPreferencesOut",
    "NotificationPreferencesOutChannel",
    "ObjectionOut",
    "ObjectionSettle",
    "ObjectionStatus",
    "OpportunityCreate",
    "OpportunityCreateEligibilityType0",
    "OpportunityOut",
    "OpportunityOutEligibilityType0",
    "OpportunityStatus",
    "OrganisationOut",
    "OrganisationUpdate",
    "OrgRole",
    "PageOutActionOut",
    "PageOutApiClientOut",
    "PageOutApplicationOut",
    "PageOutAssignmentOut",
    "PageOutAuditEventOut",
    "PageOutBoardOut",
    "PageOutBoardWithMemberships",
    "PageOutCirculationOut",
    "PageOutClaimSummaryOut",
    "PageOutDeliveryOut",
    "PageOutElectionOut",
    "PageOutExpertBankEntryOut",
    "PageOutInterestOut",
    "PageOutIssueHistoryOut",
    "PageOutIssueOut",
    "PageOutLetterOut",
    "PageOutMeetingOut",
    "PageOutMembershipOut",
    "PageOutMyPaperOut",
    "PageOutNotificationOut",
    "PageOutOpportunityOut",
    "PageOutPairingOut",
    "PageOutPaperOut",
    "PageOutPaymentRunOut",
    "PageOutPollOut",
    "PageOutPrivateReadOut",
    "PageOutProcurementOut",
    "PageOutProgressUpdateOut",
    "PageOutRecipientOut",
    "PageOutSeatOut",
    "PageOutSupervisionRecordOut",
    "PageOutSurveyOut",
    "PageOutTrainingRecordOut",
    "PageOutUnavailabilityOut",
    "PageOutUnionPersonPrivatePersonPublic",
    "PageOutUnionRecommendationInternalRecommendationPublic",
    "PageOutVersionOut",
    "PageOutWebhookEndpointOut",
    "PairingCreate",
    "PairingKind",
    "PairingOut",
    "PanelMemberCreate",
    "PanelMemberOut",
    "PanelRole",
    "PaperOut",
    "PaperStatus",
    "PaperTallies",
    "PaperTalliesTallies",
    "PaperUpdate",
    "ParticipationFiguresOut",
    "ParticipationGroupOut",
    "PasswordChange",
    "PasswordResetRequest",
    "PaymentPreferencesInput",
    "PaymentPreferencesOut",
    "PaymentRunCreate",
    "PaymentRunDetailOut",
    "PaymentRunOut",
    "PersonCreate",
    "PersonPrivate",
    "PersonPublic",
    "PersonUpdate",
    "PlannedOut",
    "PolicyOut",
    "PolicyOutInvolvementrates",
    "PolicyOutReceiptthresholdspence",
    "PollCreate",
    "PollKind",
    "PollOptionOut",
    "PollOut",
    "PollOutcome",
    "PollResultsOut",
    "PollRoundOut",
    "PollStatus",
    "PollTallyOut",
    "PollUpdate",
    "PopulationFiguresCreate",
    "PopulationFiguresCreateValues",
    "PopulationFiguresOut",
    "PopulationFiguresOutValues",
    "Priority",
    "PrivateReadOut",
    "Problem",
    "ProblemTypeOut",
    "ProcurementCreate",
    "ProcurementOut",
    "ProcurementStatus",
    "ProcurementTransition",
    "ProgressStatus",
    "ProgressUpdateCreate",
    "ProgressUpdateOut",
    "PublicationInput",
    "PublicationOut",
    "PublicBoardOut",
    "PublicMinutesOut",
    "PublicPaperOut",
    "PublicProgressOut",
    "PublicRecommendationOut",
    "PublicThemeOut",
    "PublicTimelinessOut",
    "QuestionCreate",
    "QuestionInput",
    "QuestionKind",
    "QuestionOut",
    "ReadingStatus",
    "ReadyzResponseReadyz",
    "ReasonInput",
    "ReceiptCheck",
    "ReceiptOut",
    "ReceiptStatusOut",
    "RecipientOut",
    "RecipientSource",
    "RecommendationCreate",
    "RecommendationInternal",
    "RecommendationPublic",
    "RecommendationSettingsInput",
    "RecommendationsReportFormatType0",
    "RecommendationStatus",
    "RecommendationTrailOut",
    "RecommendationUpdate",
    "ReferralKind",
    "Removal",
    "RenewalInput",
    "ReopenRequest",
    "ReportItemOut",
    "ReportNoteOut",
    "ReportOut",
    "ReportOutBydecision",
    "ReportOutBystatus",
    "ReportThemeOut",
    "RescheduleInput",
    "ResponseCreate",
    "ResponseOut",
    "ResultOut",
    "ResultsOut",
    "RotaOut",
    "RotaRequest",
    "RunStatus",
    "SafeguardingLeadSet",
    "ScheduleActionOut",
    "ScheduleClaimOut",
    "ScheduleMeetingOut",
    "ScheduleOut",
    "SchedulePaperOut",
    "ScheduleSeatOut",
    "Scope",
    "ScoreChangeOut",
    "ScoreInput",
    "ScoreOut",
    "SeatCreate",
    "SeatKind",
    "SeatOut",
    "SeatSettingsInput",
    "SeatSettingsOut",
    "SeatUpdate",
    "SecretRotation",
    "SetPassword",
    "SettingsOut",
    "ShortlistExclusionOut",
    "ShortlistOut",
    "SponsorInput",
    "SponsorOut",
    "Stage",
    "StageChange",
    "StageChangeOut",
    "StageOut",
    "StandDownInput",
    "StandingItemCreate",
    "StandingItemOut",
    "StandingItemUpdate",
    "StandingOut",
    "SubmitRequest",
    "SupervisionKind",
    "SupervisionRecordCreate",
    "SupervisionRecordOut",
    "SupervisorOut",
    "SupervisorSet",
    "SupportSettingsOut",
    "SurveyCreate",
    "SurveyOut",
    "SurveyQuestionOut",
    "SurveyQuestionResultOut",
    "SurveyResponseCreate",
    "SurveyResultsOut",
    "SurveyStatus",
    "SwapRequest",
    "TermChangeOut",
    "TermSettingsInput",
    "TermSettingsOut",
    "ThemeCountOut",
    "ThemeCreate",
    "ThemeOut",
    "ThemeSummaryOut",
    "ThemeUpdate",
    "ThemeWithCount",
    "TokenResponse",
    "TotalOut",
    "TrainingRecordCreate",
    "TrainingRecordOut",
    "UnavailabilityCreate",
    "UnavailabilityOut",
    "UploadPaperPaperCreate",
    "UploadPaperPaperCreateClassification",
    "UploadPaperPaperCreatePaperStatus",
    "UploadReceiptReceiptFields",
    "Vehicle",
    "VersionOut",
    "VoteCreate",
    "WebhookEndpointCreate",
    "WebhookEndpointOut",
    "WebhookEndpointUpdate",
    "WebhookEndpointWithSecret",
    "WebhookEventType",
    "WithdrawInput",
)
