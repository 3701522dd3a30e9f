"""Transport-free errors. ``app/api/problems.py`` maps each to a problem type and GraphQL code."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


class DomainError(Exception):
    """Base class. ``detail`` is shown to the caller, so it never holds personal data."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class Unauthenticated(DomainError):
    pass


class NotFound(DomainError):
    def __init__(self, entity: str) -> None:
        super().__init__(f"No {entity} with that ID exists here.")
        self.entity = entity


class PermissionDenied(DomainError):
    pass


class Conflict(DomainError):
    pass


class InvalidTransition(Conflict):
    def __init__(self, entity: str, current: str, target: str, allowed: Sequence[str]) -> None:
        allowed_text = ", ".join(allowed) if allowed else "none"
        super().__init__(
            f"A {entity} that is {current} cannot become {target}; allowed from here: "
            f"{allowed_text}."
        )
        self.allowed = list(allowed)


class PreconditionRequired(DomainError):
    pass


class PayloadTooLarge(DomainError):
    """A body or file over the configured limit; nothing of it is kept."""


class PreconditionFailed(DomainError):
    pass


@dataclass(frozen=True)
class FieldProblem:
    pointer: str
    detail: str


class RuleViolation(DomainError):
    """The request is well formed but breaks a rule; names the field(s) concerned."""

    def __init__(self, detail: str, errors: Sequence[FieldProblem] = ()) -> None:
        super().__init__(detail)
        self.errors = list(errors)

    @classmethod
    def field(cls, pointer: str, detail: str) -> RuleViolation:
        return cls(detail, [FieldProblem(pointer, detail)])


class OAuthError(DomainError):
    """A token-endpoint failure, carrying the RFC 6749 ``error`` code as well."""

    def __init__(self, error: str, detail: str) -> None:
        super().__init__(detail)
        self.error = error


class TokenReuseDetected(OAuthError):
    """A spent refresh token came back: its family is revoked. The caller must commit."""

    def __init__(self) -> None:
        super().__init__(
            "invalid_grant",
            "This refresh token was already used; every token of this sign-in is now revoked.",
        )


class TooManyRequests(DomainError):
    """Throttled: ``retry_after`` seconds until the window that refused this runs out."""

    def __init__(self, detail: str, retry_after: int) -> None:
        super().__init__(detail)
        self.retry_after = retry_after
