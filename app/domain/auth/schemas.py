"""What a caller sends to get in: a link's token and a new password, or an email."""

from __future__ import annotations

from pydantic import EmailStr, Field, SecretStr

from app.domain.passwords import NEW_PASSWORD_SCHEMA
from app.domain.schemas import Input


class SetPassword(Input):
    """The token from the link (after ``#token=``) and the password to set."""

    token: SecretStr
    password: SecretStr = Field(json_schema_extra=NEW_PASSWORD_SCHEMA)


class PasswordResetRequest(Input):
    email: EmailStr


class ConfirmEmail(Input):
    """The token from the confirmation link sent to the new address (after ``#token=``)."""

    token: SecretStr
