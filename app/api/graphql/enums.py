"""The domain's enums as GraphQL enums: one definition, two transports."""

from __future__ import annotations

from enum import Enum

import strawberry

from app.domain.actors import OrgRole
from app.domain.boards.schemas import BoardKind, MembershipRole, MembershipStatus

# strawberry.enum only attaches a definition to the class; the domain classes stay
# transport-free in their own modules.
strawberry.enum(OrgRole, description="What a person may do across the organisation.")
strawberry.enum(BoardKind, description="Advisory boards advise a governance board.")
strawberry.enum(MembershipRole, description="A member's role on a board.")
strawberry.enum(MembershipStatus, description="Whether a membership is current.")


@strawberry.enum(description="Who is calling: a person, or a partner system's API client.")
class ActorKind(Enum):
    PERSON = "person"
    CLIENT = "client"


__all__ = ["ActorKind", "BoardKind", "MembershipRole", "MembershipStatus", "OrgRole"]
