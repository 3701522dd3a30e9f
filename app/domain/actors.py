"""Who is calling, and what they may do. Checked here, once, for REST and GraphQL alike."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from enum import StrEnum

from app.domain.errors import PermissionDenied


class OrgRole(StrEnum):
    ADMINISTRATOR = "administrator"
    COORDINATOR = "coordinator"
    FINANCE = "finance"
    MEMBER = "member"


class Scope(StrEnum):
    """What a partner system's API client may be granted."""

    PEOPLE_READ = "people:read"
    PEOPLE_WRITE = "people:write"
    BOARDS_READ = "boards:read"
    BOARDS_WRITE = "boards:write"
    MEETINGS_READ = "meetings:read"
    MEETINGS_WRITE = "meetings:write"
    SEATS_READ = "seats:read"
    SEATS_WRITE = "seats:write"
    PAPERS_READ = "papers:read"
    PAPERS_WRITE = "papers:write"
    EXPENSES_READ = "expenses:read"
    PAYMENTS_WRITE = "payments:write"
    WEBHOOKS_MANAGE = "webhooks:manage"
    RECOMMENDATIONS_READ = "recommendations:read"
    RECOMMENDATIONS_RESPOND = "recommendations:respond"
    POLLS_READ = "polls:read"
    POLLS_WRITE = "polls:write"
    RECRUITMENT_READ = "recruitment:read"


class Permission(StrEnum):
    PEOPLE_READ = "people.read"
    PEOPLE_WRITE = "people.write"
    PEOPLE_GRANT_ROLES = "people.grant_roles"
    PEOPLE_READ_PRIVATE = "people.read_private"
    BOARDS_READ = "boards.read"
    BOARDS_WRITE = "boards.write"
    MEETINGS_READ = "meetings.read"
    MEETINGS_WRITE = "meetings.write"
    SEATS_READ = "seats.read"
    SEATS_MANAGE = "seats.manage"
    PAPERS_READ = "papers.read"
    PAPERS_MANAGE = "papers.manage"
    PAPERS_REPORT = "papers.report"
    EXPENSE_POLICY_READ = "expense_policy.read"
    EXPENSE_POLICY_MANAGE = "expense_policy.manage"
    EXPENSE_CLAIMS_READ_ALL = "expense_claims.read_all"
    EXPENSE_CLAIMS_ON_BEHALF = "expense_claims.on_behalf"
    EXPENSE_CLAIMS_DECIDE = "expense_claims.decide"
    EXPENSE_REPORTS_READ = "expense_reports.read"
    PAYMENT_RUNS_READ = "payment_runs.read"
    PAYMENT_RUNS_MANAGE = "payment_runs.manage"
    PAYMENT_PREFERENCES_MANAGE = "payment_preferences.manage"
    PAYEE_REFERENCES_MANAGE = "payee_references.manage"
    RECOMMENDATIONS_READ = "recommendations.read"
    RECOMMENDATIONS_WRITE = "recommendations.write"
    RECOMMENDATIONS_RESPOND = "recommendations.respond"
    ISSUES_MANAGE = "issues.manage"
    ELECTIONS_READ = "elections.read"
    ELECTIONS_MANAGE = "elections.manage"
    POLLS_READ = "polls.read"
    POLLS_MANAGE = "polls.manage"
    TERMS_MANAGE = "terms.manage"
    TERMS_REPORT = "terms.report"
    RECRUITMENT_READ = "recruitment.read"
    RECRUITMENT_APPLY = "recruitment.apply"
    RECRUITMENT_MANAGE = "recruitment.manage"
    PAIRINGS_MANAGE = "pairings.manage"
    # Seeing a procurement at all: people see only those whose panels they sit on.
    PROCUREMENT_READ = "procurement.read"
    PROCUREMENT_MANAGE = "procurement.manage"
    # Putting oneself in the expert bank; searching it and shortlisting from it, which
    # reads the consented kinds of lived experience, is staff's.
    EXPERT_BANK_JOIN = "expert_bank.join"
    EXPERT_BANK_MANAGE = "expert_bank.manage"
    ESCALATION_MANAGE = "escalation.manage"
    PUBLISHING_MANAGE = "publishing.manage"
    API_CLIENTS_MANAGE = "api_clients.manage"
    AUDIT_READ = "audit.read"
    ORGANISATION_MANAGE = "organisation.manage"
    WEBHOOKS_MANAGE = "webhooks.manage"
    # Subject access exports, erasure and the private-read audit of anyone but oneself.
    DATA_RIGHTS_MANAGE = "data_rights.manage"
    # Naming who supervises a member, and the safeguarding lead: not reading the records,
    # which only the people in them (and the lead) may (domain/support/supervision.py).
    SUPERVISION_ASSIGN = "supervision.assign"
    SAFEGUARDING_LEAD_SET = "safeguarding_lead.set"
    # A board's participation figures (one's own need none) and members' voice surveys:
    # no client scope, since both are about members and stay inside the organisation.
    PARTICIPATION_REPORT = "participation.report"
    SURVEYS_READ = "surveys.read"
    SURVEYS_MANAGE = "surveys.manage"
    EQUALITY_QUESTIONS_READ = "equality_questions.read"
    # Giving, reading and withdrawing one's OWN monitoring answers: no route names
    # another person's, so no role reads anyone else's (domain/equality/answers.py).
    EQUALITY_ANSWER = "equality.answer"
    EQUALITY_MANAGE = "equality.manage"
    EQUALITY_REPORTS_READ = "equality_reports.read"


