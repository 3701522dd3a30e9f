"""Absolute URLs for response bodies: a calendar app or a browser tab given a URL has no
base to resolve a path against.

``CHORUS_PUBLIC_BASE_URL`` (``https://chorus.example.org``) is the address clients use;
behind a proxy it is the only reliable one. Without it, the request's own scheme, host
and root path are used.
"""

from __future__ import annotations

from fastapi import Request

from app.api.state import AppState


def absolute(request: Request, path: str) -> str:
    state: AppState = request.app.state.chorus
    base = state.settings.public_base_url or str(request.base_url)
    return base.rstrip("/") + path
