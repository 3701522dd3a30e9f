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
    API_CLIENTS_MANAGE = "api_clients.manage"
    AUDIT_READ = "audit.read"


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
    Permission.API_CLIENTS_MANAGE: frozenset({OrgRole.ADMINISTRATOR}),
    Permission.AUDIT_READ: frozenset({OrgRole.ADMINISTRATOR}),
}
_SCOPE_GRANTS: dict[Permission, Scope] = {
    Permission.PEOPLE_READ: Scope.PEOPLE_READ,
    Permission.PEOPLE_WRITE: Scope.PEOPLE_WRITE,
    Permission.BOARDS_READ: Scope.BOARDS_READ,
    Permission.BOARDS_WRITE: Scope.BOARDS_WRITE,
    Permission.MEETINGS_READ: Scope.MEETINGS_READ,
    Permission.MEETINGS_WRITE: Scope.MEETINGS_WRITE,
    Permission.SEATS_READ: Scope.SEATS_READ,
    Permission.SEATS_MANAGE: Scope.SEATS_WRITE,
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


def require(actor: Actor, permission: Permission) -> None:
    if not actor.can(permission):
        raise PermissionDenied(f"This action needs the {permission.value} permission.")


def require_self_or(actor: Actor, person_id: uuid.UUID, permission: Permission) -> None:
    if not actor.is_self(person_id):
        require(actor, permission)