# The one table of who may do what: roles for people, scopes for partner systems.
_ROLE_GRANTS: dict[Permission, frozenset[OrgRole]] = {
    Permission.PEOPLE_READ: frozenset(OrgRole),
    Permission.PEOPLE_WRITE: frozenset({OrgRole.ADMINISTRATOR, OrgRole.COORDINATOR}),
    Permission.PEOPLE_GRANT_ROLES: frozenset({OrgRole.ADMINISTRATOR}),
    Permission.PEOPLE_READ_PRIVATE: frozenset({OrgRole.ADMINISTRATOR, OrgRole.COORDINATOR}),
    Permission.BOARDS_READ: frozenset(OrgRole),
    Permission.BOARDS_WRITE: frozenset({OrgRole.ADMINISTRATOR, OrgRole.COORDINATOR}),
    Permission.MEETINGS_READ: frozenset(OrgRole),
    Permission.MEETINGS_WRITE: frozenset({OrgRole.ADMINISTRATOR, OrgRole.COORDINATOR}),
    Permission.SEATS_READ: frozenset(OrgRole),
    Permission.SEATS_MANAGE: frozenset({OrgRole.ADMINISTRATOR, OrgRole.COORDINATOR}),
    Permission.PAPERS_READ: frozenset(OrgRole),
    Permission.PAPERS_MANAGE: frozenset({OrgRole.ADMINISTRATOR, OrgRole.COORDINATOR}),
    Permission.PAPERS_REPORT: frozenset({OrgRole.ADMINISTRATOR, OrgRole.COORDINATOR}),
    Permission.EXPENSE_POLICY_READ: frozenset(OrgRole),
    Permission.EXPENSE_POLICY_MANAGE: frozenset({OrgRole.ADMINISTRATOR, OrgRole.FINANCE}),
    Permission.EXPENSE_CLAIMS_READ_ALL: frozenset(
        {OrgRole.ADMINISTRATOR, OrgRole.COORDINATOR, OrgRole.FINANCE}
    ),
    Permission.EXPENSE_CLAIMS_ON_BEHALF: frozenset({OrgRole.ADMINISTRATOR, OrgRole.COORDINATOR}),
    Permission.EXPENSE_CLAIMS_DECIDE: frozenset({OrgRole.ADMINISTRATOR, OrgRole.FINANCE}),
    Permission.EXPENSE_REPORTS_READ: frozenset({OrgRole.ADMINISTRATOR, OrgRole.FINANCE}),
    Permission.PAYMENT_RUNS_READ: frozenset({OrgRole.ADMINISTRATOR, OrgRole.FINANCE}),
    Permission.PAYMENT_RUNS_MANAGE: frozenset({OrgRole.ADMINISTRATOR, OrgRole.FINANCE}),
    Permission.PAYMENT_PREFERENCES_MANAGE: frozenset(
        {OrgRole.ADMINISTRATOR, OrgRole.COORDINATOR, OrgRole.FINANCE}
    ),
    Permission.PAYEE_REFERENCES_MANAGE: frozenset({OrgRole.ADMINISTRATOR, OrgRole.FINANCE}),
    Permission.RECOMMENDATIONS_READ: frozenset(OrgRole),
    Permission.RECOMMENDATIONS_WRITE: frozenset({OrgRole.ADMINISTRATOR, OrgRole.COORDINATOR}),
    Permission.RECOMMENDATIONS_RESPOND: frozenset({OrgRole.ADMINISTRATOR, OrgRole.COORDINATOR}),
    Permission.ISSUES_MANAGE: frozenset({OrgRole.ADMINISTRATOR, OrgRole.COORDINATOR}),
    Permission.ELECTIONS_READ: frozenset(OrgRole),
    # Staff act as returning officers; voting and nominating are the board's members'.
    Permission.ELECTIONS_MANAGE: frozenset({OrgRole.ADMINISTRATOR, OrgRole.COORDINATOR}),
    Permission.POLLS_READ: frozenset(OrgRole),
    Permission.POLLS_MANAGE: frozenset({OrgRole.ADMINISTRATOR, OrgRole.COORDINATOR}),
    Permission.TERMS_MANAGE: frozenset({OrgRole.ADMINISTRATOR, OrgRole.COORDINATOR}),
    Permission.TERMS_REPORT: frozenset({OrgRole.ADMINISTRATOR, OrgRole.COORDINATOR}),
    Permission.RECRUITMENT_READ: frozenset(OrgRole),
    # Anyone of the organisation may apply or refer someone; only staff see applications.
    Permission.RECRUITMENT_APPLY: frozenset(OrgRole),
    Permission.RECRUITMENT_MANAGE: frozenset({OrgRole.ADMINISTRATOR, OrgRole.COORDINATOR}),
    Permission.PAIRINGS_MANAGE: frozenset({OrgRole.ADMINISTRATOR, OrgRole.COORDINATOR}),
    # Every person may sit on a panel; the domain narrows what they see to their own lots.
    # No client scope: bidders and scores must not leave the panel (domain/procurement/).
    Permission.PROCUREMENT_READ: frozenset(OrgRole),
    Permission.PROCUREMENT_MANAGE: frozenset({OrgRole.ADMINISTRATOR, OrgRole.COORDINATOR}),
    # No client scope either: the bank holds health and criminal-offence data.
    Permission.EXPERT_BANK_JOIN: frozenset(OrgRole),
    Permission.EXPERT_BANK_MANAGE: frozenset({OrgRole.ADMINISTRATOR, OrgRole.COORDINATOR}),
    # Escalation levels and sponsors name who answers for a board: staff set them.
    Permission.ESCALATION_MANAGE: frozenset({OrgRole.ADMINISTRATOR, OrgRole.COORDINATOR}),
    # Putting a board's record before the public is staff's decision, never a partner's.
    Permission.PUBLISHING_MANAGE: frozenset({OrgRole.ADMINISTRATOR, OrgRole.COORDINATOR}),
    Permission.API_CLIENTS_MANAGE: frozenset({OrgRole.ADMINISTRATOR}),
    Permission.AUDIT_READ: frozenset({OrgRole.ADMINISTRATOR}),
    Permission.ORGANISATION_MANAGE: frozenset({OrgRole.ADMINISTRATOR}),
    Permission.WEBHOOKS_MANAGE: frozenset({OrgRole.ADMINISTRATOR}),
    Permission.DATA_RIGHTS_MANAGE: frozenset({OrgRole.ADMINISTRATOR}),
    Permission.SUPERVISION_ASSIGN: frozenset({OrgRole.ADMINISTRATOR, OrgRole.COORDINATOR}),
    Permission.SAFEGUARDING_LEAD_SET: frozenset({OrgRole.ADMINISTRATOR}),
    Permission.PARTICIPATION_REPORT: frozenset({OrgRole.ADMINISTRATOR, OrgRole.COORDINATOR}),
    # Every person reads the surveys of their own boards; the domain narrows it to those.
    Permission.SURVEYS_READ: frozenset(OrgRole),
    Permission.SURVEYS_MANAGE: frozenset({OrgRole.ADMINISTRATOR, OrgRole.COORDINATOR}),
    # No client scope for any of these: monitoring stays with the organisation's people.
    Permission.EQUALITY_QUESTIONS_READ: frozenset(OrgRole),
    Permission.EQUALITY_ANSWER: frozenset(OrgRole),
    Permission.EQUALITY_MANAGE: frozenset({OrgRole.ADMINISTRATOR, OrgRole.COORDINATOR}),
    Permission.EQUALITY_REPORTS_READ: frozenset({OrgRole.ADMINISTRATOR, OrgRole.COORDINATOR}),
}
_SCOPE_GRANTS: dict[Permission, Scope] = {
    Permission.PEOPLE_READ: Scope.PEOPLE_READ,
    Permission.PEOPLE_WRITE: Scope.PEOPLE_WRITE,
    Permission.BOARDS_READ: Scope.BOARDS_READ,
    Permission.BOARDS_WRITE: Scope.BOARDS_WRITE,
    Permission.ELECTIONS_READ: Scope.BOARDS_READ,
    Permission.MEETINGS_READ: Scope.MEETINGS_READ,
    Permission.MEETINGS_WRITE: Scope.MEETINGS_WRITE,
    Permission.SEATS_READ: Scope.SEATS_READ,
    Permission.SEATS_MANAGE: Scope.SEATS_WRITE,
    Permission.PAPERS_READ: Scope.PAPERS_READ,
    Permission.PAPERS_MANAGE: Scope.PAPERS_WRITE,
    Permission.PAPERS_REPORT: Scope.PAPERS_READ,
    Permission.EXPENSE_POLICY_READ: Scope.EXPENSES_READ,
    Permission.EXPENSE_CLAIMS_READ_ALL: Scope.EXPENSES_READ,
    Permission.EXPENSE_REPORTS_READ: Scope.EXPENSES_READ,
    Permission.PAYMENT_RUNS_READ: Scope.EXPENSES_READ,
    Permission.PAYMENT_RUNS_MANAGE: Scope.PAYMENTS_WRITE,
    Permission.WEBHOOKS_MANAGE: Scope.WEBHOOKS_MANAGE,
    Permission.RECOMMENDATIONS_READ: Scope.RECOMMENDATIONS_READ,
    Permission.RECOMMENDATIONS_RESPOND: Scope.RECOMMENDATIONS_RESPOND,
    Permission.POLLS_READ: Scope.POLLS_READ,
    Permission.POLLS_MANAGE: Scope.POLLS_WRITE,
    Permission.TERMS_MANAGE: Scope.BOARDS_WRITE,
    Permission.TERMS_REPORT: Scope.BOARDS_READ,
    # A referring partner (a probation service) lists vacancies and their rules; it
    # never reads applications, which hold applicants' personal data.
    Permission.RECRUITMENT_READ: Scope.RECRUITMENT_READ,
}


