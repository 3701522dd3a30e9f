"""A local stand-in for GOV.UK Notify's API, on a loopback port, that checks what the
official client sends as Notify would: a bearer JWT signed HS256 with the key's secret,
issued by the service ID within the last 30 seconds, and a JSON body with the fields of
the endpoint. Everything accepted is kept for the test to read."""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import jwt

from app.integrations.mail.notify import NotifyConfig

SERVICE_ID = str(uuid.UUID(int=1))
SECRET = str(uuid.UUID(int=2))
# A Notify key is "<name>-<service ID>-<secret>".
API_KEY = f"chorus_test-{SERVICE_ID}-{SECRET}"
EMAIL_TEMPLATE = str(uuid.UUID(int=3))
TEXT_TEMPLATE = str(uuid.UUID(int=4))
_FIELDS = {
    "/v2/notifications/email": ("email_address", EMAIL_TEMPLATE),
    "/v2/notifications/sms": ("phone_number", TEXT_TEMPLATE),
}


@dataclass
class NotifyStandIn:
    received: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    # Answers to give before accepting again, e.g. [500] for one outage.
    fail_next: list[int] = field(default_factory=list)
    # Addresses or numbers Notify calls invalid (400).
    invalid: set[str] = field(default_factory=set)

    def answer(self, path: str, headers: Any, raw: bytes) -> tuple[int, dict[str, Any]]:
        problem = self._check_token(headers.get("Authorization", ""))
        if problem:
            self.refused.append(problem)
            return 403, {"errors": [{"error": "AuthError", "message": problem}]}
        if path not in _FIELDS:
            return 404, {"errors": [{"error": "NotFound"}]}
        if not headers.get("User-agent", "").startswith("NOTIFY-API-PYTHON-CLIENT/"):
            return 400, {"errors": [{"error": "BadRequest", "message": "not the client"}]}
        body = json.loads(raw)
        to_field, template = _FIELDS[path]
        if body.get("template_id") != template or to_field not in body:
            return 400, {"errors": [{"error": "BadRequestError", "message": "bad body"}]}
        if self.fail_next:
            return self.fail_next.pop(0), {"errors": [{"error": "Exception"}]}
        if body[to_field] in self.invalid:
            return 400, {"errors": [{"error": "ValidationError", "message": f"{to_field} bad"}]}
        self.received.append((path, body))
        return 201, {"id": str(uuid.uuid4()), "reference": body.get("reference")}

    def _check_token(self, header: str) -> str | None:
        if not header.startswith("Bearer "):
            return "no bearer token"
        token = header.removeprefix("Bearer ")
        try:
            claims = jwt.decode(
                token, SECRET, algorithms=["HS256"], options={"require": ["iss", "iat"]}
            )
        except jwt.InvalidTokenError as error:
            return f"bad token: {type(error).__name__}"
        if claims["iss"] != SERVICE_ID:
            return "wrong issuer"
        if abs(time.time() - claims["iat"]) > 30:
            return "token too old or in the future"
        return None

    def config(self, port: int, *, text: bool = True, email: bool = True) -> NotifyConfig:
        return NotifyConfig(
            api_key=API_KEY,
            base_url=f"http://127.0.0.1:{port}",
            email_template_id=EMAIL_TEMPLATE if email else None,
            text_template_id=TEXT_TEMPLATE if text else None,
            timeout=5,
        )


@contextmanager
def notify_server() -> Iterator[tuple[NotifyStandIn, int]]:
    stand_in = NotifyStandIn()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            raw = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            status, answer = stand_in.answer(self.path, self.headers, raw)
            payload = json.dumps(answer).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield stand_in, server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()
