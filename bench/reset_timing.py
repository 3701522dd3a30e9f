"""How long ``POST /auth/password-reset`` takes for a known and an unknown address.

    .venv/bin/python -m bench.reset_timing [--rounds 300] [--database-url URL]

In process (httpx over ASGI, no network), SQLite in a temporary folder by default,
interleaved so drift hits both alike. Prints the median and p90 of each and the gap of
the medians: what an attacker timing the endpoint could learn at best.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from pathlib import Path

import httpx
from pydantic import SecretStr

from app.db.engine import make_engine, make_sessionmaker
from app.db.migrate import upgrade_async
from app.db.models import Organisation, Person
from app.main import create_app
from app.settings import Settings


async def _run(rounds: int, database_url: str | None, folder: Path) -> None:
    url = database_url or f"sqlite+aiosqlite:///{folder / 'chorus.db'}"
    await upgrade_async(url)
    engine = make_engine(url)
    async with make_sessionmaker(engine)() as session:
        org = Organisation(name="Timing")
        session.add(org)
        await session.flush()
        session.add(Person(organisation_id=org.id, email="known@example.org", display_name="K"))
        await session.commit()
    settings = Settings(
        database_url=url, data_dir=folder, jwt_secret=SecretStr("t" * 40), auto_migrate=False
    )
    app = create_app(settings, engine=engine)
    timings: dict[str, list[float]] = {"known": [], "unknown": []}
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
        for n in range(rounds):
            for kind in ("known", "unknown") if n % 2 else ("unknown", "known"):
                started = time.perf_counter()
                response = await client.post(
                    "/api/v1/auth/password-reset", json={"email": f"{kind}@example.org"}
                )
                timings[kind].append((time.perf_counter() - started) * 1000)
                assert response.status_code == 202
    await engine.dispose()
    for kind, values in timings.items():
        values.sort()
        print(
            f"{kind:8} median {statistics.median(values):6.2f} ms  "
            f"p90 {values[int(len(values) * 0.9)]:6.2f} ms"
        )
    gap = statistics.median(timings["known"]) - statistics.median(timings["unknown"])
    print(f"gap of medians {gap:+.2f} ms over {rounds} rounds each")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=300)
    parser.add_argument("--database-url", default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        asyncio.run(_run(args.rounds, args.database_url, Path(folder)))


if __name__ == "__main__":
    main()
