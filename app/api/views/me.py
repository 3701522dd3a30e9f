"""The caller: who they are, their organisation, roles, scopes and memberships."""

from __future__ import annotations

import uuid
from datetime import date

from pydantic import Field

from app.api.views.base import View, version_field
from app.api.views.people import PersonPrivate
from app.domain.actors import OrgRole


class OrganisationOut(View):
    id: uuid.UUID
    name: str
    small_count_threshold: int = Field(
        description="Counts about people below this are withheld in every report."
    )
    version: int = version_field("updateOrganisation")


class MyMembership(View):
    id: uuid.UUID
    board_id: uuid.UUID
    role: str
    status: str
    term_start: date
    term_end: date | None


class ApiClientSummary(View):
    """A partner system calling with client credentials."""

    id: uuid.UUID
    name: str
    client_id: str


class MeOut(View):
    kind: str
    organisation: OrganisationOut
    person: PersonPrivate | None = Field(description="Null for an API client.")
    client: ApiClientSummary | None = Field(description="Null for a person.")
    roles: list[OrgRole]
    scopes: list[str] = Field(description="OAuth scopes, for an API client.")
    memberships: list[MyMembership] = Field(description="Your own, oldest first.")
