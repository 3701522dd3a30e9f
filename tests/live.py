"""Chorus as its own process on a test's database, reached over loopback as partners
reach it: for tools that speak HTTP from outside (the graphql-http audit, schemathesis)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from app.settings import Settings


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def running_chorus(settings: Settings, data_dir: Path) -> Iterator[str]:
    """Yields the base URL of a server on ``settings``' database. Nothing it does leaves
    the machine: no scheduler, no delivery in the process, no mail server."""
    port = free_port()
    assert settings.jwt_secret is not None
    env = {
        **os.environ,
        "CHORUS_DATABASE_URL": settings.effective_database_url,
        "CHORUS_JWT_SECRET": settings.jwt_secret.get_secret_value(),
        "CHORUS_DATA_DIR": str(data_dir),
        "CHORUS_AUTO_MIGRATE": "false",
        "CHORUS_SCHEDULER_INTERVAL_SECONDS": "0",
        "CHORUS_DELIVERY_IN_PROCESS": "false",
        "CHORUS_LOG_LEVEL": "WARNING",
    }
    env.pop("CHORUS_SMTP_HOST", None)
    args = [sys.executable, "-m", "uvicorn", "app.main:create_app", "--factory"]
    process = subprocess.Popen(  # noqa: S603
        [*args, "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert process.poll() is None, "the server exited"
            try:
                httpx.get(f"{url}/healthz", timeout=1)
                break
            except httpx.HTTPError:
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)
