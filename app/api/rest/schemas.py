"""Kept while the areas move their output models to ``app/api/views``: import from there."""

from __future__ import annotations

from app.api.views.base import PageOut
from app.api.views.base import View as Out

__all__ = ["Out", "PageOut"]
