"""Response headers the handlers set themselves, declared for the published document.

A handler sets ``ETag`` and ``Location`` on its ``Response`` in its body, where FastAPI
cannot see them, so the operations that do are named here. Add an operation when its
handler starts sending one (``tests/api/test_openapi_security.py`` checks a sample
against real answers).
"""

from __future__ import annotations

from typing import Any

ETAG = {
    "description": "The object's version (a paper's or receipt's content digest for its "
    "file): send it as If-Match to change the object, or If-None-Match to re-read it.",
    "schema": {"type": "string"},
}
PAGE_ETAG = {
    "description": "A weak digest of this page, export or feed (app/api/transfer.py): send "
    "it as If-None-Match to be told 304 while nothing in it has changed.",
    "schema": {"type": "string"},
}
LOCATION = {"description": "Where the created object is read.", "schema": {"type": "string"}}

_ETAG = {
    *("createPerson", "getPerson", "updatePerson"),
    *("createBoard", "getBoard", "updateBoard"),
    *("createMembership", "getMembership", "updateMembership"),
    *("createMeeting", "getMeeting", "updateMeeting", "getMinutes", "saveMinutes"),
    *("createAction", "updateAction", "createSeat", "getSeat", "updateSeat"),
    *("uploadPaper", "getPaper", "updatePaper", "paperContent"),
    *("createRecommendation", "getRecommendation", "updateRecommendation"),
    *("submitRecommendation", "withdrawRecommendation", "respondToRecommendation"),
    *("createIssue", "getIssue", "updateIssue", "createTheme", "getTheme", "updateTheme"),
    *("createExpenseClaim", "getExpenseClaim", "updateExpenseClaim"),
    *("submitExpenseClaim", "approveExpenseClaim", "rejectExpenseClaim"),
    *("returnExpenseClaim", "withdrawExpenseClaim"),
    *("addExpenseItem", "updateExpenseItem", "receiptContent"),
    *("createPaymentRun", "getPaymentRun", "markPaymentRunPaid", "cancelPaymentRun"),
    *("createWebhookEndpoint", "getWebhookEndpoint", "updateWebhookEndpoint"),
    "rotateWebhookSecret",
    *("createStandingAgendaItem", "getStandingAgendaItem", "updateStandingAgendaItem"),
    *("setMinutesPublicText", "getPublicBoard", "getPublicBoardFeed"),
    *("createSurvey", "getSurvey", "openSurvey", "closeSurvey", "respondToSurvey"),
}
_LOCATION = {
    *("createPerson", "createBoard", "createMembership", "createMeeting", "createSeat"),
    *("uploadPaper", "addPaperVersion", "circulatePapers", "createRecommendation"),
    *("createIssue", "createTheme", "createExpensePolicyVersion", "createExpenseClaim"),
    *("createPaymentRun", "createApiClient", "createWebhookEndpoint"),
    *("createCalendarFeed", "addRecommendationUpdate", "createAction", "addExpenseItem"),
    *("uploadReceipt", "acknowledgePapers"),
    *("addTrainingRecords", "addInterests", "addUnavailability"),
    *("erasePerson", "addSupervisionRecord", "createElection", "nominate"),
    *("createBoardPoll", "createEventPoll", "createOpportunity", "apply", "createPairing"),
    "createEscalationLevel",
    *("createProcurement", "createLot", "addBidder", "addQuestion", "addPanelMember"),
    "createStandingAgendaItem",
    "createSurvey",
    *("addMonitoringQuestion", "addPopulationFigures"),
    "inviteMeetingGuest",
}


def _digest_tagged(response: dict[str, Any]) -> bool:
    """Pages, CSV and calendars: what ConditionalGetMiddleware tags when the route does not."""
    content = response.get("content", {})
    if "text/csv" in content or "text/calendar" in content:
        return True
    return "#/components/schemas/PageOut_" in str(content.get("application/json", {}))


def finish(document: dict[str, Any]) -> None:
    for operations in document.get("paths", {}).values():
        for method, operation in operations.items():
            name = operation["operationId"]
            for code, response in operation["responses"].items():
                headers = response.setdefault("headers", {})
                if name in _ETAG and code in {"200", "201"}:
                    headers["ETag"] = ETAG
                elif method == "get" and code == "200" and _digest_tagged(response):
                    headers["ETag"] = PAGE_ETAG
                if name in _LOCATION and code == "201":
                    headers["Location"] = LOCATION
                if not headers:
                    del response["headers"]
