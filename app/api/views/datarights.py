"""Data rights: the private-read audit and erasures."""

from __future__ import annotations

import uuid
from datetime import datetime

from app.api.views.base import View


class PrivateReadOut(View):
    """Someone reading a person's private fields: who, when, which field group."""

    id: uuid.UUID
    reader_type: str
    reader_id: uuid.UUID
    subject_id: uuid.UUID
    field_group: str
    request_id: str | None
    created_at: datetime


class ErasureOut(View):
    """A person erased: the record is kept as "former member", with nothing identifying."""

    id: uuid.UUID
    person_id: uuid.UUID
    erased_by: uuid.UUID | None
    erased_at: datetime
