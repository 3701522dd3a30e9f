"""Partner systems' API clients. The secret appears only in the response that makes it."""

from __future__ import annotations

import uuid
from datetime import datetime

from app.api.views.base import View
from app.domain.actors import Scope


class ApiClientOut(View):
    id: uuid.UUID
    name: str
    client_id: str
    scopes: list[Scope]
    active: bool
    created_at: datetime
    last_used_at: datetime | None


class ApiClientWithSecret(ApiClientOut):
    """Returned once, at creation or rotation: store the secret now, it cannot be shown again."""

    client_secret: str
