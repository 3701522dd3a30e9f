"""What the getting-in endpoints answer."""

from __future__ import annotations

import uuid
from datetime import datetime

from app.api.views.base import View


class InvitationView(View):
    """An invitation on its way. The link itself goes only to the person, by email."""

    person_id: uuid.UUID
    expires_at: datetime
    message_id: uuid.UUID


class AcceptedView(View):
    detail: str
