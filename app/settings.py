"""Settings, read from environment variables prefixed ``CHORUS_`` (documented in README.md)."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


def _split_csv(value: object) -> object:
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    return value


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CHORUS_", extra="ignore")

    # Storage
    data_dir: Path = Path("chorus-data")
    database_url: str | None = None
    # Unset: migrate on start with SQLite only; run `chorus migrate` for PostgreSQL.
    auto_migrate: bool | None = None

    # Tokens we issue
    jwt_algorithm: Literal["HS256", "RS256", "ES256"] = "HS256"
    jwt_secret: SecretStr | None = None
    jwt_private_key_file: Path | None = None
    jwt_public_key_file: Path | None = None
    jwt_issuer: str = "chorus"
    jwt_audience: str = "chorus-api"
    access_token_ttl_seconds: int = Field(default=900, ge=60, le=86_400)
    refresh_token_ttl_days: int = Field(default=30, ge=1, le=365)
    # Sign-in throttling (app/domain/auth/throttle.py): failed password grants per email
    # and per client address, and reset requests per address, in windows that run out.
    signin_failures_per_account: int = Field(default=5, ge=1)
    signin_failures_per_address: int = Field(default=20, ge=1)
    password_resets_per_address: int = Field(default=5, ge=1)
    signin_throttle_window_seconds: int = Field(default=900, ge=1, le=86_400)

    # An external identity provider whose tokens we also accept
    oidc_issuer: str | None = None
    oidc_audience: str | None = None
    oidc_jwks_url: str | None = None
    oidc_algorithms: Annotated[list[str], NoDecode] = ["RS256"]
    oidc_email_claim: str = "email"

    # First start
    admin_email: str | None = None
    admin_password: SecretStr | None = None
    organisation_name: str = "Chorus"

    # HTTP
    cors_origins: Annotated[list[str], NoDecode] = []
    # Where clients reach us, for absolute URLs in bodies (calendar feeds, content links).
    public_base_url: str | None = None
    log_level: str = "INFO"
    # production turns the interactive pages (/docs, GraphiQL) off unless asked for.
    environment: Literal["development", "production"] = "development"
    graphiql: bool | None = None
    docs: bool | None = None
    # Deep enough for boards > meetings > papers > recipients > person as connections (13
    # levels); the cost limit, not the depth, bounds what a document may fetch.
    graphql_max_depth: int = 15
    graphql_max_aliases: int = 15
    graphql_max_tokens: int = 2_000
    # Root fields the database can answer whole run as one statement that writes their
    # JSON (app/api/graphql/compiled.py); off sends every field through the resolvers.
    graphql_compiled: bool = True
    # Estimated rows per operation (app/api/graphql/cost.py): 50 boards of 50 memberships
    # with their people is 2,550; four nested default pages would be six million.
    graphql_max_cost: int = 10_000
    # Bodies other than file uploads (JSON, forms, GraphQL), refused with 413 past this.
    json_body_max_bytes: int = Field(default=1024 * 1024, ge=1024)
    # How long a request waits for a pooled database connection before it is told 503.
    db_pool_timeout_seconds: float = Field(default=5, gt=0, le=60)
    idempotency_ttl_hours: int = Field(default=24, ge=1)
    # Retention schedules (domain/datarights/retention.py), purged by the scheduler.
    retention_private_reads_days: int = Field(default=2_190, ge=1)
    retention_audit_events_days: int = Field(default=2_190, ge=1)
    retention_messages_days: int = Field(default=365, ge=1)
    # How many days before a training record expires its holder is reminded (once).
    training_reminder_days: int = Field(default=30, ge=1, le=365)
    # How far ahead `/me/schedule` lists a person's meetings.
    schedule_horizon_days: int = Field(default=42, ge=1, le=366)
    # How long a claimed key outlives a request that stopped renewing it (a dead process).
    idempotency_lease_seconds: float = Field(default=30, ge=1, le=3_600)
    # Scheduled work in the service (overdue recommendations), in seconds; 0 turns it off.
    scheduler_interval_seconds: float = Field(default=60, ge=0)

    # Files (meeting papers): where they are kept, and how large one may be
    storage_backend: Literal["local", "s3"] = "local"
    s3_bucket: str | None = None
    s3_endpoint_url: str | None = None
    s3_region: str | None = None
    paper_max_bytes: int = Field(default=50 * 1024 * 1024, ge=1)
    paper_link_ttl_seconds: int = Field(default=300, ge=10, le=86_400)
    # Blobs no row references, and temporary files, are removed once untouched this long:
    # far longer than any upload takes to commit its row.
    storage_orphan_grace_hours: float = Field(default=24, gt=0)
    # Listing every blob is not free: the sweep runs this often, not every scheduler tick.
    storage_sweep_interval_minutes: float = Field(default=60, gt=0)

    # Webhooks
    webhooks_allow_http: bool = False  # plain http:// endpoints, for local development only
    webhooks_allow_private_addresses: bool = False  # loopback/private receivers, for tests only
    webhook_timeout_seconds: float = Field(default=10, gt=0, le=60)
    # Unset: deliver inside the server with SQLite; run `chorus worker` with PostgreSQL.
    delivery_in_process: bool | None = None

    # Getting in: links that let a person set a password, and where they point
    invitation_days: int = Field(default=7, ge=1, le=90)
    password_reset_minutes: int = Field(default=60, ge=5, le=24 * 60)
    # The page of the front end that reads the token from the fragment (#token=...), so
    # the token reaches neither a server's access log nor a Referer header.
    set_password_url: str = "http://localhost:8000/set-password"  # noqa: S105 - a page
    # The front end's page that confirms a new sign-in email (#token=..., like the above).
    confirm_email_url: str = "http://localhost:8000/confirm-email"

    # Email: unset host means no mail server (messages are kept as undeliverable)
    smtp_host: str | None = None
    smtp_port: int | None = Field(default=None, ge=1, le=65_535)
    smtp_starttls: bool = True
    smtp_tls: bool = False  # TLS from the first byte (port 465), instead of STARTTLS
    smtp_username: str | None = None
    smtp_password: SecretStr | None = None
    smtp_timeout_seconds: float = Field(default=30, gt=0, le=300)
    mail_from: str = "Chorus <chorus@localhost>"

    # GOV.UK Notify: with a key and a template, it sends that channel instead of SMTP.
    # Each template in Notify holds only placeholders: ((subject)) and ((body)) for email,
    # ((body)) for text messages, so Chorus's own templates stay the one source of wording.
    notify_api_key: SecretStr | None = None
    notify_base_url: str = "https://api.notifications.service.gov.uk"
    notify_email_template_id: str | None = None
    notify_text_template_id: str | None = None
    notify_timeout_seconds: float = Field(default=30, gt=0, le=300)

    # Lists are comma-separated in the environment, not JSON: easier to write in a unit file.
    @property
    def graphiql_enabled(self) -> bool:
        return self.graphiql if self.graphiql is not None else self.environment != "production"

    @property
    def docs_enabled(self) -> bool:
        return self.docs if self.docs is not None else self.environment != "production"

    _split_lists = field_validator("cors_origins", "oidc_algorithms", mode="before")(_split_csv)

    @cached_property
    def effective_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite+aiosqlite:///{(self.data_dir / 'chorus.db').resolve()}"

    @property
    def auto_migrate_effective(self) -> bool:
        return self.is_sqlite if self.auto_migrate is None else self.auto_migrate

    @property
    def delivery_in_process_effective(self) -> bool:
        return self.is_sqlite if self.delivery_in_process is None else self.delivery_in_process

    @property
    def smtp_port_effective(self) -> int:
        if self.smtp_port is not None:
            return self.smtp_port
        return 465 if self.smtp_tls else 587

    @property
    def is_sqlite(self) -> bool:
        return self.effective_database_url.startswith("sqlite")
