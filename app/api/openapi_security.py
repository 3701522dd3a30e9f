"""OAuth2 in the published document: the flows the token endpoint grants, the scopes API
clients may hold, and on each operation the scope its service requires.

Permissions are checked inside the domain (``require(actor, Permission.X)``), so no route
declaration says which scope it needs. ``_NEEDS`` names the permissions the services
behind each listed operation require whoever calls, and the scope comes from the
permission table in ``app.domain.actors``. An operation not listed needs a signed-in
caller but its scope depends on the object or the caller (a claimant's own claim, a
person's own records), so it declares the scheme without scopes rather than a wrong one.
"""

from __future__ import annotations

from typing import Any

from app.domain.actors import Permission, Scope, scope_for

SCHEME = "OAuth2"
TOKEN_URL = "/api/v1/auth/token"  # noqa: S105 - a URL, not a secret
_BEARER = "HTTPBearer"

SCOPES: dict[Scope, str] = {
    Scope.PEOPLE_READ: "Read people's public profiles.",
    Scope.PEOPLE_WRITE: "Create and change people.",
    Scope.BOARDS_READ: "Read boards and memberships.",
    Scope.BOARDS_WRITE: "Create and change boards and memberships.",
    Scope.MEETINGS_READ: "Read meetings, attendance and actions.",
    Scope.MEETINGS_WRITE: "Create and change meetings.",
    Scope.SEATS_READ: "Read seats and rotas.",
    Scope.SEATS_WRITE: "Create and change seats and rotas.",
    Scope.PAPERS_READ: "Read papers that are not official-sensitive, and the papers report.",
    Scope.PAPERS_WRITE: "Upload, change and circulate papers, and read every paper.",
    Scope.EXPENSES_READ: "Read every claim, the expense policy, totals and payment runs.",
    Scope.PAYMENTS_WRITE: "Create, export, cancel and mark paid payment runs.",
    Scope.WEBHOOKS_MANAGE: "Register and manage webhook endpoints.",
    Scope.RECOMMENDATIONS_READ: "Read recommendations as the public sees them.",
    Scope.RECOMMENDATIONS_RESPOND: "Respond to recommendations.",
    Scope.POLLS_READ: "Read polls, their counts and objections' status.",
    Scope.POLLS_WRITE: "Draft and run polls (open, close, decide, cancel).",
    Scope.RECRUITMENT_READ: "List vacancies and the eligibility rules applicants must meet.",
}

_NEEDS: dict[str, tuple[Permission, ...]] = {
    "listBoards": (Permission.BOARDS_READ,),
    "getBoard": (Permission.BOARDS_READ,),
    "createBoard": (Permission.BOARDS_WRITE,),
    "updateBoard": (Permission.BOARDS_WRITE,),
    "getMeeting": (Permission.MEETINGS_READ,),
    # A board's meetings need tenancy alone, its seats the board itself as well.
    "listMeetings": (Permission.MEETINGS_READ,),
    "createMeeting": (Permission.MEETINGS_WRITE,),
    "listSeats": (Permission.BOARDS_READ, Permission.SEATS_READ),
    "createSeat": (Permission.BOARDS_READ, Permission.SEATS_MANAGE),
    "listPeople": (Permission.PEOPLE_READ,),
    "createPerson": (Permission.PEOPLE_WRITE,),
    "listPaymentRuns": (Permission.PAYMENT_RUNS_READ,),
    "createPaymentRun": (Permission.PAYMENT_RUNS_MANAGE,),
    "listWebhookEndpoints": (Permission.WEBHOOKS_MANAGE,),
    "listBoardPolls": (Permission.POLLS_READ,),
    "listEventPolls": (Permission.POLLS_READ,),
    "getPoll": (Permission.POLLS_READ,),
    "createEventPoll": (Permission.POLLS_MANAGE,),
    "getFreshness": (Permission.TERMS_REPORT,),
    "renewMembership": (Permission.TERMS_MANAGE,),
    "listOpportunities": (Permission.RECRUITMENT_READ,),
    "getOpportunity": (Permission.RECRUITMENT_READ,),
}


def scheme() -> dict[str, Any]:
    scopes = {scope.value: SCOPES[scope] for scope in Scope}
    return {
        "type": "oauth2",
        "description": "Access tokens from the token endpoint: people sign in with the "
        "password grant, partner systems with client credentials and the scopes they were "
        "granted. Send the token as `Authorization: Bearer <token>`.",
        "flows": {
            # People's access comes from their roles, read afresh on every request.
            "password": {"tokenUrl": TOKEN_URL, "refreshUrl": TOKEN_URL, "scopes": {}},
            "clientCredentials": {"tokenUrl": TOKEN_URL, "scopes": scopes},
        },
    }


def scopes_needed(operation_id: str) -> list[str]:
    scopes = {scope_for(permission) for permission in _NEEDS.get(operation_id, ())}
    return sorted(scope.value for scope in scopes if scope is not None)


def finish(document: dict[str, Any]) -> None:
    """Every operation that takes a bearer token requires OAuth2 with its scope; every
    other one says outright that it needs none."""
    schemes = document.setdefault("components", {}).setdefault("securitySchemes", {})
    schemes.pop(_BEARER, None)
    schemes[SCHEME] = scheme()
    for operations in document.get("paths", {}).values():
        for operation in operations.values():
            signed_in = any(_BEARER in r for r in operation.get("security", []))
            operation["security"] = (
                [{SCHEME: scopes_needed(operation["operationId"])}] if signed_in else []
            )
