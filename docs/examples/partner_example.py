"""A partner system talking to Chorus: the patterns of docs/partners.md in one runnable file.

Needs Python 3.11+, ``pip install httpx standardwebhooks``, and an API client of your
organisation (an administrator creates one under ``/api/v1/api-clients``):

    export CHORUS_URL=https://chorus.example.org
    export CHORUS_CLIENT_ID=chc_... CHORUS_CLIENT_SECRET=...
    python partner_example.py boards                         # scope boards:read
    python partner_example.py describe-board BOARD_ID "Meets monthly"   # boards:write
    python partner_example.py register-webhook https://partner.example.org/hooks
                                                             # webhooks:manage
    CHORUS_WEBHOOK_SECRET=whsec_... python partner_example.py receive-webhooks --port 8080
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
import uuid
from collections.abc import Iterator, Mapping
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any

import httpx
from standardwebhooks import Webhook
from standardwebhooks.webhooks import WebhookVerificationError

API = "/api/v1"
RETRIED = {429, 502, 503, 504}


class Chorus:
    """Client credentials, a cached token, paging, If-Match and safe retries."""

    def __init__(self, base_url: str, client_id: str, client_secret: str) -> None:
        self.http = httpx.Client(base_url=base_url.rstrip("/"), timeout=30)
        self.client_id = client_id
        self.client_secret = client_secret
        self._token: str | None = None
        self._expires_at = 0.0

    # 1. Authenticate: a form post; keep the token until shortly before it expires.
    def token(self) -> str:
        if self._token is None or time.monotonic() > self._expires_at:
            response = self.http.post(
                f"{API}/auth/token",
                data={
                    "grant_type": "client_credentials",
                    "client_id": self.client_id,
                    "client_secret": self.client_secret,
                },
            )
            response.raise_for_status()  # 401 invalid_client: wrong ID or secret
            body = response.json()
            self._token = str(body["access_token"])
            self._expires_at = time.monotonic() + body["expires_in"] - 30
        return self._token

    def send(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        """One logical request. Retried on 429/502/503/504 and network errors; a POST
        keeps one Idempotency-Key across its retries, so it never acts twice."""
        headers = dict(kwargs.pop("headers", {}))
        if method == "POST":
            headers.setdefault("Idempotency-Key", str(uuid.uuid4()))
        for attempt in range(5):
            headers["Authorization"] = f"Bearer {self.token()}"
            try:
                response = self.http.request(method, API + path, headers=headers, **kwargs)
            except httpx.TransportError:
                if attempt == 4:
                    raise
            else:
                if response.status_code == 401 and attempt == 0:
                    self._token = None  # expired or revoked: sign in again, once
                    continue
                if response.status_code not in RETRIED or attempt == 4:
                    return response
                retry_after = response.headers.get("Retry-After", "")
                if retry_after.isdigit():
                    time.sleep(min(int(retry_after), 30))
                    continue
            time.sleep(random.uniform(0, 0.5 * 2**attempt))  # noqa: S311 - jitter
        raise AssertionError("unreachable")

    # 2. Paging: follow nextCursor until it is null.
    def pages(self, path: str, **params: Any) -> Iterator[dict[str, Any]]:
        query: dict[str, Any] = {**params, "limit": 100}
        while True:
            response = self.send("GET", path, params=query)
            response.raise_for_status()
            page = response.json()
            yield from page["items"]
            if not page["nextCursor"]:
                return
            query["cursor"] = page["nextCursor"]

    # 3. Optimistic updates: PATCH with the ETag you read; on 412 read again and redo.
    def patch_board(self, board_id: str, changes: Mapping[str, Any]) -> dict[str, Any]:
        for _ in range(3):
            current = self.send("GET", f"/boards/{board_id}")
            current.raise_for_status()
            response = self.send(
                "PATCH",
                f"/boards/{board_id}",
                json=dict(changes),
                headers={"If-Match": current.headers["ETag"]},
            )
            if response.status_code != 412:  # 412: someone changed it since our read
                response.raise_for_status()
                result: dict[str, Any] = response.json()
                return result
        raise RuntimeError("The board kept changing; try again later.")

    # 4. A POST retried safely with an Idempotency-Key (send() adds and reuses it).
    def register_webhook(self, url: str, event_types: list[str]) -> dict[str, Any]:
        response = self.send(
            "POST", "/webhook-endpoints", json={"url": url, "eventTypes": event_types}
        )
        response.raise_for_status()
        created: dict[str, Any] = response.json()
        return created  # holds "secret" (whsec_...), shown only this once: store it


# 5. Verifying webhooks (Standard Webhooks): check the signature over the raw body bytes
# before trusting anything in it. Raises WebhookVerificationError on a bad signature, a
# missing header, or a timestamp more than five minutes away (replays).
def verify_webhook(secret: str, body: bytes, headers: Mapping[str, str]) -> dict[str, Any]:
    event: dict[str, Any] = Webhook(secret).verify(body, dict(headers))
    return event


class _Receiver(BaseHTTPRequestHandler):
    secret = ""
    seen: set[str] = set()  # deliveries may repeat: dedupe on webhook-id

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        try:
            event = verify_webhook(self.secret, body, dict(self.headers.items()))
        except WebhookVerificationError:
            self.send_response(400)
            self.end_headers()
            return
        delivery = self.headers["webhook-id"]
        if delivery not in self.seen:
            self.seen.add(delivery)
            print(json.dumps(event))
        self.send_response(204)  # any 2xx: Chorus will not send it again
        self.end_headers()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("boards")
    describe = commands.add_parser("describe-board")
    describe.add_argument("board_id")
    describe.add_argument("description")
    register = commands.add_parser("register-webhook")
    register.add_argument("url")
    receive = commands.add_parser("receive-webhooks")
    receive.add_argument("--port", type=int, default=8080)
    args = parser.parse_args(argv)

    if args.command == "receive-webhooks":
        _Receiver.secret = os.environ["CHORUS_WEBHOOK_SECRET"]
        HTTPServer(("127.0.0.1", args.port), _Receiver).serve_forever()
        return 0

    chorus = Chorus(
        os.environ["CHORUS_URL"],
        os.environ["CHORUS_CLIENT_ID"],
        os.environ["CHORUS_CLIENT_SECRET"],
    )
    if args.command == "boards":
        for board in chorus.pages("/boards"):
            print(f"{board['id']}  {board['kind']:<10}  {board['name']}")
    elif args.command == "describe-board":
        board = chorus.patch_board(args.board_id, {"description": args.description})
        print(f"Updated {board['name']}")
    elif args.command == "register-webhook":
        created = chorus.register_webhook(args.url, ["paper.circulated", "seat.assigned"])
        print(f"Endpoint {created['id']}; store this secret now: {created['secret']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