@dataclass(frozen=True)
class Actor:
    """A signed-in person or API client, always inside one organisation."""

    kind: str  # "person" | "client"
    id: uuid.UUID
    organisation_id: uuid.UUID
    roles: frozenset[OrgRole] = field(default_factory=frozenset)
    scopes: frozenset[Scope] = field(default_factory=frozenset)

    @property
    def is_person(self) -> bool:
        return self.kind == "person"

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.id}"

    def can(self, permission: Permission) -> bool:
        if self.is_person:
            return bool(self.roles & _ROLE_GRANTS.get(permission, frozenset()))
        scope = _SCOPE_GRANTS.get(permission)
        return scope is not None and scope in self.scopes

    def is_self(self, person_id: uuid.UUID) -> bool:
        return self.is_person and self.id == person_id


def scope_for(permission: Permission) -> Scope | None:
    """The scope that grants a permission to API clients; None if only people hold it."""
    return _SCOPE_GRANTS.get(permission)


def needs(actor: Actor, permission: Permission) -> str:
    """What the caller would need, in the words they act on: a partner system the scope
    it requests with its token (as docs/partners.md spells it), a person the roles an
    administrator gives. The permission names are ours and mean nothing to either."""
    if actor.is_person:
        roles = sorted(r.value for r in _ROLE_GRANTS.get(permission, frozenset()))
        if not roles:
            return "a role no person holds"
        return f"the {roles[0]} role" if len(roles) == 1 else f"one of the roles {', '.join(roles)}"
    scope = _SCOPE_GRANTS.get(permission)
    if scope is None:
        return "a person's sign-in: no API client scope grants it"
    return f"the {scope.value} scope (request it with your token)"


def require(actor: Actor, permission: Permission) -> None:
    if not actor.can(permission):
        raise PermissionDenied(f"This action needs {needs(actor, permission)}.")


def require_self_or(actor: Actor, person_id: uuid.UUID, permission: Permission) -> None:
    if not actor.is_self(person_id):
        require(actor, permission)
